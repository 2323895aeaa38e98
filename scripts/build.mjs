// Bundles the entry points the runner executes (action.yml: main and post) with ncc, and the
// okta-api command that the token step leaves for later steps (scripts/ncc-build.mjs).
// Every file ncc writes is committed; `npm run check-dist` proves dist/ is what src/ builds to.
// It builds into a temporary folder and swaps it in, so a test that is running dist/ at the
// same moment never finds it half-written.
import { mkdtempSync, renameSync, rmSync } from 'node:fs'
import { buildAll } from './ncc-build.mjs'

const staging = mkdtempSync('.dist-build-')
try {
  await buildAll(staging)
} catch (error) {
  rmSync(staging, { recursive: true, force: true })
  throw error
}
const old = `${staging}-old`
try {
  renameSync('dist', old)
} catch {
  // First build: there is no dist/ yet.
}
renameSync(staging, 'dist')
rmSync(old, { recursive: true, force: true })

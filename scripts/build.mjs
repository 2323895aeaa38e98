// Bundles the entry points the runner executes (action.yml: main and post) with ncc, and the
// okta-api command that the token step leaves for later steps.
// ncc emits ESM for this ESM project, plus dist/package.json ({"type":"module"}) and one
// chunk file per dynamic import(): every file it writes is committed.
// It builds into a temporary folder and swaps it in, so a test that is running dist/ at the
// same moment never finds it half-written.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const staging = mkdtempSync('.dist-build-')
try {
  // Entry -> folder under dist/ (build-entries.json, which the dist test reads too): main,
  // post, and okta-api, the command later steps run, in a small bundle of its own so that a
  // call does not load the action's.
  const entries = JSON.parse(readFileSync('scripts/build-entries.json', 'utf8'))
  for (const [entry, folder] of Object.entries(entries)) {
    execFileSync(
      process.execPath,
      [ncc, 'build', entry, '-o', join(staging, folder), '--license', 'licenses.txt', '-q'],
      { stdio: 'inherit' }
    )
  }
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

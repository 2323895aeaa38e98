// Bundles the entry points the runner executes (action.yml: main and post) with ncc, and the
// okta-api command that the token step leaves for later steps.
// ncc emits ESM for this ESM project, plus dist/package.json ({"type":"module"}) and one
// chunk file per dynamic import(): every file it writes is committed.
// It builds into a temporary folder and swaps it in, so a test that is running dist/ at the
// same moment never finds it half-written.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const staging = mkdtempSync('.dist-build-')
try {
  for (const [entry, out] of [
    ['src/index.ts', staging],
    ['src/post.ts', join(staging, 'post')],
    // okta-api, the command later steps run: its own small bundle, so a call does not load
    // the action's.
    ['src/okta-api/main.ts', join(staging, 'okta-api')]
  ]) {
    execFileSync(
      process.execPath,
      [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'],
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

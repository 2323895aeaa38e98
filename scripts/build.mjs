// Bundles the two entry points the runner executes (action.yml: main and post) with ncc.
// ncc emits ESM for this ESM project, plus dist/package.json ({"type":"module"}) and one
// chunk file per dynamic import(): every file it writes is committed.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/post.ts', 'dist/post']
]) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'],
    {
      stdio: 'inherit'
    }
  )
}

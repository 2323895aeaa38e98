// `npm run check-dist`: dist/ is what the runner executes, so it must be exactly what src/
// builds to. Rebuilds every entry with the same ncc invocation as `npm run build`
// (scripts/ncc-build.mjs) into a temporary folder and compares the file lists and the bytes
// with the committed dist/. CI runs it after `npm test` (.ci/run), as actions/typescript-action
// guards its dist/ with a check-dist job.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { buildAll } from './ncc-build.mjs'

function filesUnder(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

const fresh = mkdtempSync(join(tmpdir(), 'check-dist-'))
let stale
try {
  await buildAll(fresh)
  const built = filesUnder(fresh)
  const committed = filesUnder('dist')
  const differs = file => !readFileSync(join('dist', file)).equals(readFileSync(join(fresh, file)))
  stale = [
    ...built
      .filter(file => !committed.includes(file))
      .map(file => `dist/${file}: missing (src/ builds it)`),
    ...built
      .filter(file => committed.includes(file) && differs(file))
      .map(file => `dist/${file}: differs from what src/ builds to`),
    ...committed
      .filter(file => !built.includes(file))
      .map(file => `dist/${file}: src/ no longer builds it`)
  ]
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
if (stale.length > 0) {
  for (const line of stale) console.error(line)
  console.error(`dist/ is stale (${stale.length} file(s)): run npm run build and commit dist/`)
  process.exit(1)
}
console.log('dist/ is what src/ builds to')

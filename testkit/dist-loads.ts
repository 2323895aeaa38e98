import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * What a spawned dist/ run loaded: run it with `node --import TRACE_LOADS_HOOK` and
 * TRACE_LOADS=<file> in its environment (trace-loads.mjs appends every module URL Node loads),
 * then read the file here. Used by the bundle test and by `npm run bench:signing`.
 */
export const TRACE_LOADS_HOOK = fileURLToPath(new URL('./trace-loads.mjs', import.meta.url))

/** The files under `dist` the traced run loaded, each once, as absolute paths. */
export function distFilesLoaded(traceFile: string, dist: string): string[] {
  return [
    ...new Set(
      readFileSync(traceFile, 'utf8')
        .split('\n')
        .filter(url => url.startsWith('file://'))
        .map(url => fileURLToPath(url))
        .filter(path => path.startsWith(`${dist}/`))
    )
  ]
}

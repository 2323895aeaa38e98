// `node --import testkit/trace-loads.mjs dist/index.js`: appends the URL of every module Node loads
// to the file named by TRACE_LOADS, so a benchmark can add up the bytes of dist/ a run reads.
import { register } from 'node:module'

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (process.env.TRACE_LOADS) appendFileSync(process.env.TRACE_LOADS, url + '\\n')
  return next(url, context)
}`)}`
)

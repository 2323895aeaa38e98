import { ActionError } from '../errors.js'
import { describeOktaError, parseOktaError } from '../okta/okta-error.js'
import type { HttpResponse } from '../http/transport.js'
import { readOrRefuse } from './fields.js'
import { UsageError, type OktaApiArgs } from './flags.js'
import type { CliIo } from './io.js'
import type { Session } from './session.js'

/**
 * --batch: NDJSON calls in, NDJSON answers out in input order, calls running concurrently
 * (at most --concurrency, and never more than the rate-limit budget the transport allows).
 * Every line is checked before anything is sent, so a bad line never leaves a half-done batch.
 * A failed line does not stop the others: its answer says what happened, and the exit code is 1.
 */
interface BatchCall {
  /** Position among the calls (output order). */
  order: number
  /** The 0-based input line, the answer's `index`. */
  index: number
  method: string
  url: string
  path: string
  body?: string
}

export async function runBatch(
  args: OktaApiArgs,
  io: CliIo,
  session: Session,
  toUrl: (path: string) => string,
  say: (line: string) => void
): Promise<number> {
  const file = args.batch!
  const calls = parseBatch(
    readOrRefuse(path => io.readFile(path), `--batch ${file}`, file),
    toUrl
  )
  const headers = Object.fromEntries(args.headers)
  const answers = new Array<string | undefined>(calls.length)
  let printed = 0
  let failed = 0
  const flush = () => {
    while (printed < calls.length && answers[printed] !== undefined) {
      io.stdout(answers[printed]! + '\n')
      answers[printed++] = ''
    }
  }
  let next = 0
  const worker = async () => {
    while (next < calls.length) {
      const call = calls[next++]
      const what = `batch line ${call.index + 1}: ${call.method} ${call.path}`
      let line: Record<string, unknown>
      try {
        const response = await session.caller.send(what, call.method, call.url, call.body, headers)
        line = answerLine(call.index, response)
        if (response.status < 200 || response.status >= 300) {
          failed++
          say(describeOktaError(what, parseOktaError(response)))
        }
      } catch (error) {
        if (!(error instanceof ActionError)) throw error
        failed++
        say(error.message)
        line = {
          index: call.index,
          status: null,
          requestId: null,
          body: null,
          error: error.message
        }
      }
      answers[call.order] = JSON.stringify(line)
      flush()
    }
  }
  await Promise.all(Array.from({ length: Math.min(args.concurrency, calls.length) }, worker))
  if (failed) say(`${failed} of ${calls.length} batch call${calls.length === 1 ? '' : 's'} failed`)
  return failed ? 1 : 0
}

function answerLine(index: number, response: HttpResponse): Record<string, unknown> {
  let body: unknown = null
  if (response.text.trim()) {
    try {
      body = JSON.parse(response.text)
    } catch {
      body = response.text
    }
  }
  return {
    index,
    status: response.status,
    requestId: response.headers.get('x-okta-request-id'),
    body
  }
}

/** NDJSON lines {"method","path","body"}; blank lines are skipped but keep their number. */
export function parseBatch(text: string, toUrl: (path: string) => string): BatchCall[] {
  const calls: BatchCall[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, i) => {
    if (!raw.trim()) return
    const where = `--batch line ${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch {
      throw new UsageError(`${where} is not JSON`)
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new UsageError(`${where} must be an object {"method","path","body"}`)
    }
    const { method = 'GET', path, body } = value as Record<string, unknown>
    if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) {
      throw new UsageError(`${where}: "method" must be an HTTP method`)
    }
    if (typeof path !== 'string' || !path) throw new UsageError(`${where}: "path" is required`)
    let url: string
    try {
      url = toUrl(path)
    } catch (error) {
      throw new UsageError(`${where}: ${(error as Error).message}`)
    }
    calls.push({
      order: calls.length,
      index: i,
      method: method.toUpperCase(),
      url,
      path: new URL(url).pathname,
      body: body === undefined ? undefined : JSON.stringify(body)
    })
  })
  if (!calls.length) throw new UsageError('--batch has no calls (one JSON object per line)')
  return calls
}

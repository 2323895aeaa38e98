// The wait after a 429 against the X-Rate-Limit-Reset it was given. The emulator's 429 fault
// sets Reset = its clock's whole second + resetSeconds; both requests' arrival times come
// from its request log, so the overshoot (retry arrival − reset) is measured on one clock.
// A negative overshoot would be a retry before the reset: Okta would answer 429 again.
import type { EmulatorHandle } from '../../testkit/emulator/process.js'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import { runChildOk } from './child.js'
import { ACTION_MAIN, createServiceApp, isTokenRequest } from './fixtures.js'
import { summarize, type Summary } from './stats.js'

export interface RateLimitWait {
  resetSeconds: number
  /** Retry arrival − reset, ms. */
  overshoot: Summary
  /** Retry arrival − 429 arrival, ms. */
  wait: Summary
  /** Runs whose 429 straddled a second boundary, so its Reset could not be known exactly. */
  ambiguous: number
}

export async function benchRateLimitWait(
  emulator: EmulatorHandle,
  resetSeconds: number,
  iterations: number
): Promise<RateLimitWait> {
  const app = await createServiceApp(emulator)
  const overshoots: number[] = []
  const waits: number[] = []
  let ambiguous = 0
  for (let i = 0; i < iterations; i++) {
    await emulator.control.clearRequests()
    await emulator.control.addFault({
      match: { method: 'POST', path: '/oauth2/v1/token' },
      kind: '429',
      resetSeconds
    })
    await runChildOk({ node: process.execPath, args: [ACTION_MAIN], inputs: app.inputs }, '429')
    const [limited, retry] = (await emulator.control.requests()).filter(isTokenRequest)
    if (limited?.status !== 429 || retry?.status !== 200) {
      throw new Error('expected a 429 then a 200 from the token endpoint')
    }
    const reset = resetOf(limited, resetSeconds)
    const retryAt = Date.parse(retry.time)
    waits.push(retryAt - Date.parse(limited.time))
    if (reset === undefined) ambiguous++
    else overshoots.push(retryAt - reset * 1000)
  }
  return { resetSeconds, overshoot: summarize(overshoots), wait: summarize(waits), ambiguous }
}

/**
 * The fault reads the clock between the request's arrival (`time`) and its answer
 * (`time + durationMs`); when both fall in the same second, that second is the one used.
 */
function resetOf(entry: RequestLogEntry, resetSeconds: number): number | undefined {
  const arrived = Date.parse(entry.time)
  const first = Math.floor(arrived / 1000)
  const last = Math.floor((arrived + (entry.durationMs ?? 0)) / 1000)
  return first === last ? first + resetSeconds : undefined
}

import { ActionError } from '../errors.js'
import type { OktaErrorInfo } from '../okta/okta-error.js'
import type { HttpResponse } from '../http/transport.js'

/**
 * The runner's clock may be off. Okta documents no tolerance for iat/exp (docs/okta-behaviour.md,
 * "Client assertion"), so
 * when it refuses an assertion for its times, the offset is measured from the response's Date
 * and the next assertion is signed on Okta's time instead. Shared by every signer in a run.
 */
const TIME_ERRORS =
  /issued_at_in_future|expires_too_far|expired_token|issued before the current time|expiration too far|token is expired/

/** Beyond this the runner's clock is broken, not drifting: say so rather than paper over it. */
const MAX_CORRECTABLE_MS = 15 * 60_000
/** Below this, Date's whole-second resolution makes a measurement meaningless. */
const MIN_SKEW_MS = 1000

export class ClockSkew {
  private offsetMs = 0
  private corrected = false

  constructor(private readonly localNow: () => number) {}

  /** Seconds since the epoch on the server's clock, as well as it is known. */
  nowSeconds(): number {
    return Math.floor((this.localNow() + this.offsetMs) / 1000)
  }

  /**
   * After an error answer: true when it was a time error that a measured offset explains and
   * the caller should sign again (once per run); throws when the clock is too far off.
   */
  correctFrom(response: HttpResponse, info: OktaErrorInfo): boolean {
    const words = `${info.error ?? ''} ${info.description ?? ''}`
    if (this.corrected || !TIME_ERRORS.test(words)) return false
    const date = Date.parse(response.headers.get('date') ?? '')
    if (Number.isNaN(date)) return false
    // Date is truncated to the second: the server's clock is in [date, date + 1 s).
    const offset = date - response.receivedAt
    if (Math.abs(offset) < MIN_SKEW_MS) return false
    const direction = offset < 0 ? 'ahead of' : 'behind'
    const seconds = Math.round(Math.abs(offset) / 1000)
    if (Math.abs(offset) > MAX_CORRECTABLE_MS) {
      throw new ActionError(
        `The runner's clock is ${seconds} s ${direction} the server's (from its Date header), too far to correct: fix the runner's time (NTP).`
      )
    }
    this.offsetMs = offset
    this.corrected = true
    return true
  }

  describe(): string {
    const seconds = Math.round(Math.abs(this.offsetMs) / 1000)
    return `the runner's clock is ${seconds} s ${this.offsetMs < 0 ? 'ahead of' : 'behind'} the server's (measured from its Date header)`
  }
}

import type { Clock } from '../http/retrying-client.js'

/**
 * Okta's rate limits are per endpoint family ("bucket"), each answer says where its bucket
 * stands: X-Rate-Limit-Limit, -Remaining, and -Reset in epoch seconds
 * (https://developer.okta.com/docs/reference/rl-best-practices/). Nothing here is a guess of
 * Okta's numbers: a family's budget is what its last answers said. Until a family has
 * answered, one call at a time probes it. With the budget known, calls in flight never
 * exceed what remains, and at Remaining 0 the next call waits for the reset instead of
 * spending a 429.
 *
 * The family of a URL is its path with every id position starred: /api/v1/users,
 * /api/v1/users/*, /api/v1/groups/* /users… (Okta's buckets follow those path shapes).
 */
export function familyOf(url: string): string {
  const parts = new URL(url).pathname.split('/').filter(Boolean)
  // /api/v1/{resource}/{id}/{sub}/{id}…: the odd positions after api/v1 are ids.
  const base = parts[0] === 'api' && /^v\d+$/.test(parts[1] ?? '') ? 2 : parts.length
  return '/' + parts.map((p, i) => (i >= base && (i - base) % 2 === 1 ? '*' : p)).join('/')
}

export interface RateSnapshot {
  offsetLow?: number
  families: Record<string, { limit: number; remaining: number; reset: number }>
}

interface Bucket {
  limit?: number
  remaining?: number
  /** Epoch seconds by the server, as the last answer said. */
  reset?: number
  inFlight: number
}

/** Waits in bigger steps than this are re-checked, so a bucket that refills early is used. */
const RECHECK_MS = 1000

export class RateBuckets {
  private buckets = new Map<string, Bucket>()
  private waiters: Array<() => void> = []
  /**
   * Lower bound of (server clock − local clock) in ms, from Date headers: Date is the server's
   * second, truncated, taken between sending and receiving. Waiting until the local clock
   * passes reset − bound never wakes before the server's reset.
   */
  private offsetLow = -Infinity

  constructor(private readonly clock: Clock) {}

  /** Resolves when a call to `family` may go; the caller must `release` it. */
  async acquire(family: string): Promise<void> {
    for (;;) {
      const b = this.bucket(family)
      if (b.remaining === undefined) {
        if (b.inFlight === 0) break
      } else if (b.remaining - b.inFlight > 0) {
        break
      } else if (b.inFlight === 0) {
        const wait = this.untilReset(b)
        if (wait <= 0) {
          // The window has reset: the new one starts with this call; probe it alone.
          b.remaining = undefined
          continue
        }
        await this.clock.sleep(Math.min(wait, RECHECK_MS))
        continue
      }
      await new Promise<void>(resolve => this.waiters.push(resolve))
    }
    this.bucket(family).inFlight++
  }

  /** After an attempt: the answer's headers (if any) update the family's budget. */
  release(family: string, answer?: { headers: Headers; sentAt: number; receivedAt: number }): void {
    const b = this.bucket(family)
    b.inFlight = Math.max(0, b.inFlight - 1)
    if (answer) this.learn(b, answer)
    const waiting = this.waiters
    this.waiters = []
    for (const wake of waiting) wake()
  }

  /** Milliseconds until the family's reset, by the server clock (0 when unknown or past). */
  untilReset(b: Bucket): number {
    if (b.reset === undefined || this.offsetLow === -Infinity) return 0
    return Math.max(0, b.reset * 1000 - this.offsetLow - this.clock.now())
  }

  /**
   * What the answers said, for the next okta-api process of the job: a shell loop of single
   * calls then waits for a reset too, instead of spending a 429.
   */
  snapshot(): RateSnapshot {
    const families: RateSnapshot['families'] = {}
    for (const [family, b] of this.buckets) {
      if (b.remaining !== undefined && b.reset !== undefined && b.limit !== undefined) {
        families[family] = { limit: b.limit, remaining: b.remaining, reset: b.reset }
      }
    }
    return { offsetLow: Number.isFinite(this.offsetLow) ? this.offsetLow : undefined, families }
  }

  restore(snapshot: RateSnapshot): void {
    if (typeof snapshot.offsetLow === 'number') this.offsetLow = snapshot.offsetLow
    for (const [family, saved] of Object.entries(snapshot.families ?? {})) {
      // A window that has reset since says nothing about the new one.
      if (this.untilReset(saved as Bucket) > 0) {
        this.buckets.set(family, { ...saved, inFlight: 0 })
      }
    }
  }

  describe(family: string): string {
    const b = this.bucket(family)
    return b.limit === undefined
      ? ''
      : `${b.remaining}/${b.limit} left, reset in ${Math.ceil(this.untilReset(b) / 1000)} s`
  }

  private learn(b: Bucket, answer: { headers: Headers; sentAt: number; receivedAt: number }) {
    const date = Date.parse(answer.headers.get('date') ?? '')
    if (!Number.isNaN(date)) this.offsetLow = Math.max(this.offsetLow, date - answer.receivedAt)
    const limit = Number(answer.headers.get('x-rate-limit-limit'))
    const remaining = Number(answer.headers.get('x-rate-limit-remaining'))
    const reset = Number(answer.headers.get('x-rate-limit-reset'))
    if (!answer.headers.has('x-rate-limit-remaining') || Number.isNaN(remaining) || !(reset > 0))
      return
    // Answers overtake each other: within one window the smallest Remaining is the latest.
    if (b.reset === undefined || reset > b.reset || b.remaining === undefined) {
      Object.assign(b, { limit, remaining, reset })
    } else if (reset === b.reset) {
      b.remaining = Math.min(b.remaining, remaining)
    }
  }

  private bucket(family: string): Bucket {
    let b = this.buckets.get(family)
    if (!b) this.buckets.set(family, (b = { inFlight: 0 }))
    return b
  }
}

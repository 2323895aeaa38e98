// Okta-style rate limits (https://developer.okta.com/docs/reference/rate-limits/): one bucket per route group, a window that starts
// with the bucket's first request (Okta's windows are not aligned to wall-clock minutes), and
// X-Rate-Limit-Limit/Remaining/Reset on every response of a limited route, Reset in epoch
// seconds by the emulator clock.
import type { Clock } from './state.js'

export interface RateLimitConfig {
  limit: number
  windowSeconds: number
}

/**
 * Defaults near Okta's published per-minute org limits (rate limits reference), generous enough
 * that a test suite only meets a 429 when it configures one.
 */
export const DEFAULT_RATE_LIMITS: Record<string, RateLimitConfig> = {
  token: { limit: 1200, windowSeconds: 60 },
  revoke: { limit: 1200, windowSeconds: 60 },
  introspect: { limit: 1200, windowSeconds: 60 },
  users: { limit: 600, windowSeconds: 60 },
  'users.id': { limit: 600, windowSeconds: 60 },
  groups: { limit: 600, windowSeconds: 60 },
  management: { limit: 100, windowSeconds: 60 }
}
const FALLBACK: RateLimitConfig = { limit: 600, windowSeconds: 60 }

interface Bucket {
  windowStart: number // epoch seconds
  count: number
}

export interface RateDecision {
  allowed: boolean
  headers: Record<string, string>
}

export class RateLimiter {
  private configs = new Map<string, RateLimitConfig>()
  private buckets = new Map<string, Bucket>()
  /**
   * Endpoint paths refused until an epoch second, after an injected 429 announced that Reset.
   * Per path, not per group: Okta's limits are per endpoint, and a test's 429 on one custom
   * authorization server must not refuse another's calls.
   */
  private holds = new Map<string, number>()

  constructor(private readonly clock: Clock) {}

  config(group: string): RateLimitConfig {
    return this.configs.get(group) ?? DEFAULT_RATE_LIMITS[group] ?? FALLBACK
  }

  limitOf(group: string | undefined): number {
    return group === undefined ? FALLBACK.limit : this.config(group).limit
  }

  set(group: string, config: RateLimitConfig): void {
    if (!Number.isInteger(config.limit) || config.limit < 0) throw new Error('limit: integer ≥ 0')
    if (!Number.isInteger(config.windowSeconds) || config.windowSeconds < 1) {
      throw new Error('windowSeconds: integer ≥ 1')
    }
    this.configs.set(group, config)
    this.buckets.delete(group) // a new configuration starts a fresh window
  }

  /** Refuses requests to `path` until `untilSeconds` (epoch, emulator clock). */
  hold(path: string, untilSeconds: number): void {
    this.holds.set(path, Math.max(untilSeconds, this.holds.get(path) ?? 0))
  }

  reset(): void {
    this.configs.clear()
    this.buckets.clear()
    this.holds.clear()
  }

  /**
   * Counts one request to `path` against the group's bucket; undefined for unlimited routes.
   * A held path is refused without counting.
   */
  consume(group: string | undefined, path: string): RateDecision | undefined {
    if (group === undefined) return undefined
    const { limit, windowSeconds } = this.config(group)
    const now = this.clock.nowSeconds()
    const heldUntil = this.holds.get(path)
    if (heldUntil !== undefined && now < heldUntil) {
      // Refused without counting: the 429 that started the hold said Remaining 0 until Reset.
      return {
        allowed: false,
        headers: {
          'X-Rate-Limit-Limit': String(limit),
          'X-Rate-Limit-Remaining': '0',
          'X-Rate-Limit-Reset': String(heldUntil)
        }
      }
    }
    if (heldUntil !== undefined) this.holds.delete(path)
    let bucket = this.buckets.get(group)
    // A clock moved backwards (control API) also starts a new window.
    if (!bucket || now >= bucket.windowStart + windowSeconds || now < bucket.windowStart) {
      bucket = { windowStart: now, count: 0 }
      this.buckets.set(group, bucket)
    }
    const allowed = bucket.count < limit
    if (allowed) bucket.count++
    return {
      allowed,
      headers: {
        'X-Rate-Limit-Limit': String(limit),
        'X-Rate-Limit-Remaining': String(Math.max(0, limit - bucket.count)),
        'X-Rate-Limit-Reset': String(bucket.windowStart + windowSeconds)
      }
    }
  }
}

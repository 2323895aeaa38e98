import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RateBuckets, RateSnapshot } from './rate-buckets.js'

/**
 * The rate-limit budget the last okta-api process of the job learnt, beside the credentials
 * (same 0700 folder), so that the next process starts from it. Best effort: a missing or
 * unreadable file only means starting without it.
 */
const FILE = 'rate-limits.json'

export function loadRateState(dir: string | undefined, buckets: RateBuckets): void {
  if (!dir) return
  try {
    buckets.restore(JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as RateSnapshot)
  } catch {
    // No earlier process, or a file being written by a parallel one: start without it.
  }
}

export function saveRateState(dir: string | undefined, buckets: RateBuckets): void {
  if (!dir) return
  try {
    writeFileSync(join(dir, FILE), JSON.stringify(buckets.snapshot()), { mode: 0o600 })
  } catch {
    // A read-only or removed folder (the post step ran): nothing to keep.
  }
}

// okta-api's rate-limit pacing on a clock the test moves (src/okta-api/rate-buckets.ts), the
// budget handed to the next process (rate-state.ts) and the redaction of stderr lines (io.ts):
// what a family's answers teach, what the `--verbose` line says about it, and when a call waits.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redactor, stderrLines, type CliIo } from '../../src/okta-api/io.js'
import { familyOf, RateBuckets } from '../../src/okta-api/rate-buckets.js'
import { loadRateState, saveRateState } from '../../src/okta-api/rate-state.js'
import type { Clock } from '../../src/http/retrying-client.js'

/** A clock the test moves, on a whole second (so a Date header is exact); sleeping moves it. */
function fakeClock(onSleep?: (ms: number) => void): Clock & { t: number } {
  const clock = {
    t: 1_700_000_000_000,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms
      onSleep?.(ms)
    },
    random: () => 0
  }
  return clock
}

interface AnswerOptions {
  remaining?: string
  limit?: string
  /** Seconds from the server's now to X-Rate-Limit-Reset; undefined: no Reset header. */
  resetInS?: number
  /** Server clock minus local clock, ms (a whole number of seconds). */
  serverAheadMs?: number
  /** Send a Date header (default true). */
  date?: boolean
}

/** An answer's headers as Okta sends them, received at the clock's now. */
function answer(clock: { t: number }, o: AnswerOptions = {}) {
  const server = clock.t + (o.serverAheadMs ?? 0)
  const headers = new Headers()
  if (o.date !== false) headers.set('date', new Date(server).toUTCString())
  if (o.limit !== undefined) headers.set('x-rate-limit-limit', o.limit)
  if (o.remaining !== undefined) headers.set('x-rate-limit-remaining', o.remaining)
  if (o.resetInS !== undefined) {
    headers.set('x-rate-limit-reset', String(Math.floor(server / 1000) + o.resetInS))
  }
  return { headers, sentAt: clock.t, receivedAt: clock.t }
}

const budget = (remaining: number, resetInS: number, more: AnswerOptions = {}) => ({
  limit: '3',
  remaining: String(remaining),
  resetInS,
  ...more
})

/** Lets every pending promise callback run. */
const settle = () => new Promise(resolve => setImmediate(resolve))

describe('endpoint families', () => {
  it('stars id positions only under /api/v<number>/', () => {
    expect(familyOf('https://o/api/v10/users/00u1')).toBe('/api/v10/users/*')
    // Not the management API: no position is an id.
    expect(familyOf('https://o/oauth2/v1/keys/abc')).toBe('/oauth2/v1/keys/abc')
    expect(familyOf('https://o/other/v1/users/00u1')).toBe('/other/v1/users/00u1')
    expect(familyOf('https://o/api/xv1/users/00u1')).toBe('/api/xv1/users/00u1')
    expect(familyOf('https://o/api/v1x/users/00u1')).toBe('/api/v1x/users/00u1')
  })
})

describe('what the --verbose line says about a family', () => {
  it('says nothing for a family that has not answered', () => {
    expect(new RateBuckets(fakeClock()).describe('/api/v1/users')).toBe('')
  })

  it('counts the reset by the server clock, which the Date header shows is ahead', async () => {
    const clock = fakeClock()
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    buckets.release('f', answer(clock, budget(1, 4, { serverAheadMs: 2000 })))
    expect(buckets.describe('f')).toBe('1/3 left, reset in 4 s')
  })

  it('counts no wait when no answer had a Date header (the server clock is unknown)', async () => {
    const clock = fakeClock()
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    buckets.release('f', answer(clock, budget(0, 4, { date: false })))
    expect(buckets.describe('f')).toBe('0/3 left, reset in 0 s')
    // Remaining 0 and no clock to wait by: the next call probes the window at once, and the
    // answer in the same window (same Reset) is the budget again.
    const before = clock.t
    await buckets.acquire('f')
    expect(clock.t).toBe(before)
    buckets.release('f', answer(clock, budget(0, 4, { date: false })))
    expect(buckets.describe('f')).toBe('0/3 left, reset in 0 s')
  })

  it('learns nothing from an answer that does not give Remaining and a Reset', async () => {
    const cases: AnswerOptions[] = [
      {},
      { limit: '3', resetInS: 4 },
      { limit: '3', remaining: 'many', resetInS: 4 },
      { limit: '3', remaining: '1' },
      { limit: '3', remaining: '1', resetInS: -Math.floor(1_700_000_000_000 / 1000) }
    ]
    for (const headers of cases) {
      const clock = fakeClock()
      const buckets = new RateBuckets(clock)
      await buckets.acquire('f')
      buckets.release('f', answer(clock, headers))
      expect({ headers, said: buckets.describe('f') }).toEqual({ headers, said: '' })
      expect(buckets.snapshot().families).toEqual({})
    }
  })
})

describe('answers that overtake each other', () => {
  it('keeps the smallest Remaining of one window, whatever order its answers come in', async () => {
    const clock = fakeClock()
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    buckets.release('f', answer(clock, budget(2, 10)))
    buckets.release('f', answer(clock, budget(1, 10)))
    expect(buckets.describe('f')).toBe('1/3 left, reset in 10 s')
    buckets.release('f', answer(clock, budget(2, 10)))
    expect(buckets.describe('f')).toBe('1/3 left, reset in 10 s')
  })

  it('takes a newer window whole, and ignores a late answer of the window before', async () => {
    const clock = fakeClock()
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    buckets.release('f', answer(clock, budget(0, 10)))
    buckets.release('f', answer(clock, budget(2, 70)))
    expect(buckets.describe('f')).toBe('2/3 left, reset in 70 s')
    buckets.release('f', answer(clock, budget(0, 10)))
    expect(buckets.describe('f')).toBe('2/3 left, reset in 70 s')
  })
})

describe('when a call waits', () => {
  it('a call beyond Remaining waits for the answer of the one in flight, not for the clock', async () => {
    const clock = fakeClock()
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    buckets.release('f', answer(clock, budget(1, 5)))
    await buckets.acquire('f')
    let second = false
    void buckets.acquire('f').then(() => (second = true))
    await settle()
    expect({ second, waitedMs: clock.t - 1_700_000_000_000 }).toEqual({
      second: false,
      waitedMs: 0
    })
    buckets.release('f', answer(clock, budget(1, 5)))
    await settle()
    expect(second).toBe(true)
    expect(buckets.describe('f')).toBe('1/3 left, reset in 5 s')
  })

  it('a call that got no answer frees its place, and only its own', async () => {
    const clock = fakeClock()
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    buckets.release('f', answer(clock, budget(3, 10)))
    for (let i = 0; i < 3; i++) await buckets.acquire('f')
    buckets.release('f') // the connection failed: no headers
    await buckets.acquire('f')
    let another = false
    void buckets.acquire('f').then(() => (another = true))
    await settle()
    expect(another).toBe(false)
  })

  it('ends a wait for the reset early when a later answer shows the server clock ahead', async () => {
    let first = true
    const clock = fakeClock(() => {
      if (!first) return
      first = false
      // Another family's answer, during the wait: the server is 2 s ahead of this clock.
      buckets.release('g', answer(clock, { serverAheadMs: 2000 }))
    })
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    buckets.release('f', answer(clock, budget(0, 4)))
    const before = clock.t
    await buckets.acquire('f')
    expect(clock.t - before).toBe(2000)
  })
})

describe('the budget handed to the next process', () => {
  it('holds only families whose last answer gave their whole budget', async () => {
    const clock = fakeClock()
    const buckets = new RateBuckets(clock)
    await buckets.acquire('never-answered')
    buckets.release('never-answered')
    await buckets.acquire('f')
    buckets.release('f', answer(clock, budget(0, 1)))
    clock.t += 1000
    // The window has reset: this call probes the new one, and its answer is not in yet.
    await buckets.acquire('f')
    expect(buckets.snapshot()).toEqual({ offsetLow: 0, families: {} })
  })

  it('drops a window that ends now: the next process probes it with one call', async () => {
    const clock = fakeClock()
    const next = new RateBuckets(clock)
    next.restore({
      offsetLow: 0,
      families: { f: { limit: 3, remaining: 3, reset: clock.t / 1000 } }
    })
    expect(next.describe('f')).toBe('')
    await next.acquire('f')
    let second = false
    void next.acquire('f').then(() => (second = true))
    await settle()
    expect(second).toBe(false)
  })

  it('starts without a server clock when the last process had none, and learns it', async () => {
    const clock = fakeClock()
    const next = new RateBuckets(clock)
    next.restore({ families: {} })
    await next.acquire('f')
    next.release('f', answer(clock, budget(1, 4, { serverAheadMs: 1000 })))
    expect(next.describe('f')).toBe('1/3 left, reset in 4 s')
  })

  it('writes the budget beside the credentials (0600) and the next process reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-rate-state-'))
    try {
      const clock = fakeClock()
      const first = new RateBuckets(clock)
      await first.acquire('f')
      first.release('f', answer(clock, budget(0, 3)))
      saveRateState(dir, first)
      const file = join(dir, 'rate-limits.json')
      expect(statSync(file).mode & 0o777).toBe(0o600)
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first.snapshot())
      const next = new RateBuckets(clock)
      loadRateState(dir, next)
      expect(next.describe('f')).toBe('0/3 left, reset in 3 s')
      const before = clock.t
      await next.acquire('f')
      expect(clock.t - before).toBe(3000)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('without a folder, keeps nothing and reads nothing', async () => {
    const clock = fakeClock()
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    buckets.release('f', answer(clock, budget(0, 3)))
    expect(() => saveRateState(undefined, buckets)).not.toThrow()
    const next = new RateBuckets(clock)
    expect(() => loadRateState(undefined, next)).not.toThrow()
    expect(next.describe('f')).toBe('')
  })
})

describe('stderr redaction', () => {
  function lines() {
    const io: CliIo = {
      env: {},
      stdout: () => undefined,
      stderr: text => (out += text),
      readFile: () => ''
    }
    let out = ''
    const redactor = new Redactor()
    return { redactor, say: stderrLines(io, redactor), out: () => out }
  }

  it('replaces every secret of 8 characters or more with *** in each okta-api line', () => {
    const { redactor, say, out } = lines()
    redactor.add(undefined)
    redactor.add('')
    redactor.add('12345678')
    redactor.add('Bearer-token-value')
    say('sent 12345678 and Bearer-token-value, then 12345678')
    expect(out()).toBe('okta-api: sent *** and ***, then ***\n')
  })

  it('leaves a value shorter than 8 characters alone (it would blank ordinary words)', () => {
    const { redactor, say, out } = lines()
    redactor.add('1234567')
    say('id 1234567')
    expect(out()).toBe('okta-api: id 1234567\n')
  })
})

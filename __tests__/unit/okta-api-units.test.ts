// okta-api's pure logic, in-process against src/: flag parsing, field nesting, endpoint
// families and the pacing of a rate-limit bucket on a clock the test moves.
import { describe, expect, it } from '@jest/globals'
import { buildBody, withQuery } from '../../src/okta-api/fields.js'
import { parseArgs, UsageError } from '../../src/okta-api/flags.js'
import { familyOf, RateBuckets } from '../../src/okta-api/rate-buckets.js'
import type { Clock } from '../../src/http/retrying-client.js'

describe('flags', () => {
  it('reads gh api style flags, glued or apart', () => {
    const args = parseArgs([
      '-XPATCH',
      '/api/v1/users/x',
      '-f',
      'a=b',
      '-Fn=3',
      '--header=X-A: 1',
      '-i',
      '--step',
      'mint'
    ])
    expect(args).toMatchObject({
      method: 'PATCH',
      path: '/api/v1/users/x',
      fields: [
        { key: 'a', value: 'b', typed: false },
        { key: 'n', value: '3', typed: true }
      ],
      headers: [['X-A', '1']],
      include: true,
      step: 'mint'
    })
  })

  it.each([
    [['/a', '-H', 'authorization: Bearer x'], /authorization is refused/],
    [['/a', '-H', 'DPoP: x'], /DPoP is refused/],
    [['/a', '--nope'], /unknown flag --nope/],
    [['/a', '/b'], /one path only/],
    [[], /a path is required/],
    [['/a', '-f', 'novalue'], /needs key=value/],
    [['/a', '--input', 'x', '-f', 'a=b'], /use one of them/],
    [['--batch', 'x', '/a'], /--batch takes its calls from its file/],
    [['/a', '--concurrency', '0'], /from 1 to 50/],
    [['/a', '-X'], /-X needs a value/]
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(UsageError)
    expect(() => parseArgs(argv as string[])).toThrow(message as RegExp)
  })
})

describe('fields', () => {
  it('nests a[b][c], appends a[], and types -F values', () => {
    const body = buildBody(
      [
        { key: 'profile[login]', value: 'a@example.com', typed: false },
        { key: 'profile[age]', value: '42', typed: true },
        { key: 'profile[admin]', value: 'false', typed: true },
        { key: 'profile[nick]', value: 'null', typed: true },
        { key: 'groupIds[]', value: '00g1', typed: false },
        { key: 'groupIds[]', value: '00g2', typed: false },
        { key: 'note', value: '@notes.txt', typed: true },
        { key: 'raw', value: '42', typed: false }
      ],
      path => `content of ${path}`
    )
    expect(body).toEqual({
      profile: { login: 'a@example.com', age: 42, admin: false, nick: null },
      groupIds: ['00g1', '00g2'],
      note: 'content of notes.txt',
      raw: '42'
    })
  })

  it('refuses a key that conflicts with an earlier one', () => {
    expect(() =>
      buildBody([
        { key: 'a', value: '1', typed: false },
        { key: 'a[b]', value: '2', typed: false }
      ])
    ).toThrow(/conflicts/)
  })

  it('puts GET fields in the query string', () => {
    expect(
      withQuery('https://o.example.com/api/v1/users', [{ key: 'q', value: 'a b', typed: false }])
    ).toBe('https://o.example.com/api/v1/users?q=a+b')
  })
})

describe('rate-limit buckets', () => {
  it('stars id positions to name an endpoint family', () => {
    expect(familyOf('https://o/api/v1/users?limit=2')).toBe('/api/v1/users')
    expect(familyOf('https://o/api/v1/users/00u1')).toBe('/api/v1/users/*')
    expect(familyOf('https://o/api/v1/groups/00g1/users')).toBe('/api/v1/groups/*/users')
  })

  /** A clock the test moves; sleeping moves it. */
  function fakeClock(): Clock & { t: number } {
    const clock = {
      t: 1_000_000_000_000,
      now: () => clock.t,
      sleep: async (ms: number) => {
        clock.t += ms
      },
      random: () => 0
    }
    return clock
  }

  const answer = (clock: { t: number }, remaining: number, resetInS: number) => ({
    headers: new Headers({
      date: new Date(clock.t).toUTCString(),
      'x-rate-limit-limit': '3',
      'x-rate-limit-remaining': String(remaining),
      'x-rate-limit-reset': String(Math.floor(clock.t / 1000) + resetInS)
    }),
    sentAt: clock.t,
    receivedAt: clock.t
  })

  it('probes an unknown family with one call, then keeps calls in flight within Remaining', async () => {
    const clock = fakeClock()
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    let second = false
    void buckets.acquire('f').then(() => (second = true))
    await Promise.resolve()
    expect(second).toBe(false) // unknown budget: one at a time
    buckets.release('f', answer(clock, 2, 5))
    await new Promise(r => setImmediate(r))
    expect(second).toBe(true)
    // Remaining 2 with one in flight: one more may go, a third may not.
    await buckets.acquire('f')
    let third = false
    void buckets.acquire('f').then(() => (third = true))
    await new Promise(r => setImmediate(r))
    expect(third).toBe(false)
  })

  it('waits for the reset after Remaining 0 instead of sending', async () => {
    const clock = fakeClock()
    clock.t = Math.floor(clock.t / 1000) * 1000 // on a whole second: Date is exact
    const buckets = new RateBuckets(clock)
    await buckets.acquire('f')
    buckets.release('f', answer(clock, 0, 4))
    const before = clock.t
    await buckets.acquire('f')
    expect(clock.t - before).toBe(4000)
  })

  it('hands a spent budget to the next process, which waits for the reset too', async () => {
    const clock = fakeClock()
    clock.t = Math.floor(clock.t / 1000) * 1000
    const first = new RateBuckets(clock)
    await first.acquire('f')
    first.release('f', answer(clock, 0, 3))
    const next = new RateBuckets(clock)
    next.restore(JSON.parse(JSON.stringify(first.snapshot())))
    const before = clock.t
    await next.acquire('f')
    expect(clock.t - before).toBe(3000)
  })
})

// A matrix of 12 jobs minting tokens at once against a small token bucket (4 requests per 5 s
// window): every job's first request meets an empty bucket, every job succeeds by waiting for
// X-Rate-Limit-Reset, measured against Okta's Date, and no assertion is ever replayed
// (docs/okta-behaviour.md, rate limits).
// Starting 12 processes on a busy 2-core machine spreads them over seconds, so the bucket is
// held empty (limit 0) until every job has sent its first request, and only then opened to
// 4 per 5 s: however slowly the jobs start, each one meets the limit, and they all come back
// together at the reset, as a matrix does.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { decodeJwt } from 'jose'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import { recordFigure } from '../../testkit/audit.js'
import { assertionJti } from '../../testkit/fault-table.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, type ActionRun } from '../../testkit/run-action.js'

const JOBS = 12
const BUCKET = { limit: 4, windowSeconds: 5 }
// One 429 while the bucket is held, then one per window until the job's turn
// (ceil(JOBS / limit) windows), and room for a job that starts a window or two late.
const MAX_ATTEMPTS = 8
const key = testKey('p256')

let emulator: EmulatorHandle
let runs: ActionRun[]
let clientIds: string[]
let log: RequestLogEntry[]
let elapsedMs: number

// A 429 from the bucket comes before client authentication, so read iss from the form.
const issuerOf = (entry: RequestLogEntry) => decodeJwt(entry.form!.client_assertion).iss
const tokenRequests = async () =>
  (await emulator.control.requests()).filter(entry => entry.route === 'oauth.token')

beforeAll(async () => {
  emulator = await startEmulator()
  const apps = await Promise.all(
    Array.from({ length: JOBS }, (_, i) =>
      emulator.control.createApp({
        label: `matrix job ${i}`,
        keys: [{ ...key.publicJwk, kid: 'burst' }],
        grantedScopes: ['okta.users.read']
      })
    )
  )
  clientIds = apps.map(app => app.clientId)
  // Empty, and kept empty while the jobs start: every request to a limited route counts.
  await emulator.control.setRateLimit({
    group: 'token',
    limit: 0,
    windowSeconds: BUCKET.windowSeconds
  })
  const started = Date.now()
  let finished = 0
  const pending = clientIds.map(clientId =>
    runAction('main', {
      'okta-domain': emulator.url,
      'client-id': clientId,
      'private-key': key.pkcs8,
      'key-id': 'burst',
      scopes: 'okta.users.read',
      'max-attempts': String(MAX_ATTEMPTS),
      revoke: 'false'
    }).finally(() => finished++)
  )
  // Opened once every job has been refused once (or a job ended without asking: the
  // assertions below then name it).
  while (finished === 0) {
    const asked = new Set((await tokenRequests()).map(issuerOf))
    if (asked.size === JOBS) break
    await sleep(100)
  }
  await emulator.control.setRateLimit({ group: 'token', ...BUCKET })
  runs = await Promise.all(pending)
  elapsedMs = Date.now() - started
  log = await tokenRequests()
}, 240_000)

afterAll(async () => {
  await emulator?.stop()
})

const attemptsOf = (clientId: string) => log.filter(entry => issuerOf(entry) === clientId)

it('lets all 12 jobs mint a token', () => {
  expect(runs.map(run => run.code)).toEqual(new Array(JOBS).fill(0))
  expect(runs.every(run => run.outputs['access-token'])).toBe(true)
})

it("met the rate limit with every job's first request, and every job got its token within max-attempts", () => {
  expect(log.filter(entry => entry.status === 200)).toHaveLength(JOBS)
  for (const clientId of clientIds) {
    const attempts = attemptsOf(clientId)
    expect(attempts[0].status).toBe(429)
    expect(attempts.length).toBeLessThanOrEqual(MAX_ATTEMPTS)
    expect(attempts.at(-1)!.status).toBe(200)
  }
  // The bucket held: no window let more than its limit through.
  const okPerReset = new Map<number, number>()
  for (const entry of log.filter(e => e.status === 200)) {
    okPerReset.set(entry.rateLimit!.reset, (okPerReset.get(entry.rateLimit!.reset) ?? 0) + 1)
  }
  expect(Math.max(...okPerReset.values())).toBeLessThanOrEqual(BUCKET.limit)
})

it('retried each 429 only after its X-Rate-Limit-Reset, by the server clock', () => {
  for (const clientId of clientIds) {
    const attempts = attemptsOf(clientId)
    attempts.slice(0, -1).forEach((entry, i) => {
      expect(entry.status).toBe(429)
      const reset = entry.rateLimit!.reset * 1000
      expect(Date.parse(attempts[i + 1].time)).toBeGreaterThanOrEqual(reset)
    })
  }
  for (const run of runs) {
    for (const line of run.stdout.split('\n').filter(l => l.includes('retrying'))) {
      expect(line).toContain('(rate limit: until X-Rate-Limit-Reset)')
    }
  }
})

it('never replayed an assertion', () => {
  const jtis = log.map(assertionJti)
  expect(new Set(jtis).size).toBe(log.length)

  // Timing is reported, not asserted: it depends on the machine.
  const limited = log.filter(entry => entry.status === 429).length
  const minimumWait = Math.ceil(JOBS / BUCKET.limit) * BUCKET.windowSeconds
  console.log(
    `burst: ${JOBS} jobs, bucket ${BUCKET.limit} per ${BUCKET.windowSeconds} s (at least ${minimumWait} s of waiting), ${log.length} token requests, ${limited} answered 429, all done in ${(elapsedMs / 1000).toFixed(1)} s`
  )
  recordFigure('burst', {
    jobs: JOBS,
    limit: BUCKET.limit,
    windowSeconds: BUCKET.windowSeconds,
    minimumWaitSeconds: minimumWait,
    requests: log.length,
    distinctJtis: new Set(jtis).size,
    limited,
    elapsedMs
  })
})

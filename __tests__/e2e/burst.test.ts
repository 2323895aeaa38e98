// A matrix of 30 jobs minting tokens at once against a small token bucket (10 requests per
// 15 s window) that other jobs have just emptied: every job succeeds by waiting for
// X-Rate-Limit-Reset, measured against Okta's Date, and no assertion is ever replayed
// (docs/okta-behaviour.md, rate limits). Starting 30 processes on a busy 2-core machine
// spreads them over many seconds (25 s and more was seen while other suites ran): the window
// is long enough that the first jobs still find the emptied bucket, so they meet the limit
// however slowly they start.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { decodeJwt } from 'jose'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import { recordFigure } from '../../testkit/audit.js'
import { assertionJti } from '../../testkit/fault-table.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, type ActionRun } from '../../testkit/run-action.js'

const JOBS = 30
const BUCKET = { limit: 10, windowSeconds: 15 }
const MAX_ATTEMPTS = 6
const key = testKey('p256')

let emulator: EmulatorHandle
let runs: ActionRun[]
let clientIds: string[]
let log: RequestLogEntry[]
let elapsedMs: number

beforeAll(async () => {
  emulator = await startEmulator()
  await emulator.control.setRateLimit({ group: 'token', ...BUCKET })
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
  const started = Date.now()
  // Other jobs empty the bucket: every request to a limited route counts, failed ones too.
  for (let i = 0; i < BUCKET.limit; i++) {
    await fetch(`${emulator.url}/oauth2/v1/token`, { method: 'POST' }).then(r => r.text())
  }
  await emulator.control.clearRequests()
  runs = await Promise.all(
    clientIds.map(clientId =>
      runAction('main', {
        'okta-domain': emulator.url,
        'client-id': clientId,
        'private-key': key.pkcs8,
        'key-id': 'burst',
        scopes: 'okta.users.read',
        'max-attempts': String(MAX_ATTEMPTS),
        revoke: 'false'
      })
    )
  )
  elapsedMs = Date.now() - started
  log = (await emulator.control.requests()).filter(entry => entry.route === 'oauth.token')
}, 240_000)

afterAll(async () => {
  await emulator?.stop()
})

// A 429 from the bucket comes before client authentication, so read iss from the form.
const issuerOf = (entry: RequestLogEntry) => decodeJwt(entry.form!.client_assertion).iss
const attemptsOf = (clientId: string) => log.filter(entry => issuerOf(entry) === clientId)

it('lets all 30 jobs mint a token', () => {
  expect(runs.map(run => run.code)).toEqual(new Array(JOBS).fill(0))
  expect(runs.every(run => run.outputs['access-token'])).toBe(true)
})

it('met the rate limit, and every job got its token within max-attempts', () => {
  expect(log.some(entry => entry.status === 429)).toBe(true)
  expect(log.filter(entry => entry.status === 200)).toHaveLength(JOBS)
  for (const clientId of clientIds) {
    const attempts = attemptsOf(clientId)
    expect(attempts.length).toBeLessThanOrEqual(MAX_ATTEMPTS)
    expect(attempts.at(-1)!.status).toBe(200)
  }
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

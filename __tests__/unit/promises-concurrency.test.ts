// Provision grants scopes and assigns roles at most 12 calls at a time (src/okta/concurrent-
// calls.ts, MANAGEMENT_CONCURRENCY). Measured at the emulator: each management request's
// arrival time and duration from its request log give the calls in flight at every moment.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { OKTA_SCOPES } from '../../emulator/oauth.js'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import { runAction, uniqueLabel } from '../../testkit/in-process.js'

const BOUND = 12
// More grants than the bound, each held long enough for the next ones to start meanwhile.
const SCOPES = [...OKTA_SCOPES].filter(s => s.endsWith('.read')).slice(0, 24)
const LATENCY_MS = 400
let emulator: EmulatorHandle

beforeAll(async () => {
  emulator = await startEmulator()
  await emulator.control.setRateLimit({ group: 'management', limit: 100_000, windowSeconds: 60 })
})
afterAll(async () => {
  await emulator?.stop()
})

/** The most requests in flight at once, from arrival times and durations. */
function peakInFlight(entries: RequestLogEntry[]): number {
  const events = entries.flatMap(entry => {
    const start = Date.parse(entry.time)
    return [
      { at: start, delta: 1 },
      { at: start + (entry.durationMs ?? 0), delta: -1 }
    ]
  })
  // An end and a start at the same millisecond: the end first, so touching calls do not count.
  events.sort((a, b) => a.at - b.at || a.delta - b.delta)
  let inFlight = 0
  let peak = 0
  for (const event of events) {
    inFlight += event.delta
    peak = Math.max(peak, inFlight)
  }
  return peak
}

it(`grants ${SCOPES.length} scopes with at most ${BOUND} management calls in flight`, async () => {
  const apiToken = (await emulator.control.createApiToken({ role: 'SUPER_ADMIN' })).token
  await emulator.control.setLatency(LATENCY_MS)
  await emulator.control.clearRequests()
  const run = await runAction('main', {
    mode: 'provision',
    'okta-domain': emulator.url,
    'api-token': apiToken,
    'app-label': uniqueLabel(),
    scopes: SCOPES.join(' ')
  })
  await emulator.control.setLatency(0)
  expect(run.errors).toEqual([])
  expect(run.code).toBe(0)
  const grants = (await emulator.control.requests()).filter(
    entry => entry.method === 'POST' && /^\/api\/v1\/apps\/[^/]+\/grants$/.test(entry.path)
  )
  expect(grants).toHaveLength(SCOPES.length)
  const peak = peakInFlight(grants)
  expect(peak).toBeLessThanOrEqual(BOUND)
  // Concurrent at all: one at a time would also pass the bound.
  expect(peak).toBeGreaterThan(1)
}, 180_000)

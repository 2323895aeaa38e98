// After a 429 the action waits for X-Rate-Limit-Reset, measured against Okta's Date
// (docs/reliability.md; Okta's rate-limit headers: developer.okta.com/docs/reference/rl-best-practices/).
// The wait is measured here from the emulator's own request timestamps, not from the log
// text: a retry sent at once (a 0 ms wait) fails these tests.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import { runAction, uniqueLabel } from '../../testkit/in-process.js'
import { startTokenFixture, type TokenFixture } from '../../testkit/token-fixtures.js'

const RESET_SECONDS = 2
let fx: TokenFixture

beforeAll(async () => {
  fx = await startTokenFixture()
})
afterAll(async () => {
  await fx?.stop()
})

/** Milliseconds between the 429 and the next attempt at the same call, by the emulator clock. */
function waitAfter429(log: RequestLogEntry[], route: string): number {
  const attempts = log.filter(entry => entry.route === route).sort((a, b) => a.seq - b.seq)
  const limited = attempts.findIndex(entry => entry.status === 429)
  expect(limited).toBeGreaterThanOrEqual(0)
  const retry = attempts[limited + 1]
  expect(retry?.status).toBe(200)
  return Date.parse(retry.time) - Date.parse(attempts[limited].time)
}

it('the token call waits for the reset before it sends a new assertion', async () => {
  const app = await fx.seedApp()
  await fx.control.clearRequests()
  await fx.control.addFault({
    kind: '429',
    resetSeconds: RESET_SECONDS,
    match: { method: 'POST', path: '/oauth2/v1/token' },
    times: 1
  })
  const run = await runAction('main', app.inputs({ 'max-attempts': '2', revoke: 'false' }))
  expect(run.code).toBe(0)
  // The reset is whole seconds on Okta's clock: at least RESET_SECONDS - 1 s of real time.
  expect(waitAfter429(await fx.control.requests(), 'oauth.token')).toBeGreaterThanOrEqual(
    (RESET_SECONDS - 1) * 1000
  )
})

it('a management call waits for the reset before it is sent again', async () => {
  const apiToken = (await fx.control.createApiToken({ role: 'SUPER_ADMIN' })).token
  await fx.control.clearRequests()
  await fx.control.addFault({
    kind: '429',
    resetSeconds: RESET_SECONDS,
    match: { method: 'GET', path: '^/api/v1/apps\\?' },
    times: 1
  })
  const run = await runAction('main', {
    mode: 'provision',
    'okta-domain': fx.url,
    'api-token': apiToken,
    'app-label': uniqueLabel(),
    scopes: 'okta.users.read',
    'max-attempts': '2'
  })
  expect(run.errors).toEqual([])
  expect(run.code).toBe(0)
  const log = await fx.control.requests()
  const route = log.find(entry => entry.status === 429)?.route
  expect(route).toBeDefined()
  expect(waitAfter429(log, route!)).toBeGreaterThanOrEqual((RESET_SECONDS - 1) * 1000)
})

// mode: request at its edges: when a use_dpop_nonce answer is (and is not) answered with one
// more request, what a GET carries, and the answers a list call can get that are not a plain
// page (a proxy's HTML, a blank page, an object, a 300, no X-Okta-Request-Id). Each answer is
// an emulator `status` or `non-json-200` fault in front of the real users route.
import { describe, expect, it } from '@jest/globals'
import { decodeJwt } from 'jose'
import { emulator, useEmulator } from '../emulator/fixture.js'
import type { App, FaultSpec, RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { PublicJwk } from '../../emulator/state.js'
import { noWaitClock, runAction } from '../../testkit/in-process.js'
import { testKey } from '../../testkit/keys.js'
import { logLines } from '../../testkit/token-fixtures.js'

const KID = 'request-edges-key'
useEmulator()

function serviceApp(dpopRequired = false): Promise<App> {
  return emulator.control.createApp({
    keys: [{ ...(testKey('rsa').publicJwk as PublicJwk), kid: KID }],
    grantedScopes: ['okta.users.read'],
    dpopRequired
  })
}

function requestInputs(app: App, extra: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'request',
    'okta-domain': emulator.url,
    'client-id': app.clientId,
    'private-key': testKey('rsa').pkcs8,
    'key-id': KID,
    scopes: 'okta.users.read',
    'request-path': '/api/v1/users',
    'max-attempts': '3',
    ...extra
  }
}

/** The calls to the users list, faulted ones included (read their headers: a fault answers
 * before the emulator parses the proof). */
async function usersCalls(): Promise<RequestLogEntry[]> {
  return (await emulator.control.requests()).filter(entry => entry.path.startsWith('/api/v1/users'))
}

const answer = (spec: Omit<FaultSpec, 'kind' | 'match'>) =>
  emulator.control.addFault({
    match: { method: 'GET', path: '/api/v1/users' },
    kind: 'status',
    ...spec
  } as FaultSpec)

const useDpopNonce = (nonce?: string, error = 'use_dpop_nonce') => ({
  status: 401,
  headers: {
    ...(nonce ? { 'DPoP-Nonce': nonce } : {}),
    'WWW-Authenticate': `DPoP algs="RS256 ES256", error="${error}", error_description="Resource server requires nonce in DPoP proof"`
  }
})

const NONCE_LINE = (what: string) =>
  `${what}: Okta asked for a DPoP nonce; signing a new proof with it`

describe('a use_dpop_nonce answer gets one more request only when', () => {
  it('the token is DPoP-bound: a Bearer call offered a nonce is not sent again', async () => {
    const app = await serviceApp()
    await answer(useDpopNonce('nonce-for-bearer'))
    const run = await runAction('main', requestInputs(app))
    expect(run.outputs['token-type']).toBe('Bearer')
    expect(run.code).toBe(1)
    const calls = await usersCalls()
    expect(calls.map(c => c.status)).toEqual([401])
    expect(calls[0].headers.authorization).toMatch(/^Bearer /)
    // A GET has no body, so no Content-Type either.
    expect(calls[0].headers['content-type']).toBeUndefined()
    expect(logLines(run.stdout)).not.toContain(NONCE_LINE('Okta API call GET /api/v1/users'))
  })

  it('the answer offers a DPoP-Nonce header: without one there is nothing new to sign', async () => {
    const app = await serviceApp(true)
    await answer(useDpopNonce(undefined))
    const run = await runAction('main', requestInputs(app))
    expect(run.outputs['token-type']).toBe('DPoP')
    expect(run.code).toBe(1)
    expect((await usersCalls()).map(c => c.status)).toEqual([401])
    expect(logLines(run.stdout)).not.toContain(NONCE_LINE('Okta API call GET /api/v1/users'))
  })

  it('the error is use_dpop_nonce: invalid_token with a DPoP-Nonce header is not retried', async () => {
    const app = await serviceApp(true)
    await answer(useDpopNonce('nonce-1', 'invalid_token'))
    const run = await runAction('main', requestInputs(app))
    expect(run.code).toBe(1)
    expect((await usersCalls()).map(c => c.status)).toEqual([401])
    expect(logLines(run.stdout)).not.toContain(NONCE_LINE('Okta API call GET /api/v1/users'))
  })

  it('the nonce is new: page 2 asked again for the nonce page 1 already carries fails', async () => {
    const app = await serviceApp(true)
    await answer({ ...useDpopNonce('nonce-1'), times: 1 })
    // Passes page 1's retry, then answers page 2's first request with the same nonce.
    await answer({ ...useDpopNonce('nonce-1'), times: 1, skip: 1 })
    const run = await runAction(
      'main',
      requestInputs(app, { 'request-path': '/api/v1/users?limit=200', 'request-paginate': 'true' })
    )
    expect(run.code).toBe(1)
    const calls = await usersCalls()
    expect(calls.map(c => c.status)).toEqual([401, 200, 401])
    expect(calls.map(c => decodeJwt(c.headers.dpop).nonce)).toEqual([
      undefined,
      'nonce-1',
      'nonce-1'
    ])
    const lines = logLines(run.stdout)
    expect(lines).toContain(NONCE_LINE('Okta API call GET /api/v1/users (page 1)'))
    expect(lines).not.toContain(NONCE_LINE('Okta API call GET /api/v1/users (page 2)'))
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /^Okta API call GET \/api\/v1\/users \(page 2\) failed: HTTP 401 use_dpop_nonce: /
    )
  })
})

describe('answers that are not a plain page', () => {
  it("a proxy's HTML with 200 is a failed attempt: retried, and the next answer is output", async () => {
    const app = await serviceApp()
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/users' },
      kind: 'non-json-200'
    })
    const run = await runAction(
      'main',
      requestInputs(app, { 'request-path': '/api/v1/users?limit=2' }),
      {
        clock: noWaitClock
      }
    )
    expect(run.errors).toEqual([])
    expect((await usersCalls()).map(c => c.status)).toEqual([200, 200])
    expect(JSON.parse(run.outputs['response-body'])).toHaveLength(2)
    expect(run.stdout).toContain('with a body that is not JSON')
  })

  it('a blank page (whitespace only) is an empty list', async () => {
    const app = await serviceApp()
    await answer({ status: 200, body: ' \n' })
    const run = await runAction('main', requestInputs(app, { 'request-paginate': 'true' }))
    expect(run.errors).toEqual([])
    expect(run.outputs['response-body']).toBe('[]')
  })

  it('an object where request-paginate needs a list fails with one line saying so', async () => {
    const app = await serviceApp()
    await answer({ status: 200, body: { id: '00u1' } })
    const run = await runAction('main', requestInputs(app, { 'request-paginate': 'true' }))
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      'Okta API call GET /api/v1/users (page 1) failed: request-paginate needs a list endpoint, but the response is not a JSON array.'
    ])
  })

  it('an object is logged with its status and request id but no item count', async () => {
    const app = await serviceApp()
    await answer({ status: 200, body: { id: '00u1' } })
    const run = await runAction('main', requestInputs(app))
    expect(run.errors).toEqual([])
    const [call] = await usersCalls()
    expect(logLines(run.stdout)).toContain(
      `Okta API call GET /api/v1/users: HTTP 200 (X-Okta-Request-Id: ${call.requestId})`
    )
  })

  it('an answer without X-Okta-Request-Id is logged without one; one item is "1 item"', async () => {
    const app = await serviceApp()
    await answer({ status: 200, body: [{ id: '00u1' }], headers: { 'X-Okta-Request-Id': '' } })
    const run = await runAction('main', requestInputs(app))
    expect(run.errors).toEqual([])
    expect(logLines(run.stdout)).toContain('Okta API call GET /api/v1/users: HTTP 200, 1 item')
  })

  it('a paginated page that fails fails the run, and its page line counts no items', async () => {
    const app = await serviceApp()
    await answer({ status: 409, body: ['00u1', '00u2'] })
    const run = await runAction('main', requestInputs(app, { 'request-paginate': 'true' }))
    expect(run.code).toBe(1)
    const [call] = await usersCalls()
    const pageLines = logLines(run.stdout).filter(line => line.includes(': HTTP 409'))
    expect(pageLines).toHaveLength(1)
    expect(pageLines[0]).toMatch(/: HTTP 409 \(X-Okta-Request-Id: [^)]+\)$/)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(`HTTP 409 (X-Okta-Request-Id: ${call.requestId})`)
  })

  it('a 300 is not a success', async () => {
    const app = await serviceApp()
    await answer({ status: 300, body: [] })
    const run = await runAction('main', requestInputs(app))
    expect(run.code).toBe(1)
    expect(run.outputs['response-status']).toBe('300')
    const [call] = await usersCalls()
    expect(run.errors).toEqual([
      `Okta API call GET /api/v1/users failed: HTTP 300 (X-Okta-Request-Id: ${call.requestId})`
    ])
  })
})

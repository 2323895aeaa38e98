// A DPoP nonce that changes mid-run (RFC 9449 §8 at the token endpoint, §9 at a resource
// server; README "DPoP"). The loop guard: one more request per new nonce, each with a newly
// signed assertion and proof, never a second try with a nonce already answered, a bound on
// the rounds, and one clear line when the server keeps changing it.
//
// The emulator changes its nonce between requests through its control API, called from a
// transport that wraps the real one (the action's requests still go over HTTP to it).
import { describe, expect, it } from '@jest/globals'
import { decodeJwt } from 'jose'
import { emulator, useEmulator } from '../emulator/fixture.js'
import type { App, RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { PublicJwk } from '../../emulator/state.js'
import { createTransport, type Transport } from '../../src/http/transport.js'
import { runAction, type ActionRun } from '../../testkit/in-process.js'
import { testKey } from '../../testkit/keys.js'

const KID = 'nonce-test-key'
useEmulator()

function dpopApp(): Promise<App> {
  return emulator.control.createApp({
    keys: [{ ...(testKey('rsa').publicJwk as PublicJwk), kid: KID }],
    grantedScopes: ['okta.users.read'],
    dpopRequired: true
  })
}

function inputs(app: App, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'okta-domain': emulator.url,
    'client-id': app.clientId,
    'private-key': testKey('rsa').pkcs8,
    'key-id': KID,
    scopes: 'okta.users.read',
    dpop: 'true',
    ...extra
  }
}

/**
 * The real transport, but before the requests `change` picks, the emulator is told to change
 * its nonce, as a server whose nonces expire (or a pool of servers) would.
 */
function changingNonce(change: (path: string, index: number) => Promise<unknown> | undefined) {
  const real = createTransport({})
  let index = 0
  const transport: Transport = async (request, timeoutMs) => {
    await change(new URL(request.url).pathname, index++)
    return real(request, timeoutMs)
  }
  return transport
}

const resourceNonce = (required: boolean) =>
  fetch(`${emulator.url}/__control/resource-nonce`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ required })
  }).then(response => {
    if (!response.ok) throw new Error(`resource-nonce: ${response.status}`)
  })

async function logOf(route: string): Promise<RequestLogEntry[]> {
  return (await emulator.control.requests()).filter(entry => entry.route === route)
}

const logLines = (run: ActionRun) => run.stdout.split('\n').filter(line => !line.startsWith('::'))
const count = (lines: string[], line: string) => lines.filter(l => l === line).length
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const NONCE_HINT =
  'The server asked for a DPoP nonce again after the action had answered with the one it offered (or offered none); the action answers each new nonce once and does not loop: re-run the step, and if it persists, the server changes its nonce on every request (RFC 9449 §8).'
const TOKEN_NONCE_LINE =
  'Token endpoint asked for a DPoP nonce; signing a new assertion and proof with it'

describe('the token step', () => {
  it('answers a nonce that changes once mid-run with one more request, then succeeds', async () => {
    const app = await dpopApp()
    // Before the second token request: the nonce just offered is stale when it arrives.
    const transport = changingNonce((path, i) =>
      path === '/oauth2/v1/token' && i === 1 ? emulator.control.rotateDpopNonce() : undefined
    )
    const run = await runAction('main', inputs(app), { transport })
    expect(run.errors).toEqual([])
    expect(run.outputs['token-type']).toBe('DPoP')

    const calls = await logOf('oauth.token')
    expect(calls.map(c => [c.status, c.error])).toEqual([
      [400, 'use_dpop_nonce'],
      [400, 'use_dpop_nonce'],
      [200, undefined]
    ])
    // Each retry carries the nonce the answer before it offered, in a new proof and assertion.
    const nonces = calls.map(c => c.dpop?.claims.nonce)
    expect(nonces[0]).toBeUndefined()
    expect(nonces[1]).toEqual(expect.any(String))
    expect(nonces[2]).toBe(await emulator.control.dpopNonce())
    expect(nonces[2]).not.toBe(nonces[1])
    expect(new Set(calls.map(c => c.dpop?.claims.jti)).size).toBe(3)
    expect(new Set(calls.map(c => c.assertion?.claims.jti)).size).toBe(3)
    expect(count(logLines(run), TOKEN_NONCE_LINE)).toBe(2)
  })

  it('stops with one line after five requests when the nonce changes on every one', async () => {
    const app = await dpopApp()
    const transport = changingNonce(path =>
      path === '/oauth2/v1/token' ? emulator.control.rotateDpopNonce() : undefined
    )
    const run = await runAction('main', inputs(app), { transport })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      'Token request failed: the token endpoint kept asking for another DPoP nonce or proof after 5 tries.'
    ])
    const calls = await logOf('oauth.token')
    expect(calls.map(c => c.error)).toEqual(Array(5).fill('use_dpop_nonce'))
    expect(new Set(calls.map(c => c.dpop?.claims.nonce ?? 'none')).size).toBe(5)
    expect(run.outputs['access-token']).toBeUndefined()
  })

  it('does not answer the same nonce twice: a server that repeats it fails on the second answer', async () => {
    const app = await dpopApp()
    await emulator.control.addFault({
      match: { method: 'POST', path: '/oauth2/v1/token' },
      kind: 'status',
      status: 400,
      // Three, so that a client without the guard would answer it again, and then succeed.
      times: 3,
      headers: { 'DPoP-Nonce': 'the-same-nonce' },
      body: {
        error: 'use_dpop_nonce',
        error_description: 'Authorization server requires nonce in DPoP proof.'
      }
    })
    const run = await runAction('main', inputs(app))
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `^Token request failed: HTTP 400 use_dpop_nonce: Authorization server requires nonce in DPoP proof\\. \\(X-Okta-Request-Id: [\\w-]+\\)\\. ${escape(NONCE_HINT)}$`
      )
    )
    // The fault answers before the emulator reads the proof, so it is read from the header.
    const calls = await logOf('oauth.token')
    expect(calls.map(c => decodeJwt(c.headers.dpop).nonce)).toEqual([undefined, 'the-same-nonce'])
    expect(count(logLines(run), TOKEN_NONCE_LINE)).toBe(1)
  })
})

describe('request mode (the caller okta-api shares)', () => {
  const requestInputs = (app: App) =>
    inputs(app, {
      mode: 'request',
      'request-path': '/api/v1/users?limit=200',
      'request-paginate': 'true'
    })

  it('answers a resource nonce that changes between pages once per page', async () => {
    const app = await dpopApp()
    await resourceNonce(true)
    // A new nonce before the second page: its first proof carries page 1's, now stale.
    let pages = 0
    const transport = changingNonce(path => {
      if (path !== '/api/v1/users') return undefined
      pages++
      return pages === 3 ? resourceNonce(true) : undefined
    })
    const run = await runAction('main', requestInputs(app), { transport })
    expect(run.errors).toEqual([])
    expect(JSON.parse(run.outputs['response-body'])).toHaveLength(450)

    const calls = await logOf('users.list')
    expect(calls.map(c => c.status)).toEqual([401, 200, 401, 200, 200])
    const nonces = calls.map(c => c.dpop?.claims.nonce)
    expect(nonces[0]).toBeUndefined()
    expect(nonces[2]).toBe(nonces[1])
    expect(nonces[3]).not.toBe(nonces[2])
    expect(nonces[4]).toBe(nonces[3])
    expect(new Set(calls.map(c => c.dpop?.claims.jti)).size).toBe(5)
  })

  it('stops with one line when the resource nonce changes on every request', async () => {
    const app = await dpopApp()
    const transport = changingNonce(path =>
      path === '/api/v1/users' ? resourceNonce(true) : undefined
    )
    const run = await runAction('main', requestInputs(app), { transport })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `^Okta API call GET /api/v1/users \\(page 1\\) failed: HTTP 401 use_dpop_nonce: Resource server requires nonce in DPoP proof \\(X-Okta-Request-Id: [\\w-]+\\)\\. ${escape(NONCE_HINT)}$`
      )
    )
    const calls = await logOf('users.list')
    expect(calls.map(c => c.status)).toEqual([401, 401])
    expect(run.outputs['response-status']).toBe('401')
  })
})

// mode: request — one Okta API call with a freshly minted token, run in-process from src/
// against the emulator. The emulator verifies every DPoP proof (signature, htm, htu, ath, jti
// burnt on first sight), so a test that passes proves each request carried a new, correct proof.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeJwt } from 'jose'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { App, RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { NewAppInput, PublicJwk } from '../../emulator/state.js'
import { noWaitClock, runAction, runJob } from '../../testkit/in-process.js'
import { testKey } from '../../testkit/keys.js'

const KID = 'request-test-key'

let emulator: EmulatorHandle
let url: string
let scratch: string

beforeAll(async () => {
  emulator = await startEmulator()
  url = emulator.url
  scratch = mkdtempSync(join(tmpdir(), 'request-test-'))
})

afterAll(async () => {
  await emulator?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

afterEach(async () => {
  await emulator.control.reset()
})

function serviceApp(extra: NewAppInput = {}): Promise<App> {
  return emulator.control.createApp({
    keys: [{ ...(testKey('rsa').publicJwk as PublicJwk), kid: KID }],
    grantedScopes: ['okta.users.read'],
    ...extra
  })
}

function requestInputs(app: App, extra: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'request',
    'okta-domain': url,
    'client-id': app.clientId,
    'private-key': testKey('rsa').pkcs8,
    'key-id': KID,
    scopes: 'okta.users.read',
    'request-path': '/api/v1/users',
    'max-attempts': '3',
    ...extra
  }
}

async function logOf(route: string): Promise<RequestLogEntry[]> {
  return (await emulator.control.requests()).filter(entry => entry.route === route)
}

/** The DPoP proof a request carried, read from its header (also for faulted requests). */
function proofClaims(entry: RequestLogEntry): Record<string, unknown> {
  expect(entry.headers.dpop).toBeDefined()
  return decodeJwt(entry.headers.dpop) as Record<string, unknown>
}

const athOf = (token: string) => createHash('sha256').update(token, 'ascii').digest('base64url')

describe('request mode with a Bearer token', () => {
  it('lists users with Authorization: Bearer and outputs the status and the JSON body', async () => {
    const app = await serviceApp()
    const file = join(scratch, 'bearer', 'users.json')
    const { main, post } = await runJob(requestInputs(app, { 'response-file': file }))

    expect(main.errors).toEqual([])
    expect(main.code).toBe(0)
    expect(main.outputs['token-type']).toBe('Bearer')
    expect(main.outputs['response-status']).toBe('200')
    const users = JSON.parse(main.outputs['response-body']) as { id: string }[]
    expect(users).toHaveLength(200)
    expect(readFileSync(file, 'utf8')).toBe(main.outputs['response-body'])

    const [call] = await logOf('users.list')
    expect(call.authorizationScheme).toBe('Bearer')
    expect(call.headers.dpop).toBeUndefined()
    expect(call.headers.accept).toBe('application/json')
    // One line for the call with its status, item count and request id; never the body.
    expect(main.stdout).toContain(
      `Okta API call GET /api/v1/users: HTTP 200, 200 items (X-Okta-Request-Id: ${call.requestId})`
    )
    expect(main.stdout).not.toContain(users[0].id)
    expect(main.summary).toContain('Okta API request')
    expect(main.summary).toMatch(/<td>Status<\/td><td>200<\/td>/)
    expect(main.summary).toMatch(/<td>Items<\/td><td>200<\/td>/)

    // The post step revokes the token the call used, as in token mode.
    expect(post.code).toBe(0)
    const [token] = await emulator.control.tokens()
    expect(token.revoked).toBe(true)
  })

  it('accepts a full URL on the org and fails a 404 with Okta error and request id', async () => {
    const app = await serviceApp()
    const run = await runAction(
      'main',
      requestInputs(app, { 'request-path': `${url}/api/v1/users/00unobodyhere#ignored` })
    )
    const [call] = await logOf('users.get')
    expect(call.path).toBe('/api/v1/users/00unobodyhere')
    expect(run.code).toBe(1)
    expect(run.outputs['response-status']).toBe('404')
    expect(run.errors).toEqual([
      `Okta API call GET /api/v1/users/00unobodyhere failed: HTTP 404 E0000007: Not found: Resource not found: 00unobodyhere (User) (X-Okta-Request-Id: ${call.requestId})`
    ])
  })

  it('fails a call without the needed scope with the scope Okta names in WWW-Authenticate', async () => {
    const app = await serviceApp({ grantedScopes: ['okta.groups.read'] })
    const run = await runAction('main', requestInputs(app, { scopes: 'okta.groups.read' }))
    expect(run.code).toBe(1)
    expect(run.outputs['response-status']).toBe('403')
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('Okta API call GET /api/v1/users failed: HTTP 403')
    expect(run.errors[0]).toContain('insufficient_scope')
    expect(run.errors[0]).toContain('(required scope: okta.users.read)')
  })

  it('POSTs request-body as JSON', async () => {
    const caller = await serviceApp({
      grantedScopes: ['okta.appGrants.manage'],
      roles: ['SUPER_ADMIN']
    })
    const target = await emulator.control.createApp({ label: 'target' })
    const run = await runAction(
      'main',
      requestInputs(caller, {
        scopes: 'okta.appGrants.manage',
        'request-method': 'post',
        'request-path': `/api/v1/apps/${target.id}/grants`,
        'request-body': JSON.stringify({ issuer: url, scopeId: 'okta.groups.read' })
      })
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['response-status']).toBe('201')
    expect(JSON.parse(run.outputs['response-body'])).toMatchObject({
      scopeId: 'okta.groups.read',
      issuer: url
    })
    const [call] = (await emulator.control.requests()).filter(e => e.path.startsWith('/api/'))
    expect(call.method).toBe('POST')
    expect(call.path).toBe(`/api/v1/apps/${target.id}/grants`)
    expect(call.headers['content-type']).toBe('application/json')
    expect((await emulator.control.app(target.id)).grants.map(g => g.scopeId)).toEqual([
      'okta.groups.read'
    ])
  })
})

describe('request mode with a DPoP-bound token', () => {
  it('pages through all 450 users with a fresh proof for every page', async () => {
    const app = await serviceApp({ dpopRequired: true })
    const run = await runAction(
      'main',
      requestInputs(app, { 'request-path': '/api/v1/users?limit=200', 'request-paginate': 'true' })
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['token-type']).toBe('DPoP')
    expect(run.outputs['response-status']).toBe('200')
    const users = JSON.parse(run.outputs['response-body']) as { id: string }[]
    expect(users).toHaveLength(450)
    expect(new Set(users.map(u => u.id)).size).toBe(450)

    const pages = await logOf('users.list')
    expect(pages.map(p => p.status)).toEqual([200, 200, 200])
    const token = run.outputs['access-token']
    const jtis = new Set<unknown>()
    for (const page of pages) {
      expect(page.authorizationScheme).toBe('DPoP')
      const claims = proofClaims(page)
      // htu without the query (the next links carry after= and limit=), htm, ath of this token.
      expect(claims).toMatchObject({ htm: 'GET', htu: `${url}/api/v1/users`, ath: athOf(token) })
      jtis.add(claims.jti)
    }
    expect(jtis.size).toBe(3)
    expect(pages.map(p => p.path)).toEqual([
      '/api/v1/users?limit=200',
      `/api/v1/users?after=${users[199].id}&limit=200`,
      `/api/v1/users?after=${users[399].id}&limit=200`
    ])
    for (const page of pages) {
      expect(run.stdout).toContain(`(X-Okta-Request-Id: ${page.requestId})`)
    }
    expect(run.stdout).toContain('Okta API call GET /api/v1/users (page 3): HTTP 200, 50 items')
    expect(run.summary).toMatch(/<td>Pages<\/td><td>3<\/td>/)
    expect(run.summary).toMatch(/<td>Items<\/td><td>450<\/td>/)

    // The emulator burns each proof's jti: replaying the first page's proof is refused, so the
    // 200s above could only come from a new proof per request.
    const replay = await fetch(`${url}${pages[0].path}`, {
      headers: {
        Accept: 'application/json',
        Authorization: pages[0].headers.authorization,
        DPoP: pages[0].headers.dpop
      }
    })
    expect(replay.status).toBe(400)
    expect(replay.headers.get('www-authenticate')).toContain(
      'The DPoP proof JWT has already been used.'
    )
  })

  it('signs htu as Okta compares it when the path holds a percent-encoded login', async () => {
    const app = await serviceApp({ dpopRequired: true })
    const first = await runAction(
      'main',
      requestInputs(app, { 'request-path': '/api/v1/users?limit=1' })
    )
    const login = (
      JSON.parse(first.outputs['response-body']) as { profile: { login: string } }[]
    )[0].profile.login
    const path = `/api/v1/users/${encodeURIComponent(login)}`
    expect(path).toContain('%40')
    const run = await runAction('main', requestInputs(app, { 'request-path': path }))
    expect(run.errors).toEqual([])
    expect(JSON.parse(run.outputs['response-body'])).toMatchObject({ profile: { login } })
    const [call] = await logOf('users.get')
    expect(call.path).toBe(path)
    expect(call.status).toBe(200)
    expect(proofClaims(call).htu).toBe(`${url}/api/v1/users/${login}`)
  })

  it('retries a page after a 503 and a 429, each time with a new proof', async () => {
    const app = await serviceApp({ dpopRequired: true })
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/users' },
      kind: '503',
      skip: 1
    })
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/users' },
      kind: '429',
      skip: 1,
      // A reset of now, and no wait: the waits are timed in faults/promises-rate-limit.test.ts.
      resetSeconds: 0
    })
    const run = await runAction(
      'main',
      requestInputs(app, { 'request-path': '/api/v1/users?limit=200', 'request-paginate': 'true' }),
      { clock: noWaitClock }
    )
    expect(run.errors).toEqual([])
    expect(JSON.parse(run.outputs['response-body'])).toHaveLength(450)

    const calls = await logOf('users.list')
    expect(calls.map(c => c.status)).toEqual([200, 503, 200, 429, 200])
    const claims = calls.map(proofClaims)
    expect(new Set(claims.map(c => c.jti)).size).toBe(5)
    // The retry of a page is the same request (same URL) with a different proof.
    expect(calls[2].path).toBe(calls[1].path)
    expect(calls[4].path).toBe(calls[3].path)
    expect(claims[2].jti).not.toBe(claims[1].jti)
    expect(claims[4].jti).not.toBe(claims[3].jti)
    expect(run.stdout).toMatch(/Okta API call GET \/api\/v1\/users \(page 2\): HTTP 503.*retrying/)
    expect(run.stdout).toMatch(/Okta API call GET \/api\/v1\/users \(page 3\): HTTP 429.*retrying/)
  })

  it('answers a use_dpop_nonce challenge once with a new proof that carries the nonce', async () => {
    const app = await serviceApp({ dpopRequired: true })
    await emulator.control.addFault({
      match: { path: '/api/v1/users' },
      kind: 'status',
      status: 401,
      headers: {
        'DPoP-Nonce': 'resource-nonce-1',
        'WWW-Authenticate':
          'DPoP algs="ES256", error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"'
      }
    })
    const run = await runAction('main', requestInputs(app))
    expect(run.errors).toEqual([])
    expect(run.outputs['response-status']).toBe('200')
    const calls = await logOf('users.list')
    expect(calls.map(c => c.status)).toEqual([401, 200])
    const [first, second] = calls.map(proofClaims)
    expect(first.nonce).toBeUndefined()
    expect(second.nonce).toBe('resource-nonce-1')
    expect(second.jti).not.toBe(first.jti)
  })
})

describe('request-path must stay on the org', () => {
  it('refuses every other host, port, scheme or user-info trick before minting a token', async () => {
    const app = await serviceApp()
    const { host, port } = new URL(url)
    const refused = [
      'https://evil.example.com/api/v1/users',
      '//evil.example.com/api/v1/users',
      '/\\evil.example.com/api/v1/users',
      `${url}@evil.example.com/api/v1/users`,
      `http://admin:secret@${host}/api/v1/users`,
      `http://127.0.0.1:${Number(port) + 1}/api/v1/users`,
      `https://${host}/api/v1/users`,
      `http://localhost:${port}/api/v1/users`,
      'api/v1/users',
      '/api/v1/users\n/x'
    ]
    for (const path of refused) {
      const run = await runAction('main', requestInputs(app, { 'request-path': path }))
      expect(run.code).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(/^Input request-path .*never sent to another host\.$/)
      expect(run.outputs['access-token']).toBeUndefined()
    }
    // Not a single request reached the org: no token was minted for any of them.
    expect(await emulator.control.requests()).toEqual([])
    expect(await emulator.control.tokens()).toEqual([])
  })
})

describe('request-body', () => {
  it('is refused with GET before any token is minted', async () => {
    const app = await serviceApp()
    const withBody = await runAction(
      'main',
      requestInputs(app, { 'request-body': '{"profile":{}}' })
    )
    expect(withBody.errors).toEqual([
      'Input request-body cannot be sent with request-method GET; use POST, PUT, PATCH or DELETE.'
    ])
    expect(await emulator.control.requests()).toEqual([])
  })
})

describe('response size', () => {
  it('puts a body over 1 MiB only in response-file and warns that response-body is empty', async () => {
    const app = await serviceApp()
    const big = (prefix: string) =>
      Array.from({ length: 600 }, (_, i) => ({ id: `${prefix}${i}`, note: 'x'.repeat(1000) }))
    // Two pages of about 0.6 MiB each, served by faults in the place of the users list.
    await emulator.control.addFault({
      match: { path: '^/api/v1/users\\?limit=600$' },
      kind: 'status',
      status: 200,
      body: big('a'),
      headers: { Link: `<${url}/api/v1/users?after=a599&limit=600>; rel="next"` }
    })
    await emulator.control.addFault({
      match: { path: '^/api/v1/users\\?after=a599' },
      kind: 'status',
      status: 200,
      body: big('b')
    })
    const file = join(scratch, 'big.json')
    const run = await runAction(
      'main',
      requestInputs(app, {
        'request-path': '/api/v1/users?limit=600',
        'request-paginate': 'true',
        'response-file': file
      })
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['response-status']).toBe('200')
    expect(run.outputs['response-body']).toBeUndefined()
    const items = JSON.parse(readFileSync(file, 'utf8')) as { id: string }[]
    expect(items).toHaveLength(1200)
    expect(items[600].id).toBe('b0')
    expect(run.warnings).toEqual([
      expect.stringMatching(
        new RegExp(`over the 1 MiB .* only in response-file \\(${file.replace(/[.]/g, '\\.')}\\)`)
      )
    ])
  })
})

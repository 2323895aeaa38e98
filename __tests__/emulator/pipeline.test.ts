// What every request goes through (emulator/pipeline.ts, faults.ts, rate-limits.ts): Length
// Required, injected faults and where they act, rate limits, the clock and the request log.
import { describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { connect } from 'node:net'
import { emulator, url, useEmulator } from './fixture.js'
import {
  ASSERTION_TYPE,
  getUsers,
  postForm,
  requestToken,
  serviceApp,
  signAssertion,
  signProof
} from './oauth-fixtures.js'
import { api, createApp, tokenOf } from './management-fixtures.js'

useEmulator()

describe('faults, rate limits, clock and log', () => {
  it('answers a 429 fault with E0000047 and rate-limit reset headers, refuses until that reset, then recovers', async () => {
    const app = await serviceApp()
    await emulator.control.addFault({
      match: { method: 'POST', path: '/oauth2/v1/token' },
      kind: '429',
      resetSeconds: 7
    })
    const limited = await requestToken(app)
    expect(limited.status).toBe(429)
    expect(limited.body.errorCode).toBe('E0000047')
    const date = Date.parse(limited.headers.get('date')!) / 1000
    expect(Number(limited.headers.get('x-rate-limit-reset')) - date).toBe(7)
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0')
    // The injected 429 holds its bucket: an immediate retry is refused with the same Reset.
    const retry = await requestToken(app)
    expect([retry.status, retry.body.errorCode]).toEqual([429, 'E0000047'])
    expect(retry.headers.get('x-rate-limit-reset')).toBe(limited.headers.get('x-rate-limit-reset'))
    expect(retry.headers.get('x-rate-limit-remaining')).toBe('0')
    // The hold is the endpoint's: another authorization server's token endpoint is served.
    await emulator.control.createAuthServer({
      id: 'elsewhere',
      scopes: ['ci.deploy'],
      allowedClients: [app.clientId]
    })
    const path = '/oauth2/elsewhere/v1/token'
    expect((await requestToken(app, {}, { path, scope: 'ci.deploy' })).status).toBe(200)
    // Once the emulator clock reaches the Reset, the same call is served.
    await emulator.control.setClock(7)
    expect((await requestToken(app)).status).toBe(200)
  })

  it('answers 429 once a configured rate limit is used up', async () => {
    const app = await serviceApp()
    await emulator.control.setRateLimit({ group: 'token', limit: 2, windowSeconds: 60 })
    expect((await requestToken(app)).headers.get('x-rate-limit-remaining')).toBe('1')
    expect((await requestToken(app)).status).toBe(200)
    const over = await requestToken(app)
    expect([over.status, over.body.errorCode]).toEqual([429, 'E0000047'])
  })

  it('drops the connection after the skipped requests and serves the next one', async () => {
    await emulator.control.addFault({ match: { path: '/api/v1/*' }, kind: 'drop', skip: 1 })
    const headers = { Authorization: 'SSWS x' }
    expect((await getUsers('/api/v1/users', headers)).status).toBe(401)
    await expect(getUsers('/api/v1/users', headers)).rejects.toThrow()
    expect((await getUsers('/api/v1/users', headers)).status).toBe(401)
  })

  it('answers 502 with an HTML body for a 502-html fault', async () => {
    await emulator.control.addFault({ match: { path: '^/oauth2/' }, kind: '502-html' })
    const res = await fetch(`${url}/oauth2/v1/token`, { method: 'POST' })
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toBe('text/html')
    expect(await res.text()).toContain('502 Bad Gateway')
  })

  it('serves truncated, non-JSON, header-less 429, custom status and delayed answers in order', async () => {
    const path = '/oauth2/v1/introspect'
    for (const fault of [
      { kind: 'truncated-200' },
      { kind: 'non-json-200' },
      { kind: '429-no-headers' },
      { kind: 'status', status: 418, body: { teapot: true } },
      { kind: 'delay', delayMs: 300 }
    ] as const) {
      await emulator.control.addFault({ match: { method: 'POST', path }, ...fault })
    }
    const post = () => fetch(`${url}${path}`, { method: 'POST' })
    await expect(post().then(r => r.text())).rejects.toThrow()
    const html = await post()
    expect([html.status, html.headers.get('content-type')]).toEqual([200, 'text/html'])
    await html.text()
    const limited = await post()
    expect([limited.status, limited.headers.get('x-rate-limit-reset')]).toEqual([429, null])
    await limited.text()
    const teapot = await post()
    expect([teapot.status, await teapot.json()]).toEqual([418, { teapot: true }])
    const started = Date.now()
    const delayed = await post()
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(((await delayed.json()) as { error: string }).error).toBe('invalid_request')
    const faults = (await emulator.control.requests()).map(r => r.fault)
    expect(faults).toEqual(['truncated-200', 'non-json-200', '429-no-headers', 'status', 'delay'])
  })

  it('shows the clock offset in the Date header and judges assertions by it', async () => {
    const app = await serviceApp()
    await emulator.control.setClock(-600)
    const res = await requestToken(app)
    const skew = Date.parse(res.headers.get('date')!) - Date.now()
    expect(skew).toBeLessThan(-590_000)
    expect(skew).toBeGreaterThan(-610_000)
    expect(res.body.error_description).toBe(
      'The client_assertion token must be issued before the current time.'
    )
  })

  it('logs each Okta request with its assertion, DPoP proof and error code', async () => {
    const app = await serviceApp({ dpopRequired: true })
    await emulator.control.clearRequests()
    const htu = `${url}/oauth2/v1/token`
    await requestToken(app, {}, { headers: { DPoP: await signProof({ htu }) } })
    const [entry] = await emulator.control.requests()
    expect(entry).toMatchObject({
      seq: expect.any(Number),
      method: 'POST',
      path: '/oauth2/v1/token',
      status: 400,
      route: 'oauth.token',
      clientId: app.clientId,
      error: 'use_dpop_nonce',
      assertion: { header: { alg: 'RS256', kid: 'key-a' }, claims: { iss: app.clientId } },
      dpop: { header: { typ: 'dpop+jwt' }, claims: { htm: 'POST', htu } }
    })
  })
})

describe('authentication and privileges', () => {
  it('answers 411 to a POST that does not say its length (Content-Length: 0 when bodiless)', async () => {
    const { host } = new URL(url)
    const [hostname, port] = host.split(':')
    const statusLine = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          `POST /api/v1/apps/0oa1/lifecycle/activate HTTP/1.1\r\nHost: ${host}\r\nAccept: application/json\r\nConnection: close\r\n\r\n`
        )
      })
      let received = ''
      socket.on('data', chunk => (received += chunk.toString('latin1')))
      socket.on('end', () => resolve(received.split('\r\n')[0]))
      socket.on('error', reject)
    })
    expect(statusLine).toBe('HTTP/1.1 411 Length Required')
  })
})

describe('rate limits and faults', () => {
  it('counts management calls in the management bucket and answers 429 E0000047 beyond it', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    await emulator.control.setRateLimit({ group: 'management', limit: 2, windowSeconds: 60 })
    const first = await api('GET', '/api/v1/apps', { token })
    expect(first.headers.get('x-rate-limit-limit')).toBe('2')
    expect(first.headers.get('x-rate-limit-remaining')).toBe('1')
    await api('GET', '/api/v1/apps', { token })
    const third = await api('GET', '/api/v1/apps', { token })
    expect([third.status, third.body.errorCode]).toEqual([429, 'E0000047'])
    expect(Number(third.headers.get('x-rate-limit-reset'))).toBeGreaterThan(0)
  })

  it('fires an injected fault on the second grant and logs every call', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token)
    await emulator.control.addFault({
      match: { method: 'POST', path: `/api/v1/apps/${app.id}/grants` },
      kind: 'status',
      status: 500,
      skip: 1
    })
    const path = `/api/v1/apps/${app.id}/grants`
    expect(
      (await api('POST', path, { token, body: { issuer: url, scopeId: 'okta.users.read' } })).status
    ).toBe(201)
    expect(
      (await api('POST', path, { token, body: { issuer: url, scopeId: 'okta.groups.read' } }))
        .status
    ).toBe(500)
    const log = await emulator.control.requests()
    expect(
      log.filter(e => e.route === 'management.grants.create').map(e => [e.status, e.fault])
    ).toEqual([
      [201, undefined],
      [500, 'status']
    ])
  })
})

describe('where a fault acts on the OAuth endpoints', () => {
  // A real server authenticates the client before an internal error, a maintenance answer, an
  // answer cut short or a dropped connection: the assertion's jti is burnt by then.
  for (const kind of ['500', '503', 'truncated-200', 'drop'] as const) {
    it(`burns the assertion's jti before a ${kind} fault answers`, async () => {
      const app = await serviceApp()
      const jti = randomUUID()
      await emulator.control.addFault({ match: { method: 'POST', path: '/oauth2/v1/token' }, kind })
      const faulted = requestToken(app, { jti })
      if (kind === 'drop' || kind === 'truncated-200') {
        await expect(faulted.then(r => r.text)).rejects.toThrow()
      } else {
        expect((await faulted).status).toBe(Number(kind))
      }
      const [entry] = await emulator.control.requests()
      expect(entry).toMatchObject({ fault: kind, clientId: app.clientId })
      expect(entry.assertion?.claims.jti).toBe(jti)
      const resent = await requestToken(app, { jti })
      expect([resent.status, resent.body.error_description]).toEqual([
        401,
        'The client_assertion token has already been used.'
      ])
      expect(await emulator.control.tokens()).toEqual([])
    })
  }

  // Gateways, captive portals and rate limits answer in front of the server: nothing is burnt.
  for (const fault of [
    { kind: '429-no-headers' },
    { kind: '502-html' },
    { kind: 'non-json-200' },
    { kind: 'status', status: 401 }
  ] as const) {
    it(`leaves the jti unused when a ${fault.kind} fault answers in front of the server`, async () => {
      const app = await serviceApp()
      const assertion = await signAssertion({ app })
      const form = {
        grant_type: 'client_credentials',
        scope: 'okta.users.read',
        client_assertion_type: ASSERTION_TYPE,
        client_assertion: assertion
      }
      await emulator.control.addFault({
        match: { method: 'POST', path: '/oauth2/v1/token' },
        ...fault
      })
      const faulted = await fetch(`${url}/oauth2/v1/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form)
      })
      await faulted.text()
      const [entry] = await emulator.control.requests()
      expect([entry.fault, entry.assertion]).toEqual([fault.kind, undefined])
      // The same assertion, sent again, is still good: the fault answered before it was read.
      const resent = await postForm('/oauth2/v1/token', form)
      expect([resent.status, resent.body.token_type]).toEqual([200, 'Bearer'])
    })
  }
})

// The emulator's management API enforces Okta's provisioning rules (okta-api.md §5-7) with
// Okta's error bodies: SSWS privileges, app validation, grants, client roles and the JWKS
// credentials API. Plain fetch and hand-signed assertions, independent of the action's code.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'
import { connect } from 'node:net'
import { SignJWT } from 'jose'
import { startEmulator, type EmulatorHandle } from '../testkit/emulator/process.js'
import type { ApiTokenRole } from '../emulator/state.js'

let emulator: EmulatorHandle
let url: string

interface Pair {
  privateKey: KeyObject
  jwk: Record<string, unknown>
}

function rsa(kid: string, bits = 2048): Pair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits })
  const jwk = publicKey.export({ format: 'jwk' })
  return { privateKey, jwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } }
}

function ec(kid: string): Pair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const jwk = publicKey.export({ format: 'jwk' })
  return { privateKey, jwk: { ...jwk, kid, alg: 'ES256', use: 'sig' } }
}

let keyA: Pair
let keyB: Pair

beforeAll(async () => {
  emulator = await startEmulator()
  url = emulator.url
  keyA = rsa('key-a')
  keyB = rsa('key-b')
})

afterAll(async () => {
  await emulator?.stop()
})

afterEach(async () => {
  await emulator.control.reset()
})

interface Answer {
  status: number
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers
}

async function api(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; accept?: string; scheme?: string } = {}
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' }
  if (options.token) headers.Authorization = `${options.scheme ?? 'SSWS'} ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(path.startsWith('http') ? path : `${url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body)
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    headers: response.headers
  }
}

async function tokenOf(role: ApiTokenRole = 'SUPER_ADMIN'): Promise<string> {
  return (await emulator.control.createApiToken({ role })).token
}

function serviceApp(label: string, keys: Record<string, unknown>[] = [keyA.jwk]) {
  return {
    name: 'oidc_client',
    label,
    signOnMode: 'OPENID_CONNECT',
    credentials: { oauthClient: { token_endpoint_auth_method: 'private_key_jwt' } },
    settings: {
      oauthClient: {
        application_type: 'service',
        grant_types: ['client_credentials'],
        response_types: ['token'],
        jwks: { keys }
      }
    }
  }
}

async function createApp(token: string, label = `app-${randomUUID().slice(0, 8)}`) {
  const answer = await api('POST', '/api/v1/apps?activate=true', {
    token,
    body: serviceApp(label)
  })
  expect(answer.status).toBe(200)
  return answer.body as {
    id: string
    label: string
    credentials: { oauthClient: { client_id: string } }
  }
}

async function mintToken(clientId: string, key: Pair, scope = 'okta.users.read') {
  const assertion = await new SignJWT({
    iss: clientId,
    sub: clientId,
    aud: `${url}/oauth2/v1/token`,
    jti: randomUUID()
  })
    .setProtectedHeader({ alg: String(key.jwk.alg), kid: String(key.jwk.kid) })
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key.privateKey)
  const response = await fetch(`${url}/oauth2/v1/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion
    })
  })
  return { status: response.status, body: (await response.json()) as Record<string, string> }
}

describe('authentication and privileges', () => {
  it('answers 401 E0000011 without credentials and for an unknown SSWS token', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const answer = await api('GET', '/api/v1/apps', { token })
      expect(answer.status).toBe(401)
      expect(answer.body.errorCode).toBe('E0000011')
    }
  })

  it('answers 406 E0000122 when Accept does not allow application/json', async () => {
    const answer = await api('GET', '/api/v1/apps', { token: await tokenOf(), accept: 'text/html' })
    expect(answer.status).toBe(406)
    expect(answer.body.errorCode).toBe('E0000122')
  })

  it('refuses a JSON write sent without Content-Type: application/json (400 E0000003)', async () => {
    const response = await fetch(`${url}/api/v1/apps`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        Authorization: `SSWS ${await tokenOf()}`,
        'Content-Type': 'text/plain'
      },
      body: JSON.stringify({ name: 'oidc_client', label: 'no content type' })
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('E0000003')
    expect(await emulator.control.apps()).toEqual([])
  })

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

  it('lets a read-only token list apps but not create one (403 E0000006)', async () => {
    const token = await tokenOf('READ_ONLY')
    expect((await api('GET', '/api/v1/apps', { token })).status).toBe(200)
    const create = await api('POST', '/api/v1/apps', { token, body: serviceApp('ro') })
    expect(create.status).toBe(403)
    expect(create.body.errorCode).toBe('E0000006')
    expect(await emulator.control.apps()).toEqual([])
  })

  it('lets an app admin create apps but not grant scopes, assign roles or rotate a scoped app', async () => {
    const token = await tokenOf('APP_ADMIN')
    const app = await createApp(token)
    const grant = await api('POST', `/api/v1/apps/${app.id}/grants`, {
      token,
      body: { issuer: url, scopeId: 'okta.users.read' }
    })
    expect([grant.status, grant.body.errorCode]).toEqual([403, 'E0000006'])
    const role = await api('POST', `/oauth2/v1/clients/${app.id}/roles`, {
      token,
      body: { type: 'READ_ONLY_ADMIN' }
    })
    expect([role.status, role.body.errorCode]).toEqual([403, 'E0000006'])

    // Before any grant an app admin may add keys; after one, only a Super Admin.
    const before = await api('POST', `/api/v1/apps/${app.id}/credentials/jwks`, {
      token,
      body: keyB.jwk
    })
    expect(before.status).toBe(201)
    await emulator.control.updateApp(app.id, { grantedScopes: ['okta.users.read'] })
    const after = await api('POST', `/api/v1/apps/${app.id}/credentials/jwks`, {
      token,
      body: ec('key-c').jwk
    })
    expect([after.status, after.body.errorCode]).toEqual([403, 'E0000006'])
    const superAdmin = await api('POST', `/api/v1/apps/${app.id}/credentials/jwks`, {
      token: await tokenOf('SUPER_ADMIN'),
      body: ec('key-c').jwk
    })
    expect(superAdmin.status).toBe(201)
  })

  it('accepts an OAuth token whose app has a scope for the call and an admin role', async () => {
    const caller = await emulator.control.createApp({
      keys: [keyA.jwk as never],
      grantedScopes: ['okta.apps.read'],
      roles: ['READ_ONLY_ADMIN']
    })
    const minted = await mintToken(caller.clientId, keyA, 'okta.apps.read')
    expect(minted.status).toBe(200)
    const list = await api('GET', '/api/v1/apps', {
      token: minted.body.access_token,
      scheme: 'Bearer'
    })
    expect(list.status).toBe(200)
    expect(list.body.map((a: { id: string }) => a.id)).toEqual([caller.id])
    // The token lacks okta.apps.manage: 403 with an empty body and a challenge (§5.1).
    const create = await api('POST', '/api/v1/apps', {
      token: minted.body.access_token,
      scheme: 'Bearer',
      body: serviceApp('by-oauth')
    })
    expect(create.status).toBe(403)
    expect(create.body).toBeUndefined()
    expect(create.headers.get('www-authenticate')).toMatch(/insufficient_scope/)
  })
})

describe('apps', () => {
  it('refuses invalid service apps with E0000001 and the cause', async () => {
    const token = await tokenOf()
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...serviceApp('x'), name: 'bookmark' }, /name: /],
      [serviceApp('x', [rsa('short', 1024).jwk]), /less than '2,048' bits/],
      [serviceApp('x', [keyA.jwk, { ...keyB.jwk, kid: 'key-a' }]), /unique `kid`/],
      [serviceApp('x', [{ ...keyA.jwk, use: 'enc' }]), /'use' .* must be 'sig'/],
      [serviceApp('x', []), /private_key_jwt needs at least one public key/],
      [serviceApp('x', [{ ...keyA.jwk, d: 'secret' }]), /must be a public key/]
    ]
    for (const [body, cause] of cases) {
      const answer = await api('POST', '/api/v1/apps', { token, body })
      expect(answer.status).toBe(400)
      expect(answer.body.errorCode).toBe('E0000001')
      expect(answer.body.errorSummary).toMatch(/^Api validation failed: /)
      expect(
        answer.body.errorCauses.map((c: { errorSummary: string }) => c.errorSummary).join(' ')
      ).toMatch(cause)
    }
    expect(await emulator.control.apps()).toEqual([])
    const notJson = await fetch(`${url}/api/v1/apps`, {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: `SSWS ${token}` },
      body: '{"label":'
    })
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as { errorCode: string }).errorCode).toBe('E0000003')
  })

  it('creates an ACTIVE service app whose inline key mints a token at once', async () => {
    const token = await tokenOf()
    const app = await createApp(token, 'ci app')
    expect(app).toMatchObject({
      label: 'ci app',
      status: 'ACTIVE',
      credentials: {
        oauthClient: { client_id: app.id, token_endpoint_auth_method: 'private_key_jwt' }
      },
      settings: {
        oauthClient: {
          application_type: 'service',
          dpop_bound_access_tokens: false,
          jwks: { keys: [{ kid: 'key-a', status: 'ACTIVE', id: expect.stringMatching(/^pks/) }] }
        }
      }
    })
    await emulator.control.updateApp(app.id, { grantedScopes: ['okta.users.read'] })
    const minted = await mintToken(app.credentials.oauthClient.client_id, keyA)
    expect(minted.status).toBe(200)
    expect(minted.body.scope).toBe('okta.users.read')
  })

  it('finds apps by label prefix, case-insensitively, and pages with Link rel="next"', async () => {
    const token = await tokenOf()
    for (const label of ['Deploy bot', 'deploy bot staging', 'Other', 'DEPLOY']) {
      await createApp(token, label)
    }
    const first = await api('GET', '/api/v1/apps?q=deploy&limit=2', { token })
    expect(first.body.map((a: { label: string }) => a.label)).toEqual([
      'Deploy bot',
      'deploy bot staging'
    ])
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1]
    expect(next).toMatch(/q=deploy/)
    const second = await api('GET', next!, { token })
    expect(second.body.map((a: { label: string }) => a.label)).toEqual(['DEPLOY'])
    expect(second.headers.get('link')).not.toMatch(/rel="next"/)
  })

  it('replaces an app with PUT: DPoP and keys change, a key sent again keeps its id', async () => {
    const token = await tokenOf()
    const app = await createApp(token)
    const current = (await api('GET', `/api/v1/apps/${app.id}`, { token })).body
    const keptId = current.settings.oauthClient.jwks.keys[0].id
    current.settings.oauthClient.dpop_bound_access_tokens = true
    current.settings.oauthClient.jwks.keys.push(keyB.jwk)
    const put = await api('PUT', `/api/v1/apps/${app.id}`, { token, body: current })
    expect(put.status).toBe(200)
    expect(put.body.settings.oauthClient.dpop_bound_access_tokens).toBe(true)
    expect(
      put.body.settings.oauthClient.jwks.keys.map((k: { id: string; kid: string }) => [
        k.kid,
        k.id === keptId
      ])
    ).toEqual([
      ['key-a', true],
      ['key-b', false]
    ])
    const changedClientId = structuredClone(put.body)
    changedClientId.credentials.oauthClient.client_id = 'another'
    const refused = await api('PUT', `/api/v1/apps/${app.id}`, { token, body: changedClientId })
    expect([refused.status, refused.body.errorCode]).toEqual([400, 'E0000001'])
  })

  it('deletes an app only once it is INACTIVE (403 E0000056 before)', async () => {
    const token = await tokenOf()
    const app = await createApp(token)
    const active = await api('DELETE', `/api/v1/apps/${app.id}`, { token })
    expect([active.status, active.body.errorCode]).toEqual([403, 'E0000056'])
    const deactivate = await api('POST', `/api/v1/apps/${app.id}/lifecycle/deactivate`, { token })
    expect(deactivate.status).toBe(200)
    expect((await api('DELETE', `/api/v1/apps/${app.id}`, { token })).status).toBe(204)
    const gone = await api('GET', `/api/v1/apps/${app.id}`, { token })
    expect([gone.status, gone.body.errorCode]).toEqual([404, 'E0000007'])
  })
})

describe('scope grants', () => {
  it('grants a known okta.* scope for the org issuer once, and revokes it', async () => {
    const token = await tokenOf()
    const app = await createApp(token)
    const path = `/api/v1/apps/${app.id}/grants`
    const granted = await api('POST', path, {
      token,
      body: { issuer: url, scopeId: 'okta.users.read' }
    })
    expect(granted.status).toBe(201)
    expect(granted.body).toMatchObject({
      issuer: url,
      scopeId: 'okta.users.read',
      status: 'ACTIVE',
      clientId: app.id
    })

    const refusals: [Record<string, string>, RegExp][] = [
      [{ issuer: `${url}/`, scopeId: 'okta.groups.read' }, /issuer must be the org URL/],
      [
        { issuer: `${url}/oauth2/default`, scopeId: 'okta.groups.read' },
        /issuer must be the org URL/
      ],
      [{ issuer: url, scopeId: 'okta.nothing.read' }, /not an Okta API scope/],
      [{ issuer: url, scopeId: 'okta.users.read' }, /already granted/]
    ]
    for (const [body, cause] of refusals) {
      const answer = await api('POST', path, { token, body })
      expect([answer.status, answer.body.errorCode]).toEqual([400, 'E0000001'])
      expect(answer.body.errorCauses[0].errorSummary).toMatch(cause)
    }
    const list = await api('GET', path, { token })
    expect(list.body.map((g: { scopeId: string }) => g.scopeId)).toEqual(['okta.users.read'])
    expect((await api('DELETE', `${path}/${granted.body.id}`, { token })).status).toBe(204)
    expect((await api('GET', path, { token })).body).toEqual([])
  })
})

describe('client roles', () => {
  it('assigns standard roles to service apps once (409 E0000090), and removes them', async () => {
    const token = await tokenOf()
    const app = await createApp(token)
    const path = `/oauth2/v1/clients/${app.id}/roles`
    const assigned = await api('POST', path, { token, body: { type: 'READ_ONLY_ADMIN' } })
    expect(assigned.status).toBe(200)
    expect(assigned.body).toMatchObject({
      type: 'READ_ONLY_ADMIN',
      label: 'Read Only Administrator',
      status: 'ACTIVE',
      assignmentType: 'CLIENT'
    })
    const duplicate = await api('POST', path, { token, body: { type: 'READ_ONLY_ADMIN' } })
    expect([duplicate.status, duplicate.body.errorCode]).toEqual([409, 'E0000090'])
    const unknown = await api('POST', path, { token, body: { type: 'KING' } })
    expect([unknown.status, unknown.body.errorCode]).toEqual([400, 'E0000001'])
    expect((await api('DELETE', `${path}/${assigned.body.id}`, { token })).status).toBe(204)
    expect((await api('GET', path, { token })).body).toEqual([])
  })

  it('refuses roles for an app that is not a service app (400 E0000227)', async () => {
    const web = await emulator.control.createApp({
      applicationType: 'web',
      keys: [keyA.jwk as never]
    })
    const answer = await api('POST', `/oauth2/v1/clients/${web.clientId}/roles`, {
      token: await tokenOf(),
      body: { type: 'APP_ADMIN' }
    })
    expect([answer.status, answer.body.errorCode]).toEqual([400, 'E0000227'])
  })
})

describe('app JWKS credentials', () => {
  it('registers a key that verifies the next client assertion', async () => {
    const token = await tokenOf()
    const app = await createApp(token)
    await emulator.control.updateApp(app.id, { grantedScopes: ['okta.users.read'] })
    expect((await mintToken(app.id, keyB)).status).toBe(401)
    const added = await api('POST', `/api/v1/apps/${app.id}/credentials/jwks`, {
      token,
      body: keyB.jwk
    })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({
      kid: 'key-b',
      status: 'ACTIVE',
      id: expect.stringMatching(/^pks/)
    })
    expect((await mintToken(app.id, keyB)).status).toBe(200)
  })

  it('keeps the only active key and refuses to delete an active one', async () => {
    const token = await tokenOf()
    const app = await createApp(token)
    const base = `/api/v1/apps/${app.id}/credentials/jwks`
    const [only] = (await api('GET', base, { token })).body
    const deactivate = await api('POST', `${base}/${only.id}/lifecycle/deactivate`, { token })
    expect([deactivate.status, deactivate.body.errorCode]).toEqual([400, 'E0000001'])
    expect(deactivate.body.errorCauses[0].errorSummary).toMatch(/only active JSON Web Key/)
    const remove = await api('DELETE', `${base}/${only.id}`, { token })
    expect(remove.body.errorCauses[0].errorSummary).toMatch(/can't delete an active JSON Web Key/)

    const second = (await api('POST', base, { token, body: keyB.jwk })).body
    expect(
      (await api('POST', `${base}/${only.id}/lifecycle/deactivate`, { token })).body.status
    ).toBe('INACTIVE')
    expect((await mintToken(app.id, keyA)).status).toBe(401)
    expect((await api('DELETE', `${base}/${only.id}`, { token })).status).toBe(204)
    expect((await api('GET', base, { token })).body.map((k: { id: string }) => k.id)).toEqual([
      second.id
    ])
  })

  it('refuses a duplicate kid, a short RSA key and a 51st key', async () => {
    const token = await tokenOf()
    const app = await createApp(token)
    const base = `/api/v1/apps/${app.id}/credentials/jwks`
    const duplicate = await api('POST', base, { token, body: { ...keyB.jwk, kid: 'key-a' } })
    expect(duplicate.body.errorCauses[0].errorSummary).toMatch(/unique `kid`/)
    const short = await api('POST', base, { token, body: rsa('short', 1024).jwk })
    expect(short.body.errorCauses[0].errorSummary).toMatch(/less than '2,048' bits/)
    for (let i = 2; i <= 50; i++) {
      expect((await api('POST', base, { token, body: ec(`ec-${i}`).jwk })).status).toBe(201)
    }
    const tooMany = await api('POST', base, { token, body: ec('ec-51').jwk })
    expect([tooMany.status, tooMany.body.errorCode]).toEqual([400, 'E0000001'])
    expect(tooMany.body.errorCauses[0].errorSummary).toMatch(
      /maximum number of keys allowed \(50\)/
    )
  })

  it('lists keys as an array, or as {keys} or {jwks:{keys}} when configured', async () => {
    const token = await tokenOf()
    const app = await createApp(token)
    const base = `/api/v1/apps/${app.id}/credentials/jwks`
    expect((await api('GET', base, { token })).body[0].kid).toBe('key-a')
    await emulator.control.setJwksListShape('keys')
    expect((await api('GET', base, { token })).body.keys[0].kid).toBe('key-a')
    await emulator.control.setJwksListShape('jwks')
    expect((await api('GET', base, { token })).body.jwks.keys[0].kid).toBe('key-a')
  })
})

describe('rate limits and faults', () => {
  it('counts management calls in the management bucket and answers 429 E0000047 beyond it', async () => {
    const token = await tokenOf()
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
    const token = await tokenOf()
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

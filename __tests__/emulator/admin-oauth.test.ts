// The management API called with an admin service app's OAuth access token instead of an API
// token (emulator/management/common.ts, emulator/resources.ts, emulator/oauth.ts): per endpoint
// the scope Okta's management OpenAPI lists, per operation the admin role Okta's guides require,
// Bearer and DPoP-bound tokens, and the org authorization server's silent granted subset.
import { describe, expect, it } from '@jest/globals'
import type { App } from '../../emulator/state.js'
import { emulator, url, useEmulator } from './fixture.js'
import { ASSERTION_TYPE, keyA, keyB, postForm, signAssertion, signProof } from './oauth-fixtures.js'
import { api, serviceApp } from './management-fixtures.js'

useEmulator()

const MANAGE = ['okta.apps.manage', 'okta.appGrants.manage', 'okta.roles.manage']

function adminApp(roles: string[], grantedScopes = MANAGE, dpopRequired = false) {
  return emulator.control.createApp({
    label: 'admin',
    keys: [keyA.jwk],
    grantedScopes,
    roles,
    dpopRequired
  })
}

async function bearer(app: App, scope: string) {
  const answer = await postForm('/oauth2/v1/token', {
    grant_type: 'client_credentials',
    scope,
    client_assertion_type: ASSERTION_TYPE,
    client_assertion: await signAssertion({ app })
  })
  expect(answer.status).toBe(200)
  return answer.body as { access_token: string; scope: string; token_type: string }
}

/** A DPoP-bound token, through the token endpoint's nonce challenge. */
async function dpopBound(app: App, scope: string): Promise<string> {
  const htu = `${url}/oauth2/v1/token`
  const mint = async (nonce?: string) =>
    postForm(
      '/oauth2/v1/token',
      {
        grant_type: 'client_credentials',
        scope,
        client_assertion_type: ASSERTION_TYPE,
        client_assertion: await signAssertion({ app })
      },
      { DPoP: await signProof({ htu, nonce }) }
    )
  const first = await mint()
  const second = await mint(first.headers.get('dpop-nonce') ?? '')
  expect(second.body.token_type).toBe('DPoP')
  return second.body.access_token as string
}

async function dpopCall(method: string, path: string, token: string, body?: unknown) {
  const proof = await signProof({ htm: method, htu: `${url}${path}`, accessToken: token })
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      Authorization: `DPoP ${token}`,
      DPoP: proof,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined
  }
}

describe('the org authorization server and okta.* scopes', () => {
  it('silently returns the granted subset of the requested scopes', async () => {
    const app = await adminApp(['SUPER_ADMIN'], ['okta.apps.manage'])
    const token = await bearer(app, 'okta.apps.manage okta.appGrants.manage okta.roles.read')
    expect(token.scope).toBe('okta.apps.manage')
  })

  it('refuses a token when none of the requested okta.* scopes is granted', async () => {
    const app = await adminApp(['SUPER_ADMIN'], ['okta.apps.read'])
    const answer = await postForm('/oauth2/v1/token', {
      grant_type: 'client_credentials',
      scope: 'okta.roles.manage',
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: await signAssertion({ app })
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({
      error: 'consent_required',
      error_description: 'You are not allowed any of the requested scopes.'
    })
  })
})

describe('management calls with a Bearer access token', () => {
  it('lets a Super Admin app create an app, grant it scopes, assign it a role and change its keys', async () => {
    const admin = await adminApp(['SUPER_ADMIN'])
    const { access_token: token } = await bearer(admin, MANAGE.join(' '))
    const call = (method: string, path: string, body?: unknown) =>
      api(method, path, { token, scheme: 'Bearer', body })
    const created = await call('POST', '/api/v1/apps?activate=true', serviceApp('target'))
    expect(created.status).toBe(200)
    const id = created.body.id as string
    const grant = await call('POST', `/api/v1/apps/${id}/grants`, {
      issuer: url,
      scopeId: 'okta.users.read'
    })
    expect(grant.status).toBe(201)
    const role = await call('POST', `/oauth2/v1/clients/${id}/roles`, { type: 'READ_ONLY_ADMIN' })
    expect(role.status).toBe(200)
    // The target now has an okta.* grant: only a Super Admin may change its keys (which this is).
    const key = await call('POST', `/api/v1/apps/${id}/credentials/jwks`, keyB.jwk)
    expect(key.status).toBe(201)
    const log = await emulator.control.requests()
    const management = log.filter(e => e.route.startsWith('management.'))
    expect(management.map(e => e.authorizationScheme)).toEqual(management.map(() => 'Bearer'))
  })

  it('lets an App Admin app create a bare app, but not grant scopes, assign roles or rekey a scoped app (403 E0000006)', async () => {
    const admin = await adminApp(['APP_ADMIN'])
    const { access_token: token } = await bearer(admin, MANAGE.join(' '))
    const call = (method: string, path: string, body?: unknown) =>
      api(method, path, { token, scheme: 'Bearer', body })
    const created = await call('POST', '/api/v1/apps?activate=true', serviceApp('bare'))
    expect(created.status).toBe(200)
    const id = created.body.id as string
    const withoutGrants = await call('POST', `/api/v1/apps/${id}/credentials/jwks`, keyB.jwk)
    expect(withoutGrants.status).toBe(201)

    const grant = await call('POST', `/api/v1/apps/${id}/grants`, {
      issuer: url,
      scopeId: 'okta.users.read'
    })
    expect([grant.status, grant.body.errorCode]).toEqual([403, 'E0000006'])
    const role = await call('POST', `/oauth2/v1/clients/${id}/roles`, { type: 'READ_ONLY_ADMIN' })
    expect([role.status, role.body.errorCode]).toEqual([403, 'E0000006'])
    // Its own keys: it holds okta.* grants, so an App Admin may not change them.
    const own = await call('POST', `/api/v1/apps/${admin.id}/credentials/jwks`, keyB.jwk)
    expect([own.status, own.body.errorCode]).toEqual([403, 'E0000006'])
  })

  it('refuses an app with scopes but no admin role (403 E0000006), even for reads', async () => {
    const admin = await adminApp([], ['okta.apps.read'])
    const { access_token: token } = await bearer(admin, 'okta.apps.read')
    const list = await api('GET', '/api/v1/apps', { token, scheme: 'Bearer' })
    expect([list.status, list.body.errorCode]).toEqual([403, 'E0000006'])
  })

  it('answers a call outside the token scopes with 403, an empty body and an insufficient_scope Bearer challenge', async () => {
    const admin = await adminApp(['SUPER_ADMIN'])
    const { access_token: token } = await bearer(admin, 'okta.apps.manage')
    const grants = await api('GET', `/api/v1/apps/${admin.id}/grants`, { token, scheme: 'Bearer' })
    expect(grants.status).toBe(403)
    expect(grants.body).toBeUndefined()
    expect(grants.headers.get('www-authenticate')).toMatch(
      /^Bearer .*scope="okta\.appGrants\.read".*error="insufficient_scope"/
    )
  })

  it("lists an app's own admin roles at GET /oauth2/v1/clients/{id}/roles with okta.roles.read", async () => {
    const admin = await adminApp(['APP_ADMIN', 'READ_ONLY_ADMIN'], ['okta.roles.read'])
    const { access_token: token } = await bearer(admin, 'okta.roles.read')
    const roles = await api('GET', `/oauth2/v1/clients/${admin.clientId}/roles`, {
      token,
      scheme: 'Bearer'
    })
    expect(roles.status).toBe(200)
    expect(roles.body.map((r: { type: string }) => r.type).sort()).toEqual([
      'APP_ADMIN',
      'READ_ONLY_ADMIN'
    ])
  })
})

describe('management calls with a DPoP-bound access token', () => {
  it('accepts the DPoP scheme with a fresh proof per call, and lets a Super Admin app rekey itself', async () => {
    const admin = await adminApp(['SUPER_ADMIN'], MANAGE, true)
    const token = await dpopBound(admin, 'okta.apps.manage')
    const list = await dpopCall('GET', '/api/v1/apps', token)
    expect(list.status).toBe(200)
    const added = await dpopCall(
      'POST',
      `/api/v1/apps/${admin.id}/credentials/jwks`,
      token,
      keyB.jwk
    )
    expect(added.status).toBe(201)
  })

  it('refuses the bound token without a proof, as Bearer, or with a replayed proof', async () => {
    const admin = await adminApp(['SUPER_ADMIN'], MANAGE, true)
    const token = await dpopBound(admin, 'okta.apps.manage')
    const noProof = await api('GET', '/api/v1/apps', { token, scheme: 'DPoP' })
    expect(noProof.status).toBe(400)
    expect(noProof.headers.get('www-authenticate')).toMatch(/^DPoP /)
    const asBearer = await api('GET', '/api/v1/apps', { token, scheme: 'Bearer' })
    expect(asBearer.status).toBe(401)
    expect(asBearer.headers.get('www-authenticate')).toMatch(/^DPoP /)

    const proof = await signProof({ htm: 'GET', htu: `${url}/api/v1/apps`, accessToken: token })
    const headers = { Accept: 'application/json', Authorization: `DPoP ${token}`, DPoP: proof }
    expect((await fetch(`${url}/api/v1/apps`, { headers })).status).toBe(200)
    expect((await fetch(`${url}/api/v1/apps`, { headers })).status).toBe(400)
  })

  it('answers a call outside the scopes with 403, an empty body and a DPoP insufficient_scope challenge', async () => {
    const admin = await adminApp(['SUPER_ADMIN'], MANAGE, true)
    const token = await dpopBound(admin, 'okta.apps.manage')
    const role = await dpopCall('POST', `/oauth2/v1/clients/${admin.clientId}/roles`, token, {
      type: 'APP_ADMIN'
    })
    expect(role.status).toBe(403)
    expect(role.body).toBeUndefined()
    expect(role.headers.get('www-authenticate')).toMatch(/^DPoP .*error="insufficient_scope"/)
  })
})

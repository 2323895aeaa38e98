// The emulator's OAuth endpoints (emulator/oauth.ts): token, revoke and introspect on the org
// and custom authorization servers, client assertions and DPoP at the token endpoint.
import { describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { emulator, url, useEmulator } from './fixture.js'
import {
  ASSERTION_TYPE,
  nowSeconds,
  keyA,
  keyB,
  signAssertion,
  signProof,
  postForm,
  requestToken,
  serviceApp,
  getUsers
} from './oauth-fixtures.js'

useEmulator()

describe('token endpoint: client assertion', () => {
  it('issues an opaque Bearer token with Okta response shape for a good assertion', async () => {
    const app = await serviceApp()
    const res = await requestToken(app)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toEqual({
      token_type: 'Bearer',
      expires_in: 3600,
      access_token: expect.any(String),
      scope: 'okta.users.read'
    })
    expect(res.headers.get('x-okta-request-id')).toBeTruthy()
    expect(res.headers.get('x-rate-limit-remaining')).toBe('1199')
  })

  it('returns only granted scopes and refuses when none is granted', async () => {
    const app = await serviceApp()
    const some = await requestToken(app, {}, { scope: 'okta.users.read okta.apps.manage' })
    expect(some.body.scope).toBe('okta.users.read')
    const none = await requestToken(app, {}, { scope: 'okta.apps.manage' })
    expect(none.status).toBe(400)
    expect(none.body).toEqual({
      error: 'consent_required',
      error_description: 'You are not allowed any of the requested scopes.'
    })
  })

  it('refuses an assertion whose jti was already used', async () => {
    const app = await serviceApp()
    const jti = randomUUID()
    expect((await requestToken(app, { jti })).status).toBe(200)
    const again = await requestToken(app, { jti })
    expect(again.status).toBe(401)
    expect(again.body).toEqual({
      error: 'invalid_client',
      error_description: 'The client_assertion token has already been used.'
    })
  })

  it('refuses an audience that is the issuer instead of the token endpoint', async () => {
    const app = await serviceApp()
    const res = await requestToken(app, { aud: url })
    expect(res.status).toBe(401)
    expect(res.body.error_description).toBe(
      'The audience claim for client_assertion must be the endpoint invoked for the request.'
    )
  })

  it('refuses a missing exp, an expired exp and an exp more than an hour ahead', async () => {
    const app = await serviceApp()
    const cases: [number | null, string][] = [
      [null, "The client_assertion must contain the 'exp' claim as seconds since epoch."],
      [nowSeconds() - 10, 'The client_assertion token is expired.'],
      [nowSeconds() + 3700, 'The client_assertion token has an expiration too far into the future.']
    ]
    for (const [exp, description] of cases) {
      const res = await requestToken(app, { exp })
      expect(res.status).toBe(401)
      expect(res.body.error_description).toBe(description)
    }
  })

  it('refuses an assertion issued in the future', async () => {
    const app = await serviceApp()
    const res = await requestToken(app, { iat: nowSeconds() + 60 })
    expect(res.body.error_description).toBe(
      'The client_assertion token must be issued before the current time.'
    )
  })

  it('requires a matching kid when the app has two keys', async () => {
    const app = await serviceApp({ keys: [keyA.jwk, keyB.jwk] })
    const noKid = await requestToken(app, { kid: null })
    expect(noKid.body.error_description).toBe('The client_assertion JWT kid is invalid.')
    const unknownKid = await requestToken(app, { kid: 'nope' })
    expect(unknownKid.body.error_description).toBe('The client_assertion JWT kid is invalid.')
    expect((await requestToken(app, { key: keyB })).status).toBe(200)
  })

  it('uses the only key when the assertion has no kid', async () => {
    const app = await serviceApp()
    expect((await requestToken(app, { kid: null })).status).toBe(200)
  })

  it('refuses a kid that names only an inactive key', async () => {
    const app = await serviceApp({ keys: [keyA.jwk, { ...keyB.jwk, status: 'INACTIVE' }] })
    const res = await requestToken(app, { key: keyB })
    expect(res.status).toBe(401)
    expect(res.body.error_description).toBe('The client_assertion JWT kid is invalid.')
  })

  it('refuses a signature made by another key and a key registered for encryption', async () => {
    const app = await serviceApp()
    const forged = await requestToken(app, { key: { ...keyB, jwk: { ...keyB.jwk, kid: 'key-a' } } })
    expect(forged.body.error_description).toBe('The client_assertion signature is invalid.')
    const encApp = await serviceApp({ keys: [{ ...keyA.jwk, use: 'enc' }] })
    const enc = await requestToken(encApp)
    expect(enc.body.error_description).toMatch(/invalid 'use' parameter/)
  })

  it('refuses PS256 as a signature algorithm', async () => {
    const app = await serviceApp()
    const res = await requestToken(app, { alg: 'PS256' })
    expect(res.body.error_description).toBe(
      'The client_assertion JWT signature algorithm is invalid.'
    )
  })

  it('refuses an unknown issuer and a subject that differs from the issuer', async () => {
    const app = await serviceApp()
    const iss = await requestToken(app, { iss: '0oaUnknown', sub: '0oaUnknown' })
    expect(iss.body.error_description).toBe(
      'The issuer claim for client_assertion is not a valid client_id.'
    )
    const sub = await requestToken(app, { sub: 'someone-else' })
    expect(sub.body.error_description).toBe(
      'The subject claim for client_assertion is not a valid client_id.'
    )
  })

  it('refuses credentials in the query and a Basic header beside an assertion', async () => {
    const app = await serviceApp()
    const query = await requestToken(app, {}, { path: '/oauth2/v1/token?client_id=x' })
    expect(query.status).toBe(400)
    expect(query.body.error_description).toBe(
      'Client credentials cannot be supplied via query parameters.'
    )
    const basic = await requestToken(app, {}, { headers: { Authorization: 'Basic eDp5' } })
    expect(basic.body.error).toBe('invalid_request')
    expect(basic.body.error_description).toMatch(/^Cannot supply multiple client credentials/)
  })

  it('refuses a web app at the org authorization server', async () => {
    const app = await serviceApp({ applicationType: 'web' })
    const res = await requestToken(app)
    expect(res.body.error_description).toBe(
      "Only clients with 'application_type' of 'service' may use the client_credentials 'grant_type' with the Org Authorization Server."
    )
  })

  it('refuses missing, openid, .self and unknown scopes with their own errors', async () => {
    const app = await serviceApp()
    const cases: [string, string, string][] = [
      ['', 'invalid_scope', 'No scopes were requested.'],
      [
        'openid okta.users.read',
        'invalid_scope',
        "Cannot request 'openid' scopes using client credentials."
      ],
      [
        'okta.users.read.self',
        'client_credentials_self_scope_requested',
        "The 'client_credentials' grant type may not request .self scopes."
      ],
      [
        'okta.nothing.read',
        'invalid_scope',
        'The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.'
      ]
    ]
    for (const [scope, error, description] of cases) {
      const res = await requestToken(app, {}, { scope })
      expect([res.status, res.body.error, res.body.error_description]).toEqual([
        400,
        error,
        description
      ])
    }
  })

  it('answers 403 disallowed_network_zone for an app outside its network zone', async () => {
    const app = await serviceApp({ networkZoneBlocked: true })
    const res = await requestToken(app)
    expect(res.status).toBe(403)
    expect(res.body.error).toBe('access_denied')
  })
})

describe('token endpoint: DPoP', () => {
  it('says the DPoP header is missing when the app requires DPoP', async () => {
    const app = await serviceApp({ dpopRequired: true })
    const res = await requestToken(app)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      error: 'invalid_dpop_proof',
      error_description: 'The DPoP proof JWT header is missing.'
    })
  })

  it('runs the nonce dance and burns the first assertion jti on the challenge', async () => {
    const app = await serviceApp({ dpopRequired: true })
    const htu = `${url}/oauth2/v1/token`
    const jti = randomUUID()
    const first = await requestToken(app, { jti }, { headers: { DPoP: await signProof({ htu }) } })
    expect(first.status).toBe(400)
    expect(first.body.error).toBe('use_dpop_nonce')
    const nonce = first.headers.get('dpop-nonce')
    expect(nonce).toBeTruthy()

    const replay = await requestToken(
      app,
      { jti },
      { headers: { DPoP: await signProof({ htu, nonce: nonce! }) } }
    )
    expect(replay.body.error_description).toBe('The client_assertion token has already been used.')

    const proof = await signProof({ htu, nonce: nonce! })
    const ok = await requestToken(app, {}, { headers: { DPoP: proof } })
    expect(ok.status).toBe(200)
    expect(ok.body.token_type).toBe('DPoP')
    const reused = await requestToken(app, {}, { headers: { DPoP: proof } })
    expect(reused.body.error_description).toBe('The DPoP proof JWT has already been used.')
    const [token] = await emulator.control.tokens()
    expect(token.jkt).toEqual(expect.any(String))
  })

  it('treats a nonce as stale once the control API rotates it', async () => {
    const app = await serviceApp()
    const htu = `${url}/oauth2/v1/token`
    const old = await emulator.control.dpopNonce()
    const fresh = await emulator.control.rotateDpopNonce()
    const res = await requestToken(
      app,
      {},
      { headers: { DPoP: await signProof({ htu, nonce: old }) } }
    )
    expect(res.body.error).toBe('use_dpop_nonce')
    expect(res.headers.get('dpop-nonce')).toBe(fresh)
  })

  it('refuses a proof whose htu carries a query string', async () => {
    const app = await serviceApp({ dpopRequired: true })
    const nonce = await emulator.control.dpopNonce()
    const proof = await signProof({ htu: `${url}/oauth2/v1/token?x=1`, nonce })
    const res = await requestToken(app, {}, { headers: { DPoP: proof } })
    expect(res.body.error_description).toBe("'htu' claim in the DPoP proof JWT is invalid.")
  })
})

describe('custom authorization servers', () => {
  it('mints custom scopes for allowed clients and refuses okta scopes and other clients', async () => {
    const app = await serviceApp()
    const other = await serviceApp({ keys: [keyB.jwk] })
    await emulator.control.createAuthServer({
      id: 'default',
      scopes: ['ci:deploy'],
      allowedClients: [app.clientId]
    })
    const path = '/oauth2/default/v1/token'
    const ok = await requestToken(app, {}, { path, scope: 'ci:deploy' })
    expect([ok.status, ok.body.scope]).toEqual([200, 'ci:deploy'])
    const okta = await requestToken(app, {}, { path, scope: 'okta.users.read' })
    expect(okta.body.error).toBe('invalid_scope')
    const denied = await requestToken(other, { key: keyB }, { path, scope: 'ci:deploy' })
    expect(denied.status).toBe(401)
    expect(denied.body).toEqual({
      error: 'access_denied',
      error_description:
        'Policy evaluation failed for this request, please check the policy configurations.'
    })
    const onOkta = await getUsers('/api/v1/users', {
      Authorization: `Bearer ${ok.body.access_token}`
    })
    expect(onOkta.status).toBe(401)
    expect(onOkta.headers.get('www-authenticate')).toMatch(/not intended for Okta/)
  })
})

describe('revoke and introspect', () => {
  it('revokes only the caller own tokens and always answers 200 with an empty body', async () => {
    const app = await serviceApp()
    const other = await serviceApp({ keys: [keyB.jwk] })
    const mine = (await requestToken(app)).body.access_token as string
    const theirs = (await requestToken(other, { key: keyB })).body.access_token as string
    const revoke = async (token: string) =>
      postForm('/oauth2/v1/revoke', {
        token,
        token_type_hint: 'access_token',
        client_assertion_type: ASSERTION_TYPE,
        client_assertion: await signAssertion({ app, aud: `${url}/oauth2/v1/revoke` })
      })
    for (const token of [mine, theirs, 'unknown']) {
      const res = await revoke(token)
      expect([res.status, res.text]).toEqual([200, ''])
    }
    const tokens = await emulator.control.tokens()
    expect(tokens.find(t => t.accessToken === mine)?.revoked).toBe(true)
    expect(tokens.find(t => t.accessToken === theirs)?.revoked).toBe(false)

    const introspect = async (token: string) =>
      postForm('/oauth2/v1/introspect', {
        token,
        client_assertion_type: ASSERTION_TYPE,
        client_assertion: await signAssertion({ app, aud: `${url}/oauth2/v1/introspect` })
      })
    expect((await introspect(mine)).body).toEqual({ active: false })
    expect((await introspect(theirs)).body).toMatchObject({
      active: true,
      client_id: other.clientId
    })

    const afterRevoke = await getUsers('/api/v1/users', { Authorization: `Bearer ${mine}` })
    expect(afterRevoke.status).toBe(401)
  })

  it('requires the token parameter on revoke', async () => {
    const app = await serviceApp()
    const res = await postForm('/oauth2/v1/revoke', {
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: await signAssertion({ app, aud: `${url}/oauth2/v1/revoke` })
    })
    expect(res.body.error_description).toBe("The 'token' parameter is required.")
  })
})

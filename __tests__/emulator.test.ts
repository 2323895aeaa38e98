// The Okta emulator enforces the rules of okta-api.md with Okta's exact error bodies. These
// tests sign assertions and DPoP proofs by hand (jose + node:crypto), so they prove the
// emulator itself, independently of the action's code.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'
import { SignJWT, type JWK } from 'jose'
import { startEmulator, type EmulatorHandle } from '../testkit/emulator/process.js'
import type { App, PublicJwk } from '../emulator/state.js'

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

interface TestKey {
  privateKey: KeyObject
  jwk: PublicJwk
}

function rsaKey(kid?: string): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return { privateKey, jwk: { ...(publicKey.export({ format: 'jwk' }) as PublicJwk), kid } }
}

function ecKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  return { privateKey, jwk: publicKey.export({ format: 'jwk' }) as PublicJwk }
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

let emulator: EmulatorHandle
let url: string
let keyA: TestKey
let keyB: TestKey
let dpopKey: TestKey

beforeAll(async () => {
  emulator = await startEmulator()
  url = emulator.url
  keyA = rsaKey('key-a')
  keyB = rsaKey('key-b')
  dpopKey = ecKey()
})

afterAll(async () => {
  await emulator?.stop()
})

afterEach(async () => {
  await emulator.control.reset()
})

interface AssertionOptions {
  app: App
  key?: TestKey
  aud?: string
  kid?: string | null
  alg?: string
  jti?: string
  iss?: string
  sub?: string
  exp?: number | null
  iat?: number
}

function signAssertion(o: AssertionOptions): Promise<string> {
  const key = o.key ?? keyA
  const kid = o.kid === undefined ? key.jwk.kid : o.kid
  const claims: Record<string, unknown> = {
    iss: o.iss ?? o.app.clientId,
    sub: o.sub ?? o.app.clientId,
    aud: o.aud ?? `${url}/oauth2/v1/token`,
    jti: o.jti ?? randomUUID(),
    iat: o.iat ?? nowSeconds()
  }
  if (o.exp !== null) claims.exp = o.exp ?? nowSeconds() + 300
  return new SignJWT(claims)
    .setProtectedHeader({ alg: o.alg ?? 'RS256', ...(kid ? { kid } : {}) })
    .sign(key.privateKey)
}

interface ProofOptions {
  htm?: string
  htu: string
  nonce?: string
  accessToken?: string
  jti?: string
  iat?: number
  key?: TestKey
}

function signProof(o: ProofOptions): Promise<string> {
  const key = o.key ?? dpopKey
  const claims: Record<string, unknown> = {
    htm: o.htm ?? 'POST',
    htu: o.htu,
    iat: o.iat ?? nowSeconds(),
    jti: o.jti ?? randomUUID()
  }
  if (o.nonce) claims.nonce = o.nonce
  if (o.accessToken) {
    claims.ath = createHash('sha256').update(o.accessToken).digest('base64url')
  }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: key.jwk as JWK })
    .sign(key.privateKey)
}

async function postForm(
  path: string,
  form: Record<string, string>,
  headers: Record<string, string> = {}
): Promise<{ status: number; headers: Headers; body: Record<string, unknown>; text: string }> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form)
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : {},
    text
  }
}

async function requestToken(
  app: App,
  overrides: Partial<AssertionOptions> = {},
  extra: { scope?: string; headers?: Record<string, string>; path?: string } = {}
) {
  const path = extra.path ?? '/oauth2/v1/token'
  const assertion = await signAssertion({ app, aud: `${url}${path}`, ...overrides })
  return postForm(
    path,
    {
      grant_type: 'client_credentials',
      scope: extra.scope ?? 'okta.users.read',
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: assertion
    },
    extra.headers
  )
}

function serviceApp(extra: Partial<Parameters<EmulatorHandle['control']['createApp']>[0]> = {}) {
  return emulator.control.createApp({
    label: 'ci',
    keys: [keyA.jwk],
    grantedScopes: ['okta.users.read', 'okta.groups.read'],
    ...extra
  })
}

/** Gets a DPoP-bound token through the nonce challenge. */
async function dpopToken(app: App): Promise<string> {
  const htu = `${url}/oauth2/v1/token`
  const first = await requestToken(app, {}, { headers: { DPoP: await signProof({ htu }) } })
  const nonce = first.headers.get('dpop-nonce') ?? ''
  const second = await requestToken(app, {}, { headers: { DPoP: await signProof({ htu, nonce }) } })
  expect(second.body.token_type).toBe('DPoP')
  return second.body.access_token as string
}

function getUsers(path: string, headers: Record<string, string>) {
  return fetch(`${url}${path}`, { headers: { Accept: 'application/json', ...headers } })
}

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

describe('resource endpoints', () => {
  it('serves users to a Bearer token with the scope and 403s an empty body without it', async () => {
    const app = await serviceApp({ grantedScopes: ['okta.users.read', 'okta.apps.read'] })
    const users = (await requestToken(app)).body.access_token as string
    const ok = await getUsers('/api/v1/users/' + '00u', { Authorization: `Bearer ${users}` })
    expect(ok.status).toBe(404)
    const list = await getUsers('/api/v1/users?limit=2', { Authorization: `Bearer ${users}` })
    expect(list.status).toBe(200)
    const [first] = (await list.json()) as { id: string }[]
    const one = await getUsers(`/api/v1/users/${first.id}`, { Authorization: `Bearer ${users}` })
    expect(((await one.json()) as { id: string }).id).toBe(first.id)

    const apps = (await requestToken(app, {}, { scope: 'okta.apps.read' })).body.access_token
    const denied = await getUsers('/api/v1/users', { Authorization: `Bearer ${apps}` })
    expect(denied.status).toBe(403)
    expect(await denied.text()).toBe('')
    expect(denied.headers.get('www-authenticate')).toBe(
      `Bearer authorization_uri="${url}/oauth2/v1/authorize", realm="IdpMyAccountAPI", ` +
        'scope="okta.users.read", error="insufficient_scope", ' +
        'error_description="The access token provided does not contain the required scopes.", ' +
        'resource="/api/v1/users"'
    )
  })

  it('paginates 450 users over three pages with absolute Link headers', async () => {
    const app = await serviceApp()
    const token = (await requestToken(app)).body.access_token as string
    let next: string | undefined = `${url}/api/v1/users`
    const ids: string[] = []
    let pages = 0
    while (next) {
      const res = await fetch(next, {
        headers: { Accept: 'application/json', Authorization: `Bearer ${token}` }
      })
      pages++
      ids.push(...((await res.json()) as { id: string }[]).map(u => u.id))
      const link = res.headers.get('link') ?? ''
      expect(link).toContain(`<${next}>; rel="self"`)
      next = /<([^>]+)>; rel="next"/.exec(link)?.[1]
      if (next) expect(next).toMatch(new RegExp(`^${url}/api/v1/users\\?after=00u\\w+&limit=200$`))
    }
    expect(pages).toBe(3)
    expect(new Set(ids).size).toBe(450)
    expect(ids.every(id => /^00u[0-9A-Za-z]{17}$/.test(id))).toBe(true)
  })

  it('refuses an expired token with token_expired', async () => {
    const app = await serviceApp()
    const token = (await requestToken(app)).body.access_token as string
    await emulator.control.expireToken(token)
    const res = await getUsers('/api/v1/users', { Authorization: `Bearer ${token}` })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(
      /error="invalid_token", error_description="The token has expired."/
    )
    expect(((await res.json()) as { errorCode: string }).errorCode).toBe('E0000011')
  })

  it('checks the DPoP scheme, proof, htu, ath and replay of a bound token', async () => {
    const app = await serviceApp({ dpopRequired: true })
    const token = await dpopToken(app)
    const htu = `${url}/api/v1/users`
    const auth = { Authorization: `DPoP ${token}` }

    const asBearer = await getUsers('/api/v1/users', { Authorization: `Bearer ${token}` })
    expect(asBearer.status).toBe(401)
    expect(asBearer.headers.get('www-authenticate')).toMatch(
      /^DPoP algs="RS256 RS384 RS512 ES256 ES384 ES512", .*error="invalid_request"/
    )
    const noProof = await getUsers('/api/v1/users', auth)
    expect(noProof.headers.get('www-authenticate')).toMatch(/requires a DPoP proof/)

    const proof = await signProof({ htm: 'GET', htu, accessToken: token })
    const ok = await getUsers('/api/v1/users?limit=5', { ...auth, DPoP: proof })
    expect(ok.status).toBe(200)
    const replay = await getUsers('/api/v1/users?limit=5', { ...auth, DPoP: proof })
    expect(replay.status).toBe(400)
    expect(await replay.text()).toBe('')
    expect(replay.headers.get('www-authenticate')).toMatch(/has already been used/)

    const badHtu = await signProof({ htm: 'GET', htu: `${htu}?limit=5`, accessToken: token })
    const wrongHtu = await getUsers('/api/v1/users?limit=5', { ...auth, DPoP: badHtu })
    expect(wrongHtu.headers.get('www-authenticate')).toMatch(/'htu' claim/)

    // Escapes of characters that need none compare decoded (Okta, okta-api.md §4); an escaped
    // '/' is another path.
    const encodedSlash = `${url}/api%2Fv1/users`
    const slashProof = await signProof({ htm: 'GET', htu: encodedSlash, accessToken: token })
    const slashed = await getUsers('/api/v1/users', { ...auth, DPoP: slashProof })
    expect(slashed.headers.get('www-authenticate')).toMatch(/'htu' claim/)
    const encodedLetters = `${url}/api/v1/%75sers`
    const lettersProof = await signProof({ htm: 'GET', htu: encodedLetters, accessToken: token })
    expect((await getUsers('/api/v1/users', { ...auth, DPoP: lettersProof })).status).toBe(200)

    const badAth = await signProof({ htm: 'GET', htu, accessToken: 'other' })
    const wrongAth = await getUsers('/api/v1/users', { ...auth, DPoP: badAth })
    expect(wrongAth.headers.get('www-authenticate')).toMatch(/'ath' claim/)

    const otherKey = await signProof({ htm: 'GET', htu, accessToken: token, key: ecKey() })
    const unbound = await getUsers('/api/v1/users', { ...auth, DPoP: otherKey })
    expect(unbound.headers.get('www-authenticate')).toMatch(/not bound to the provided DPoP proof/)
  })

  it('refuses a Bearer token presented with the DPoP scheme', async () => {
    const app = await serviceApp()
    const token = (await requestToken(app)).body.access_token as string
    const res = await getUsers('/api/v1/groups', { Authorization: `DPoP ${token}` })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(
      /The presented access_token is not DPoP bound/
    )
  })
})

describe('faults, rate limits, clock and log', () => {
  it('answers a 429 fault with E0000047 and rate-limit reset headers, then recovers', async () => {
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

  it('takes latency and a clock offset from its command-line flags', async () => {
    const other = await startEmulator({ latencyMs: 250, clockOffsetSeconds: 3600 })
    try {
      const started = Date.now()
      const res = await fetch(`${other.url}/api/v1/users`)
      expect(Date.now() - started).toBeGreaterThanOrEqual(240)
      expect(Date.parse(res.headers.get('date')!) - Date.now()).toBeGreaterThan(3590_000)
      expect((await other.control.clock()).offsetSeconds).toBe(3600)
    } finally {
      await other.stop()
    }
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

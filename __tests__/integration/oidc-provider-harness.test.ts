/**
 * Proves the oidc-provider conformance harness behaves like the real authorization server the
 * action's conformance tests rely on: private_key_jwt client_credentials, custom scopes through the
 * default resource indicator, revocation/introspection, and DPoP with a mandatory server nonce.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto'
import { SignJWT, calculateJwkThumbprint, createRemoteJWKSet, jwtVerify, type JWK } from 'jose'
import { startOidcProvider, type OidcProviderHandle } from '../../testkit/oidc-provider.js'

const clientId = '0oaconformance'
const kid = 'conformance-rsa'
const { privateKey: rsaKey, publicKey: rsaPublic } = generateKeyPairSync('rsa', {
  modulusLength: 2048
})
const { privateKey: ecKey, publicKey: ecPublic } = generateKeyPairSync('ec', {
  namedCurve: 'P-256'
})
const jwks = {
  keys: [
    { ...rsaPublic.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' },
    { ...ecPublic.export({ format: 'jwk' }), kid: 'conformance-ec', alg: 'ES256', use: 'sig' }
  ]
}

interface TokenResponse {
  access_token?: string
  token_type?: string
  scope?: string
  expires_in?: number
  error?: string
  error_description?: string
}

function clientAssertion(
  audience: string | string[],
  key: KeyObject = rsaKey,
  header: { alg: string; kid: string } = { alg: 'RS256', kid }
): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader(header)
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(key)
}

async function post(
  url: string,
  params: Record<string, string>,
  headers: Record<string, string> = {}
): Promise<{ status: number; headers: Headers; body: TokenResponse & Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      ...headers
    },
    body: new URLSearchParams(params)
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} }
}

function tokenRequest(assertion: string, scope = 'api:read api:write'): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    scope,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion
  }
}

function authParams(assertion: string): Record<string, string> {
  return {
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion
  }
}

// The three configurations start side by side: each is a child process that spends a second or
// more loading oidc-provider, and nothing one test does reaches another's server.
let providers: Record<'optional' | 'jwt' | 'required', OidcProviderHandle>
beforeAll(async () => {
  const [optional, jwt, required] = await Promise.all([
    startOidcProvider({ clientId, jwks, dpop: 'optional' }),
    startOidcProvider({ clientId, jwks, dpop: 'optional', accessTokenFormat: 'jwt' }),
    startOidcProvider({ clientId, jwks, dpop: 'required' })
  ])
  providers = { optional, jwt, required }
})
afterAll(async () => {
  await Promise.all(Object.values(providers ?? {}).map(op => op.stop()))
})

describe('oidc-provider harness, DPoP optional', () => {
  let op: OidcProviderHandle

  beforeAll(() => {
    op = providers.optional
  })

  it('issues a Bearer token with the custom scopes for an RS256 assertion aimed at the token endpoint', async () => {
    const res = await post(op.tokenEndpoint, tokenRequest(await clientAssertion(op.tokenEndpoint)))
    expect(res.status).toBe(200)
    expect(res.body.token_type).toBe('Bearer')
    expect(res.body.scope).toBe('api:read api:write')
    expect(typeof res.body.access_token).toBe('string')
    expect(res.body.expires_in).toBe(600)
  })

  it('accepts the issuer as audience, and an array containing the token endpoint', async () => {
    const byIssuer = await post(op.tokenEndpoint, tokenRequest(await clientAssertion(op.issuer)))
    expect(byIssuer.status).toBe(200)
    const byArray = await post(
      op.tokenEndpoint,
      tokenRequest(await clientAssertion(['https://elsewhere.test', op.tokenEndpoint]))
    )
    expect(byArray.status).toBe(200)
  })

  it('rejects any other audience, and a replayed assertion', async () => {
    const wrongAud = await post(
      op.tokenEndpoint,
      tokenRequest(await clientAssertion(`${op.issuer}/oauth2/v1/token`))
    )
    expect(wrongAud.status).toBe(401)
    expect(wrongAud.body.error).toBe('invalid_client')
    const audienceCause =
      'audience (aud) must equal the endpoint url, issuer identifier or token endpoint url'
    expect(await op.stderrWith(audienceCause)).toContain(audienceCause)

    const assertion = await clientAssertion(op.tokenEndpoint)
    expect((await post(op.tokenEndpoint, tokenRequest(assertion))).status).toBe(200)
    const replay = await post(op.tokenEndpoint, tokenRequest(assertion))
    expect(replay.status).toBe(401)
    expect(replay.body.error).toBe('invalid_client')
    const replayCause = 'client assertion tokens must only be used once'
    expect(await op.stderrWith(replayCause)).toContain(replayCause)
  })

  it('accepts an ES256 assertion and narrows to a requested subset of scopes', async () => {
    const assertion = await clientAssertion(op.tokenEndpoint, ecKey, {
      alg: 'ES256',
      kid: 'conformance-ec'
    })
    const res = await post(op.tokenEndpoint, tokenRequest(assertion, 'api:read'))
    expect(res.status).toBe(200)
    expect(res.body.scope).toBe('api:read')
  })

  it('introspects and revokes the token (aud may be the endpoint being called)', async () => {
    const issued = await post(
      op.tokenEndpoint,
      tokenRequest(await clientAssertion(op.tokenEndpoint))
    )
    const token = issued.body.access_token as string

    const active = await post(op.introspectionEndpoint, {
      token,
      ...authParams(await clientAssertion(op.introspectionEndpoint))
    })
    expect(active.status).toBe(200)
    expect(active.body).toMatchObject({
      active: true,
      client_id: clientId,
      aud: op.resource,
      scope: 'api:read api:write',
      token_type: 'Bearer'
    })

    const revoked = await post(op.revocationEndpoint, {
      token,
      token_type_hint: 'access_token',
      ...authParams(await clientAssertion(op.revocationEndpoint))
    })
    expect(revoked.status).toBe(200)

    const inactive = await post(op.introspectionEndpoint, {
      token,
      ...authParams(await clientAssertion(op.tokenEndpoint))
    })
    expect(inactive.body).toEqual({ active: false })
  })
})

describe('oidc-provider harness, JWT access tokens', () => {
  let op: OidcProviderHandle

  beforeAll(() => {
    op = providers.jwt
  })

  it('issues a JWT whose aud is the resource and whose scope holds the custom scopes', async () => {
    const res = await post(op.tokenEndpoint, tokenRequest(await clientAssertion(op.tokenEndpoint)))
    expect(res.status).toBe(200)
    const { payload } = await jwtVerify(
      res.body.access_token as string,
      createRemoteJWKSet(new URL(`${op.issuer}/jwks`)),
      { issuer: op.issuer, audience: op.resource }
    )
    expect(payload.scope).toBe('api:read api:write')
    expect(payload.client_id).toBe(clientId)
  })
})

describe('oidc-provider harness, DPoP required with nonce', () => {
  let op: OidcProviderHandle
  const { privateKey: dpopKey, publicKey: dpopPublic } = generateKeyPairSync('ec', {
    namedCurve: 'P-256'
  })
  const dpopJwk = dpopPublic.export({ format: 'jwk' }) as JWK

  function dpopProof(htu: string, nonce?: string): Promise<string> {
    return new SignJWT({ htm: 'POST', htu, ...(nonce ? { nonce } : {}) })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: dpopJwk })
      .setJti(randomUUID())
      .setIssuedAt()
      .sign(dpopKey)
  }

  beforeAll(() => {
    op = providers.required
  })

  it('refuses a token request without a DPoP proof', async () => {
    const res = await post(op.tokenEndpoint, tokenRequest(await clientAssertion(op.tokenEndpoint)))
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('invalid_grant')
    expect(await op.stderrWith('DPoP proof JWT not provided')).toContain(
      'DPoP proof JWT not provided'
    )
  })

  it('demands a nonce, then issues a DPoP-bound token on the retry with a fresh assertion', async () => {
    const first = await post(
      op.tokenEndpoint,
      tokenRequest(await clientAssertion(op.tokenEndpoint)),
      { DPoP: await dpopProof(op.tokenEndpoint) }
    )
    expect(first.status).toBe(400)
    expect(first.body.error).toBe('use_dpop_nonce')
    const nonce = first.headers.get('dpop-nonce')
    expect(nonce).toBeTruthy()

    const retry = await post(
      op.tokenEndpoint,
      tokenRequest(await clientAssertion(op.tokenEndpoint)),
      { DPoP: await dpopProof(op.tokenEndpoint, nonce as string) }
    )
    expect(retry.status).toBe(200)
    expect(retry.body.token_type).toBe('DPoP')
    expect(retry.body.scope).toBe('api:read api:write')

    // The token is bound to the proof key: introspection reports its thumbprint as cnf.jkt.
    const introspection = await post(op.introspectionEndpoint, {
      token: retry.body.access_token as string,
      ...authParams(await clientAssertion(op.tokenEndpoint))
    })
    expect(introspection.body).toMatchObject({
      active: true,
      token_type: 'DPoP',
      cnf: { jkt: await calculateJwkThumbprint(dpopJwk) }
    })
  })

  it('consumes the assertion even when it answers use_dpop_nonce, so reusing it fails', async () => {
    const assertion = await clientAssertion(op.tokenEndpoint)
    const first = await post(op.tokenEndpoint, tokenRequest(assertion), {
      DPoP: await dpopProof(op.tokenEndpoint)
    })
    expect(first.body.error).toBe('use_dpop_nonce')
    const retry = await post(op.tokenEndpoint, tokenRequest(assertion), {
      DPoP: await dpopProof(op.tokenEndpoint, first.headers.get('dpop-nonce') as string)
    })
    expect(retry.status).toBe(401)
    expect(retry.body.error).toBe('invalid_client')
  })

  it('rejects a proof whose htu is not the token endpoint', async () => {
    const first = await post(
      op.tokenEndpoint,
      tokenRequest(await clientAssertion(op.tokenEndpoint)),
      { DPoP: await dpopProof(op.tokenEndpoint) }
    )
    const res = await post(
      op.tokenEndpoint,
      tokenRequest(await clientAssertion(op.tokenEndpoint)),
      { DPoP: await dpopProof(`${op.issuer}/other`, first.headers.get('dpop-nonce') as string) }
    )
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('invalid_dpop_proof')
  })
})

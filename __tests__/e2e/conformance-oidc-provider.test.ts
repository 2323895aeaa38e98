// Conformance with a second, independent authorization server (panva/oidc-provider, certified)
// through `token-endpoint`: what the action sends must satisfy a real implementation too, not
// only our emulator. Bearer with RSA and EC keys, DPoP with a mandatory nonce, and revocation
// at the endpoint the server's metadata names.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { SignJWT, calculateJwkThumbprint, type JWK } from 'jose'
import { startOidcProvider, type OidcProviderHandle } from '../../testkit/oidc-provider.js'
import { runAction, runJob } from '../../testkit/run-action.js'
import { testKey, type TestKey } from '../../testkit/keys.js'
import { logLines } from '../../testkit/token-fixtures.js'

const clientId = '0oaConformanceClient'
const rsa = testKey('rsa')
const ec = testKey('p256')
const SCOPES = 'api:read api:write'
let kids: { rsa: string; ec: string }

async function registered(): Promise<{ keys: object[] }> {
  kids = {
    rsa: await calculateJwkThumbprint(rsa.publicJwk as JWK, 'sha256'),
    ec: await calculateJwkThumbprint(ec.publicJwk as JWK, 'sha256')
  }
  return {
    keys: [
      { ...rsa.publicJwk, kid: kids.rsa, alg: 'RS256', use: 'sig' },
      { ...ec.publicJwk, kid: kids.ec, alg: 'ES256', use: 'sig' }
    ]
  }
}

function inputs(op: OidcProviderHandle, key: TestKey, extra: Record<string, string> = {}) {
  return {
    'token-endpoint': op.tokenEndpoint,
    'client-id': clientId,
    'private-key': key.pkcs8,
    scopes: SCOPES,
    ...extra
  }
}

/** Asks the server about a token, authenticating with an assertion signed here. */
async function introspect(op: OidcProviderHandle, token: string): Promise<Record<string, unknown>> {
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: kids.rsa })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(op.introspectionEndpoint)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(rsa.privateKey)
  const response = await fetch(op.introspectionEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      token,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion
    })
  })
  return (await response.json()) as Record<string, unknown>
}

describe('oidc-provider, Bearer tokens', () => {
  let op: OidcProviderHandle
  beforeAll(async () => {
    op = await startOidcProvider({ clientId, jwks: await registered(), dpop: 'optional' })
  })
  afterAll(async () => {
    await op?.stop()
  })

  it.each([
    ['RS256', rsa],
    ['ES256', ec]
  ] as const)(
    'issues a Bearer token for a %s assertion whose aud is the token endpoint',
    async (alg, key) => {
      const run = await runAction('main', inputs(op, key, { revoke: 'false' }))
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({
        'token-type': 'Bearer',
        'expires-in': '600',
        scope: SCOPES
      })
      expect(logLines(run.stdout)).toContain(
        `Token endpoint: ${op.tokenEndpoint} (token-endpoint input)`
      )
      expect(logLines(run.stdout)).toEqual(
        expect.arrayContaining([expect.stringContaining(`algorithm ${alg}`)])
      )
      expect(await introspect(op, run.outputs['access-token'])).toMatchObject({
        active: true,
        client_id: clientId,
        token_type: 'Bearer'
      })
    }
  )

  it('the post step revokes at the revocation_endpoint of the server metadata', async () => {
    const { main, post } = await runJob(inputs(op, rsa))
    expect(main.code).toBe(0)
    expect(logLines(main.stdout)).toContain(
      `Revoke endpoint: ${op.revocationEndpoint} (from ${op.issuer}/.well-known/openid-configuration)`
    )
    expect(main.state['revoke-endpoint']).toBe(op.revocationEndpoint)
    expect(post.code).toBe(0)
    expect(post.warnings).toEqual([])
    expect(logLines(post.stdout)).toContain(`Revoked the access token at ${op.revocationEndpoint}.`)
    expect(await introspect(op, main.outputs['access-token'])).toEqual({ active: false })
  })

  it('accepts a custom audience (the issuer) when asked', async () => {
    const run = await runAction('main', inputs(op, ec, { audience: op.issuer, revoke: 'false' }))
    expect(run.code).toBe(0)
    expect(logLines(run.stdout)).toContain(
      `Token endpoint: ${op.tokenEndpoint} (token-endpoint input), audience ${op.issuer}`
    )
  })

  it('a refused client authentication is one line with the server error', async () => {
    const run = await runAction('main', inputs(op, rsa, { 'key-id': 'not-registered' }))
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^Token request failed: HTTP 401 invalid_client: client authentication failed/
      )
    ])
  })
})

describe('oidc-provider, DPoP required with a server nonce', () => {
  let op: OidcProviderHandle
  beforeAll(async () => {
    op = await startOidcProvider({ clientId, jwks: await registered(), dpop: 'required' })
  })
  afterAll(async () => {
    await op?.stop()
  })

  it('dpop: true answers the nonce challenge with a fresh assertion and proof; the token is bound to dpop-key', async () => {
    const main = await runAction('main', inputs(op, ec, { dpop: 'true' }))
    expect(main.code).toBe(0)
    expect(main.outputs['token-type']).toBe('DPoP')
    expect(logLines(main.stdout)).toContain(
      'Token endpoint asked for a DPoP nonce; signing a new assertion and proof with it'
    )
    const { kty, crv, x, y } = JSON.parse(main.outputs['dpop-key']) as JWK
    const publicPart = { kty, crv, x, y }
    const details = await introspect(op, main.outputs['access-token'])
    expect(details).toMatchObject({ active: true, token_type: 'DPoP', scope: SCOPES })
    expect(details.cnf).toEqual({ jkt: await calculateJwkThumbprint(publicPart) })

    // Revocation of a DPoP-bound token needs no proof (RFC 9449 says nothing of it).
    const post = await runAction('post', inputs(op, ec, { dpop: 'true' }), { state: main.state })
    expect(post.code).toBe(0)
    expect(post.warnings).toEqual([])
    expect(await introspect(op, main.outputs['access-token'])).toEqual({ active: false })
  })
})

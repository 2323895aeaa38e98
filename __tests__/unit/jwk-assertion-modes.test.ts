// The two modes that need no network: `jwk` (the public JWK and thumbprint kid to register,
// of a given key or of a newly generated pair) and `assertion` (a signed client assertion).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createPublicKey } from 'node:crypto'
import { calculateJwkThumbprint, jwtVerify, type JWK } from 'jose'
import { runAction } from '../../testkit/in-process.js'
import { testKey } from '../../testkit/keys.js'
import {
  UUID,
  logLines,
  startTokenFixture,
  type TokenFixture
} from '../../testkit/token-fixtures.js'

let fx: TokenFixture

beforeAll(async () => {
  fx = await startTokenFixture()
})
afterAll(async () => {
  await fx?.stop()
})

const pemLines = (pem: string): string[] =>
  pem.split('\n').filter(line => line && !line.startsWith('-----'))

describe('jwk mode, for a given private-key', () => {
  it('outputs the public JWK and its RFC 7638 thumbprint as kid; key-changed is false', async () => {
    const key = testKey('rsa')
    const run = await runAction('main', { mode: 'jwk', 'private-key': key.pkcs8 })
    expect(run.code).toBe(0)
    const kid = await calculateJwkThumbprint(key.publicJwk as JWK, 'sha256')
    expect(run.outputs['key-id']).toBe(kid)
    expect(run.outputs['key-changed']).toBe('false')
    expect(run.outputs).not.toHaveProperty('private-key')
    expect(JSON.parse(run.outputs.jwk)).toEqual({
      kty: 'RSA',
      n: key.publicJwk.n,
      e: key.publicJwk.e,
      alg: 'RS256',
      use: 'sig',
      kid
    })
    expect(run.outputs.jwk).not.toContain('\n')
    expect(logLines(run.stdout)).toContain(`Public JWK: ${run.outputs.jwk}`)
    expect(run.summary).toContain(kid)
  })

  it('an EC key with key-id: that kid and ES384', async () => {
    const key = testKey('p384')
    const run = await runAction('main', {
      mode: 'jwk',
      'private-key': key.pkcs8,
      'key-id': 'ci-2026'
    })
    expect(run.outputs['key-id']).toBe('ci-2026')
    expect(JSON.parse(run.outputs.jwk)).toMatchObject({
      kty: 'EC',
      crv: 'P-384',
      x: key.publicJwk.x,
      y: key.publicJwk.y,
      alg: 'ES384',
      kid: 'ci-2026'
    })
  })
})

describe('jwk mode, generating a key pair per key-type', () => {
  it.each([
    ['RSA-2048', 'RS256', 2048],
    ['RSA-3072', 'RS256', 3072],
    ['RSA-4096', 'RS256', 4096],
    ['EC-P256', 'ES256', 'P-256'],
    ['EC-P384', 'ES384', 'P-384'],
    ['EC-P521', 'ES512', 'P-521']
  ])(
    '%s: private key output masked line by line, key-changed true, matching public JWK',
    async (keyType, alg, size) => {
      const run = await runAction('main', { mode: 'jwk', 'key-type': keyType })
      expect(run.code).toBe(0)
      expect(run.outputs['key-changed']).toBe('true')
      const pem = run.outputs['private-key']
      expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n?$/)
      for (const line of pemLines(pem)) expect(run.masked).toContain(line)

      const publicJwk = createPublicKey(pem).export({ format: 'jwk' }) as JWK
      const jwk = JSON.parse(run.outputs.jwk) as JWK
      expect(jwk).not.toHaveProperty('d')
      expect(jwk).toMatchObject({ ...publicJwk, alg, use: 'sig' })
      expect(jwk.kid).toBe(await calculateJwkThumbprint(publicJwk, 'sha256'))
      expect(run.outputs['key-id']).toBe(jwk.kid)
      if (typeof size === 'number') {
        expect(Buffer.from(jwk.n as string, 'base64url').length * 8).toBe(size)
      } else {
        expect(jwk.crv).toBe(size)
      }
      // Two runs never hand out the same key.
      if (keyType === 'EC-P256') {
        const again = await runAction('main', { mode: 'jwk', 'key-type': keyType })
        expect(again.outputs['key-id']).not.toBe(run.outputs['key-id'])
      }
    }
  )
})

describe('assertion mode', () => {
  const key = testKey('p256')
  const clientId = '0oaAssertionClient'
  const base = { mode: 'assertion', 'client-id': clientId, 'private-key': key.pkcs8 }

  async function verified(run: Awaited<ReturnType<typeof runAction>>) {
    const { payload, protectedHeader } = await jwtVerify(
      run.outputs['client-assertion'],
      createPublicKey(key.privateKey)
    )
    return { payload, protectedHeader }
  }

  it('signs iss/sub/aud/jti/iat/exp; aud defaults to the token endpoint; masked', async () => {
    const before = Math.floor(Date.now() / 1000)
    const run = await runAction('main', { ...base, 'okta-domain': fx.url })
    expect(run.code).toBe(0)
    expect(run.masked).toContain(run.outputs['client-assertion'])
    const { payload, protectedHeader } = await verified(run)
    expect(protectedHeader).toEqual({ alg: 'ES256', kid: run.outputs['key-id'], typ: 'JWT' })
    expect(payload).toMatchObject({
      iss: clientId,
      sub: clientId,
      aud: `${fx.url}/oauth2/v1/token`
    })
    expect(payload.jti).toMatch(UUID)
    expect(payload.iat).toBeGreaterThanOrEqual(before)
    expect(payload.exp! - payload.iat!).toBe(300)
    expect(JSON.parse(run.outputs.jwk)).toMatchObject({
      x: key.publicJwk.x,
      kid: run.outputs['key-id']
    })
  })

  it.each([
    [
      'audience input',
      { 'okta-domain': 'acme.okta.com', audience: 'https://as.example.com/token' },
      'https://as.example.com/token'
    ],
    [
      'audience alone',
      { audience: 'https://rp.example.com/oauth/token' },
      'https://rp.example.com/oauth/token'
    ],
    [
      'token-endpoint',
      { 'token-endpoint': 'https://as.example.com/connect/token' },
      'https://as.example.com/connect/token'
    ],
    [
      'custom authorization server',
      { 'okta-domain': 'acme.okta.com', 'authorization-server': 'default' },
      'https://acme.okta.com/oauth2/default/v1/token'
    ]
  ])('aud from the %s', async (_name, extra, aud) => {
    const run = await runAction('main', { ...base, ...extra, 'assertion-lifetime': '120' })
    expect(run.code).toBe(0)
    const { payload } = await verified(run)
    expect(payload.aud).toBe(aud)
    expect(payload.exp! - payload.iat!).toBe(120)
  })

  it('the emulator accepts the assertion once and refuses it the second time', async () => {
    const app = await fx.control.createApp({
      keys: [{ ...(key.publicJwk as { kty: string }), kid: 'assertion-kid' }],
      grantedScopes: ['okta.users.read']
    })
    const run = await runAction('main', {
      ...base,
      'client-id': app.clientId,
      'key-id': 'assertion-kid',
      'okta-domain': fx.url
    })
    const exchange = () =>
      fetch(`${fx.url}/oauth2/v1/token`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json'
        },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          scope: 'okta.users.read',
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: run.outputs['client-assertion']
        })
      }).then(async response => ({ status: response.status, body: await response.json() }))
    const first = await exchange()
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ token_type: 'Bearer', scope: 'okta.users.read' })
    const second = await exchange()
    expect(second).toEqual({
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: 'The client_assertion token has already been used.'
      }
    })
  })
})

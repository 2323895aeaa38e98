// The exact claims and headers of the two JWTs the action signs, checked directly (the
// in-process runs only see whether the emulator accepted them): the RFC 7523 client assertion
// (docs/okta-behaviour.md, "Client assertion") and the RFC 9449 DPoP proof, whose htu follows
// RFC 9449 §4.2 and the path normalisation documented in src/jwt/dpop.ts.
import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { compactVerify, decodeJwt, decodeProtectedHeader, importJWK } from 'jose'
import { signClientAssertion } from '../../src/jwt/client-assertion.js'
import { createDpopKey, htuOf, signDpopProof } from '../../src/jwt/dpop.js'
import { loadSigningKey } from '../../src/keys/signing-key.js'
import { testKey } from '../../testkit/keys.js'

const NOW = 1_700_000_000

describe('signClientAssertion', () => {
  it('iss = sub = client id, aud = endpoint, fresh jti, iat = now, exp = now + lifetime', async () => {
    const key = await loadSigningKey(testKey('rsa').pkcs8, { mask: () => undefined })
    const params = {
      key,
      clientId: '0oa1client',
      audience: 'https://acme.okta.com/oauth2/v1/token',
      lifetimeSeconds: 300,
      nowSeconds: NOW
    }
    const jwt = await signClientAssertion(params)
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    const claims = decodeJwt(jwt)
    expect(claims).toEqual({
      iss: '0oa1client',
      sub: '0oa1client',
      aud: 'https://acme.okta.com/oauth2/v1/token',
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      iat: NOW,
      exp: NOW + 300
    })
    expect(decodeJwt(await signClientAssertion(params)).jti).not.toBe(claims.jti)
  })
})

describe('signDpopProof', () => {
  it('typ dpop+jwt with the public JWK only, htm/htu/iat/jti, signed by the proof key', async () => {
    const key = await createDpopKey()
    expect(Object.keys(key.publicJwk).sort()).toEqual(['crv', 'kty', 'x', 'y'])
    expect(JSON.parse(key.privateJwkJson)).toMatchObject({ ...key.publicJwk, alg: 'ES256' })
    expect(JSON.parse(key.privateJwkJson).d).toEqual(expect.any(String))

    const jwt = await signDpopProof({
      key,
      method: 'POST',
      url: 'https://acme.okta.com/oauth2/v1/token?x=1#f',
      nowSeconds: NOW
    })
    expect(decodeProtectedHeader(jwt)).toEqual({
      alg: 'ES256',
      typ: 'dpop+jwt',
      jwk: key.publicJwk
    })
    await compactVerify(jwt, await importJWK(key.publicJwk, 'ES256'))
    expect(decodeJwt(jwt)).toEqual({
      htm: 'POST',
      htu: 'https://acme.okta.com/oauth2/v1/token',
      iat: NOW,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/)
    })
  })

  it('adds the nonce and ath = base64url(SHA-256(token)) only when given', async () => {
    const key = await createDpopKey()
    const claims = decodeJwt(
      await signDpopProof({
        key,
        method: 'GET',
        url: 'https://acme.okta.com/api/v1/users',
        nowSeconds: NOW,
        nonce: 'server-nonce',
        accessToken: 'tok.en'
      })
    )
    expect(claims.nonce).toBe('server-nonce')
    expect(claims.ath).toBe(createHash('sha256').update('tok.en').digest('base64url'))
  })
})

describe('htuOf', () => {
  it('drops query and fragment, keeps the origin', () => {
    expect(htuOf('https://acme.okta.com:8443/api/v1/users?limit=2#x')).toBe(
      'https://acme.okta.com:8443/api/v1/users'
    )
  })

  it('collapses doubled slashes, including runs of three', () => {
    expect(htuOf('https://acme.okta.com//api///v1/users')).toBe(
      'https://acme.okta.com/api/v1/users'
    )
    expect(htuOf('https://acme.okta.com/api/v1/users')).toBe('https://acme.okta.com/api/v1/users')
  })

  it('decodes percent-encoded unreserved and sub-delim characters', () => {
    expect(
      htuOf(
        'https://acme.okta.com/api/v1/users/a%40b%2Ec%7E%5fZ%3A9%2D%21%24%26%27%28%29%2A%2B%2C%3B%3D'
      )
    ).toBe("https://acme.okta.com/api/v1/users/a@b.c~_Z:9-!$&'()*+,;=")
  })

  it('keeps other escapes encoded, upper-cased', () => {
    expect(htuOf('https://acme.okta.com/api/v1/groups/a%2fb%20c%3f')).toBe(
      'https://acme.okta.com/api/v1/groups/a%2Fb%20c%3F'
    )
  })
})

// remote-signer.ts against providers that hold real keys the cloud fakes cannot offer (no KMS
// sells RSA 1024, and AWS lists PKCS#1 beside PSS for every RSA key): the refusals name the
// service's own key type, and the algorithm and key-id inputs are honoured or refused.
import { describe, expect, it } from '@jest/globals'
import { createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import type { Algorithm } from '../../src/domain.js'
import { parseKeyUri } from '../../src/signing/key-uri.js'
import type { RemoteKeyProvider } from '../../src/signing/provider.js'
import { remoteSigner } from '../../src/signing/remote-signer.js'

/** A key service in memory: real key, real signatures, the algorithms it is told to allow. */
function inMemoryService(
  privateKey: KeyObject,
  serviceKeyType: string,
  algorithms: Algorithm[]
): RemoteKeyProvider & { calls: number } {
  return {
    service: 'Test KMS',
    keyLabel: 'keys/test',
    calls: 0,
    getPublicKey: () =>
      Promise.resolve({ key: createPublicKey(privateKey), serviceKeyType, algorithms }),
    sign(input, algorithm) {
      this.calls += 1
      const signature = sign(`sha${algorithm.slice(2)}`, input, privateKey)
      return Promise.resolve({ signature, encoding: algorithm.startsWith('ES') ? 'der' : 'jose' })
    }
  }
}

const uri = parseKeyUri('signing-key', 'hashivault://test')
const okta =
  'Okta accepts RSA 2048+ signing keys with PKCS#1 v1.5 (RS256/384/512) and EC P-256/P-384/P-521 signing keys.'

describe('refusals name the key type the service reports', () => {
  it('RSA 1024', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
    await expect(
      remoteSigner(uri, inMemoryService(privateKey, 'RSA_1024', ['RS256']))
    ).rejects.toThrow(
      `Test KMS: key keys/test (input signing-key) is RSA_1024, an RSA key of 1024 bits; Okta requires at least 2048 bits; ${okta}`
    )
  })

  it('a PSS-only RSA key', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    await expect(
      remoteSigner(uri, inMemoryService(privateKey, 'RSA_SIGN_PSS_2048_SHA256', []))
    ).rejects.toThrow(
      `Test KMS: key keys/test (input signing-key) is RSA_SIGN_PSS_2048_SHA256, which cannot sign for Okta; ${okta}`
    )
  })

  it('a curve Okta does not take, even if the service says ES256', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
    await expect(
      remoteSigner(uri, inMemoryService(privateKey, 'EC_SIGN_SECP256K1_SHA256', ['ES256']))
    ).rejects.toThrow(
      /^Test KMS: key keys\/test \(input signing-key\) is EC_SIGN_SECP256K1_SHA256, an EC key on curve secp256k1; Okta accepts P-256, P-384 and P-521;/
    )
  })
})

describe('algorithm and key-id', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })

  it('an algorithm the key allows is used; key-id becomes the kid', async () => {
    const service = inMemoryService(privateKey, 'RSA_2048', ['RS256', 'RS512'])
    const signer = await remoteSigner(uri, service, { algorithm: 'RS512', keyId: 'ci-key' })
    expect([signer.algorithm, signer.kid, signer.kidSource]).toEqual(['RS512', 'ci-key', 'input'])
    expect(signer.publicJwk).toMatchObject({ kid: 'ci-key', alg: 'RS512', kty: 'RSA' })
    expect(signer.privateKey).toBeUndefined()
    expect(await signer.sign(new TextEncoder().encode('a.b'))).toHaveLength(256)
    expect(service.calls).toBe(1)
  })

  it('an algorithm the key does not allow is refused naming the input', async () => {
    await expect(
      remoteSigner(uri, inMemoryService(privateKey, 'RSA_2048', ['RS256']), { algorithm: 'RS384' })
    ).rejects.toThrow(
      'Input algorithm RS384 is not one key keys/test (RSA_2048) signs with; it signs with RS256.'
    )
  })
})

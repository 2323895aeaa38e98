// The gcpkms: provider against a Cloud KMS fake on loopback, driven by the real
// google-auth-library: a service-account key signs its own JWT, workload identity federation
// (external_account) exchanges a subject token at the fake's STS. Every signature is checked with
// Node crypto and jose against the public key the provider returned, one asymmetricSign per
// signature, and each failure is one line naming the Cloud KMS permission to grant.
import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createHash, verify } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { p256, p384 } from '@noble/curves/nist.js'
import { compactVerify } from 'jose'
import type { Algorithm } from '../../src/domain.js'
import type { RemoteKeyProvider } from '../../src/signing/provider.js'
import { startGcpKmsFake, type GcpKeyAlgorithm } from '../../fakes/gcp-kms.js'
import { oneLineFailure } from '../one-line-failure.js'
import { dir, fake, openGcpKms, useGcpKms } from '../use-gcp-kms.js'

let externalAccountFile: string

const ring = 'projects/fake-project/locations/europe-west1/keyRings/okta'
const version = (key: string): string => `${ring}/cryptoKeys/${key}/cryptoKeyVersions/1`

useGcpKms('gcpkms-')
beforeAll(() => {
  const subjectToken = join(dir, 'github-oidc-token')
  writeFileSync(subjectToken, 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9yZy9yZXBvIn0.c2ln')
  externalAccountFile = join(dir, 'external-account.json')
  writeFileSync(externalAccountFile, JSON.stringify(fake.externalAccount(subjectToken)))
})
let warnings: jest.SpiedFunction<typeof console.warn>
beforeEach(() => {
  warnings = jest.spyOn(console, 'warn')
})
afterEach(() => {
  // Nothing from the library reaches the job log (it warns about some ways of passing credentials).
  expect(warnings).not.toHaveBeenCalled()
  warnings.mockRestore()
})

const open = (path: string, credentials?: string): Promise<RemoteKeyProvider> =>
  openGcpKms(path, { credentials })

const b64url = (text: string): string => Buffer.from(text).toString('base64url')

describe('gcpkms: signatures from Cloud KMS', () => {
  it('RSA_SIGN_PKCS1_2048_SHA256 with a service-account key: RS256, one asymmetricSign over the SHA-256 digest', async () => {
    const publicKey = fake.addKey(version('rsa'), 'RSA_SIGN_PKCS1_2048_SHA256')
    const provider = await open(version('rsa'))
    expect(provider.keyLabel).toBe(version('rsa'))
    const remote = await provider.getPublicKey()
    expect(remote.key.export({ format: 'jwk' })).toEqual(publicKey?.export({ format: 'jwk' }))
    expect(remote.serviceKeyType).toBe('RSA_SIGN_PKCS1_2048_SHA256')
    expect(remote.algorithms).toEqual(['RS256'])

    const input = `${b64url('{"alg":"RS256"}')}.${b64url('{"sub":"0oa1"}')}`
    const before = fake.calls.asymmetricSign
    const { signature, encoding } = await provider.sign(new TextEncoder().encode(input), 'RS256')
    expect(fake.calls.asymmetricSign - before).toBe(1)
    expect(fake.lastSignRequest).toEqual({
      digest: { sha256: createHash('sha256').update(input).digest('base64') }
    })
    expect(encoding).toBe('jose')
    const jws = `${input}.${Buffer.from(signature).toString('base64url')}`
    await expect(compactVerify(jws, remote.key)).resolves.toBeDefined()
  })

  it.each([
    ['EC_SIGN_P256_SHA256', 'ES256', 'sha256', 64, p256],
    ['EC_SIGN_P384_SHA384', 'ES384', 'sha384', 96, p384]
  ] as const)(
    '%s through workload identity federation: DER that converts to a %s r||s jose accepts',
    async (algorithm, alg, hash, length, curve) => {
      const name = version(algorithm.toLowerCase())
      fake.addKey(name, algorithm)
      const tokensBefore = fake.calls.token
      const provider = await open(name, externalAccountFile)
      const remote = await provider.getPublicKey()
      expect(remote.algorithms).toEqual([alg])
      expect(fake.calls.token - tokensBefore).toBe(1)

      const input = `${b64url(`{"alg":"${alg}"}`)}.${b64url('{"sub":"0oa1"}')}`
      const before = fake.calls.asymmetricSign
      const { signature, encoding } = await provider.sign(new TextEncoder().encode(input), alg)
      expect(fake.calls.asymmetricSign - before).toBe(1)
      expect(encoding).toBe('der')
      expect(
        verify(hash, Buffer.from(input), { key: remote.key, dsaEncoding: 'der' }, signature)
      ).toBe(true)
      const raw = curve.Signature.fromBytes(signature, 'der').toBytes('compact')
      expect(raw).toHaveLength(length)
      await expect(
        compactVerify(`${input}.${Buffer.from(raw).toString('base64url')}`, remote.key)
      ).resolves.toBeDefined()
    }
  )

  it.each([
    'RSA_SIGN_PSS_2048_SHA256',
    'EC_SIGN_SECP256K1_SHA256',
    'RSA_DECRYPT_OAEP_2048_SHA256'
  ] as const)(
    'offers no algorithm for a %s key, named by its Cloud KMS algorithm',
    async algorithm => {
      fake.addKey(version(algorithm), algorithm as GcpKeyAlgorithm)
      const remote = await (await open(version(algorithm))).getPublicKey()
      expect(remote.serviceKeyType).toBe(algorithm)
      expect(remote.algorithms).toEqual([])
    }
  )
})

describe('gcpkms: failures are one line naming the permission or the fix', () => {
  it('no useToSign', async () => {
    fake.addKey(version('no-sign'), 'EC_SIGN_P256_SHA256')
    fake.deny(version('no-sign'), 'cloudkms.cryptoKeyVersions.useToSign')
    const provider = await open(version('no-sign'))
    await provider.getPublicKey()
    expect(await oneLineFailure(provider.sign(new Uint8Array([1]), 'ES256' as Algorithm))).toBe(
      `Google Cloud KMS: asymmetricSign failed: Permission 'cloudkms.cryptoKeyVersions.useToSign' denied on resource '${version('no-sign')}' (or it may not exist). Grant cloudkms.cryptoKeyVersions.useToSign (role Cloud KMS CryptoKey Signer) on ${version('no-sign')} to the job's identity.`
    )
  })

  it('a 503 is one call and one line: the action decides about another attempt', async () => {
    fake.addKey(version('busy'), 'RSA_SIGN_PKCS1_2048_SHA256')
    const provider = await open(version('busy'))
    await provider.getPublicKey()
    fake.failNextSign(503, 'UNAVAILABLE', 'The service is currently unavailable.')
    const before = fake.calls.asymmetricSign
    expect(await oneLineFailure(provider.sign(new Uint8Array([1]), 'RS256'))).toBe(
      `Google Cloud KMS: asymmetricSign failed: The service is currently unavailable. Check the key version ${version('busy')} (UNAVAILABLE).`
    )
    expect(fake.calls.asymmetricSign - before).toBe(1)
  })

  it('no viewPublicKey', async () => {
    fake.addKey(version('no-view'), 'EC_SIGN_P256_SHA256')
    fake.deny(version('no-view'), 'cloudkms.cryptoKeyVersions.viewPublicKey')
    expect(await oneLineFailure((await open(version('no-view'))).getPublicKey())).toBe(
      `Google Cloud KMS: getPublicKey failed: Permission 'cloudkms.cryptoKeyVersions.viewPublicKey' denied on resource '${version('no-view')}' (or it may not exist). Grant cloudkms.cryptoKeyVersions.viewPublicKey (role Cloud KMS Public Key Viewer) on ${version('no-view')} to the job's identity.`
    )
  })

  it('a symmetric key', async () => {
    fake.addKey(version('aes'), 'GOOGLE_SYMMETRIC_ENCRYPTION')
    expect(await oneLineFailure((await open(version('aes'))).getPublicKey())).toBe(
      `Google Cloud KMS: getPublicKey failed: ${version('aes')} has algorithm GOOGLE_SYMMETRIC_ENCRYPTION, which is not asymmetric. Check the key version ${version('aes')} (FAILED_PRECONDITION).`
    )
  })

  it('credentials the service does not accept', async () => {
    fake.addKey(version('rsa-2'), 'RSA_SIGN_PKCS1_2048_SHA256')
    const stranger = await startGcpKmsFake()
    const strangerFile = join(dir, 'stranger.json')
    writeFileSync(strangerFile, JSON.stringify(stranger.serviceAccountKey()))
    await stranger.close()
    expect(await oneLineFailure((await open(version('rsa-2'), strangerFile)).getPublicKey())).toBe(
      'Google Cloud KMS: getPublicKey failed: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. Give the job Application Default Credentials (google-github-actions/auth before this step, or GOOGLE_APPLICATION_CREDENTIALS).'
    )
  })

  it('a credentials file that is not there', async () => {
    fake.addKey(version('rsa-3'), 'RSA_SIGN_PKCS1_2048_SHA256')
    const message = await oneLineFailure(
      (await open(version('rsa-3'), join(dir, 'missing.json'))).getPublicKey()
    )
    expect(message).toMatch(
      /^Google Cloud KMS: getPublicKey failed: .*missing\.json.*\. Give the job Application Default Credentials \(google-github-actions\/auth before this step, or GOOGLE_APPLICATION_CREDENTIALS\)\.$/
    )
  })

  it('a URI that names no key version, before the network', async () => {
    const calls = { ...fake.calls }
    expect(await oneLineFailure(open(`${ring}/cryptoKeys/okta`))).toBe(
      `signing-key: gcpkms://${ring}/cryptoKeys/okta?endpoint=${fake.url} must name a key version: gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K/cryptoKeyVersions/V.`
    )
    expect(fake.calls).toEqual(calls)
  })
})

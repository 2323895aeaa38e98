// remote-signer.ts against key services in memory (real keys, real signatures) whose answers the
// test holds back or shapes: when the first Sign may go out before GetPublicKey has answered, which
// failure a run reports when both fail, the algorithm picked when the service offers several, and
// the one line for a public key or signature the service got wrong.
import { describe, expect, it } from '@jest/globals'
import { createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import { calculateJwkThumbprint } from 'jose'
import type { Algorithm } from '../../src/domain.js'
import { parseKeyUri } from '../../src/signing/key-uri.js'
import {
  RemoteKeyError,
  type RemoteKeyProvider,
  type RemoteSignature
} from '../../src/signing/provider.js'
import { remoteSigner } from '../../src/signing/remote-signer.js'

interface HeldService extends RemoteKeyProvider {
  /** What the service received and answered, in order. */
  events: string[]
  /** Lets the held GetPublicKey answer. */
  answerPublicKey(): void
}

/**
 * A key service whose GetPublicKey answers only when the test says so. sign() answers at once
 * with a real signature (DER for ECDSA, as AWS and GCP do) unless `signs` says otherwise.
 */
function heldService(
  privateKey: KeyObject,
  options: {
    algorithms: Algorithm[]
    signsWithoutPublicKey?: boolean
    signs?: (input: Uint8Array, algorithm: Algorithm) => Promise<RemoteSignature>
  }
): HeldService {
  let answer = () => {}
  const answered = new Promise<void>(resolve => {
    answer = resolve
  })
  const events: string[] = []
  return {
    service: 'Test KMS',
    keyLabel: 'keys/test',
    signsWithoutPublicKey: options.signsWithoutPublicKey,
    events,
    answerPublicKey: () => answer(),
    async getPublicKey() {
      events.push('GetPublicKey received')
      await answered
      events.push('GetPublicKey answered')
      return {
        key: createPublicKey(privateKey),
        serviceKeyType: 'TEST_KEY',
        algorithms: options.algorithms
      }
    },
    sign(input, algorithm) {
      events.push('Sign received')
      if (options.signs) return options.signs(input, algorithm)
      const ec = algorithm.startsWith('ES')
      return Promise.resolve({
        signature: sign(`sha${algorithm.slice(2)}`, input, privateKey),
        encoding: ec ? 'der' : 'jose'
      })
    }
  }
}

/** Whether `promise` has settled once everything already queued has run. */
async function settledYet(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  void promise.then(
    () => (settled = true),
    () => (settled = true)
  )
  await new Promise(resolve => setImmediate(resolve))
  return settled
}

const uri = parseKeyUri('signing-key', 'awskms:///alias/test')
const input = new TextEncoder().encode('header.payload')
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
const early = { signEarly: true, keyId: 'ci-key', algorithm: 'ES256' as const }

describe('key-id and algorithm given: the first Sign goes out beside GetPublicKey', () => {
  it('Sign is received before GetPublicKey answers; the signature verifies; the key is known once ready', async () => {
    const service = heldService(ec, { algorithms: ['ES256'], signsWithoutPublicKey: true })
    const signer = await remoteSigner(uri, service, early)
    expect([signer.algorithm, signer.kid, signer.kidSource]).toEqual(['ES256', 'ci-key', 'input'])
    expect(signer.format).toBe('Test KMS key keys/test')
    const signature = signer.sign(input)
    expect(await settledYet(signature)).toBe(false)
    expect(service.events).toEqual(['GetPublicKey received', 'Sign received'])

    service.answerPublicKey()
    const bytes = await signature
    expect(bytes).toHaveLength(64)
    expect(verify('sha256', input, { key: ec, dsaEncoding: 'ieee-p1363' }, bytes)).toBe(true)
    await signer.ready
    expect(signer.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: 'ci-key', alg: 'ES256' })
    expect(signer.description).toBe('EC P-256')
  })

  it('the public JWK and description read before GetPublicKey answers are refused, naming the key', async () => {
    const service = heldService(ec, { algorithms: ['ES256'], signsWithoutPublicKey: true })
    const signer = await remoteSigner(uri, service, early)
    expect(() => signer.publicJwk).toThrow(
      'publicJwk of keys/test was read before its public key arrived.'
    )
    expect(() => signer.description).toThrow(
      'description of keys/test was read before its public key arrived.'
    )
    service.answerPublicKey()
    await signer.ready
  })

  it.each([
    ['a service that needs its public key first', { signsWithoutPublicKey: false }, early],
    [
      'key-id without algorithm',
      { signsWithoutPublicKey: true },
      { ...early, algorithm: undefined }
    ],
    ['algorithm without key-id', { signsWithoutPublicKey: true }, { ...early, keyId: undefined }],
    [
      'a caller that does not sign first (jwk mode)',
      { signsWithoutPublicKey: true },
      { ...early, signEarly: false }
    ]
  ])('%s: nothing is signed until GetPublicKey has answered', async (_name, service, options) => {
    const held = heldService(ec, { algorithms: ['ES256'], ...service })
    const opening = remoteSigner(uri, held, options)
    expect(await settledYet(opening)).toBe(false)
    held.answerPublicKey()
    const signer = await opening
    expect(signer.kid).toBe(options.keyId ?? (await calculateJwkThumbprint(signer.publicJwk)))
    await signer.sign(input)
    expect(held.events).toEqual(['GetPublicKey received', 'GetPublicKey answered', 'Sign received'])
  })

  it("a refused Sign is reported in the service's words", async () => {
    const refused = 'Test KMS: kms:Sign is denied on keys/test. Grant kms:Sign on the key.'
    const service = heldService(ec, {
      algorithms: ['ES256'],
      signsWithoutPublicKey: true,
      signs: () => Promise.reject(new RemoteKeyError(refused))
    })
    const signer = await remoteSigner(uri, service, early)
    service.answerPublicKey()
    await expect(signer.sign(input)).rejects.toThrow(refused)
  })

  it("when both fail, the key's refusal is reported, as it would be one call after the other", async () => {
    const service = heldService(ec, {
      algorithms: [],
      signsWithoutPublicKey: true,
      signs: () => Promise.reject(new RemoteKeyError('Test KMS: kms:Sign is denied.'))
    })
    const signer = await remoteSigner(uri, service, early)
    service.answerPublicKey()
    const refusal =
      'Test KMS: key keys/test (input signing-key) is TEST_KEY, which cannot sign for Okta;'
    await expect(signer.sign(input)).rejects.toThrow(refusal)
    await expect(signer.ready).rejects.toThrow(refusal)
  })
})

describe('the algorithm, when the service offers several', () => {
  it.each([
    ["the key's natural one when offered, wherever it is listed", ['RS384', 'RS256'], 'RS256'],
    ['the one offered when the natural one is not (a SHA-512-only key)', ['RS512'], 'RS512']
  ] as const)('%s', async (_name, algorithms, expected) => {
    const service = heldService(rsa, { algorithms: [...algorithms] })
    service.answerPublicKey()
    const signer = await remoteSigner(uri, service)
    expect(signer.algorithm).toBe(expected)
    expect(signer.publicJwk.alg).toBe(expected)
    const bytes = await signer.sign(input)
    expect(verify(`sha${expected.slice(2)}`, input, rsa, bytes)).toBe(true)
  })

  it('an algorithm input it does not offer is refused, listing every one it does', async () => {
    const service = heldService(rsa, { algorithms: ['RS256', 'RS512'] })
    service.answerPublicKey()
    await expect(remoteSigner(uri, service, { algorithm: 'RS384' })).rejects.toThrow(
      'Input algorithm RS384 is not one key keys/test (TEST_KEY) signs with; it signs with RS256, RS512.'
    )
  })
})

describe("the service's answer it cannot use, in one line", () => {
  function failingPublicKey(reason: unknown): RemoteKeyProvider {
    return {
      service: 'Test KMS',
      keyLabel: 'keys/test',
      getPublicKey: () => Promise.reject(reason),
      sign: () => Promise.reject(new Error('not reached'))
    }
  }

  it.each([
    ['an Error', new Error('DER input too short'), '(DER input too short)'],
    ['a thrown string', 'HTTP 502 with an HTML page', '(HTTP 502 with an HTML page)']
  ])('a public key that cannot be read (%s)', async (_name, reason, why) => {
    await expect(remoteSigner(uri, failingPublicKey(reason))).rejects.toThrow(
      `Test KMS: the public key of keys/test could not be read from the service's answer ${why}.`
    )
  })

  it("the service's own refusal passes through as it is", async () => {
    const refusal = 'Test KMS: keys/test is disabled. Enable the key.'
    await expect(remoteSigner(uri, failingPublicKey(new RemoteKeyError(refusal)))).rejects.toThrow(
      new RemoteKeyError(refusal)
    )
  })

  it('an ECDSA signature of the right size that does not verify says only that', async () => {
    const service = heldService(ec, {
      algorithms: ['ES256'],
      signs: () => Promise.resolve({ signature: new Uint8Array(64).fill(1), encoding: 'jose' })
    })
    service.answerPublicKey()
    const signer = await remoteSigner(uri, service)
    await expect(signer.sign(input)).rejects.toThrow(
      /^Test KMS: the signature of key keys\/test does not verify as ES256 against its public key; nothing was sent to Okta\. Check that the key is the one the URI names and signs with ES256\.$/
    )
  })

  it('an ECDSA signature of the wrong size names its size and the size r||s has', async () => {
    const service = heldService(ec, {
      algorithms: ['ES256'],
      signs: (data, algorithm) =>
        Promise.resolve({
          signature: sign(`sha${algorithm.slice(2)}`, data, {
            key: ec,
            dsaEncoding: 'ieee-p1363'
          }).subarray(1),
          encoding: 'jose'
        })
    })
    service.answerPublicKey()
    const signer = await remoteSigner(uri, service)
    await expect(signer.sign(input)).rejects.toThrow(
      'Test KMS: the signature of key keys/test does not verify as ES256 against its public key, 63 bytes where ES256 r||s is 64; nothing was sent to Okta. Check that the key is the one the URI names and signs with ES256.'
    )
  })
})

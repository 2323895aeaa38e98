// The pkcs11: provider on a real SoftHSM2 token: the public key it reads back is the one imported,
// every signature verifies with Node crypto and jose against it, one C_Sign per signature (counted
// by OpenSC's pkcs11-spy between the provider and SoftHSM2), keys Okta cannot use are refused by
// their PKCS#11 type, and each failure is one line naming PKCS#11 and the fix.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, verify, type KeyObject } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compactVerify } from 'jose'
import type { Algorithm } from '../../src/domain.js'
import type { KeyUri, RemoteKeyProvider } from '../../src/signing/provider.js'
import pkcs11Provider, { pkcs11PlatformSupported } from '../../src/signing/providers/pkcs11.js'
import {
  createSoftHsmToken,
  PKCS11_SPY_MODULE,
  spyCalls,
  type HsmKeyKind,
  type SoftHsmToken
} from '../../testkit/softhsm.js'
import { oneLineFailure } from '../one-line-failure.js'
import { closeOpenedAfterEach, keyUri, open } from '../use-pkcs11-opens.js'

let token: SoftHsmToken
let restoreEnv: () => Promise<unknown>
let spyDir: string
let spyLog: string

beforeAll(async () => {
  token = createSoftHsmToken()
  spyDir = mkdtempSync(join(tmpdir(), 'pkcs11-spy-'))
  spyLog = join(spyDir, 'spy.log')
  restoreEnv = await token.useInProcess(spyLog)
})
closeOpenedAfterEach()
afterAll(async () => {
  await restoreEnv()
  token.remove()
  rmSync(spyDir, { recursive: true, force: true })
})

const keyFor = (kind: HsmKeyKind): KeyUri =>
  keyUri(`token=${token.label};object=${kind}`, { 'pin-value': token.pin })

/** C_Sign calls pkcs11-spy has logged so far. */
const signCalls = (): number => spyCalls(spyLog).filter(name => name === 'C_Sign').length

const failure = (uri: KeyUri): Promise<string> => oneLineFailure(open(uri))

const b64url = (text: string): string => Buffer.from(text).toString('base64url')

/** A compact JWS signed by the provider, as the assertion code will build it. */
async function jws(provider: RemoteKeyProvider, alg: Algorithm): Promise<string> {
  const input = `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${b64url('{"sub":"0oa1"}')}`
  const { signature, encoding } = await provider.sign(new TextEncoder().encode(input), alg)
  expect(encoding).toBe('jose')
  return `${input}.${Buffer.from(signature).toString('base64url')}`
}

describe('pkcs11: keys on a SoftHSM2 token', () => {
  it('reads the RSA public key the token holds and signs RS256/384/512, one C_Sign each, verified by jose', async () => {
    const { provider, masked } = await open(
      keyUri(`token=${token.label};object=rsa2048`, {
        'module-path': PKCS11_SPY_MODULE,
        'pin-value': token.pin
      })
    )
    expect(masked).toContain(token.pin)
    const publicKey = await provider.getPublicKey()
    expect(publicKey.key.export({ format: 'jwk' })).toEqual(
      token.keys.rsa2048.publicKey.export({ format: 'jwk' })
    )
    expect(publicKey.serviceKeyType).toBe('CKK_RSA 2048-bit')
    expect(publicKey.algorithms).toEqual(['RS256', 'RS384', 'RS512'])
    for (const alg of ['RS256', 'RS384', 'RS512'] as const) {
      const before = signCalls()
      const token = await jws(provider, alg)
      expect(signCalls() - before).toBe(1)
      const { protectedHeader } = await compactVerify(token, publicKey.key)
      expect(protectedHeader.alg).toBe(alg)
    }
  })

  it.each([
    ['p256', 'ES256', 64, 'prime256v1'],
    ['p384', 'ES384', 96, 'secp384r1'],
    ['p521', 'ES512', 132, 'secp521r1']
  ] as const)(
    'signs with the EC %s key as %s: a %i-byte r||s that verifies as ieee-p1363 and with jose',
    async (kind, alg, length, curve) => {
      const { provider } = await open(
        keyUri(`token=${token.label};object=${kind}`, {
          'module-path': PKCS11_SPY_MODULE,
          'pin-value': token.pin
        })
      )
      const publicKey = await provider.getPublicKey()
      expect(publicKey.key.export({ format: 'jwk' })).toEqual(
        token.keys[kind].publicKey.export({ format: 'jwk' })
      )
      expect(publicKey.serviceKeyType).toBe(`CKK_EC ${curve}`)
      expect(publicKey.algorithms).toEqual([alg])
      const before = signCalls()
      const input = new TextEncoder().encode('header.claims')
      const { signature } = await provider.sign(input, alg)
      expect(signCalls() - before).toBe(1)
      expect(signature).toHaveLength(length)
      const hash = { ES256: 'sha256', ES384: 'sha384', ES512: 'sha512' }[alg]
      expect(
        verify(
          hash,
          input,
          { key: token.keys[kind].publicKey, dsaEncoding: 'ieee-p1363' },
          signature
        )
      ).toBe(true)
      await expect(compactVerify(await jws(provider, alg), publicKey.key)).resolves.toBeDefined()
    }
  )

  it.each([
    ['rsa1024', 'CKK_RSA 1024-bit'],
    ['secp256k1', 'CKK_EC secp256k1']
  ] as const)('offers no algorithm for the %s key and names it %s', async (kind, type) => {
    const { provider } = await open(keyFor(kind))
    const publicKey = await provider.getPublicKey()
    expect(publicKey.serviceKeyType).toBe(type)
    expect(publicKey.algorithms).toEqual([])
    expect((publicKey.key as KeyObject).export({ format: 'jwk' })).toEqual(
      token.keys[kind].publicKey.export({ format: 'jwk' })
    )
  })

  it('finds the key by id alone (percent-encoded bytes)', async () => {
    const byId = await open(
      keyUri(`token=${token.label};id=%${token.keys.p384.id}`, { 'pin-value': token.pin })
    )
    expect((await byId.provider.getPublicKey()).serviceKeyType).toBe('CKK_EC secp384r1')
  })

  it('finds the token by slot-id, and says so when no token sits in that slot', async () => {
    expect(token.slotId).toMatch(/^\d+$/)
    const bySlot = await open(
      keyUri(`slot-id=${token.slotId};object=p256`, { 'pin-value': token.pin })
    )
    expect((await bySlot.provider.getPublicKey()).algorithms).toEqual(['ES256'])
    expect(
      await failure(
        keyUri(`slot-id=${BigInt(token.slotId) + 1n};object=p256`, { 'pin-value': token.pin })
      )
    ).toMatch(
      /^PKCS#11: no token in slot-id \d+ in \/usr\/lib\/softhsm\/libsofthsm2\.so \(tokens present: .+\)\. Fix slot-id= in the key URI, or initialise the token\.$/
    )
  })

  it('reads the PIN from pin-source and masks it before anything else', async () => {
    const file = join(spyDir, 'pin')
    writeFileSync(file, `${token.pin}\n`)
    const { provider, masked } = await open(
      keyUri(`token=${token.label};object=p256`, { 'pin-source': file })
    )
    expect(masked).toEqual([token.pin])
    expect((await provider.getPublicKey()).algorithms).toEqual(['ES256'])
  })

  it('a signature over other bytes does not verify (the verification above is not vacuous)', async () => {
    const { provider } = await open(keyFor('p256'))
    const { signature } = await provider.sign(new TextEncoder().encode('a'), 'ES256')
    const digestOfB = createHash('sha256').update('b').digest()
    expect(
      verify(
        'sha256',
        digestOfB,
        { key: token.keys.p256.publicKey, dsaEncoding: 'ieee-p1363' },
        signature
      )
    ).toBe(false)
  })
})

describe('pkcs11: failures are one line naming PKCS#11 and the fix', () => {
  it('a wrong PIN, masked, and the module released so the next open works', async () => {
    const masked: string[] = []
    const wrong = 'not-the-pin-1'
    await expect(
      pkcs11Provider(keyUri(`token=${token.label};object=p256`, { 'pin-value': wrong }), {
        env: process.env,
        mask: s => masked.push(s)
      })
    ).rejects.toThrow(
      "PKCS#11: the token refused the PIN (CKR_PIN_INCORRECT). Fix pin-value or pin-source in signing-key: it is the token's user PIN, not the SO PIN."
    )
    expect(masked).toEqual([wrong])
    await expect(open(keyFor('p256'))).resolves.toBeDefined()
  })

  it('no such token', async () => {
    expect(await failure(keyUri('token=nope;object=p256', { 'pin-value': token.pin }))).toBe(
      `PKCS#11: no token labelled "nope" in /usr/lib/softhsm/libsofthsm2.so (tokens present: "${token.label}", ""). Fix token= in the key URI, or initialise the token.`
    )
  })

  it('no such object, and the hint when no PIN was given', async () => {
    expect(
      await failure(keyUri(`token=${token.label};object=missing`, { 'pin-value': token.pin }))
    ).toBe(
      `PKCS#11: no private key object "missing" on token "${token.label}". Fix object= or id= in signing-key.`
    )
    expect(await failure(keyUri(`token=${token.label};object=p256`))).toBe(
      `PKCS#11: no private key object "p256" on token "${token.label}" (no PIN given: private keys are visible only after login; add pin-value or pin-source). Fix object= or id= in signing-key.`
    )
  })

  it('a module that is not there', async () => {
    const message = await failure(
      keyUri(`token=${token.label};object=p256`, { 'module-path': '/nonexistent/libhsm.so' })
    )
    expect(message).toMatch(
      /^PKCS#11: cannot load the module \/nonexistent\/libhsm\.so \(.+\)\. Install the HSM's PKCS#11 library \(Debian: apt-get install softhsm2\) or set module-path= in signing-key\.$/
    )
  })

  it('a URI that names no key, or an attribute it does not know, before any module is loaded', async () => {
    expect(await failure(keyUri(`token=${token.label}`, { 'pin-value': token.pin }))).toBe(
      `signing-key: pkcs11:token=${token.label}?pin-value=*** names no key: add object=LABEL (or id=%XX) to say which key pair to sign with.`
    )
    expect(await failure(keyUri(`token=${token.label};objekt=p256`))).toBe(
      `signing-key: pkcs11:token=${token.label};objekt=p256 has the path attribute objekt, which this action does not know: use token, slot-id, object and id (RFC 7512).`
    )
  })

  it('any runner other than Linux x64 gets one line saying where pkcs11: works', async () => {
    expect(pkcs11PlatformSupported('linux', 'x64')).toBe(true)
    expect(pkcs11PlatformSupported('darwin', 'arm64')).toBe(false)
    expect(pkcs11PlatformSupported('linux', 'arm64')).toBe(false)
    const real = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor
    Object.defineProperty(process, 'platform', { value: 'win32' })
    try {
      expect(await failure(keyFor('p256'))).toBe(
        `PKCS#11: pkcs11: keys are supported on Linux x64 runners only (the native addon in dist/ is built for them); this runner is win32/${process.arch}. Use a Linux x64 runner, or a KMS scheme.`
      )
    } finally {
      Object.defineProperty(process, 'platform', real)
    }
  })
})

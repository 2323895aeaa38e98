// The public key a PKCS#11 token's attributes describe (src/signing/providers/pkcs11-public-key.ts),
// in the forms modules return them: CKA_EC_POINT as the DER OCTET STRING PKCS#11 v2.40 section
// 2.3.3 asks for (short and long DER lengths) or as the bare X9.62 point some modules give,
// CKA_EC_PARAMS OpenSSL does not know, and CKA_SIGN false. SoftHSM2 itself returns only the
// DER form (signing-pkcs11*.test.ts), so the other forms are built here from Node keys.
import { describe, expect, it } from '@jest/globals'
import { createECDH, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { publicKeyFromAttributes } from '../../src/signing/providers/pkcs11-public-key.js'

// The named-curve OIDs as DER (RFC 5480 section 2.1.1.1), what CKA_EC_PARAMS holds.
const PARAMS = {
  prime256v1: Buffer.from('06082a8648ce3d030107', 'hex'),
  secp521r1: Buffer.from('06052b81040023', 'hex')
} as const

/** The uncompressed X9.62 point 0x04 || X || Y of an EC public key. */
function bare(key: KeyObject): Buffer {
  const { x, y } = key.export({ format: 'jwk' })
  return Buffer.concat([
    Buffer.from([4]),
    Buffer.from(x ?? '', 'base64url'),
    Buffer.from(y ?? '', 'base64url')
  ])
}

/** The point as a DER OCTET STRING (X.690 section 8.1.3 lengths). */
function octetString(point: Buffer): Buffer {
  const length =
    point.length < 0x80 ? Buffer.from([point.length]) : Buffer.from([0x81, point.length])
  return Buffer.concat([Buffer.from([4]), length, point])
}

/**
 * The first P-256 public key whose bare point passes `test`, trying the private scalars 1, 2,
 * 3, …: the same keys every run, unlike generated ones.
 */
function p256Where(test: (point: Buffer) => boolean): KeyObject {
  const ecdh = createECDH('prime256v1')
  for (let scalar = 1; ; scalar++) {
    const privateKey = Buffer.alloc(32)
    privateKey.writeUInt32BE(scalar, 28)
    ecdh.setPrivateKey(privateKey)
    const point = ecdh.getPublicKey()
    if (test(point)) {
      const coordinate = (from: number) => point.subarray(from, from + 32).toString('base64url')
      return createPublicKey({
        key: { kty: 'EC', crv: 'P-256', x: coordinate(1), y: coordinate(33) },
        format: 'jwk'
      })
    }
  }
}

const jwk = (key: KeyObject): object => key.export({ format: 'jwk' })

function ecKey(curve: keyof typeof PARAMS, point: Buffer) {
  const result = publicKeyFromAttributes(
    { keyType: 'ec', ecParams: PARAMS[curve], ecPoint: point },
    true
  )
  if ('unusable' in result) throw new Error(result.unusable)
  return result
}

describe('pkcs11: CKA_EC_POINT in the forms modules return', () => {
  it.each([
    ['prime256v1', 'ES256'],
    ['secp521r1', 'ES512']
  ] as const)('%s as a DER OCTET STRING and as the bare point: the same key, %s', (curve, alg) => {
    const publicKey = generateKeyPairSync('ec', { namedCurve: curve }).publicKey
    for (const point of [octetString(bare(publicKey)), bare(publicKey)]) {
      const remote = ecKey(curve, point)
      expect(jwk(remote.key)).toEqual(jwk(publicKey))
      expect(remote.serviceKeyType).toBe(`CKK_EC ${curve}`)
      expect(remote.algorithms).toEqual([alg])
    }
  })

  it('a bare P-256 point is read whatever byte its X starts with', () => {
    // 0x80-0xff would be a DER long-form length of 0-127 bytes if the point were an octet string.
    for (const first of [0x00, 0x3f, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x86, 0x87, 0xc0, 0xff]) {
      const key = p256Where(point => point[1] === first)
      expect(jwk(ecKey('prime256v1', bare(key)).key)).toEqual(jwk(key))
    }
  })

  it('a bare point whose bytes look like the start of an octet string is still read as the point', () => {
    // X's first byte 63 (0x3f) is the length of the rest; X's second byte 0x04 is a point's tag.
    for (const key of [
      p256Where(point => point[1] === 63),
      p256Where(point => point[2] === 0x04)
    ]) {
      expect(jwk(ecKey('prime256v1', bare(key)).key)).toEqual(jwk(key))
    }
  })

  it('parameters OpenSSL cannot read: unusable, named by their bytes', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    expect(
      publicKeyFromAttributes(
        { keyType: 'ec', ecParams: Buffer.from('06032a0304', 'hex'), ecPoint: bare(publicKey) },
        true
      )
    ).toEqual({ unusable: 'CKK_EC with parameters 06032a0304' })
  })
})

describe('pkcs11: CKA_SIGN false', () => {
  it('an RSA 2048 key that may not sign offers no algorithm and says why', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const { n, e } = publicKey.export({ format: 'jwk' })
    const remote = publicKeyFromAttributes(
      {
        keyType: 'rsa',
        modulus: Buffer.from(n ?? '', 'base64url'),
        publicExponent: Buffer.from(e ?? '', 'base64url')
      },
      false
    )
    expect(remote).toMatchObject({
      serviceKeyType: 'CKK_RSA 2048-bit with CKA_SIGN false',
      algorithms: []
    })
  })
})

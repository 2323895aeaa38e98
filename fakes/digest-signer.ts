import { privateEncrypt, constants, type KeyObject } from 'node:crypto'
import { p256, p384, p521 } from '@noble/curves/nist.js'
import { secp256k1 } from '@noble/curves/secp256k1.js'

/**
 * Signing a digest the client computed, as Cloud KMS and Key Vault do: Node's crypto.sign always
 * hashes its input, so RSA PKCS#1 v1.5 is the DigestInfo (RFC 8017 section 9.2) padded and
 * private-encrypted, and ECDSA uses @noble/curves without its prehash.
 */

// RFC 8017 section 9.2, note 1: the DER DigestInfo prefixes.
const DIGEST_INFO: Record<number, string> = {
  32: '3031300d060960864801650304020105000420',
  48: '3041300d060960864801650304020205000430',
  64: '3051300d060960864801650304020305000440'
}
const CURVES = { 'P-256': p256, 'P-384': p384, 'P-521': p521, secp256k1 } as const

/** A signature over `digest`: RSA bytes, or ECDSA as 'der' or 'compact' (r||s). */
export function signDigest(
  privateKey: KeyObject,
  digest: Buffer,
  ecdsaFormat: 'der' | 'compact'
): Buffer {
  const jwk = privateKey.export({ format: 'jwk' })
  if (jwk.kty === 'RSA') {
    const prefix = DIGEST_INFO[digest.length]
    if (!prefix) throw new Error(`no DigestInfo for a ${digest.length}-byte digest`)
    return privateEncrypt(
      { key: privateKey, padding: constants.RSA_PKCS1_PADDING },
      Buffer.concat([Buffer.from(prefix, 'hex'), digest])
    )
  }
  const curve = CURVES[jwk.crv as keyof typeof CURVES]
  if (!curve) throw new Error(`the fake cannot sign with curve ${String(jwk.crv)}`)
  const secret = Buffer.from(jwk.d as string, 'base64url')
  return Buffer.from(curve.sign(digest, secret, { prehash: false, format: ecdsaFormat }))
}

import { createPublicKey, type KeyObject } from 'node:crypto'
import type { Algorithm } from '../../domain.js'
import type { RemotePublicKey } from '../provider.js'

/**
 * A PKCS#11 public-key object's attributes turned into what the action needs: a Node KeyObject,
 * the key's type in PKCS#11's words, and the JOSE algorithms Okta accepts from it.
 */

/** The attributes read from the token (PKCS#11 v2.40 sections 2.1.2 and 2.3.3). */
export type Pkcs11PublicAttributes =
  | { keyType: 'rsa'; modulus: Buffer; publicExponent: Buffer }
  | { keyType: 'ec'; ecParams: Buffer; ecPoint: Buffer }
  | { keyType: 'other'; name: string }

const CURVE_ALGORITHM: Record<string, Algorithm> = {
  prime256v1: 'ES256',
  secp384r1: 'ES384',
  secp521r1: 'ES512'
}

/** A DER length (X.690 section 8.1.3). */
function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length])
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

function der(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content])
}

/**
 * CKA_EC_POINT is a DER OCTET STRING holding the X9.62 point (PKCS#11 v2.40 section 2.3.3); some
 * modules return the bare point (0x04 || X || Y). It is the octet string when its DER length
 * covers exactly the rest and what it holds is an uncompressed point.
 */
function unwrapEcPoint(ecPoint: Buffer): Buffer {
  if (ecPoint[0] !== 0x04 || ecPoint.length < 3) return ecPoint
  const first = ecPoint[1]
  const lengthBytes = first < 0x80 ? 0 : first & 0x7f
  // A bare point's X may start with any byte. No point's length takes two bytes or more
  // (P-521's, 133, takes one: 0x81 0x85), so such a "length" is X's first byte: a bare point.
  if (lengthBytes > 1) return ecPoint
  const length =
    lengthBytes === 0 ? first : ecPoint.subarray(2, 2 + lengthBytes).readUIntBE(0, lengthBytes)
  const content = ecPoint.subarray(2 + lengthBytes)
  return content.length === length && content[0] === 0x04 ? content : ecPoint
}

// id-ecPublicKey (RFC 5480 section 2.1.1), DER.
const ID_EC_PUBLIC_KEY = Buffer.from('06072a8648ce3d0201', 'hex')

/**
 * An EC SubjectPublicKeyInfo (RFC 5480) from CKA_EC_PARAMS (already the DER ECParameters) and
 * the point, so that OpenSSL names the curve, whichever curve it is: a secp256k1 key then is
 * refused by its name rather than failing to load.
 */
function ecSpki(ecParams: Buffer, point: Buffer): Buffer {
  const algorithm = der(0x30, Buffer.concat([ID_EC_PUBLIC_KEY, ecParams]))
  const subjectPublicKey = der(0x03, Buffer.concat([Buffer.from([0]), point]))
  return der(0x30, Buffer.concat([algorithm, subjectPublicKey]))
}

const b64url = (bytes: Buffer): string => bytes.toString('base64url')

export function publicKeyFromAttributes(
  attributes: Pkcs11PublicAttributes,
  canSign: boolean
): RemotePublicKey | { unusable: string } {
  let key: KeyObject
  let serviceKeyType: string
  let algorithms: Algorithm[]
  if (attributes.keyType === 'rsa') {
    key = createPublicKey({
      key: { kty: 'RSA', n: b64url(attributes.modulus), e: b64url(attributes.publicExponent) },
      format: 'jwk'
    })
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0
    serviceKeyType = `CKK_RSA ${bits}-bit`
    // Okta takes RS256/384/512 from RSA keys of 2048 bits or more (docs/okta-behaviour.md).
    algorithms = bits >= 2048 ? ['RS256', 'RS384', 'RS512'] : []
  } else if (attributes.keyType === 'ec') {
    try {
      key = createPublicKey({
        key: ecSpki(attributes.ecParams, unwrapEcPoint(attributes.ecPoint)),
        format: 'der',
        type: 'spki'
      })
    } catch {
      return { unusable: `CKK_EC with parameters ${attributes.ecParams.toString('hex')}` }
    }
    const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown curve'
    serviceKeyType = `CKK_EC ${curve}`
    const algorithm = CURVE_ALGORITHM[curve]
    algorithms = algorithm ? [algorithm] : []
  } else {
    return { unusable: attributes.name }
  }
  if (!canSign) {
    serviceKeyType += ' with CKA_SIGN false'
    algorithms = []
  }
  return { key, serviceKeyType, algorithms }
}

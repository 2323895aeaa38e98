import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto'
import { calculateJwkThumbprint } from 'jose'
import { InputError } from '../errors.js'
import { signWithLocalKey } from '../signing/local-signer.js'
import type { Signer } from '../signing/signer.js'
import type { Algorithm } from '../domain.js'
import { normalizeKeyText } from './normalize.js'
import { keyError, parseKey } from './parse-key.js'

/**
 * Loads the `private-key` input in any format the action accepts (parse-key.ts), masks every
 * fragment of it first, and describes it for the log without material: algorithm, kid and its
 * source, public JWK. Every error names the input, what was seen and what to do.
 */

export interface PublicJwk {
  kty: 'RSA' | 'EC'
  kid: string
  use: 'sig'
  alg: Algorithm
  n?: string
  e?: string
  crv?: string
  x?: string
  y?: string
}

/** A local key: a Signer that also holds the private key (src/signing/signer.ts). */
export interface SigningKey extends Signer {
  privateKey: KeyObject
}

export interface LoadKeyOptions {
  passphrase?: string
  keyId?: string
  algorithm?: Algorithm
  /** Called with every secret fragment before anything can print; core.setSecret. */
  mask: (secret: string) => void
}

const CURVES: Record<string, { crv: string; alg: Algorithm }> = {
  prime256v1: { crv: 'P-256', alg: 'ES256' },
  secp384r1: { crv: 'P-384', alg: 'ES384' },
  secp521r1: { crv: 'P-521', alg: 'ES512' }
}

export async function loadSigningKey(raw: string, options: LoadKeyOptions): Promise<SigningKey> {
  const normalized = normalizeKeyText(raw)
  maskKeyText(raw, options.mask)
  maskKeyText(normalized.text, options.mask)
  if (normalized.decoded) maskKeyText(normalized.decoded, options.mask)

  const parsed = parseKey(normalized.text, options.passphrase ?? '', options.mask)
  const repaired = normalized.repairs.length ? ` (repaired: ${normalized.repairs.join(', ')})` : ''
  const { algorithm, description } = describeKey(parsed.key, options.algorithm)
  const publicParts = createPublicKey(parsed.key).export({ format: 'jwk' })
  const bare = { ...pick(publicParts), alg: algorithm, use: 'sig' as const }
  let kid: string
  let kidSource: SigningKey['kidSource']
  if (options.keyId) {
    kid = options.keyId
    kidSource = 'input'
  } else if (parsed.jwkKid) {
    kid = parsed.jwkKid
    kidSource = 'jwk'
  } else {
    kid = await thumbprintOf(bare)
    kidSource = 'thumbprint'
  }
  return {
    privateKey: parsed.key,
    algorithm,
    kid,
    kidSource,
    publicJwk: { ...bare, kid },
    format: parsed.format + repaired,
    description,
    sign: signWithLocalKey(parsed.key, algorithm)
  }
}

/** Public JWK and thumbprint kid of a key the action generated or loaded, or a KMS's public key. */
export async function publicJwkOf(
  key: KeyObject,
  kid?: string
): Promise<{ jwk: PublicJwk; algorithm: Algorithm; description: string }> {
  const { algorithm, description } = describeKey(key, undefined)
  // A remote key arrives as its public half (src/signing/remote-signer.ts).
  const parts = (key.type === 'public' ? key : createPublicKey(key)).export({ format: 'jwk' })
  const bare = { ...pick(parts), alg: algorithm, use: 'sig' as const }
  return { jwk: { ...bare, kid: kid || (await thumbprintOf(bare)) }, algorithm, description }
}

/** RFC 7638 SHA-256 thumbprint: what `provision` registers as kid when none is given. */
export function thumbprintOf(jwk: Omit<PublicJwk, 'kid'>): Promise<string> {
  return calculateJwkThumbprint(jwk, 'sha256')
}

/** Masks the whole value and every line of it (the runner masks line by line). */
export function maskKeyText(text: string, mask: (secret: string) => void): void {
  const trimmed = text.trim()
  if (!trimmed) return
  mask(trimmed)
  for (const line of trimmed.split(/\r?\n|(?:\\r)?\\n/)) {
    const value = line.trim()
    if (value && !/^-----(BEGIN|END) /.test(value) && !/^(Proc-Type|DEK-Info):/.test(value)) {
      mask(value)
    }
  }
}

function describeKey(
  key: KeyObject,
  requested: Algorithm | undefined
): { algorithm: Algorithm; description: string } {
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'rsa') {
    const bits = details.modulusLength ?? 0
    if (bits < 2048) {
      throw keyError(`is an RSA key of ${bits} bits; Okta requires at least 2048 bits`)
    }
    const algorithm = requested ?? 'RS256'
    if (!algorithm.startsWith('RS')) {
      throw new InputError(
        'algorithm',
        `Input algorithm ${algorithm} does not fit an RSA key; use RS256, RS384 or RS512.`
      )
    }
    return { algorithm, description: `RSA ${bits} bits` }
  }
  if (key.asymmetricKeyType === 'ec') {
    const curve = CURVES[details.namedCurve ?? '']
    if (!curve) {
      throw keyError(
        `is an EC key on curve ${details.namedCurve}; Okta accepts P-256, P-384 and P-521`
      )
    }
    const algorithm = requested ?? curve.alg
    if (algorithm !== curve.alg) {
      throw new InputError(
        'algorithm',
        `Input algorithm ${algorithm} does not fit an EC ${curve.crv} key; use ${curve.alg}.`
      )
    }
    return { algorithm, description: `EC ${curve.crv}` }
  }
  throw keyError(
    `is an ${key.asymmetricKeyType?.toUpperCase()} key; Okta accepts RSA (2048 bits or more) and EC P-256/P-384/P-521 keys`
  )
}

function pick(jwk: JsonWebKey): Omit<PublicJwk, 'kid' | 'use' | 'alg'> {
  return jwk.kty === 'RSA'
    ? { kty: 'RSA', n: jwk.n, e: jwk.e }
    : { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y }
}

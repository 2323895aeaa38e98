import { createPrivateKey, createPublicKey, type KeyObject, type JsonWebKey } from 'node:crypto'
import { calculateJwkThumbprint } from 'jose'
import { InputError } from '../errors.js'
import type { Algorithm } from '../domain.js'
import { normalizeKeyText } from './normalize.js'

/**
 * Loads the `private-key` input in any format the contract lists, through node:crypto (jose's
 * importPKCS8 takes PKCS#8 only, field notes §2), and describes it for the log without
 * material. Every error names the input, what was seen and what to do.
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

export interface SigningKey {
  privateKey: KeyObject
  algorithm: Algorithm
  kid: string
  /** Where the kid came from: the key-id input, the JWK, or the RFC 7638 thumbprint. */
  kidSource: 'input' | 'jwk' | 'thumbprint'
  publicJwk: PublicJwk
  /** e.g. "PKCS#8 PEM (repaired: literal \n)". */
  format: string
  /** e.g. "RSA 2048 bits", "EC P-256". */
  description: string
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
    description
  }
}

/** Public JWK and thumbprint kid of a key the action generated or loaded. */
export async function publicJwkOf(
  key: KeyObject,
  kid?: string
): Promise<{ jwk: PublicJwk; algorithm: Algorithm; description: string }> {
  const { algorithm, description } = describeKey(key, undefined)
  const parts = createPublicKey(key).export({ format: 'jwk' })
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

interface ParsedKey {
  key: KeyObject
  format: string
  jwkKid?: string
}

function parseKey(text: string, passphrase: string, mask: (s: string) => void): ParsedKey {
  if (text.startsWith('{')) return parseJwk(text, mask)
  if (/^ssh-(rsa|ed25519|dss)|^ecdsa-sha2-/.test(text)) {
    throw keyError('holds an OpenSSH public key; paste the private key instead')
  }
  const labels = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map(m => m[1])
  if (labels.length === 0) {
    if (/^[A-Za-z0-9._~-]{20,128}$/.test(text)) {
      throw keyError(
        'looks like a client secret, not a private key; private_key_jwt needs the PEM or JWK private key of the app'
      )
    }
    throw keyError(
      'has no PEM header (-----BEGIN …-----) and is not a JWK or base64 of one; paste the whole private key'
    )
  }
  const label = labels.find(l => /PRIVATE KEY$/.test(l)) ?? labels[0]
  switch (label) {
    case 'PUBLIC KEY':
    case 'RSA PUBLIC KEY':
      throw keyError(`holds a public key (BEGIN ${label}); paste the private key instead`)
    case 'CERTIFICATE':
    case 'TRUSTED CERTIFICATE':
      throw keyError(`holds a certificate (BEGIN ${label}); paste the private key instead`)
    case 'OPENSSH PRIVATE KEY':
      throw keyError(
        'is in OpenSSH format (BEGIN OPENSSH PRIVATE KEY); convert it with `ssh-keygen -p -m PKCS8 -f <file>` or `openssl pkey -in <file>` and paste the result'
      )
    case 'PRIVATE KEY':
      return { key: createKey(pemBlock(text, label), '', 'PKCS#8 PEM'), format: 'PKCS#8 PEM' }
    case 'ENCRYPTED PRIVATE KEY':
      return {
        key: createKey(pemBlock(text, label), passphrase, 'encrypted PKCS#8 PEM'),
        format: 'encrypted PKCS#8 PEM'
      }
    case 'RSA PRIVATE KEY':
    case 'EC PRIVATE KEY': {
      const block = pemBlock(text, label)
      const encrypted = /Proc-Type:\s*4,ENCRYPTED/.test(block)
      const kind = label === 'RSA PRIVATE KEY' ? 'PKCS#1' : 'SEC1 EC'
      const format = `${encrypted ? 'encrypted ' : ''}${kind} PEM`
      return { key: createKey(block, encrypted ? passphrase : '', format), format }
    }
    default:
      throw keyError(
        `holds an unsupported PEM block (BEGIN ${label}); use a PKCS#8, PKCS#1 or SEC1 private key`
      )
  }
}

function pemBlock(text: string, label: string): string {
  const start = text.indexOf(`-----BEGIN ${label}-----`)
  const endMarker = `-----END ${label}-----`
  const end = text.indexOf(endMarker, start)
  if (end < 0)
    throw keyError(`has "BEGIN ${label}" but no matching "${endMarker}"; paste the whole key`)
  return text.slice(start, end + endMarker.length) + '\n'
}

function createKey(pem: string, passphrase: string, format: string): KeyObject {
  const encrypted = format.startsWith('encrypted')
  if (encrypted && !passphrase) {
    throw keyError(`is an ${format}; set private-key-passphrase to its passphrase`)
  }
  try {
    return createPrivateKey({
      key: pem,
      format: 'pem',
      passphrase: encrypted ? passphrase : undefined
    })
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ERR_MISSING_PASSPHRASE') {
      throw keyError(`is encrypted; set private-key-passphrase to its passphrase`)
    }
    if (encrypted) {
      throw new InputError(
        'private-key-passphrase',
        `Input private-key-passphrase does not decrypt private-key (${format}); check the passphrase.`
      )
    }
    throw keyError(`is a ${format} that cannot be parsed (damaged or truncated); paste it again`)
  }
}

function parseJwk(text: string, mask: (s: string) => void): ParsedKey {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw keyError('starts with "{" but is not valid JSON; paste the whole private JWK')
  }
  let jwk = value as Record<string, unknown>
  if (Array.isArray(jwk.keys)) {
    const privateKeys = (jwk.keys as Record<string, unknown>[]).filter(k => k && 'd' in k)
    if (privateKeys.length !== 1) {
      throw keyError(
        `is a JWK set with ${privateKeys.length} private keys; paste the one private JWK to sign with`
      )
    }
    jwk = privateKeys[0]
  }
  for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) {
    if (typeof jwk[member] === 'string') mask(jwk[member])
  }
  if (jwk.kty === 'oct')
    throw keyError('is a symmetric (oct) JWK; private_key_jwt needs an RSA or EC key')
  if (jwk.kty !== 'RSA' && jwk.kty !== 'EC') {
    throw keyError(`is a JWK of kty "${String(jwk.kty)}"; Okta accepts RSA and EC keys`)
  }
  if (typeof jwk.d !== 'string') {
    throw keyError('is a public JWK (it has no "d"); paste the private JWK')
  }
  let key: KeyObject
  try {
    key = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' })
  } catch {
    throw keyError(
      `is an ${jwk.kty} JWK with missing or damaged members; paste the whole private JWK`
    )
  }
  const kid = typeof jwk.kid === 'string' && jwk.kid ? jwk.kid : undefined
  return { key, format: 'private JWK', jwkKid: kid }
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

function keyError(what: string): InputError {
  return new InputError('private-key', `Input private-key ${what}.`)
}

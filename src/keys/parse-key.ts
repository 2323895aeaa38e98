import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto'
import { InputError } from '../errors.js'

/**
 * Turns the text of the private-key input (already normalized, normalize.ts) into a KeyObject:
 * PKCS#8, encrypted PKCS#8, PKCS#1, SEC1 PEM or a private JWK (or a JWK set holding one),
 * through node:crypto, since jose's importPKCS8 takes PKCS#8 only. Everything else gets a
 * message that says what was pasted and what to paste instead.
 */

export interface ParsedKey {
  key: KeyObject
  format: string
  jwkKid?: string
}

export function parseKey(text: string, passphrase: string, mask: (s: string) => void): ParsedKey {
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
      // RFC 1421 §4.6.1.1; OpenSSL also reads spaces after the colon and the comma.
      const encrypted = /Proc-Type:\s*4,\s*ENCRYPTED/.test(block)
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
  } catch {
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

/** An error about the private-key input's content; `what` completes "Input private-key …". */
export function keyError(what: string): InputError {
  return new InputError('private-key', `Input private-key ${what}.`)
}

import { verify, type KeyObject } from 'node:crypto'
import { base64url } from 'jose'
import { derToJose } from 'ecdsa-sig-formatter'
import type { Algorithm } from '../domain.js'
import { ActionError, InputError } from '../errors.js'
import { publicJwkOf, type PublicJwk } from '../keys/signing-key.js'
import {
  RemoteKeyError,
  type KeyUri,
  type RemoteKeyProvider,
  type RemoteSignature
} from './provider.js'
import type { Signer } from './signer.js'

/**
 * Turns a key service into a Signer. The public key the service returns decides the algorithm
 * and the RFC 7638 kid exactly as a local key does; a key Okta cannot use (RFC 7518 §3.3 needs
 * RSA of 2048 bits or more, §3.4 the NIST curves; Okta takes no PSS) is refused with the
 * service's own name for it. Every signature is verified locally before it is used: an encoding
 * mistake (DER where JOSE wants r||s, PSS where the header says RS256) then fails here with one
 * line, not at Okta as "signature invalid".
 */
export interface RemoteSignerOptions {
  keyId?: string
  algorithm?: Algorithm
  /**
   * With keyId and algorithm given the JWS header is known without the public key: let the
   * first signature start while getPublicKey is still under way, when the provider allows it
   * (signsWithoutPublicKey). Only for a caller that signs before it reads publicJwk or
   * description (token and request modes); the signature is still verified before it is used.
   */
  signEarly?: boolean
}

const EC_SIZES: Record<string, number> = { ES256: 64, ES384: 96, ES512: 132 }

/** What the public key decides: the algorithm, the public JWK with its kid, the description. */
interface CheckedKey {
  key: KeyObject
  algorithm: Algorithm
  jwk: PublicJwk
  description: string
}

export async function remoteSigner(
  uri: KeyUri,
  provider: RemoteKeyProvider,
  options: RemoteSignerOptions = {}
): Promise<Signer> {
  const early =
    options.signEarly && options.keyId && options.algorithm && provider.signsWithoutPublicKey
  if (!early) return signerOf(provider, options, await checkedKey(uri, provider, options))
  // Both calls at once: getPublicKey now, the first Sign as soon as the assertion is built.
  // The refusals and the check of each signature happen as they would one after the other.
  const checked = checkedKey(uri, provider, options)
  const algorithm = options.algorithm!
  let known: CheckedKey | undefined
  const ready = checked.then(key => {
    known = key
  })
  // A failure is reported by sign() (and to whoever awaits ready), never as an unhandled
  // rejection: ready's handler covers `checked` too.
  ready.catch(() => undefined)
  const unknown = (field: string): never => {
    throw new Error(`${field} of ${provider.keyLabel} was read before its public key arrived.`)
  }
  return {
    algorithm,
    kid: options.keyId!,
    kidSource: 'input',
    get publicJwk() {
      return known?.jwk ?? unknown('publicJwk')
    },
    get description() {
      return known?.description ?? unknown('description')
    },
    format: `${provider.service} key ${provider.keyLabel}`,
    ready,
    async sign(signingInput) {
      const [key, answer] = await Promise.allSettled([
        checked,
        provider.sign(signingInput, algorithm)
      ])
      // The public key's failure first: it is what a run one call after the other reports.
      if (key.status === 'rejected') throw key.reason
      if (answer.status === 'rejected') throw answer.reason
      return checkedSignature(provider, key.value, signingInput, answer.value)
    }
  }
}

/** Reads the public key and decides the algorithm and kid, refusing a key Okta cannot use. */
async function checkedKey(
  uri: KeyUri,
  provider: RemoteKeyProvider,
  options: RemoteSignerOptions
): Promise<CheckedKey> {
  const remote = await publicKeyOf(provider)
  const refuse = (why: string) =>
    new RemoteKeyError(
      `${provider.service}: key ${provider.keyLabel} (input ${uri.input}) is ${remote.serviceKeyType}, ${why}; Okta accepts RSA 2048+ signing keys with PKCS#1 v1.5 (RS256/384/512) and EC P-256/P-384/P-521 signing keys.`
    )
  if (!remote.algorithms.length) throw refuse('which cannot sign for Okta')
  let described: Awaited<ReturnType<typeof publicJwkOf>>
  try {
    described = await publicJwkOf(remote.key, options.keyId)
  } catch (error) {
    // publicJwkOf refuses short RSA keys and other curves in private-key's words; say it as the service's key.
    throw refuse((error as Error).message.replace(/^Input private-key is /, '').replace(/\.$/, ''))
  }
  const algorithm = options.algorithm ?? pickAlgorithm(remote.algorithms, described.algorithm)
  if (!remote.algorithms.includes(algorithm)) {
    throw new InputError(
      'algorithm',
      `Input algorithm ${algorithm} is not one key ${provider.keyLabel} (${remote.serviceKeyType}) signs with; it signs with ${remote.algorithms.join(', ')}.`
    )
  }
  return {
    key: remote.key,
    algorithm,
    jwk: { ...described.jwk, alg: algorithm },
    description: described.description
  }
}

function signerOf(
  provider: RemoteKeyProvider,
  options: RemoteSignerOptions,
  checked: CheckedKey
): Signer {
  return {
    algorithm: checked.algorithm,
    kid: checked.jwk.kid,
    kidSource: options.keyId ? 'input' : 'thumbprint',
    publicJwk: checked.jwk,
    format: `${provider.service} key ${provider.keyLabel}`,
    description: checked.description,
    async sign(signingInput) {
      const answer = await provider.sign(signingInput, checked.algorithm)
      return checkedSignature(provider, checked, signingInput, answer)
    }
  }
}

/** The service's answer as JOSE bytes, verified against the public key before it is used. */
function checkedSignature(
  provider: RemoteKeyProvider,
  checked: CheckedKey,
  signingInput: Uint8Array,
  answer: RemoteSignature
): Uint8Array {
  const signature =
    answer.encoding === 'der'
      ? fromDer(provider, answer.signature, checked.algorithm)
      : answer.signature
  checkSignature(provider, checked.key, checked.algorithm, signingInput, signature)
  return signature
}

/** The service's public key; an answer it cannot be read from is the service's failure, in one line. */
async function publicKeyOf(provider: RemoteKeyProvider) {
  try {
    return await provider.getPublicKey()
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw new RemoteKeyError(
      `${provider.service}: the public key of ${provider.keyLabel} could not be read from the service's answer (${error instanceof Error ? error.message : String(error)}).`
    )
  }
}

/** ECDSA-Sig-Value (RFC 3279 §2.2.3) to JOSE's fixed-size r||s (RFC 7518 §3.4). */
function fromDer(provider: RemoteKeyProvider, der: Uint8Array, algorithm: Algorithm): Uint8Array {
  try {
    return base64url.decode(derToJose(Buffer.from(der), algorithm))
  } catch {
    throw new RemoteKeyError(
      `${provider.service}: the ${algorithm} signature of key ${provider.keyLabel} is not the DER ECDSA-Sig-Value (an ASN.1 SEQUENCE of two INTEGERs, RFC 3279 §2.2.3) the service documents; nothing was sent to Okta.`
    )
  }
}

/** The key's natural algorithm (RS256 for RSA, ES* by curve) when the service allows it. */
function pickAlgorithm(allowed: Algorithm[], natural: Algorithm): Algorithm {
  return allowed.includes(natural) ? natural : allowed[0]
}

function checkSignature(
  provider: RemoteKeyProvider,
  key: KeyObject,
  algorithm: Algorithm,
  signingInput: Uint8Array,
  signature: Uint8Array
): void {
  const hash = `sha${algorithm.slice(2)}`
  const size = EC_SIZES[algorithm]
  // Node's verify is false (not a throw) for an r||s of the wrong length.
  const ok = verify(hash, signingInput, size ? { key, dsaEncoding: 'ieee-p1363' } : key, signature)
  if (!ok) {
    // The size is worth a word only when it is what is wrong (a DER or truncated signature).
    const shape =
      size && signature.length !== size
        ? `, ${signature.length} bytes where ${algorithm} r||s is ${size}`
        : ''
    throw new RemoteKeyError(
      `${provider.service}: the signature of key ${provider.keyLabel} does not verify as ${algorithm} against its public key${shape}; nothing was sent to Okta. Check that the key is the one the URI names and signs with ${algorithm}.`
    )
  }
}

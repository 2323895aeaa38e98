import { sign, type KeyObject } from 'node:crypto'
import type { Algorithm } from '../domain.js'

/**
 * The signature of a key held in memory (the private-key input, or a key the action generated).
 * Node signs ECDSA straight into JOSE's r||s with dsaEncoding 'ieee-p1363' (RFC 7518 §3.4), so
 * no conversion is needed here.
 */
export function signWithLocalKey(
  privateKey: KeyObject,
  algorithm: Algorithm
): (signingInput: Uint8Array) => Promise<Uint8Array> {
  const hash = `sha${algorithm.slice(2)}`
  const ec = algorithm.startsWith('ES')
  return signingInput =>
    Promise.resolve(
      new Uint8Array(
        sign(hash, signingInput, ec ? { key: privateKey, dsaEncoding: 'ieee-p1363' } : privateKey)
      )
    )
}

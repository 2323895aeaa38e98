import type { KeyObject } from 'node:crypto'
import type { Algorithm } from '../domain.js'
import type { PublicJwk } from '../keys/signing-key.js'

/**
 * What the client-assertion code signs with. It asks for an algorithm, a kid, the public JWK
 * and a signature over the JWS signing input, and does not know whether the key is a PEM in
 * memory (local-signer.ts) or a key in a KMS or HSM (remote-signer.ts). DPoP proofs never go
 * through a Signer: they keep their local ephemeral key (src/jwt/dpop.ts).
 */
export interface Signer {
  algorithm: Algorithm
  kid: string
  /** Where the kid came from: the key-id input, the JWK, or the RFC 7638 thumbprint. */
  kidSource: 'input' | 'jwk' | 'thumbprint'
  publicJwk: PublicJwk
  /** e.g. "PKCS#8 PEM (repaired: literal \n)", "AWS KMS key alias/okta-ci". */
  format: string
  /** e.g. "RSA 2048 bits", "EC P-256". */
  description: string
  /** The JOSE signature (RFC 7518 §3.3 / §3.4: PKCS#1 v1.5 bytes, or ECDSA r||s) over signingInput. */
  sign(signingInput: Uint8Array): Promise<Uint8Array>
  /**
   * The private key when it is local. A remote key has none: what needs key material (the
   * post step's sealed state, src/oauth/sealed-state.ts) checks for it.
   */
  privateKey?: KeyObject
  /**
   * Set when the signer was handed out before its public key arrived (a remote key with
   * key-id and algorithm, signing early): publicJwk and description are known once it settles,
   * and the first signature waits for it.
   */
  ready?: Promise<void>
}

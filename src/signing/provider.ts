import type { KeyObject } from 'node:crypto'
import type { Algorithm } from '../domain.js'
import type { Transport } from '../http/transport.js'

/**
 * What one remote key service (a cloud KMS, Vault transit, a PKCS#11 token) must do for the action.
 * One module per scheme under src/signing/providers/, loaded only when its scheme is used, so a run
 * with a PEM key loads none of their SDKs. The shared code in src/signing/ (remote-signer.ts) turns a
 * provider into a Signer: it derives the algorithm, the public JWK and the RFC 7638 kid from
 * getPublicKey(), converts DER ECDSA signatures to JOSE's r||s, and verifies every signature against the
 * public key before it is used.
 */

/** A parsed key URI (cosign's schemes; RFC 7512 for pkcs11:). */
export interface KeyUri {
  scheme: 'awskms' | 'gcpkms' | 'azurekms' | 'hashivault' | 'pkcs11'
  /** The input it came from, for error messages: 'signing-key', 'admin-signing-key', 'new-signing-key'. */
  input: string
  /** The URI with any secret (pin-value) replaced by '***', for the log. */
  display: string
  /** Scheme-specific part after the scheme (e.g. 'projects/P/locations/L/...'), query removed. */
  path: string
  /** awskms://HOST:PORT/... form: 'HOST:PORT'; otherwise ''. */
  authority: string
  /** Query parameters, decoded (e.g. endpoint, module-path, pin-value, pin-source). */
  query: Record<string, string>
  /** The `endpoint` query parameter, already checked (https, or http for localhost/127.0.0.1). */
  endpoint?: string
}

export interface RemotePublicKey {
  /** The public key the service returned (SPKI), as a Node KeyObject. */
  key: KeyObject
  /** The key's type in the service's own words, named in refusals: e.g. 'RSA_2048 ENCRYPT_DECRYPT', 'EC_SIGN_SECP256K1_SHA256', 'RSA_SIGN_PSS_2048_SHA256'. */
  serviceKeyType: string
  /**
   * JOSE algorithms this key may sign with as the service allows it (RS256/384/512 = PKCS#1 v1.5,
   * ES256/384/512). Empty when the key cannot sign for Okta (encryption-only, PSS-only, symmetric,
   * non-NIST curve): the shared code then refuses, naming serviceKeyType.
   */
  algorithms: Algorithm[]
}

export interface RemoteSignature {
  signature: Uint8Array
  /** 'der': ASN.1 ECDSA-Sig-Value (AWS, GCP, PKCS#11 never; Vault without jws marshaling);
   *  'jose': already JOSE form (RSA PKCS#1 v1.5 bytes, or ECDSA r||s). */
  encoding: 'der' | 'jose'
}

export interface RemoteKeyProvider {
  /** 'AWS KMS', 'Google Cloud KMS', 'Azure Key Vault', 'Vault transit', 'PKCS#11': starts every error line. */
  readonly service: string
  /** Which key, for the log (no secrets): e.g. 'alias/okta-ci', 'projects/p/.../cryptoKeyVersions/1'. */
  readonly keyLabel: string
  /**
   * sign() needs nothing getPublicKey() learns (AWS KMS: Sign takes the key id and algorithm
   * alone), so with key-id and algorithm given the two calls may run at once.
   */
  readonly signsWithoutPublicKey?: boolean
  getPublicKey(): Promise<RemotePublicKey>
  /** One remote signature over `signingInput` (the JWS signing input bytes) with `algorithm`. The
   *  provider hashes it where the service takes a digest. Exactly one remote call per signature. */
  sign(signingInput: Uint8Array, algorithm: Algorithm): Promise<RemoteSignature>
  /** Releases sessions (PKCS#11); optional. */
  close?(): Promise<void>
}

export interface ProviderContext {
  /** The step's environment (VAULT_ADDR, AWS_*, GOOGLE_APPLICATION_CREDENTIALS, AZURE_*, ...). */
  env: NodeJS.ProcessEnv
  /** core.setSecret: call it with every secret (PIN, token) before anything can print. */
  mask: (secret: string) => void
  /**
   * The action's HTTP transport (src/http/transport.ts: HTTPS_PROXY/NO_PROXY honoured) for a
   * provider that speaks HTTP itself (Vault transit); the SDK-based ones use their SDK's.
   */
  transport?: Transport
  /** The timeout input, in ms, for each call through `transport`. */
  timeoutMs?: number
}

/** Each providers/<scheme>.ts default-exports one of these. */
export type ProviderFactory = (uri: KeyUri, ctx: ProviderContext) => Promise<RemoteKeyProvider>

/**
 * Provider failures: one line `<service>: <the service's message>. <the fix, e.g. "Grant kms:Sign on
 * the key to the job's role.">`. main.ts prints ActionError messages as one line without a stack.
 */
export { ActionError as RemoteKeyError } from '../errors.js'

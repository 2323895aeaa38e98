// DPoP proof verification (RFC 9449 as Okta applies it, https://developer.okta.com/docs/guides/dpop/oktaresourceserver/main/).
// Shared by the token
// endpoint (htm POST, htu = token URL, nonce checked by the caller) and the resource routes
// (htm = method, htu = resource URL without query, ath, binding to the token's jkt). Errors
// carry the catalogue code; each caller turns them into its own response shape.
import { createHash, createPublicKey, type JsonWebKey } from 'node:crypto'
import {
  calculateJwkThumbprint,
  compactVerify,
  decodeJwt,
  decodeProtectedHeader,
  type JWK
} from 'jose'
import type { OAuthErrorCode } from './errors.js'
import type { EmulatorRequest } from './router.js'
import type { EmulatorState } from './state.js'

/** Okta's `dpop_signing_alg_values_supported` and the `algs` of its DPoP challenges. */
export const DPOP_ALGS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512']

/** Okta rejects proofs whose iat is more than five minutes old (invalid_dpop_proof_jwt_too_old). */
const MAX_AGE_SECONDS = 300
/**
 * Leeway for a proof iat ahead of the server clock. Okta does not document its value; RFC 9449
 * §11.1 asks servers to allow a little skew. Small enough that a runner clock that is
 * really off still meets invalid_dpop_proof_jwt_issued_in_future.
 */
const FUTURE_LEEWAY_SECONDS = 5

const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']

export class DpopProofError extends Error {
  constructor(readonly code: OAuthErrorCode) {
    super(code)
  }
}

export interface DpopExpectations {
  method: string
  /** The exact URL the proof must name: scheme, host, port and path, no query. */
  htu: string
  /** Resource calls: the presented token, for `ath`. */
  accessToken?: string
  /** Resource calls: the thumbprint the token is bound to. */
  expectedJkt?: string
}

export interface VerifiedProof {
  jkt: string
  header: Record<string, unknown>
  claims: Record<string, unknown>
  nonce?: string
}

/** The request's single DPoP header, undefined when absent. */
export function dpopHeaderOf(req: EmulatorRequest): string | undefined {
  const values = req.headersDistinct['dpop']
  if (!values || values.length === 0) return undefined
  if (values.length > 1) throw new DpopProofError('invalid_dpop_proof_multiple_headers_not_allowed')
  return values[0]
}

function base64urlSha256(value: string): string {
  return createHash('sha256').update(value, 'ascii').digest('base64url')
}

/**
 * Verifies a proof and burns its jti. The jti is recorded only once the proof is otherwise
 * valid, and before the token endpoint's nonce check, like Okta, which burns it on the
 * use_dpop_nonce challenge too.
 */
export async function verifyDpopProof(
  proof: string,
  req: EmulatorRequest,
  state: EmulatorState,
  expect: DpopExpectations
): Promise<VerifiedProof> {
  let header: Record<string, unknown>
  let claims: Record<string, unknown>
  try {
    header = decodeProtectedHeader(proof) as Record<string, unknown>
    claims = decodeJwt(proof) as Record<string, unknown>
  } catch {
    throw new DpopProofError('invalid_dpop_proof_invalid_jwt')
  }
  req.log.dpop = { header, claims }
  if (proof.split('.').length !== 3) throw new DpopProofError('invalid_dpop_proof_invalid_jwt')

  if (header.typ !== 'dpop+jwt') throw new DpopProofError('invalid_dpop_proof_invalid_type')
  const alg = header.alg
  if (typeof alg !== 'string' || !DPOP_ALGS.includes(alg)) {
    throw new DpopProofError('invalid_dpop_proof_invalid_signature_algorithm')
  }
  // The header must carry the public key only: a private member means the client leaked it.
  const jwk = header.jwk as JWK | undefined
  if (
    !jwk ||
    typeof jwk !== 'object' ||
    (jwk.kty !== 'RSA' && jwk.kty !== 'EC') ||
    PRIVATE_JWK_MEMBERS.some(member => member in jwk)
  ) {
    throw new DpopProofError('invalid_dpop_proof')
  }
  try {
    const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' })
    await compactVerify(proof, key, { algorithms: [alg] })
  } catch {
    throw new DpopProofError('invalid_dpop_proof_invalid_signature')
  }

  if (claims.htm !== expect.method) throw new DpopProofError('invalid_dpop_proof_invalid_htm')
  // Okta appears to compare the path percent-decoded (a `%40` in a login passes), so the
  // emulator does too (docs/emulator.md, "Choices"); anything else (host, port, scheme, the path's characters) must match.
  if (typeof claims.htu !== 'string' || decodedUrl(claims.htu) !== decodedUrl(expect.htu)) {
    throw new DpopProofError('invalid_dpop_proof_invalid_htu')
  }

  const now = state.clock.nowSeconds()
  if (typeof claims.iat !== 'number' || !Number.isFinite(claims.iat)) {
    throw new DpopProofError('invalid_dpop_proof_invalid_iat')
  }
  if (claims.iat > now + FUTURE_LEEWAY_SECONDS) {
    throw new DpopProofError('invalid_dpop_proof_jwt_issued_in_future')
  }
  if (claims.iat < now - MAX_AGE_SECONDS) throw new DpopProofError('invalid_dpop_proof_jwt_too_old')
  if (typeof claims.jti !== 'string' || claims.jti.length === 0) {
    throw new DpopProofError('invalid_dpop_proof_invalid_jti')
  }

  const jkt = await calculateJwkThumbprint(jwk, 'sha256')
  if (expect.accessToken !== undefined && claims.ath !== base64urlSha256(expect.accessToken)) {
    throw new DpopProofError('dpop_proof_invalid_ath')
  }
  if (expect.expectedJkt !== undefined && jkt !== expect.expectedJkt) {
    throw new DpopProofError('invalid_access_token_dpop_binding')
  }
  if (!state.burnDpopJti(claims.jti)) throw new DpopProofError('dpop_proof_already_used')

  return {
    jkt,
    header,
    claims,
    nonce: typeof claims.nonce === 'string' ? claims.nonce : undefined
  }
}

/**
 * A URL with percent-escapes of characters that need none decoded (unreserved, and the
 * sub-delims, ':' and '@' a path may hold as they are): `%40` and `@` compare equal, while
 * `%2F`, `%3F` and `%23` keep their meaning and differ from `/`, `?` and `#`.
 */
function decodedUrl(raw: string): string {
  return raw.replace(/%[0-9A-Fa-f]{2}/g, escape => {
    const char = String.fromCharCode(parseInt(escape.slice(1), 16))
    return /[A-Za-z0-9\-._~!$&'()*+,;=:@]/.test(char) ? char : escape.toUpperCase()
  })
}

import { createHash, generateKeyPair, randomUUID, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import { SignJWT, type JWK } from 'jose'

/**
 * DPoP (RFC 9449). The proof key is a fresh EC P-256 key per run, never the client key:
 * Okta's docs keep them separate, and a leaked dpop-key output then cannot sign assertions.
 */
export interface DpopKey {
  privateKey: KeyObject
  publicJwk: JWK
  /** Private JWK as JSON, for the masked dpop-key output. */
  privateJwkJson: string
}

export async function createDpopKey(): Promise<DpopKey> {
  const { privateKey, publicKey } = await promisify(generateKeyPair)('ec', {
    namedCurve: 'prime256v1'
  })
  const pub = publicKey.export({ format: 'jwk' })
  const priv = privateKey.export({ format: 'jwk' })
  return {
    privateKey,
    publicJwk: { kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y },
    privateJwkJson: JSON.stringify({ ...priv, alg: 'ES256' })
  }
}

export interface ProofParams {
  key: DpopKey
  method: string
  url: string
  nowSeconds: number
  nonce?: string
  /** For resource calls: the access token the proof accompanies (ath claim). */
  accessToken?: string
}

export function signDpopProof(params: ProofParams): Promise<string> {
  const claims: Record<string, string> = { htm: params.method, htu: htuOf(params.url) }
  if (params.nonce) claims.nonce = params.nonce
  if (params.accessToken) {
    claims.ath = createHash('sha256').update(params.accessToken, 'ascii').digest('base64url')
  }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: params.key.publicJwk })
    .setJti(randomUUID())
    .setIssuedAt(params.nowSeconds)
    .sign(params.key.privateKey)
}

/**
 * htu is the request URL without query and fragment (RFC 9449 §4.2). Okta appears to compare
 * the path decoded (okta-sdk-nodejs #521, okta-sdk-python #541), so unreserved characters
 * that were percent-encoded are decoded, and a doubled slash is collapsed (okta-sdk-nodejs #453).
 */
export function htuOf(raw: string): string {
  const url = new URL(raw)
  const path = url.pathname.replace(/\/{2,}/g, '/').replace(/%[0-9A-Fa-f]{2}/g, escape => {
    const char = String.fromCharCode(parseInt(escape.slice(1), 16))
    return /[A-Za-z0-9\-._~@:!$&'()*+,;=]/.test(char) ? char : escape.toUpperCase()
  })
  return `${url.origin}${path}`
}

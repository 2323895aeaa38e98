import { randomUUID } from 'node:crypto'
import { SignJWT } from 'jose'
import type { SigningKey } from '../keys/signing-key.js'

/**
 * RFC 7523 client assertion, as Okta checks it (docs/okta-behaviour.md, "Client assertion"): iss =
 * sub = client id, aud = the exact URL of the endpoint called, a fresh jti (Okta remembers it and
 * refuses a second use), iat = now, exp = now + lifetime (at most an hour; default 5 min so a
 * runner clock a little fast does not hit "expiration too far into the future").
 */
export interface AssertionParams {
  key: SigningKey
  clientId: string
  audience: string
  lifetimeSeconds: number
  /** Seconds since the epoch, already corrected for a measured clock skew. */
  nowSeconds: number
}

export function signClientAssertion(params: AssertionParams): Promise<string> {
  const { key, clientId, audience, lifetimeSeconds, nowSeconds } = params
  return new SignJWT({})
    .setProtectedHeader({ alg: key.algorithm, kid: key.kid, typ: 'JWT' })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + lifetimeSeconds)
    .sign(key.privateKey)
}

import { randomUUID } from 'node:crypto'
import { base64url } from 'jose'
import type { Signer } from '../signing/signer.js'

/**
 * RFC 7523 client assertion, as Okta checks it (docs/okta-behaviour.md, "Client assertion"): iss =
 * sub = client id, aud = the exact URL of the endpoint called, a fresh jti (Okta remembers it and
 * refuses a second use), iat = now, exp = now + lifetime (at most an hour; default 5 min so a
 * runner clock a little fast does not hit "expiration too far into the future").
 *
 * The compact JWS (RFC 7515 §7.1) is assembled here and only the signature comes from the Signer,
 * so a key in a KMS signs exactly the bytes a local key would: one signature per assertion.
 */
export interface AssertionParams {
  key: Signer
  clientId: string
  audience: string
  lifetimeSeconds: number
  /** Seconds since the epoch, already corrected for a measured clock skew. */
  nowSeconds: number
}

export async function signClientAssertion(params: AssertionParams): Promise<string> {
  const { key, clientId, audience, lifetimeSeconds, nowSeconds } = params
  const header = { alg: key.algorithm, kid: key.kid, typ: 'JWT' }
  const claims = {
    iss: clientId,
    sub: clientId,
    aud: audience,
    jti: randomUUID(),
    iat: nowSeconds,
    exp: nowSeconds + lifetimeSeconds
  }
  const signingInput = `${encodeJson(header)}.${encodeJson(claims)}`
  const signature = await key.sign(new TextEncoder().encode(signingInput))
  return `${signingInput}.${base64url.encode(signature)}`
}

function encodeJson(value: object): string {
  return base64url.encode(JSON.stringify(value))
}

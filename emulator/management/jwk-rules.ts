// Okta's rules for the public keys of a private_key_jwt client, shared by the app body
// (settings.oauthClient.jwks) and the JWKS credentials API: public RSA (at least 2048 bits)
// or EC signing keys, unique kids, a kid on every key once there are several, at most 50
// (https://developer.okta.com/docs/guides/implement-oauth-for-okta-serviceapp/main/ and the
// Application JWKS API, https://developer.okta.com/docs/api/openapi/okta-management/management/tag/ApplicationSSOCredentialOAuth2ClientAuth/).
import { createPublicKey, type JsonWebKey } from 'node:crypto'
import type { AppKey, KeyStatus, PublicJwk } from '../state.js'

/** Okta's maximum number of keys per app. */
export const MAX_KEYS = 50

/** Okta's exact JWK error causes. */
export const JWK_CAUSES = {
  uniqueKid: "All keys in the 'jwks' must have a unique `kid`.",
  rsaLength: "RSA key length in the 'jwks' is less than '2,048' bits for the given key.",
  kidNeeded:
    'Each key should have a unique kid when adding multiple keys. Use the Apps API to update the JWKS to add a kid for the existing key, or delete the existing key and re-add the key with a kid using the JWKS APIs.',
  maxKeys:
    "You can't create a new key. You have reached the maximum number of keys allowed (50). To add another key, you must first delete an existing one.",
  onlyActive:
    "Can't deactivate the only active JSON Web Key when the value for `token_endpoint_auth_method` is `private_key_jwt`.",
  deleteActive: "You can't delete an active JSON Web Key. Deactivate the key before deleting it."
}

export type KeyInput = PublicJwk & { status?: KeyStatus }

/** The causes that refuse `added` keys joining `existing` ones; empty when they may join. */
export function keyCauses(added: unknown[], existing: AppKey[]): string[] {
  const causes = new Set<string>()
  const kids = existing.map(k => k.kid)
  if (existing.length + added.length > MAX_KEYS) causes.add(JWK_CAUSES.maxKeys)
  for (const raw of added) {
    const key = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
    const kid = typeof key.kid === 'string' && key.kid ? key.kid : null
    if ('d' in key) causes.add('A client key must be a public key: remove the private member "d".')
    if (key.use !== undefined && key.use !== 'sig') {
      causes.add("The 'use' of a client authentication key must be 'sig'.")
    }
    if (key.status !== undefined && key.status !== 'ACTIVE' && key.status !== 'INACTIVE') {
      causes.add('status: ACTIVE or INACTIVE.')
    }
    if (key.kty === 'RSA') {
      if (typeof key.n !== 'string' || typeof key.e !== 'string') {
        causes.add('An RSA key needs n and e.')
      } else if (rsaBits(key.n) < 2048) {
        causes.add(JWK_CAUSES.rsaLength)
      }
    } else if (key.kty === 'EC') {
      if (typeof key.x !== 'string' || typeof key.y !== 'string')
        causes.add('An EC key needs x and y.')
      if (key.crv !== undefined && !['P-256', 'P-384', 'P-521'].includes(String(key.crv))) {
        causes.add('An EC key must be on P-256, P-384 or P-521.')
      }
    } else {
      causes.add('kty: Use RSA or EC.')
    }
    if (!causes.size && !usable(key)) causes.add('The key is not a valid public JWK.')
    if (kid !== null && kids.includes(kid)) causes.add(JWK_CAUSES.uniqueKid)
    else if (kids.length > 0 && (kid === null || kids.includes(null)))
      causes.add(JWK_CAUSES.kidNeeded)
    kids.push(kid)
  }
  return [...causes]
}

function rsaBits(n: string): number {
  const bytes = Buffer.from(n, 'base64url')
  let start = 0
  while (start < bytes.length && bytes[start] === 0) start++
  return (bytes.length - start) * 8
}

/** The key parses as a public key (EC points on the curve, RSA members well formed). */
function usable(key: Record<string, unknown>): boolean {
  try {
    const jwk: JsonWebKey = { kty: String(key.kty) }
    for (const name of ['n', 'e', 'x', 'y'] as const)
      if (typeof key[name] === 'string') jwk[name] = key[name] as string
    if (key.kty === 'EC') jwk.crv = typeof key.crv === 'string' ? key.crv : curveOf(String(key.x))
    createPublicKey({ key: jwk, format: 'jwk' })
    return true
  } catch {
    return false
  }
}

/** An EC key stored without crv could not verify an assertion: infer it (see curveOf). */
export function withCurve<T extends PublicJwk>(key: T): T {
  return key.kty === 'EC' && !key.crv && typeof key.x === 'string'
    ? { ...key, crv: curveOf(key.x) }
    : key
}

/** Okta's JWK schema does not require crv: infer it from the coordinate length (RFC 7518 §6.2.1.2). */
function curveOf(x: string): string {
  const bytes = Buffer.from(x, 'base64url').length
  return bytes <= 32 ? 'P-256' : bytes <= 48 ? 'P-384' : 'P-521'
}

export function sameMaterial(a: PublicJwk, b: PublicJwk): boolean {
  return a.kty === b.kty && a.n === b.n && a.e === b.e && a.x === b.x && a.y === b.y
}

/**
 * Whether a full replace with `input` changes the app's key set: a key added or removed, a
 * kid or key material changed, or a kept key's status changed. A key sent without `status`
 * keeps the status it has (a new one is ACTIVE), as the replace stores it.
 */
export function keySetChanges(input: KeyInput[], existing: AppKey[]): boolean {
  const signature = (keys: { kid?: string | null; material: string; status: KeyStatus }[]) =>
    keys
      .map(k => `${k.kid ?? ''}:${k.material}:${k.status}`)
      .sort()
      .join('|')
  const material = (k: PublicJwk) => [k.kty, k.n, k.e, k.x, k.y].map(v => v ?? '').join(',')
  const after = input.map(key => {
    const kept = existing.find(k => k.kid === (key.kid ?? null) && sameMaterial(k, key))
    return { kid: key.kid, material: material(key), status: key.status ?? kept?.status ?? 'ACTIVE' }
  })
  const before = existing.map(k => ({ kid: k.kid, material: material(k), status: k.status }))
  return signature(after) !== signature(before)
}

/** A key's members as Okta shows them in settings.oauthClient.jwks and the JWKS API. */
export function keyMembers(key: AppKey): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: key.id,
    status: key.status,
    created: key.created,
    lastUpdated: key.lastUpdated,
    kid: key.kid,
    kty: key.kty,
    alg: key.alg,
    use: key.use ?? 'sig'
  }
  for (const name of ['e', 'n', 'crv', 'x', 'y'] as const) if (key[name]) out[name] = key[name]
  return out
}

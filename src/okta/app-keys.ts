import { ActionError } from '../errors.js'
import type { PublicJwk } from '../keys/signing-key.js'
import type { CallOptions, ManagementClient } from './management-client.js'

/**
 * An app's client-authentication keys through the JWKS credentials API
 * (`/api/v1/apps/{appId}/credentials/jwks…`, docs/okta-behaviour.md, "App keys"). Used by
 * provision (register a missing kid) and rotate (add → prove → retire).
 *
 * Okta's rules the callers must respect: at most 50 keys per app; unique `kid`; the only
 * ACTIVE key cannot be deactivated while the app uses private_key_jwt; an ACTIVE key cannot
 * be deleted; once the app has okta.* grants, only a Super Admin may change its keys. Key
 * paths take Okta's key `id` (`pks…`), never the JWK `kid`: map one to the other with
 * `findKeyByKid` over `listAppKeys`.
 */

export type AppKeyStatus = 'ACTIVE' | 'INACTIVE'

/**
 * A registered key: what the action reads of it (the public JWK members it compares, Okta's
 * `id`, `status` and `created`).
 */
export interface AppKey {
  /** Okta's key id (`pks…`), used in key paths. */
  id: string
  /** The JWK `kid`; null only for a sole key registered without one. */
  kid: string | null
  status: AppKeyStatus
  kty: string
  n?: string
  e?: string
  x?: string
  y?: string
  created?: string
}

/** What a key change needs once the app has okta.* grants (docs/okta-behaviour.md, "App keys"). */
export const KEY_PRIVILEGE =
  'a Super Administrator once the app has okta.* scopes granted (otherwise an Application Administrator)'

const base = (appId: string) => `/api/v1/apps/${encodeURIComponent(appId)}/credentials/jwks`

/**
 * Every key of the app. The spec's schema says a JSON array, its example and the Go SDK an
 * object `{"jwks":{"keys":[…]}}` or `{"keys":[…]}` (UNCONFIRMED which the live API sends,
 * docs/okta-behaviour.md, "App keys"): all three are accepted.
 */
export async function listAppKeys(client: ManagementClient, appId: string): Promise<AppKey[]> {
  const body = await client.get<unknown>(`Listing the keys of app ${appId}`, base(appId))
  return parseAppKeyList(body)
}

/** The three shapes of a key list → the keys; anything else is an error, never "no keys". */
export function parseAppKeyList(body: unknown): AppKey[] {
  const record = (value: unknown): Record<string, unknown> | undefined =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  let list: unknown = body
  if (!Array.isArray(list)) list = record(body)?.keys
  if (!Array.isArray(list)) list = record(record(body)?.jwks)?.keys
  if (!Array.isArray(list)) {
    throw new ActionError(
      'Listing the app keys failed: Okta answered neither a key array nor {keys} nor {jwks: {keys}}.'
    )
  }
  return list.map(toAppKey)
}

/** The key whose JWK `kid` is `kid`, if registered. */
export function findKeyByKid(keys: AppKey[], kid: string): AppKey | undefined {
  return keys.find(key => key.kid === kid)
}

/**
 * True when the registered key (from the keys API, or an app's inline JWKS) is the same public
 * key as `jwk` (kid aside).
 */
export function sameKeyMaterial(
  key: Partial<Record<'kty' | 'n' | 'e' | 'x' | 'y', unknown>>,
  jwk: PublicJwk
): boolean {
  if (key.kty !== jwk.kty) return false
  return jwk.kty === 'RSA' ? key.n === jwk.n && key.e === jwk.e : key.x === jwk.x && key.y === jwk.y
}

/**
 * Registers a public key (ACTIVE unless `status` says otherwise). Sends the JWK members Okta
 * stores: kid, kty, alg, use "sig" (the only use allowed for client auth), and n/e or crv/x/y
 * (`crv` is harmless per RFC 7518 though Okta's schema omits it, docs/okta-behaviour.md, "App
 * keys").
 */
export async function addAppKey(
  client: ManagementClient,
  appId: string,
  jwk: PublicJwk,
  status: AppKeyStatus = 'ACTIVE'
): Promise<AppKey> {
  const body = { ...publicMembers(jwk), status }
  const key = await client.post<unknown>(
    `Adding key ${jwk.kid} to app ${appId}`,
    base(appId),
    body,
    {
      privilege: KEY_PRIVILEGE,
      findExisting: async () => {
        const existing = findKeyByKid(await listAppKeys(client, appId), jwk.kid)
        return existing && sameKeyMaterial(existing, jwk) ? existing : undefined
      }
    }
  )
  return toAppKey(key)
}

export async function activateAppKey(
  client: ManagementClient,
  appId: string,
  keyId: string
): Promise<AppKey> {
  return lifecycle(client, appId, keyId, 'activate')
}

/** Refused by Okta (400 E0000001) for the only ACTIVE key of a private_key_jwt app. */
export async function deactivateAppKey(
  client: ManagementClient,
  appId: string,
  keyId: string
): Promise<AppKey> {
  return lifecycle(client, appId, keyId, 'deactivate')
}

/** Refused by Okta (400 E0000001) for an ACTIVE key: deactivate it first. */
export async function deleteAppKey(
  client: ManagementClient,
  appId: string,
  keyId: string
): Promise<void> {
  await client.delete(
    `Deleting key ${keyId} of app ${appId}`,
    `${base(appId)}/${encodeURIComponent(keyId)}`,
    { privilege: KEY_PRIVILEGE }
  )
}

async function lifecycle(
  client: ManagementClient,
  appId: string,
  keyId: string,
  action: 'activate' | 'deactivate'
): Promise<AppKey> {
  const options: CallOptions = { privilege: KEY_PRIVILEGE }
  const what = `${action === 'activate' ? 'Activating' : 'Deactivating'} key ${keyId} of app ${appId}`
  const path = `${base(appId)}/${encodeURIComponent(keyId)}/lifecycle/${action}`
  const body = await client.post<unknown>(what, path, undefined, options)
  // Okta answers the key; if a server answers with an empty body, read the key back.
  if (body && typeof body === 'object') return toAppKey(body)
  return toAppKey(
    await client.get<unknown>(what, `${base(appId)}/${encodeURIComponent(keyId)}`, options)
  )
}

/** The public JWK members of a key, for registering it (never `d`: ours are public JWKs). */
export function publicMembers(jwk: PublicJwk): Record<string, string> {
  const out: Record<string, string> = { kid: jwk.kid, kty: jwk.kty, alg: jwk.alg, use: 'sig' }
  for (const name of ['e', 'n', 'crv', 'x', 'y'] as const) {
    const value = jwk[name]
    if (typeof value === 'string') out[name] = value
  }
  return out
}

function toAppKey(value: unknown): AppKey {
  const key = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const text = (name: string) => (typeof key[name] === 'string' ? key[name] : undefined)
  if (!text('id') || !text('kty')) {
    throw new ActionError('Okta answered a key without "id" or "kty"; cannot manage it.')
  }
  return {
    id: text('id')!,
    kid: text('kid') ?? null,
    status: text('status') === 'INACTIVE' ? 'INACTIVE' : 'ACTIVE',
    kty: text('kty')!,
    n: text('n'),
    e: text('e'),
    x: text('x'),
    y: text('y'),
    created: text('created')
  }
}

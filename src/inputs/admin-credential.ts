import type { Mode } from '../domain.js'
import { InputError } from '../errors.js'
import type { KeyUri } from '../signing/provider.js'
import { bothSet, type KeyUriParser } from './remote-keys.js'
import { clientId, keyId } from './values.js'

/**
 * Which admin credential provision and rotate work with: an SSWS `api-token`, an admin service
 * app's own private_key_jwt credentials (`admin-*`), or, for rotate only, neither: the app
 * rotates itself with its own client-id and key. Exactly one, decided before the network.
 */
export type AdminCredential = 'api-token' | 'admin-app' | 'self' | 'none'

export interface AdminInputs {
  adminCredential: AdminCredential
  adminClientId: string
  adminPrivateKey: string
  adminPrivateKeyPassphrase: string
  /** admin-signing-key: the admin app's key in a KMS or HSM, instead of admin-private-key. */
  adminSigningKey: KeyUri | undefined
  adminKeyId: string
}

const ADMIN_MODES: Mode[] = ['provision', 'rotate']

export function adminInputs(
  mode: Mode,
  get: (name: string) => string,
  missing: (name: string, alternative: string) => InputError,
  parseKeyUri: KeyUriParser
): AdminInputs {
  const values: AdminInputs = {
    adminCredential: 'none',
    adminClientId: clientId(get('admin-client-id'), 'admin-client-id'),
    adminPrivateKey: get('admin-private-key'),
    adminPrivateKeyPassphrase: get('admin-private-key-passphrase'),
    adminSigningKey: undefined,
    adminKeyId: keyId(get('admin-key-id'), 'admin-key-id')
  }
  if (!ADMIN_MODES.includes(mode)) return values
  const apiToken = get('api-token')
  const remote = get('admin-signing-key')
  if (remote && values.adminPrivateKey) {
    throw bothSet('admin-private-key', 'admin-signing-key')
  }
  if (remote) values.adminSigningKey = parseKeyUri('admin-signing-key', remote)
  const key = values.adminPrivateKey || remote
  const app = values.adminClientId || key
  if (apiToken && app) {
    throw new InputError(
      'api-token',
      `Inputs api-token and ${values.adminClientId ? 'admin-client-id' : remote ? 'admin-signing-key' : 'admin-private-key'} are two admin credentials; give one: api-token (an API token) or admin-client-id with admin-private-key (an admin service app).`
    )
  }
  if (values.adminClientId && !key) {
    throw new InputError(
      'admin-private-key',
      'Input admin-private-key is required with admin-client-id but is empty; give the admin app its private key (or admin-signing-key, a key URI), or leave admin-client-id empty.'
    )
  }
  if (key && !values.adminClientId) {
    throw new InputError(
      'admin-client-id',
      `Input admin-client-id is required with ${remote ? 'admin-signing-key' : 'admin-private-key'} but is empty; give the admin app's client id.`
    )
  }
  for (const part of ['admin-private-key-passphrase', 'admin-key-id']) {
    if (get(part) && !app) {
      throw new InputError(
        part,
        `Input ${part} belongs to admin-client-id and admin-private-key, which are empty; give them, or leave ${part} empty.`
      )
    }
  }
  if (apiToken) values.adminCredential = 'api-token'
  else if (app) values.adminCredential = 'admin-app'
  else if (mode === 'rotate') {
    if (!get('private-key') && !get('signing-key')) {
      throw new InputError(
        'private-key',
        "Input private-key (or signing-key) is required in rotate mode without api-token or admin-client-id: it is the app's current key, with which the app rotates itself (self-rotation)."
      )
    }
    values.adminCredential = 'self'
  } else throw missing('api-token', 'admin-client-id with admin-private-key')
  return values
}

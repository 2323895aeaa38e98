import { readFileSync } from 'node:fs'
import { InputError } from '../../errors.js'
import type { KeyUri, ProviderContext } from '../provider.js'

/**
 * The parts of an RFC 7512 `pkcs11:` URI this action uses. Path attributes (RFC 7512 section 2.3,
 * `;`-separated, percent-encoded) pick the token and the key; query attributes say how to reach
 * the module and the PIN. The PIN is masked the moment it is read, like a key passphrase.
 */
export interface Pkcs11Target {
  /** `token`: the token label (CKA_LABEL of the token, CK_TOKEN_INFO.label). */
  token?: string
  /** `slot-id`: the slot's numeric id, when labels are not unique. */
  slotId?: bigint
  /** `object`: CKA_LABEL of the key pair. */
  object?: string
  /** `id`: CKA_ID of the key pair, as bytes. */
  id?: Buffer
  /** `module-path`, or Debian's SoftHSM2 module when absent. */
  modulePath: string
  /** `pin-value`, or the content of the `pin-source` file; absent: no login. */
  pin?: string
}

/** Debian's softhsm2 package installs its module here. */
export const DEFAULT_MODULE_PATH = '/usr/lib/softhsm/libsofthsm2.so'

// RFC 7512 section 2.3 path attributes that name things this action does not match on; they are
// accepted so that URIs copied from p11tool or pkcs11-tool work, and ignored.
const IGNORED_PATH_ATTRIBUTES = new Set([
  'type',
  'manufacturer',
  'model',
  'serial',
  'library-description',
  'library-manufacturer',
  'library-version',
  'slot-description',
  'slot-manufacturer'
])
const QUERY_ATTRIBUTES = new Set(['module-path', 'module-name', 'pin-value', 'pin-source'])

/** Percent-decoding to bytes: RFC 7512's `id` is binary, not UTF-8. */
function percentDecodeBytes(value: string): Buffer {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '%' && /^[0-9a-fA-F]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(value[i], 'utf8'))
    }
  }
  return Buffer.from(bytes)
}

export function parsePkcs11Target(uri: KeyUri, ctx: ProviderContext): Pkcs11Target {
  const refuse = (why: string): InputError =>
    new InputError(uri.input, `${uri.input}: ${uri.display} ${why}`)
  // The PIN first: whatever else is wrong with the URI, the PIN never reaches a log unmasked.
  let pin = uri.query['pin-value']
  if (pin) ctx.mask(pin)
  const pinSource = uri.query['pin-source']
  if (pin !== undefined && pinSource !== undefined) {
    throw refuse('has both pin-value and pin-source (RFC 7512 section 2.4): keep one.')
  }
  if (pinSource !== undefined) {
    const file = pinSource.replace(/^file:(\/\/)?/, '')
    try {
      pin = readFileSync(file, 'utf8').replace(/\r?\n$/, '')
    } catch {
      throw refuse(
        `has pin-source ${file}, which cannot be read: give a readable file holding the PIN.`
      )
    }
    if (pin) ctx.mask(pin)
  }
  for (const name of Object.keys(uri.query)) {
    if (!QUERY_ATTRIBUTES.has(name)) {
      throw refuse(
        `has the query attribute ${name}, which this action does not use: use module-path, pin-value or pin-source.`
      )
    }
  }
  if (uri.query['module-name'] !== undefined && uri.query['module-path'] === undefined) {
    throw refuse(
      'names module-name without module-path: give module-path, the PKCS#11 library file.'
    )
  }

  const target: Pkcs11Target = { modulePath: uri.query['module-path'] ?? DEFAULT_MODULE_PATH }
  if (pin !== undefined) target.pin = pin
  for (const part of uri.path.split(';').filter(Boolean)) {
    const at = part.indexOf('=')
    const name = at < 0 ? part : part.slice(0, at)
    const raw = at < 0 ? '' : part.slice(at + 1)
    if (name === 'token') target.token = percentDecodeBytes(raw).toString('utf8')
    else if (name === 'object') target.object = percentDecodeBytes(raw).toString('utf8')
    else if (name === 'id') target.id = percentDecodeBytes(raw)
    else if (name === 'slot-id') {
      if (!/^\d+$/.test(raw)) throw refuse(`has slot-id=${raw}: it must be a decimal number.`)
      target.slotId = BigInt(raw)
    } else if (!IGNORED_PATH_ATTRIBUTES.has(name)) {
      throw refuse(
        `has the path attribute ${name}, which this action does not know: use token, slot-id, object and id (RFC 7512).`
      )
    }
  }
  if (target.token === undefined && target.slotId === undefined) {
    throw refuse('names no token: add token=LABEL (or slot-id=N) to say which token holds the key.')
  }
  if (target.object === undefined && target.id === undefined) {
    throw refuse('names no key: add object=LABEL (or id=%XX) to say which key pair to sign with.')
  }
  return target
}

import type * as Pkcs11Module from 'pkcs11js'
import { RemoteKeyError } from '../provider.js'
import type { Pkcs11Target } from './pkcs11-uri.js'

/** Finding the token and the key objects a pkcs11: URI names, and the provider's error lines. */

export const SERVICE = 'PKCS#11'

export type Pkcs11Api = typeof Pkcs11Module
export type Session = Buffer

/** The PKCS#11 return code name (CKR_...) of a pkcs11js error, or ''. */
export function ckr(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return /CKR_[A-Z_]+/.exec(message)?.[0] ?? ''
}

export function fail(message: string): RemoteKeyError {
  return new RemoteKeyError(`${SERVICE}: ${message}`)
}

export function readUlong(value: Buffer): bigint {
  return value.length >= 8 ? value.readBigUInt64LE(0) : BigInt(value.readUInt32LE(0))
}

export function describe(target: Pkcs11Target): string {
  const token = target.token !== undefined ? `token "${target.token}"` : `slot-id ${target.slotId}`
  const key =
    target.object !== undefined
      ? `object "${target.object}"`
      : `id ${target.id?.toString('hex') ?? ''}`
  return `${key} on ${token}`
}

export function findSlot(module: Pkcs11Module.PKCS11, target: Pkcs11Target): Buffer {
  const slots = module.C_GetSlotList(true)
  const labels: string[] = []
  for (const slot of slots) {
    const label = module.C_GetTokenInfo(slot).label.trimEnd()
    labels.push(`"${label}"`)
    if (target.token !== undefined && label !== target.token) continue
    if (target.slotId !== undefined && readUlong(slot) !== target.slotId) continue
    return slot
  }
  const wanted =
    target.token !== undefined ? `labelled "${target.token}"` : `in slot-id ${target.slotId}`
  throw fail(
    `no token ${wanted} in ${target.modulePath} (tokens present: ${labels.join(', ') || 'none'}). Fix ${target.token !== undefined ? 'token=' : 'slot-id='} in the key URI, or initialise the token.`
  )
}

export function findObjects(
  api: Pkcs11Api,
  module: Pkcs11Module.PKCS11,
  session: Session,
  objectClass: number,
  target: Pkcs11Target
): Buffer[] {
  const template: Pkcs11Module.Template = [{ type: api.CKA_CLASS, value: objectClass }]
  if (target.object !== undefined) template.push({ type: api.CKA_LABEL, value: target.object })
  if (target.id !== undefined) template.push({ type: api.CKA_ID, value: target.id })
  module.C_FindObjectsInit(session, template)
  try {
    return module.C_FindObjects(session, 2)
  } finally {
    module.C_FindObjectsFinal(session)
  }
}

import { ActionError } from '../errors.js'
import type { RetireMode } from '../domain.js'
import type { AppKey } from '../okta/app-keys.js'

/**
 * What a rotation will do, decided from the app's keys before anything is written, so that a
 * rotation Okta would refuse half-way fails with nothing changed, and dry-run can print it.
 *
 * Okta's rules (docs/okta-behaviour.md, "App keys"): at most 50 keys per app; a key cannot be
 * added while an existing key has no kid; kids are unique; an ACTIVE key must be deactivated
 * before it can be deleted.
 *
 * The 50-key limit: the new key is added before any old key is touched, so an app with 50
 * keys has no room for it. With `retire-old-keys: delete` the oldest INACTIVE keys are deleted
 * first to make room (they would be deleted after the proof anyway, and an INACTIVE key signs
 * nothing, so this is the one change made before the proof). With `deactivate` or `keep` the
 * run fails and says which key to delete by hand.
 */
export const MAX_APP_KEYS = 50

export interface RotationPlan {
  appId: string
  before: AppKey[]
  /** INACTIVE keys deleted before the new key is added, to stay within 50 keys. */
  makeRoom: AppKey[]
  /** Every other key, retired after the proof as `mode` says. */
  retire: AppKey[]
  mode: RetireMode
}

export function planRotation(
  appId: string,
  before: AppKey[],
  mode: RetireMode,
  newKid?: string
): RotationPlan {
  const kidless = before.find(key => key.kid === null)
  if (kidless) {
    throw new ActionError(
      `App ${appId} has a key without a kid (${kidless.id}); Okta adds no second key while one lacks a kid: give it a kid (Apps API, full PUT of the app) or replace it, then re-run. Nothing was changed.`
    )
  }
  if (newKid !== undefined && before.some(key => key.kid === newKid)) {
    throw new ActionError(
      `Key ${newKid} is already registered on app ${appId}; a rotation needs a new key (leave private-key empty to generate one). Nothing was changed.`
    )
  }
  let makeRoom: AppKey[] = []
  const excess = before.length + 1 - MAX_APP_KEYS
  if (excess > 0) {
    const inactive = before
      .filter(key => key.status === 'INACTIVE')
      .sort((a, b) => (a.created ?? '').localeCompare(b.created ?? ''))
    if (mode !== 'delete' || inactive.length < excess) {
      const fix =
        mode === 'delete'
          ? 'not enough of them are INACTIVE to delete first: deactivate and delete an old key by hand (app > General > Public keys)'
          : inactive.length
            ? `delete an INACTIVE key by hand (e.g. ${inactive[0].kid}, app > General > Public keys), or set retire-old-keys to delete so that rotate deletes the oldest INACTIVE keys first`
            : 'deactivate and delete an old key by hand (app > General > Public keys)'
      throw new ActionError(
        `App ${appId} has ${before.length} keys, Okta's maximum is ${MAX_APP_KEYS}, so no new key can be added: ${fix}. Nothing was changed.`
      )
    }
    makeRoom = inactive.slice(0, excess)
  }
  return {
    appId,
    before,
    makeRoom,
    retire: before.filter(key => !makeRoom.includes(key)),
    mode
  }
}

/** What retiring does to one old key. */
export function retireStepOf(key: AppKey, mode: RetireMode): string {
  const name = `key ${key.kid} (${key.status})`
  if (mode === 'keep') return `Keep ${name}`
  if (mode === 'deactivate') {
    return key.status === 'ACTIVE' ? `Deactivate ${name}` : `Leave ${name} as it is`
  }
  return key.status === 'ACTIVE' ? `Deactivate, then delete ${name}` : `Delete ${name}`
}

/** The plan as steps, for the dry-run log and summary. */
export function planSteps(
  plan: RotationPlan,
  newKey: string,
  proof: string,
  secret?: string
): string[] {
  return [
    ...plan.makeRoom.map(
      key => `Delete INACTIVE key ${key.kid} to make room (Okta allows ${MAX_APP_KEYS} keys)`
    ),
    `Add ${newKey}, ACTIVE`,
    `Prove it: mint a token signed with the new key (${proof}), then revoke that token; if that fails, deactivate and delete the new key and stop`,
    ...(secret ? [`Store the new private key as ${secret}`] : []),
    ...plan.retire.map(key => retireStepOf(key, plan.mode))
  ]
}

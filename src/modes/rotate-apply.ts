import type { ModeContext } from '../context.js'
import { ActionError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import type { Signer } from '../signing/signer.js'
import { revokeToken } from '../oauth/revoke.js'
import { addAppKey, deactivateAppKey, deleteAppKey, type AppKey } from '../okta/app-keys.js'
import { revokeEndpointFor } from '../okta/endpoints.js'
import type { ManagementClient } from '../okta/management-client.js'
import { mintToken } from './access-token.js'
import type { RotationPlan } from './rotate-plan.js'

/**
 * The staged rotation (docs/okta-behaviour.md, "App keys"): make room if planned, add the new key
 * ACTIVE, prove it by minting a token signed with it, store it (when asked), and only then retire
 * the old keys. Until the proof and the store succeed no old key has been touched, so a failure
 * there removes the new key and leaves the app as it was; and the repository secret is replaced
 * only once its key is proven ACTIVE in Okta, before the key it replaces is retired, so the stored
 * secret always matches an ACTIVE key.
 */
export interface RotationSteps {
  /** Makes the proof token (and revokes it); throws when Okta refuses the new key. */
  prove(): Promise<void>
  /** Stores the new private key in the repository; undefined when github-token is empty. */
  store?: () => Promise<string>
  /**
   * Sets the outputs of the new key (the private key masked). Called once it is proven and
   * stored and before any old key is retired: if retiring then fails, the new key may be the
   * only ACTIVE one, and the run must still hand its private key to the workflow.
   */
  publish(): void
}

export interface AppliedRotation {
  added: AppKey
  /** Where the new key was stored, e.g. "secret OKTA_PRIVATE_KEY in o/r". */
  stored?: string
  /** Keys changed by retiring, as "deactivated kid" / "deleted kid". */
  retired: string[]
}

export async function applyRotation(
  ctx: ModeContext,
  client: ManagementClient,
  plan: RotationPlan,
  newKey: Signer,
  steps: RotationSteps
): Promise<AppliedRotation> {
  const { log } = ctx
  const { appId } = plan
  for (const key of plan.makeRoom) {
    await deleteAppKey(client, appId, key.id)
    log.info(`Deleted INACTIVE key ${key.kid} (${key.id}) to make room for the new key`)
  }
  const added = await addAppKey(client, appId, newKey.publicJwk)
  log.info(`Added the new key ${newKey.publicJwk.kid} (${added.id}), ${added.status}`)

  let stored: string | undefined
  try {
    await steps.prove()
    stored = await steps.store?.()
  } catch (error) {
    throw await removeNewKey(ctx, client, plan, added, error)
  }
  steps.publish()

  const retired: string[] = []
  try {
    for (const key of plan.retire) {
      if (plan.mode === 'keep') continue
      if (key.status === 'ACTIVE') {
        await deactivateAppKey(client, appId, key.id)
        retired.push(`deactivated ${key.kid}`)
        log.info(`Deactivated old key ${key.kid} (${key.id})`)
      }
      if (plan.mode === 'delete') {
        await deleteAppKey(client, appId, key.id)
        retired.push(`deleted ${key.kid}`)
        log.info(`Deleted old key ${key.kid} (${key.id})`)
      }
    }
    if (plan.mode === 'keep') log.info('retire-old-keys is keep: the old keys stay as they are')
  } catch (error) {
    if (!(error instanceof ActionError)) throw error
    throw new ActionError(
      `Retiring the old keys failed: ${sentence(error.message)} The new key ${newKey.publicJwk.kid} is ACTIVE and proven${stored ? ` and stored as ${stored}` : ''}; ${retired.length ? `done before the failure: ${retired.join(', ')}` : 'no old key was changed'}. Retire the remaining old keys by hand (app > General > Public keys).`
    )
  }
  return { added, stored, retired }
}

/**
 * The proof: a token minted with the new key's kid, so Okta itself has verified a signature
 * with the new key before any old key is retired. The token is revoked at once (best effort):
 * it proved what it had to and nothing else uses it.
 */
export async function proveKey(
  ctx: ModeContext,
  inputs: Inputs,
  key: Signer,
  scopes: string[]
): Promise<void> {
  ctx.log.info(`Proving the new key: minting a token signed with kid ${key.kid}`)
  let token
  try {
    token = await mintToken(ctx, inputs, key, scopes)
  } catch (error) {
    if (!(error instanceof ActionError)) throw error
    throw new ActionError(`The proof of the new key ${key.kid} failed: ${sentence(error.message)}`)
  }
  ctx.log.info(`Proof passed: Okta accepted an assertion signed with the new key ${key.kid}`)
  const revokeEndpoint = revokeEndpointFor(token.tokenEndpoint)
  if (!revokeEndpoint) return
  try {
    await revokeToken({
      http: ctx.http,
      mask: ctx.mask,
      skew: ctx.skew,
      key,
      clientId: inputs.clientId,
      revokeEndpoint,
      token: token.accessToken,
      lifetimeSeconds: inputs.assertionLifetime
    })
    ctx.log.info('Revoked the proof token')
  } catch (error) {
    ctx.log.warning(
      `Could not revoke the proof token (it expires by itself in ${token.expiresIn} s): ${(error as Error).message}`
    )
  }
}

/**
 * Rollback: deactivate, then delete the new key (Okta deletes only INACTIVE keys). The old
 * keys were not touched, so the app is back where it was, except for INACTIVE keys a
 * retire-old-keys: delete run deleted to make room, which the message names.
 */
async function removeNewKey(
  ctx: ModeContext,
  client: ManagementClient,
  plan: RotationPlan,
  added: AppKey,
  cause: unknown
): Promise<unknown> {
  const kid = added.kid ?? added.id
  ctx.log.info(`Rolling back: deactivating and deleting the new key ${kid} (${added.id})`)
  let outcome: string
  try {
    if (added.status === 'ACTIVE') await deactivateAppKey(client, plan.appId, added.id)
    await deleteAppKey(client, plan.appId, added.id)
    const roomMade = plan.makeRoom.map(key => key.kid).join(', ')
    outcome = `Rolled back: the new key ${kid} was deactivated and deleted; the old keys are as they were${roomMade ? `, except INACTIVE key(s) ${roomMade} deleted to make room` : ''}.`
  } catch (rollbackError) {
    const why = rollbackError instanceof Error ? rollbackError.message : String(rollbackError)
    outcome = `Rolling back failed too (${why}): deactivate and delete the new key ${kid} (${added.id}) by hand (app > General > Public keys); the old keys were not touched.`
  }
  ctx.log.info(outcome)
  if (!(cause instanceof ActionError)) return cause
  return new ActionError(`Key rotation stopped. ${sentence(cause.message)} ${outcome}`)
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

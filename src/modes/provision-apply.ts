import type { ModeContext } from '../context.js'
import { ActionError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import type { PublicJwk } from '../keys/signing-key.js'
import { activateAppKey, addAppKey } from '../okta/app-keys.js'
import {
  activateApp,
  clientIdOf,
  createServiceApp,
  deactivateAndDeleteApp,
  getApp,
  replaceApp
} from '../okta/apps.js'
import { MANAGEMENT_CONCURRENCY, runBounded } from '../okta/concurrent-calls.js'
import { grantScope } from '../okta/grants.js'
import type { ManagementClient } from '../okta/management-client.js'
import { assignClientRole } from '../okta/roles.js'
import type { ProvisionPlan } from './provision-plan.js'

/**
 * Carries out a provision plan, one log line per step, and records every change so that a
 * failure can say what happened: an app this run created is deactivated and deleted (nothing
 * half-made, action contract); on an existing app the changes made so far are listed.
 */
export class ProvisionChanges {
  /** The app this run created, until the run succeeds. */
  createdApp?: { id: string; label: string }
  /** The existing app being converged. */
  existingApp?: { id: string; label: string }
  readonly made: string[] = []

  record(change: string): void {
    this.made.push(change)
  }
}

export interface AppliedProvision {
  appId: string
  clientId: string
  created: boolean
  /** The key was added to the app by this run (inline, registered or activated). */
  keyRegistered: boolean
}

export async function applyProvisionPlan(
  ctx: ModeContext,
  client: ManagementClient,
  inputs: Inputs,
  plan: ProvisionPlan,
  jwk: PublicJwk,
  changes: ProvisionChanges
): Promise<AppliedProvision> {
  const { log } = ctx
  const dpopWord = inputs.requireDpop ? 'required' : 'not required'
  let appId: string
  let clientId: string
  let keyRegistered = false

  if (!plan.app) {
    const app = await createServiceApp(client, {
      label: plan.label,
      jwk,
      requireDpop: inputs.requireDpop
    })
    appId = app.id
    clientId = clientIdOf(app)
    changes.createdApp = { id: appId, label: plan.label }
    changes.record(`created app ${appId}`)
    keyRegistered = true
    log.info(
      `Created app "${plan.label}": id ${appId}, client id ${clientId}, key ${jwk.kid} registered, DPoP ${dpopWord}`
    )
  } else {
    appId = plan.app.id
    clientId = plan.clientId!
    changes.existingApp = { id: appId, label: plan.label }
    log.info(`Found app "${plan.label}": id ${appId}, client id ${clientId}, ${plan.app.status}`)
    if (plan.activateApp) {
      await activateApp(client, appId)
      changes.record('activated the app')
      log.info('Activated the app (it was INACTIVE)')
    }
    if (plan.key === 'register') {
      await addAppKey(client, appId, jwk)
      changes.record(`registered key ${jwk.kid}`)
      keyRegistered = true
      log.info(`Registered key ${jwk.kid} (ACTIVE); the app's other keys are unchanged`)
    } else if (plan.key === 'activate') {
      await activateAppKey(client, appId, plan.registeredKey!.id)
      changes.record(`activated key ${jwk.kid}`)
      keyRegistered = true
      log.info(`Activated key ${jwk.kid} (it was registered but INACTIVE)`)
    } else {
      log.info(`Key ${jwk.kid}: already registered and ACTIVE`)
    }
    if (plan.setDpop) {
      // PUT is a full replace (docs/okta-behaviour.md, "Management API"): read the app as it is
      // now, change one member.
      const current = await getApp(client, appId)
      current.settings.oauthClient.dpop_bound_access_tokens = inputs.requireDpop
      await replaceApp(client, current)
      changes.record(`set DPoP to ${dpopWord}`)
      if (inputs.requireDpop) {
        log.info(`DPoP: changed to ${dpopWord}`)
      } else {
        // Turning proof of possession off weakens the app (the Admin Console turns it on for
        // new API Services apps), and require-dpop defaults to false: say so where it shows.
        log.warning(
          `DPoP: "Require DPoP" was on for app ${appId} and is now off, because require-dpop is false; set require-dpop: true to keep it on.`
        )
      }
    } else {
      log.info(`DPoP: already ${dpopWord}`)
    }
  }

  for (const scope of plan.alreadyGranted) log.info(`Scope ${scope}: already granted`)
  for (const role of plan.alreadyAssigned) log.info(`Admin role ${role}: already assigned`)
  const calls = [
    ...plan.grant.map(scope => async () => {
      await grantScope(client, appId, scope)
      changes.record(`granted ${scope}`)
      log.info(`Scope ${scope}: granted`)
    }),
    ...plan.assign.map(role => async () => {
      await assignClientRole(client, clientId, role)
      changes.record(`assigned role ${role}`)
      log.info(`Admin role ${role}: assigned`)
    })
  ]
  await runBounded(calls, MANAGEMENT_CONCURRENCY, call => call())
  return { appId, clientId, created: !plan.app, keyRegistered }
}

/**
 * The error to fail with after `error`: an app this run created is deactivated and deleted
 * first; otherwise the message lists what was changed before the failure.
 */
export async function rollBack(
  ctx: ModeContext,
  client: ManagementClient,
  changes: ProvisionChanges,
  error: unknown
): Promise<Error> {
  let suffix: string
  const created = changes.createdApp
  if (created) {
    ctx.log.info(`Rolling back: deactivating and deleting app "${created.label}" (${created.id})`)
    try {
      await deactivateAndDeleteApp(client, created.id)
      suffix = `Rolled back: deactivated and deleted app "${created.label}" (${created.id}) that this run had created.`
    } catch (rollbackError) {
      const why = rollbackError instanceof Error ? rollbackError.message : String(rollbackError)
      suffix = `Rolling back failed too (${why}): delete app "${created.label}" (${created.id}) by hand (Applications > the app > Deactivate, then Delete).`
    }
  } else if (changes.existingApp) {
    const app = `app "${changes.existingApp.label}" (${changes.existingApp.id})`
    suffix = changes.made.length
      ? `Changed on ${app} before the failure: ${changes.made.join('; ')}. Nothing was removed; re-run to finish.`
      : `Nothing was changed on ${app}.`
  } else {
    suffix = 'Nothing was changed in Okta.'
  }
  const message = `${error instanceof Error ? error.message : String(error)} ${suffix}`
  if (error instanceof ActionError || !(error instanceof Error)) return new ActionError(message)
  // A bug keeps its stack (main.ts reports it as unexpected), with the rollback appended.
  error.message = message
  return error
}

import { ActionError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import type { PublicJwk } from '../keys/signing-key.js'
import { findKeyByKid, listAppKeys, sameKeyMaterial, type AppKey } from '../okta/app-keys.js'
import { clientIdOf, findAppsByLabel, type OktaApp } from '../okta/apps.js'
import { grantedScopes, listGrants } from '../okta/grants.js'
import type { ManagementClient } from '../okta/management-client.js'
import { listClientRoles } from '../okta/roles.js'

/**
 * What provision will do, decided from read calls only (so dry run can print it): create the
 * app, or converge an existing one. Converging only adds: a missing key, the DPoP setting,
 * missing grants and roles. It never removes a key, grant or role that is there.
 */
export interface ProvisionPlan {
  label: string
  /** The app found by exact label; undefined when it will be created. */
  app?: OktaApp
  clientId?: string
  activateApp: boolean
  /**
   * inline: sent with the new app; register: add through the JWKS API; activate: the kid is
   * registered but INACTIVE; present: already registered and ACTIVE.
   */
  key: 'inline' | 'register' | 'activate' | 'present'
  registeredKey?: AppKey
  /** The app's current DPoP setting (existing app). */
  currentDpop?: boolean
  setDpop: boolean
  grant: string[]
  alreadyGranted: string[]
  assign: string[]
  alreadyAssigned: string[]
  /**
   * The existing app holds okta.* grants, so only a Super Admin may change its keys;
   * undefined when the grants were not read (an admin token without okta.appGrants.read).
   */
  scopedApp?: boolean
}

/** Which lists the credential may read; an API token reads all (its admin's role decides). */
export interface PlanReads {
  grants: boolean
  roles: boolean
}

/** `jwk` is undefined in a dry run that would generate the key (nothing to compare yet). */
export async function planProvision(
  client: ManagementClient,
  inputs: Inputs,
  jwk: PublicJwk | undefined,
  reads: PlanReads = { grants: true, roles: true }
): Promise<ProvisionPlan> {
  const label = inputs.appLabel
  const found = await findAppsByLabel(client, label)
  if (found.length > 1) {
    throw new ActionError(
      `Found ${found.length} apps labelled "${label}" (${found.map(a => a.id).join(', ')}); provision cannot tell which one to converge. Delete or rename the extras, or choose another app-label.`
    )
  }
  const app = found[0]
  if (!app) {
    return {
      label,
      activateApp: false,
      key: 'inline',
      setDpop: false,
      grant: inputs.scopes,
      alreadyGranted: [],
      assign: inputs.adminRoles,
      alreadyAssigned: []
    }
  }
  checkServiceApp(app)
  const clientId = clientIdOf(app)
  const [keys, grants, roles] = await Promise.all([
    listAppKeys(client, app.id),
    reads.grants ? listGrants(client, app.id) : undefined,
    reads.roles ? listClientRoles(client, clientId) : []
  ])
  const registeredKey = jwk ? findKeyByKid(keys, jwk.kid) : undefined
  if (jwk && registeredKey && !sameKeyMaterial(registeredKey, jwk)) {
    throw new ActionError(
      `App "${label}" (${app.id}) already has a different public key with kid ${jwk.kid}: set key-id to a new kid, or give the private key that belongs to the registered one.`
    )
  }
  const granted = grantedScopes(grants ?? [], client.orgUrl)
  const assigned = new Set(roles.map(r => r.type))
  const currentDpop = app.settings.oauthClient.dpop_bound_access_tokens === true
  return {
    label,
    app,
    clientId,
    activateApp: app.status !== 'ACTIVE',
    key: !registeredKey ? 'register' : registeredKey.status === 'ACTIVE' ? 'present' : 'activate',
    registeredKey,
    currentDpop,
    setDpop: currentDpop !== inputs.requireDpop,
    grant: inputs.scopes.filter(s => !granted.has(s)),
    alreadyGranted: inputs.scopes.filter(s => granted.has(s)),
    assign: inputs.adminRoles.filter(r => !assigned.has(r)),
    alreadyAssigned: inputs.adminRoles.filter(r => assigned.has(r)),
    scopedApp: grants && granted.size > 0
  }
}

/**
 * Only an API Services app with private_key_jwt can be converged: switching another app's
 * client authentication would delete its client secrets (docs/okta-behaviour.md, "Apps").
 */
function checkServiceApp(app: OktaApp): void {
  // The label lookup finds apps of every kind: a SAML or bookmark app has no oauthClient.
  const type = app.settings?.oauthClient?.application_type
  const method = app.credentials?.oauthClient?.token_endpoint_auth_method
  if (type !== 'service' || method !== 'private_key_jwt') {
    throw new ActionError(
      `App "${app.label}" (${app.id}) exists but is not an API Services app with private_key_jwt (application_type ${type ?? 'unknown'}, token_endpoint_auth_method ${method ?? 'unknown'}); provision does not change that. Choose another app-label.`
    )
  }
}

/** One line per planned step, for the log and the dry-run summary. */
export function planSteps(plan: ProvisionPlan, inputs: Inputs, kid: string | undefined): string[] {
  const keyName = kid ? `key ${kid}` : `a new ${inputs.keyType} key (kid: its RFC 7638 thumbprint)`
  const dpop = (on: boolean) => (on ? 'required' : 'not required')
  const steps: string[] = []
  if (!plan.app) {
    steps.push(
      `Create API Services app "${plan.label}" (private_key_jwt, client_credentials) with ${keyName}, DPoP ${dpop(inputs.requireDpop)}`
    )
  } else {
    steps.push(`Use existing app "${plan.label}" (${plan.app.id}, client id ${plan.clientId})`)
    if (plan.activateApp) steps.push('Activate the app (it is INACTIVE)')
    if (plan.key === 'register') steps.push(`Register ${keyName}`)
    if (plan.key === 'activate') steps.push(`Activate ${keyName} (registered but INACTIVE)`)
    if (plan.key === 'present') steps.push(`Keep ${keyName}: already registered and ACTIVE`)
    steps.push(
      plan.setDpop
        ? `Change DPoP from ${dpop(plan.currentDpop!)} to ${dpop(inputs.requireDpop)}`
        : `Keep DPoP ${dpop(inputs.requireDpop)}`
    )
  }
  for (const scope of plan.grant) steps.push(`Grant scope ${scope}`)
  for (const scope of plan.alreadyGranted) steps.push(`Keep scope ${scope}: already granted`)
  for (const role of plan.assign) steps.push(`Assign admin role ${role}`)
  for (const role of plan.alreadyAssigned) steps.push(`Keep admin role ${role}: already assigned`)
  return steps
}

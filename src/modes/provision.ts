import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import { generateSigningKey } from '../keys/generate.js'
import { publicJwkOf, type PublicJwk } from '../keys/signing-key.js'
import { keyGiven, loadKeyFromInputs } from './load-key.js'
import {
  holds,
  preflight,
  provisionScopes,
  requestedScopes,
  type RoleNeed
} from './admin-preflight.js'
import {
  loadAdminCredential,
  type AdminCredentialLoaded,
  type AdminSession
} from './admin-session.js'
import {
  applyProvisionPlan,
  ProvisionChanges,
  rollBack,
  type AppliedProvision
} from './provision-apply.js'
import { planProvision, planSteps, type PlanReads, type ProvisionPlan } from './provision-plan.js'
import { storeProvisionedCredentials } from './provision-storage.js'
import { writePlanSummary, writeProvisionSummary } from './provision-summary.js'

/**
 * mode: provision — leave a working API Services app behind: find it by exact label or
 * create it with the public key inline, converge an existing one (add the key, set DPoP,
 * grant missing scopes, assign missing roles; never remove anything), optionally store the
 * generated key and the client id in the repository, and hand token mode its `with:` block.
 */

interface ProvisionKey {
  jwk: PublicJwk
  description: string
  /** PKCS#8 PEM when this run generated the key (already masked and output). */
  generatedPem?: string
}

export async function runProvisionMode(ctx: ModeContext, inputs: Inputs): Promise<void> {
  // The admin key first: a bad one is refused before a key is generated or anything is sent.
  const admin = await loadAdminCredential(ctx, inputs)
  if (inputs.dryRun) return planOnly(ctx, inputs, admin)

  const key = await provisionKey(ctx, inputs)
  const jwkJson = JSON.stringify(key.jwk)
  ctx.log.info(`Public JWK: ${jwkJson}`)

  const scopes = provisionScopes(inputs)
  const session = await admin.open(requestedScopes(scopes))
  try {
    await provisionWith(ctx, inputs, session, key, jwkJson)
  } finally {
    await session.end()
  }
}

async function provisionWith(
  ctx: ModeContext,
  inputs: Inputs,
  session: AdminSession,
  key: ProvisionKey,
  jwkJson: string
): Promise<void> {
  const { client } = session
  const plan = await planProvision(client, inputs, key.jwk, readsOf(session))
  await preflight(ctx, session, provisionScopes(inputs), roleNeed(ctx, plan))
  const changes = new ProvisionChanges()
  let applied: AppliedProvision
  let stored: Awaited<ReturnType<typeof storeProvisionedCredentials>>
  try {
    applied = await applyProvisionPlan(ctx, client, inputs, plan, key.jwk, changes)
    // Inside the rollback: a generated key that cannot be stored leaves an app nobody can
    // use (the key exists only in a masked output).
    stored = await storeProvisionedCredentials(ctx, inputs, {
      clientId: applied.clientId,
      generatedPem: key.generatedPem,
      changes
    })
  } catch (error) {
    throw await rollBack(ctx, client, changes, error)
  }

  const keyChanged = key.generatedPem !== undefined || applied.keyRegistered
  ctx.output('app-id', applied.appId)
  ctx.output('client-id', applied.clientId)
  ctx.output('key-id', key.jwk.kid)
  ctx.output('jwk', jwkJson)
  ctx.output('created', applied.created)
  ctx.output('key-changed', keyChanged)
  ctx.log.info(
    `Provisioned app "${plan.label}" (${applied.appId}), client id ${applied.clientId}, kid ${key.jwk.kid}: ${
      applied.created
        ? 'created by this run'
        : changes.made.length
          ? `updated (${changes.made.join('; ')})`
          : 'already up to date'
    }`
  )
  await writeProvisionSummary(ctx, inputs, {
    label: plan.label,
    appId: applied.appId,
    clientId: applied.clientId,
    created: applied.created,
    kid: key.jwk.kid,
    keyDescription: key.description,
    jwkJson,
    keyGenerated: key.generatedPem !== undefined,
    keyRegistered: applied.keyRegistered,
    scopes: inputs.scopes,
    roles: inputs.adminRoles,
    stored
  })
}

/** What the plan may read with this credential (an admin token's scopes bound it). */
function readsOf(session: AdminSession): PlanReads {
  return {
    grants: holds(session.granted, 'okta.appGrants.read'),
    roles: holds(session.granted, 'okta.roles.read')
  }
}

/** The admin role the plan needs, by Okta's rules (admin-preflight.ts). */
function roleNeed(ctx: ModeContext, plan: ProvisionPlan): RoleNeed {
  const superAdmin: string[] = []
  if (plan.grant.length) superAdmin.push('granting okta.* scopes')
  if (plan.assign.length) superAdmin.push('assigning admin roles')
  if (plan.app && (plan.key === 'register' || plan.key === 'activate')) {
    if (plan.scopedApp) {
      superAdmin.push(`changing the keys of app ${plan.app.id}, which has okta.* grants`)
    } else if (plan.scopedApp === undefined) {
      ctx.log.info(
        `Cannot read the okta.* grants of app ${plan.app.id} (no okta.appGrants.read): if it has some, only a Super Admin may change its keys`
      )
    }
  }
  return { superAdmin }
}

/**
 * The signing key: the public half of private-key, or a new pair per key-type whose PKCS#8
 * PEM is masked line by line, then output, before anything else happens.
 */
async function provisionKey(ctx: ModeContext, inputs: Inputs): Promise<ProvisionKey> {
  // A remote key (signing-key) registers its public half: nothing is generated or stored.
  if (keyGiven(inputs)) {
    const key = await loadKeyFromInputs(ctx, inputs)
    return { jwk: key.publicJwk, description: key.description }
  }
  const fresh = await generateSigningKey(inputs.keyType)
  ctx.secretOutput('private-key', fresh.pkcs8Pem)
  const { jwk, description, algorithm } = await publicJwkOf(fresh.privateKey, inputs.keyId)
  ctx.log.info(
    `Key: generated a new ${description} key pair (${inputs.keyType}), kid ${jwk.kid} (${inputs.keyId ? 'key-id input' : 'RFC 7638 thumbprint'}), algorithm ${algorithm}; the private key is in the masked private-key output`
  )
  return { jwk, description, generatedPem: fresh.pkcs8Pem }
}

/**
 * dry-run: read calls only, through a client that refuses every write. A key that would be
 * generated is not generated: its kid would be thrown away with it.
 */
async function planOnly(
  ctx: ModeContext,
  inputs: Inputs,
  admin: AdminCredentialLoaded
): Promise<void> {
  let jwk: PublicJwk | undefined
  if (keyGiven(inputs)) {
    jwk = (await loadKeyFromInputs(ctx, inputs)).publicJwk
    ctx.log.info(`Public JWK: ${JSON.stringify(jwk)}`)
    ctx.output('key-id', jwk.kid)
    ctx.output('jwk', JSON.stringify(jwk))
  }
  const scopes = provisionScopes(inputs)
  const session = await admin.open(requestedScopes(scopes), { readOnly: true })
  try {
    await planWith(ctx, inputs, session, jwk)
  } finally {
    await session.end()
  }
}

async function planWith(
  ctx: ModeContext,
  inputs: Inputs,
  session: AdminSession,
  jwk: PublicJwk | undefined
): Promise<void> {
  const plan = await planProvision(session.client, inputs, jwk, readsOf(session))
  // The role check is the real run's; the scopes are the dry run's own (read).
  await preflight(ctx, session, provisionScopes(inputs), roleNeed(ctx, plan))
  const steps = planSteps(plan, inputs, jwk?.kid)
  if (session.credential !== 'api-token') {
    steps.unshift(
      `Mint the admin token with scopes ${requestedScopes(provisionScopes(inputs, false)).join(' ')}`
    )
  }
  if (inputs.githubToken) {
    const target = ctx.env.GITHUB_REPOSITORY ?? 'this repository'
    if (!keyGiven(inputs))
      steps.push(`Store the new private key as secret ${inputs.privateKeySecret} in ${target}`)
    steps.push(`Store the client id as variable ${inputs.clientIdVariable} in ${target}`)
  }
  ctx.log.info(`Dry run: nothing will be changed. Plan for app "${plan.label}":`)
  for (const step of steps) ctx.log.info(`  - ${step}`)
  if (plan.app) {
    ctx.output('app-id', plan.app.id)
    ctx.output('client-id', plan.clientId!)
  }
  ctx.output('created', false)
  ctx.output('key-changed', false)
  await writePlanSummary(ctx, plan.label, steps)
}

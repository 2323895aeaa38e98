import type { ModeContext } from '../context.js'
import { ActionError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { listAppKeys } from '../okta/app-keys.js'
import { clientIdOf, type OktaApp } from '../okta/apps.js'
import { findAppByClientId } from '../okta/find-app.js'
import { grantedScopes, listGrants } from '../okta/grants.js'
import { holds, preflight, requestedScopes, rotateScopes } from './admin-preflight.js'
import { loadAdminCredential, type AdminSession } from './admin-session.js'
import { applyRotation, proveKey } from './rotate-apply.js'
import { remoteNewKey, rotationKey, storeNewKey, type NewKey } from './rotate-key.js'
import { planRotation, planSteps } from './rotate-plan.js'
import { describeKeys, writeRotationSummary } from './rotate-summary.js'

/**
 * mode: rotate — staged key rotation of an existing app (docs/okta-behaviour.md, "App keys"):
 * add a new key ACTIVE, prove it by minting a token signed with it, store it (github-token),
 * then retire the other keys as retire-old-keys says. Everything Okta would refuse is checked
 * first (plan), a failed proof removes the new key again, and dry-run reads only.
 */

export async function runRotateMode(ctx: ModeContext, inputs: Inputs): Promise<void> {
  const admin = await loadAdminCredential(ctx, inputs)
  const session = await admin.open(requestedScopes(rotateScopes(inputs)), {
    readOnly: inputs.dryRun
  })
  try {
    await rotateWith(ctx, inputs, session)
  } finally {
    await session.end()
  }
}

async function rotateWith(ctx: ModeContext, inputs: Inputs, session: AdminSession): Promise<void> {
  const { log } = ctx
  const { client } = session
  const self = inputs.adminCredential === 'self'
  const app = await findAppByClientId(client, inputs.clientId)
  const clientId = clientIdOf(app)
  log.info(`App: "${app.label}", id ${app.id}, client id ${clientId}, ${app.status}`)
  if (self) log.info(`Self-rotation: app ${clientId} rotates its own key with its own token`)
  checkRotatable(app)
  const before = await listAppKeys(client, app.id)
  log.info(`Keys before: ${describeKeys(before)}`)
  const grants = await targetGrants(ctx, session, inputs, app.id)
  await preflight(ctx, session, rotateScopes(inputs), {
    superAdmin: grants.length
      ? [
          self
            ? `changing its own keys (it has okta.* grants: ${grants.join(' ')})`
            : `changing the keys of app ${app.id}, which has okta.* grants`
        ]
      : []
  })
  const scopes = proofScopes(ctx, inputs, app.id, grants)

  // Self-rotation: private-key or signing-key is the app's current key, so the new one is
  // new-signing-key or generated.
  const remote = remoteNewKey(inputs, self)
  const given = (inputs.privateKey && !self) || remote
  const newKey = given || !inputs.dryRun ? await rotationKey(ctx, inputs, self) : undefined
  const plan = planRotation(app.id, before, inputs.retireOldKeys, newKey?.signing.kid)
  const repository = ctx.env.GITHUB_REPOSITORY ?? 'this repository'
  const steps = planSteps(
    plan,
    newKey
      ? `the new key ${newKey.signing.kid} (${newKey.signing.description})`
      : `a new ${inputs.keyType} key (kid: its RFC 7638 thumbprint)`,
    `scopes ${scopes.join(' ')}`,
    inputs.githubToken && !remote ? `secret ${inputs.privateKeySecret} in ${repository}` : undefined
  )
  ctx.output('app-id', app.id)
  ctx.output('client-id', clientId)

  if (inputs.dryRun || !newKey) {
    log.info(`Dry run: nothing will be changed. Plan for app "${app.label}" (${app.id}):`)
    for (const step of steps) log.info(`  - ${step}`)
    if (newKey) {
      ctx.output('key-id', newKey.signing.kid)
      ctx.output('jwk', JSON.stringify(newKey.signing.publicJwk))
    }
    ctx.output('key-changed', false)
    await writeRotationSummary(ctx, { app, clientId, before, steps, self })
    return
  }

  const signing = newKey.signing
  const applied = await applyRotation(ctx, client, plan, signing, {
    prove: () => proveKey(ctx, inputs, signing, scopes),
    store:
      inputs.githubToken && newKey.secretValue !== undefined
        ? () => storeNewKey(ctx, inputs, newKey.secretValue!)
        : undefined,
    publish: () => {
      publishKey(ctx, newKey)
      // From here the new key is the app's (proven and stored; a failure before this removes
      // it again): when the app's own token does the rotation, the old key may retire before
      // that token is revoked, so the revocation signs with the new one.
      if (session.callerClientId === clientId) session.revokeWith(signing)
    }
  })
  if (!inputs.githubToken && newKey.secretValue !== undefined) {
    log.info(
      `github-token is empty: the new private key is not stored anywhere by this run${newKey.generatedPem ? '; it exists only in the masked private-key output, so store it in a later step of this job' : ''}`
    )
  }
  const after = await listAppKeys(client, app.id)
  log.info(`Keys after: ${describeKeys(after)}`)
  if (self)
    log.info(`App ${clientId} rotated itself: its new key ${signing.kid} is proven and in use`)
  await writeRotationSummary(ctx, {
    app,
    clientId,
    before,
    after,
    newKid: signing.kid,
    // A key in a key service (signing-key, new-signing-key) has no private half to store.
    stored:
      applied.stored ??
      (newKey.secretValue === undefined
        ? 'not stored (the new key stays in its key service)'
        : undefined),
    mode: plan.mode,
    self
  })
}

/**
 * Outputs, once the new key is proven (and stored), before old keys are retired: the PEM is
 * masked line by line first.
 */
function publishKey(ctx: ModeContext, key: NewKey): void {
  if (key.generatedPem) ctx.secretOutput('private-key', key.generatedPem)
  ctx.output('key-id', key.signing.kid)
  ctx.output('jwk', JSON.stringify(key.signing.publicJwk))
  ctx.output('key-changed', true)
}

/** An app that could not mint the proof token fails before anything is written. */
function checkRotatable(app: OktaApp): void {
  if (app.status !== 'ACTIVE') {
    throw new ActionError(
      `App ${app.id} is ${app.status}: it cannot mint the token that proves a new key; activate it first. Nothing was changed.`
    )
  }
  const method = app.credentials?.oauthClient?.token_endpoint_auth_method
  if (method && method !== 'private_key_jwt') {
    throw new ActionError(
      `App ${app.id} authenticates with ${method}, not private_key_jwt, so it has no keys to rotate: set its client authentication to Public key / Private key. Nothing was changed.`
    )
  }
}

/**
 * The target's okta.* grants for the org authorization server: the default proof scopes, and
 * whether changing its keys needs a Super Admin. In self-rotation they are what Okta has just
 * granted the app's own token; an admin token reads them when it holds okta.appGrants.read.
 */
async function targetGrants(
  ctx: ModeContext,
  session: AdminSession,
  inputs: Inputs,
  appId: string
): Promise<string[]> {
  if (inputs.adminCredential === 'self') return [...(session.granted ?? [])].sort()
  // An API token's run checks no roles beforehand: the grants only matter as proof scopes.
  if (inputs.adminCredential === 'api-token' && inputs.scopes.length) return []
  if (!holds(session.granted, 'okta.appGrants.read')) {
    if (!inputs.scopes.length) {
      throw new ActionError(
        `The admin token holds no okta.appGrants.read, so the scopes of the token that proves the new key of app ${appId} are unknown: set scopes, or grant okta.appGrants.read to the admin app. Nothing was changed.`
      )
    }
    ctx.log.info(
      `Cannot read the okta.* grants of app ${appId} (no okta.appGrants.read): if it has some, only a Super Admin may change its keys`
    )
    return []
  }
  return [...grantedScopes(await listGrants(session.client, appId), inputs.oktaDomain)].sort()
}

/**
 * Scopes for the proof token: the scopes input, else every okta.* scope granted to the app for the
 * org authorization server (a token for no scope cannot be minted, docs/okta-behaviour.md, "Token
 * endpoint").
 */
function proofScopes(ctx: ModeContext, inputs: Inputs, appId: string, granted: string[]): string[] {
  if (inputs.scopes.length) return inputs.scopes
  if (!granted.length) {
    throw new ActionError(
      `App ${appId} has no okta.* scope granted, so no token can prove a new key: set scopes to a scope the app may request, or grant one (mode: provision). Nothing was changed.`
    )
  }
  ctx.log.info(
    `Proof token scopes: ${granted.join(' ')} (granted to the app; set scopes to choose)`
  )
  return granted
}

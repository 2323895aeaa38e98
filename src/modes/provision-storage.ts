import type { ModeContext } from '../context.js'
import type { RepositoryStore, StoredVariable } from '../github/repository-secrets.js'
import type { Inputs } from '../inputs.js'
import type { ProvisionChanges } from './provision-apply.js'
import { manualStorageSteps } from './provision-summary.js'

/**
 * With github-token: the generated private key goes to the repository secret
 * `private-key-secret` and the client id to the variable `client-id-variable`. A key given in
 * private-key is a secret already and is not stored again. Without github-token the log says
 * how to store them by hand. The GitHub modules load only here (dynamic import).
 */
export async function storeProvisionedCredentials(
  ctx: ModeContext,
  inputs: Inputs,
  facts: { clientId: string; generatedPem?: string; changes: ProvisionChanges }
): Promise<{ repository: string; secret?: string; variable: string } | undefined> {
  if (!inputs.githubToken) {
    ctx.log.info('github-token is empty: nothing is stored in the repository. To store by hand:')
    const steps = manualStorageSteps(inputs, {
      clientId: facts.clientId,
      keyGenerated: facts.generatedPem !== undefined
    })
    for (const step of steps) ctx.log.info(`  - ${step}`)
    return undefined
  }
  const { openRepositoryStore } = await import('../github/repository-secrets.js')
  const store = await openRepositoryStore(inputs.githubToken, ctx.http, ctx.env)
  // The variable first: unlike a secret, its old value can be read, and so put back if the
  // secret cannot be stored (the run then deletes the app the variable would point to).
  const variable = await store.storeVariable(inputs.clientIdVariable, facts.clientId)
  ctx.log.info(
    `Repository variable ${inputs.clientIdVariable} in ${store.repository} holds the client id (${variable.outcome})`
  )
  let secret: string | undefined
  if (facts.generatedPem !== undefined) {
    let outcome: string
    try {
      outcome = await store.storeSecret(inputs.privateKeySecret, facts.generatedPem)
    } catch (error) {
      if (variable.outcome !== 'unchanged') await restoreVariable(ctx, store, inputs, variable)
      throw error
    }
    facts.changes.record(`${outcome} secret ${inputs.privateKeySecret} in ${store.repository}`)
    ctx.log.info(
      `Stored the private key as repository secret ${inputs.privateKeySecret} in ${store.repository} (${outcome})`
    )
    secret = inputs.privateKeySecret
  } else if (inputs.signingKey) {
    ctx.log.info('signing-key names a key in a key service: there is no private key to store')
  } else {
    ctx.log.info('private-key was given: it is a secret already, so it is not stored again')
  }
  if (variable.outcome !== 'unchanged') {
    facts.changes.record(
      `${variable.outcome} variable ${inputs.clientIdVariable} in ${store.repository}`
    )
  }
  return { repository: store.repository, secret, variable: inputs.clientIdVariable }
}

/** Best effort: the secret's failure is what the run reports; a failed restore is a warning. */
async function restoreVariable(
  ctx: ModeContext,
  store: RepositoryStore,
  inputs: Inputs,
  variable: StoredVariable
): Promise<void> {
  const name = inputs.clientIdVariable
  try {
    await store.restoreVariable(name, variable.previous)
    ctx.log.info(
      `Put repository variable ${name} back as it was (${variable.previous === undefined ? 'deleted' : 'its previous value'})`
    )
  } catch (error) {
    ctx.log.warning(
      `Could not put repository variable ${name} back (${(error as Error).message}); check its value by hand.`
    )
  }
}

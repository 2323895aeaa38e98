import type { ModeContext } from '../context.js'
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
  const store = await openRepositoryStore(inputs.githubToken)
  let secret: string | undefined
  if (facts.generatedPem !== undefined) {
    const outcome = await store.storeSecret(inputs.privateKeySecret, facts.generatedPem)
    facts.changes.record(`${outcome} secret ${inputs.privateKeySecret} in ${store.repository}`)
    ctx.log.info(
      `Stored the private key as repository secret ${inputs.privateKeySecret} in ${store.repository} (${outcome})`
    )
    secret = inputs.privateKeySecret
  } else {
    ctx.log.info('private-key was given: it is a secret already, so it is not stored again')
  }
  const outcome = await store.storeVariable(inputs.clientIdVariable, facts.clientId)
  if (outcome !== 'unchanged') {
    facts.changes.record(`${outcome} variable ${inputs.clientIdVariable} in ${store.repository}`)
  }
  ctx.log.info(
    `Repository variable ${inputs.clientIdVariable} in ${store.repository} holds the client id (${outcome})`
  )
  return { repository: store.repository, secret, variable: inputs.clientIdVariable }
}

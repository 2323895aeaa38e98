import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import { findRevokeEndpoint } from '../oauth/revoke-endpoint.js'
import { mintToken, publishToken } from './access-token.js'
import { loadKeyFromInputs } from './load-key.js'
import { writeTokenSummary } from './token-summary.js'
import { installOktaApi } from '../okta-api/install.js'

/** mode: token — sign an assertion, exchange it, output a masked token; post step revokes. */
export async function runTokenMode(ctx: ModeContext, inputs: Inputs): Promise<void> {
  const key = await loadKeyFromInputs(ctx, inputs)
  const token = await mintToken(ctx, inputs, key)
  const revokeEndpoint = inputs.revoke
    ? await findRevokeEndpoint(ctx.http, ctx.log, token.tokenEndpoint)
    : undefined
  const revokedAtJobEnd = publishToken(ctx, inputs, key, token, revokeEndpoint)
  if (inputs.oktaApi)
    installOktaApi(ctx, token, {
      runnerTemp: ctx.env.RUNNER_TEMP,
      step: ctx.env.GITHUB_ACTION
    })
  await writeTokenSummary(ctx, inputs, key, token, revokedAtJobEnd)
}

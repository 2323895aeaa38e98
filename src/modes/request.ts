import type { ModeContext } from '../context.js'
import { OktaError } from '../okta/okta-error.js'
import type { Inputs } from '../inputs.js'
import { OktaApiCaller } from '../okta/api-request.js'
import { callOktaApi, type ApiOutcome } from '../okta/paginated-call.js'
import { mintToken, publishToken } from './access-token.js'
import { loadKeyFromInputs } from './load-key.js'
import { publishResponseBody, writeRequestSummary } from './request-output.js'
import { installOktaApi } from '../okta-api/install.js'

/**
 * mode: request — mint a token as token mode does (the post step revokes it), then make one
 * Okta API call with it. A DPoP-bound token is useless to a later curl step, since every call
 * needs a proof signed with the run's DPoP key for that method and URL; this mode signs them.
 * inputs.ts has already refused a request-path outside the org, so the token stays there.
 */
export async function runRequestMode(ctx: ModeContext, inputs: Inputs): Promise<void> {
  const key = await loadKeyFromInputs(ctx, inputs)
  const token = await mintToken(ctx, inputs, key)
  publishToken(ctx, inputs, key, token)
  if (inputs.oktaApi)
    installOktaApi(ctx, token, {
      runnerTemp: ctx.env.RUNNER_TEMP,
      step: ctx.env.GITHUB_ACTION
    })

  const url = new URL(inputs.requestUrl)
  const dpop = token.tokenType === 'DPoP'
  ctx.log.info(
    `Okta API call: ${inputs.requestMethod} ${url.pathname} with ${dpop ? 'the DPoP-bound token and a fresh proof per request' : 'the Bearer token'}${inputs.requestPaginate ? ', following Link rel="next"' : ''}`
  )
  const caller = new OktaApiCaller({
    http: ctx.http,
    log: ctx.log,
    mask: ctx.mask,
    skew: ctx.skew,
    token
  })
  let outcome: ApiOutcome
  try {
    outcome = await callOktaApi(caller, ctx.log, {
      method: inputs.requestMethod,
      url: inputs.requestUrl,
      body: inputs.requestBody || undefined,
      paginate: inputs.requestPaginate
    })
  } catch (error) {
    // The status is still worth having in a step that runs with continue-on-error.
    if (error instanceof OktaError) ctx.output('response-status', error.info.status)
    throw error
  }
  ctx.output('response-status', outcome.status)
  const bodyWent = await publishResponseBody(ctx, inputs, outcome.body)
  await writeRequestSummary(ctx, inputs, token, outcome, bodyWent)
}

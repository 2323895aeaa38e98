import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import { ManagementClient } from '../okta/management-client.js'

/** The client for a mode: okta-domain, api-token, the mode's retrying HTTP client and log. */
export function managementClientFor(
  ctx: ModeContext,
  inputs: Inputs,
  options: { readOnly?: boolean } = {}
): ManagementClient {
  return new ManagementClient({
    http: ctx.http,
    log: ctx.log,
    orgUrl: inputs.oktaDomain,
    apiToken: inputs.apiToken,
    readOnly: options.readOnly
  })
}

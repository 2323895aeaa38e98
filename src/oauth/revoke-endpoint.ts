import { ActionError } from '../errors.js'
import { expectJsonBody, type Logger, type RetryingClient } from '../http/retrying-client.js'
import { metadataUrlsFor, revokeEndpointFor } from '../okta/endpoints.js'

/**
 * Where the post step will revoke the token. Okta's revoke URL sits beside its token URL; for
 * another server named by `token-endpoint` it is the `revocation_endpoint` of the server's
 * metadata (RFC 8414, OpenID Connect Discovery), and only of metadata whose `token_endpoint`
 * is ours and only on the same origin, so the token is never sent anywhere else. Undefined
 * when nothing names one: then there is no revocation, which is never worth failing the step.
 */
export async function findRevokeEndpoint(
  http: RetryingClient,
  log: Logger,
  tokenEndpoint: string
): Promise<string | undefined> {
  const beside = revokeEndpointFor(tokenEndpoint)
  if (beside) return beside
  for (const url of metadataUrlsFor(tokenEndpoint)) {
    const named = await revocationEndpointIn(http, url, tokenEndpoint)
    if (named) {
      log.info(`Revoke endpoint: ${named} (from ${url})`)
      return named
    }
  }
  return undefined
}

async function revocationEndpointIn(
  http: RetryingClient,
  url: string,
  tokenEndpoint: string
): Promise<string | undefined> {
  let text: string
  try {
    const response = await http.send(
      'Server metadata',
      () => ({ method: 'GET', url, headers: { Accept: 'application/json' } }),
      { validate: expectJsonBody }
    )
    if (response.status !== 200) return undefined
    text = response.text
  } catch (error) {
    // Unreachable metadata only means no revocation; the token itself is fine.
    if (error instanceof ActionError) return undefined
    throw error
  }
  const metadata = JSON.parse(text || 'null') as Record<string, unknown> | null
  const named = metadata?.revocation_endpoint
  if (metadata?.token_endpoint !== tokenEndpoint || typeof named !== 'string') return undefined
  if (!URL.canParse(named)) return undefined
  return new URL(named).origin === new URL(tokenEndpoint).origin ? named : undefined
}

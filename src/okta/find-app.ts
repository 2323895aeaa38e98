import { ActionError } from '../errors.js'
import { clientIdOf, type OktaApp } from './apps.js'
import type { ManagementClient } from './management-client.js'

/**
 * The app whose OAuth client id is `clientId`. The app id equals the client id unless one was
 * chosen when the app was created (docs/okta-behaviour.md, "Apps"), so one GET by id usually finds
 * it; only when it does not are the org's apps listed (every page) and matched on their client id.
 */
export async function findAppByClientId(
  client: ManagementClient,
  clientId: string
): Promise<OktaApp> {
  const direct = await client.request<OktaApp>(
    'GET',
    `Reading app ${clientId}`,
    `/api/v1/apps/${encodeURIComponent(clientId)}`,
    undefined,
    { accept: [404] }
  )
  if (direct.status === 200 && direct.body?.id && clientIdOf(direct.body) === clientId) {
    return direct.body
  }
  const apps = await client.listAll<OktaApp>(
    `Looking up the app with client id ${clientId}`,
    '/api/v1/apps?limit=200'
  )
  const found = apps.find(app => app?.id && clientIdOf(app) === clientId)
  if (!found) {
    throw new ActionError(
      `No app in ${client.orgUrl} has client id ${clientId}: check client-id (the app's Client ID) and okta-domain.`
    )
  }
  return found
}

import type { ManagementClient } from './management-client.js'

/**
 * Okta API scope grants of an app (`/api/v1/apps/{appId}/grants`, docs/okta-behaviour.md,
 * "Grants"): one call per scope, issuer = the org URL (the org authorization server's issuer, no
 * trailing slash). Granting an already-granted scope fails with an error of unknown shape
 * (UNCONFIRMED, TF #2379), so callers list first and grant only what is missing.
 */

export interface OktaGrant {
  id: string
  scopeId: string
  issuer: string
  status?: string
  clientId?: string
  source?: string
}

export const GRANT_PRIVILEGE = 'a Super Administrator (only Super Admins can grant okta.* scopes)'

const base = (appId: string) => `/api/v1/apps/${encodeURIComponent(appId)}/grants`

export async function listGrants(client: ManagementClient, appId: string): Promise<OktaGrant[]> {
  const grants = await client.get<OktaGrant[]>(
    `Listing the scope grants of app ${appId}`,
    base(appId)
  )
  return Array.isArray(grants) ? grants : []
}

/** An ACTIVE grant for the org issuer (a grant for another issuer does not count). */
function isOrgGrant(grant: OktaGrant, issuer: string): boolean {
  return grant.issuer.replace(/\/+$/, '') === issuer && (grant.status ?? 'ACTIVE') === 'ACTIVE'
}

/** Scope ids already granted with the org issuer. */
export function grantedScopes(grants: OktaGrant[], issuer: string): Set<string> {
  return new Set(grants.filter(g => isOrgGrant(g, issuer)).map(g => g.scopeId))
}

export async function grantScope(
  client: ManagementClient,
  appId: string,
  scopeId: string
): Promise<OktaGrant> {
  return client.post<OktaGrant>(
    `Granting scope ${scopeId} to app ${appId}`,
    base(appId),
    { issuer: client.orgUrl, scopeId },
    {
      privilege: GRANT_PRIVILEGE,
      findExisting: async () =>
        (await listGrants(client, appId)).find(
          g => g.scopeId === scopeId && isOrgGrant(g, client.orgUrl)
        )
    }
  )
}

export async function revokeGrant(
  client: ManagementClient,
  appId: string,
  grantId: string
): Promise<void> {
  await client.delete(
    `Revoking grant ${grantId} of app ${appId}`,
    `${base(appId)}/${encodeURIComponent(grantId)}`,
    { privilege: GRANT_PRIVILEGE }
  )
}

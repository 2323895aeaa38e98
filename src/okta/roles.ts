import type { ManagementClient } from './management-client.js'

/**
 * Admin roles of a service app (`/oauth2/v1/clients/{clientId}/roles`, docs/okta-behaviour.md,
 * "Admin roles").
 * Scopes bound the actions, roles the resources: an app needs both. Only Super Admins can
 * assign roles; a duplicate assignment is 409 (E0000090/E0000263), so callers list first.
 */

export interface RoleAssignment {
  id: string
  type: string
  label?: string
  status?: string
}

export const ROLE_PRIVILEGE = 'a Super Administrator (only Super Admins can assign admin roles)'

const base = (clientId: string) => `/oauth2/v1/clients/${encodeURIComponent(clientId)}/roles`

export async function listClientRoles(
  client: ManagementClient,
  clientId: string
): Promise<RoleAssignment[]> {
  // An answer that is not a list is an error, never "no roles" (which would assign them again).
  return client.listAll<RoleAssignment>(
    `Listing the admin roles of client ${clientId}`,
    base(clientId)
  )
}

/** Assigns a standard role type (SUPER_ADMIN, APP_ADMIN, READ_ONLY_ADMIN, …). */
export async function assignClientRole(
  client: ManagementClient,
  clientId: string,
  type: string
): Promise<RoleAssignment> {
  return client.post<RoleAssignment>(
    `Assigning role ${type} to client ${clientId}`,
    base(clientId),
    { type },
    {
      privilege: ROLE_PRIVILEGE,
      findExisting: async () =>
        (await listClientRoles(client, clientId)).find(role => role.type === type)
    }
  )
}

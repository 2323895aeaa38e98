import type { ModeContext } from '../context.js'
import { ActionError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { listClientRoles } from '../okta/roles.js'
import type { AdminSession } from './admin-session.js'

/**
 * What an admin app's token must hold before a provision or rotate run writes anything, and
 * the check itself (docs/okta-behaviour.md, "Admin work with an access token"):
 *
 * - Scopes: the org authorization server silently returns the granted subset of what was
 *   asked, so a token can mint and still lack what the run needs.
 * - Roles: a token whose app holds too weak an admin role mints as well, and its calls fail
 *   with 403 E0000006 only once the run has started writing. Okta's rules
 *   (https://developer.okta.com/docs/guides/implement-oauth-for-okta-serviceapp/main/): only a
 *   Super Admin grants okta.* scopes, assigns admin roles, or changes the keys of an app that
 *   has okta.* grants; an App Admin creates apps and changes keys of apps without such grants.
 */
export interface AdminScopes {
  /** Scopes without which the run cannot do its calls. */
  required: string[]
  /** Scopes for the checks (role preflight, the target's grants); skipped when not granted. */
  optional: string[]
}

export const requestedScopes = (scopes: AdminScopes): string[] => [
  ...scopes.required,
  ...scopes.optional
]

/**
 * `manage` includes `read` ("Use the okta.<resource>.manage scopes to perform any GET
 * operations", https://developer.okta.com/docs/guides/implement-oauth-for-okta/main/).
 */
export function holds(granted: Set<string> | undefined, scope: string): boolean {
  if (!granted) return true
  return (
    granted.has(scope) || (scope.endsWith('.read') && granted.has(scope.slice(0, -5) + '.manage'))
  )
}

/** provision: manage apps; grant scopes and assign roles only when asked to. */
export function provisionScopes(inputs: Inputs, dryRun = inputs.dryRun): AdminScopes {
  const level = dryRun ? 'read' : 'manage'
  const required = [`okta.apps.${level}`]
  const optional: string[] = []
  if (inputs.scopes.length) required.push(`okta.appGrants.${level}`)
  else optional.push('okta.appGrants.read')
  if (inputs.adminRoles.length) required.push(`okta.roles.${level}`)
  else optional.push('okta.roles.read')
  return { required, optional }
}

/** rotate: change the target's keys; read its grants (proof scopes, key rule) and own roles. */
export function rotateScopes(inputs: Inputs, dryRun = inputs.dryRun): AdminScopes {
  const optional = ['okta.roles.read']
  // In self-rotation the app's grants are known from its own token.
  if (inputs.adminCredential !== 'self') optional.unshift('okta.appGrants.read')
  return { required: [`okta.apps.${dryRun ? 'read' : 'manage'}`], optional }
}

export interface RoleNeed {
  /** Why this run needs a Super Admin: empty when an App Admin is enough. */
  superAdmin: string[]
}

const APP_LEVEL = ['SUPER_ADMIN', 'ORG_ADMIN', 'APP_ADMIN']

/**
 * Throws one line naming the missing scope or role and how to grant it; with an API token
 * there is nothing to check beforehand (Okta's E0000006 is explained if it comes).
 */
export async function preflight(
  ctx: ModeContext,
  session: AdminSession,
  scopes: AdminScopes,
  need: RoleNeed
): Promise<void> {
  const { granted, callerClientId: clientId } = session
  if (session.credential === 'api-token' || !granted || !clientId) return
  const app = session.credential === 'self' ? `app ${clientId}` : `admin app ${clientId}`

  const missing = scopes.required.filter(scope => !holds(granted, scope))
  if (missing.length) {
    const them = missing.length > 1 ? 'them' : 'it'
    throw new ActionError(
      `The access token of ${app} lacks scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, which this run needs (Okta granted: ${[...granted].join(' ') || 'none'}): grant ${them} to the app (Admin Console: Applications > the app > Okta API Scopes > Grant, as a Super Admin). Nothing was changed.`
    )
  }

  if (!holds(granted, 'okta.roles.read')) {
    ctx.log.info(
      `Role preflight skipped: the token of ${app} holds no okta.roles.read; grant it to check the app's admin roles before any write (else Okta's 403 E0000006 comes mid-run)`
    )
    return
  }
  const roles = (await listClientRoles(session.client, clientId)).map(role => role.type)
  ctx.log.info(`Admin roles of ${app}: ${roles.join(', ') || 'none'}`)
  const isSuper = roles.includes('SUPER_ADMIN')
  if (need.superAdmin.length && !isSuper) {
    throw new ActionError(
      `${capitalize(app)} has admin role${roles.length === 1 ? '' : 's'} ${roles.join(', ') || 'none'}, but this run needs the Super Administrator role (SUPER_ADMIN) for ${need.superAdmin.join(' and ')}: assign SUPER_ADMIN to the app (Admin Console: Security > Administrators > Add administrator, or POST /oauth2/v1/clients/${clientId}/roles as a Super Admin). Nothing was changed.`
    )
  }
  if (!roles.some(role => APP_LEVEL.includes(role))) {
    throw new ActionError(
      `${capitalize(app)} has admin role${roles.length === 1 ? '' : 's'} ${roles.join(', ') || 'none'}, but creating apps and changing their keys needs the Application Administrator role (APP_ADMIN) or Super Administrator: assign one to the app (Admin Console: Security > Administrators > Add administrator). Nothing was changed.`
    )
  }
}

const capitalize = (text: string): string => text[0].toUpperCase() + text.slice(1)

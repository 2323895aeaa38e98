// What every management route shares: the privilege check (Accept header, credentials, then
// the caller's admin role against what the call needs), the JSON body reader, Okta's
// validation error, and the app lookups by path parameter.
//
// Privileges follow Okta's standard admin roles
// (https://help.okta.com/en-us/content/topics/security/administrators-admin-comparison.htm):
// a Read-only Admin reads, an App Admin manages apps and their keys, and only a Super Admin
// grants okta.* scopes, assigns admin roles, or changes the keys of an app that holds okta.*
// grants ("After the service app has Okta-scoped grants, only an admin with Super Admin role
// permissions can rotate the keys",
// https://developer.okta.com/docs/guides/implement-oauth-for-okta-serviceapp/main/).
import { managementError, type ResponseError } from '../errors.js'
import { authorizeApiRequest } from '../resources.js'
import type { EmulatorRequest, EmulatorRuntime } from '../router.js'
import type { ApiTokenRole, App } from '../state.js'

const RANK: Record<ApiTokenRole, number> = { READ_ONLY: 0, APP_ADMIN: 1, SUPER_ADMIN: 2 }

export interface Need {
  privilege: ApiTokenRole
  /** OAuth scopes that allow the call, for a caller with an access token. */
  scopes: string[]
}

export const read = (scope: string): Need => ({
  privilege: 'READ_ONLY',
  scopes: [`okta.${scope}.read`, `okta.${scope}.manage`]
})

export const manage = (scope: string, privilege: ApiTokenRole = 'APP_ADMIN'): Need => ({
  privilege,
  scopes: [`okta.${scope}.manage`]
})

/** Changing an app's keys: Super Admin once the app holds okta.* grants (see above). */
export const keyNeed = (app: App): Need =>
  manage('apps', app.grants.length > 0 ? 'SUPER_ADMIN' : 'APP_ADMIN')

/**
 * Accept header, credentials, then privilege, in Okta's order. An SSWS token carries its
 * admin's role; an OAuth access token needs a scope for the call (checked by
 * authorizeApiRequest) and its app's admin roles decide the privilege. Missing or unknown
 * credentials answer 401 E0000011, not the session fallback E0000005 (docs/emulator.md).
 */
export async function authorizeManagement(
  req: EmulatorRequest,
  runtime: EmulatorRuntime,
  need: Need
): Promise<void> {
  if (!/application\/json|application\/\*|\*\/\*/i.test(String(req.headers.accept ?? ''))) {
    throw managementError('E0000122')
  }
  if (!req.headers.authorization) throw managementError('E0000011')
  const principal = await authorizeApiRequest(req, runtime, { anyOf: need.scopes })
  let role: ApiTokenRole | undefined
  if (principal.kind === 'ssws') {
    // Every API token names its role (the control API refuses one without): no default.
    role = principal.apiToken.role
  } else {
    const caller = runtime.state.appByClientId(principal.token.clientId)
    const types = new Set(caller?.roles.map(r => r.type) ?? [])
    if (types.has('SUPER_ADMIN')) role = 'SUPER_ADMIN'
    else if (types.has('ORG_ADMIN') || types.has('APP_ADMIN')) role = 'APP_ADMIN'
    else if (types.size > 0) role = 'READ_ONLY'
  }
  if (role === undefined || RANK[role] < RANK[need.privilege]) {
    throw managementError('E0000006')
  }
}

/**
 * The guard of a route on one app's keys, grants or roles: the caller may make the call
 * (authorizeManagement), then the app the path names (`find`, by default the `appId` path
 * parameter). A need that depends on the app (keyNeed) is decided once the app is found.
 */
export async function guardedApp(
  req: EmulatorRequest,
  runtime: EmulatorRuntime,
  need: Need | ((app: App) => Need),
  find: (req: EmulatorRequest) => App = r => appOf(runtime, r)
): Promise<App> {
  if (typeof need !== 'function') {
    await authorizeManagement(req, runtime, need)
    return find(req)
  }
  const app = find(req)
  await authorizeManagement(req, runtime, need(app))
  return app
}

export function jsonBody(req: EmulatorRequest): Record<string, unknown> {
  // Okta's management API takes JSON bodies with Content-Type: application/json
  // (https://developer.okta.com/docs/api/#media-types). What Okta answers without the header
  // is not documented; the emulator refuses the body as not well-formed, so a client that
  // stops sending the header fails here as it would risk failing at Okta.
  if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) {
    throw managementError('E0000003')
  }
  try {
    const value: unknown = JSON.parse(req.rawBody.toString('utf8'))
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>
    }
  } catch {
    // fall through
  }
  throw managementError('E0000003')
}

/** Okta's validation failure: 400 E0000001 "Api validation failed: <detail>" with causes. */
export function validation(detail: string, causes: string[]): ResponseError {
  return managementError('E0000001', detail, causes)
}

/** The app named by the `appId` path parameter, or Okta's 404. */
export function appOf(runtime: EmulatorRuntime, req: EmulatorRequest): App {
  const id = decodeURIComponent(req.params.appId)
  const app = runtime.state.apps.get(id)
  if (!app) throw managementError('E0000007', `Resource not found: ${id} (AppInstance)`)
  return app
}

// Okta's management API for provisioning and rotating a service app (okta-api.md §5-6): apps
// (create, list with q, get, replace, lifecycle, delete), scope grants, client admin roles and
// the app JWKS credentials API, with Okta's privilege rules and E0000xxx bodies. It writes the
// same `App` records the OAuth endpoints read, so a key registered here verifies the next
// client assertion at once. Rate limits (group 'management'), faults and the request log
// apply through server.ts like on every route.
//
// Choices where Okta's behaviour is UNCONFIRMED (okta-api.md §10), so that tests pin them:
// - Granting an already-granted scope: 400 E0000001 "Api validation failed: scopeId" with the
//   cause "The scope <scope> is already granted to this app." (§10.10).
// - Deleting an ACTIVE app: 403 E0000056 (§10.11). Duplicate labels are allowed (E0000040 is
//   not raised for oidc_client apps, §10.11), which is why clients match labels exactly.
// - The JWKS list answers a JSON array, or `{keys}` / `{jwks:{keys}}` when a test sets
//   /__control/jwks-list-shape (§10.8).
// - Missing or unknown credentials: 401 E0000011 (not the session fallback E0000005).
import { createPublicKey, type JsonWebKey } from 'node:crypto'
import { OKTA_SCOPES } from './oauth.js'
import { authorizeApiRequest } from './resources.js'
import {
  managementError,
  type EmulatorRequest,
  type EmulatorResponse,
  type EmulatorRuntime,
  type RouteHandler,
  type Router
} from './server.js'
import {
  ROLE_LABELS,
  type ApiTokenRole,
  type App,
  type AppGrant,
  type AppKey,
  type KeyStatus,
  type PublicJwk,
  type RoleAssignment
} from './state.js'

/** Okta's maximum number of keys per app (okta-errors.md, JWK causes). */
const MAX_KEYS = 50
const APPS_DEFAULT_LIMIT = 20
const APPS_MAX_LIMIT = 200

const RANK: Record<ApiTokenRole, number> = { READ_ONLY: 0, APP_ADMIN: 1, SUPER_ADMIN: 2 }

/** Okta's exact JWK error causes (okta-errors.md). */
const JWK_CAUSES = {
  uniqueKid: "All keys in the 'jwks' must have a unique `kid`.",
  rsaLength: "RSA key length in the 'jwks' is less than '2,048' bits for the given key.",
  kidNeeded:
    'Each key should have a unique kid when adding multiple keys. Use the Apps API to update the JWKS to add a kid for the existing key, or delete the existing key and re-add the key with a kid using the JWKS APIs.',
  maxKeys:
    "You can't create a new key. You have reached the maximum number of keys allowed (50). To add another key, you must first delete an existing one.",
  onlyActive:
    "Can't deactivate the only active JSON Web Key when the value for `token_endpoint_auth_method` is `private_key_jwt`.",
  deleteActive: "You can't delete an active JSON Web Key. Deactivate the key before deleting it."
}

interface Need {
  privilege: ApiTokenRole
  /** OAuth scopes that allow the call, for a caller with an access token. */
  scopes: string[]
}

const read = (scope: string): Need => ({
  privilege: 'READ_ONLY',
  scopes: [`okta.${scope}.read`, `okta.${scope}.manage`]
})
const manage = (scope: string, privilege: ApiTokenRole = 'APP_ADMIN'): Need => ({
  privilege,
  scopes: [`okta.${scope}.manage`]
})

export function registerManagementRoutes(router: Router, runtime: EmulatorRuntime): void {
  const { state } = runtime
  const add = (name: string, methods: string[], pattern: RegExp, handler: RouteHandler) =>
    router.add({ name: `management.${name}`, methods, pattern, group: 'management', handler })

  const appOf = (req: EmulatorRequest): App => {
    const id = decodeURIComponent(req.params.appId)
    const app = state.apps.get(id)
    if (!app) throw managementError('E0000007', `Resource not found: ${id} (AppInstance)`)
    return app
  }
  const clientOf = (req: EmulatorRequest): App => {
    const id = decodeURIComponent(req.params.clientId)
    const app = state.appByClientId(id)
    if (!app) throw managementError('E0000007', `Resource not found: ${id} (Client)`)
    return app
  }
  const keyOf = (req: EmulatorRequest, app: App): AppKey => {
    const id = decodeURIComponent(req.params.keyId)
    const key = app.keys.find(k => k.id === id)
    if (!key) throw managementError('E0000007', `Resource not found: ${id} (JsonWebKey)`)
    return key
  }
  // Okta: "After the service app has Okta-scoped grants, only an admin with Super Admin role
  // permissions can rotate the keys" (okta-api.md §5.5).
  const keyNeed = (app: App): Need =>
    manage('apps', app.grants.length > 0 ? 'SUPER_ADMIN' : 'APP_ADMIN')
  const authorize = (req: EmulatorRequest, need: Need) => authorizeManagement(req, runtime, need)

  // Apps --------------------------------------------------------------------------------
  const APP = /^\/api\/v1\/apps\/(?<appId>[^/]+)$/
  add('apps.list', ['GET'], /^\/api\/v1\/apps$/, async req => {
    await authorize(req, read('apps'))
    const q = (req.query.get('q') ?? '').toLowerCase()
    // Okta's q: name or label starts with the value, case-insensitively.
    const apps = [...state.apps.values()].filter(
      app => !q || app.label.toLowerCase().startsWith(q) || 'oidc_client'.startsWith(q)
    )
    return paginate(
      req,
      apps.map(app => appJson(app, req.baseUrl)),
      APPS_DEFAULT_LIMIT,
      APPS_MAX_LIMIT
    )
  })
  add('apps.create', ['POST'], /^\/api\/v1\/apps$/, async req => {
    await authorize(req, manage('apps'))
    const input = validateApp(jsonBody(req))
    if (input.clientId && state.appByClientId(input.clientId)) {
      throw validation('client_id', [`client_id: ${input.clientId} is already in use.`])
    }
    const app = state.createApp({
      clientId: input.clientId,
      label: input.label,
      dpopRequired: input.dpop,
      applicationType: input.applicationType,
      tokenEndpointAuthMethod: input.authMethod,
      // activate defaults to true at Okta.
      status: req.query.get('activate') === 'false' ? 'INACTIVE' : 'ACTIVE',
      keys: input.keys
    })
    app.grantTypes = input.grantTypes
    app.responseTypes = input.responseTypes
    return { status: 200, body: appJson(app, req.baseUrl) }
  })
  add('apps.get', ['GET'], APP, async req => {
    await authorize(req, read('apps'))
    return { status: 200, body: appJson(appOf(req), req.baseUrl) }
  })
  add('apps.replace', ['PUT'], APP, async req => {
    await authorize(req, manage('apps'))
    const app = appOf(req)
    const input = validateApp(jsonBody(req))
    // Replacing the keys of an app with okta.* grants is a key rotation: Super Admin only.
    if (keySignature(input.keys) !== keySignature(app.keys)) await authorize(req, keyNeed(app))
    if (input.clientId && input.clientId !== app.clientId) {
      throw validation('client_id', ['client_id: The client_id of an app cannot be changed.'])
    }
    app.label = input.label
    app.dpopRequired = input.dpop
    app.applicationType = input.applicationType
    app.tokenEndpointAuthMethod = input.authMethod
    app.grantTypes = input.grantTypes
    app.responseTypes = input.responseTypes
    // The JWKS is replaced wholesale; a key sent again (same kid and material) keeps its id.
    const previous = app.keys
    app.keys = []
    for (const key of input.keys) {
      const kept = previous.find(k => k.kid === (key.kid ?? null) && sameMaterial(k, key))
      if (kept) {
        if (key.status) kept.status = key.status
        app.keys.push(kept)
      } else {
        state.addKey(app, key)
      }
    }
    app.lastUpdated = state.clock.iso()
    // Changing the client implicitly revokes its tokens (okta-api.md §5.6).
    state.revokeTokensOf(app.clientId)
    return { status: 200, body: appJson(app, req.baseUrl) }
  })
  add(
    'apps.lifecycle',
    ['POST'],
    /^\/api\/v1\/apps\/(?<appId>[^/]+)\/lifecycle\/(?<action>activate|deactivate)$/,
    async req => {
      await authorize(req, manage('apps'))
      const app = appOf(req)
      app.status = req.params.action === 'activate' ? 'ACTIVE' : 'INACTIVE'
      app.lastUpdated = state.clock.iso()
      if (app.status === 'INACTIVE') state.revokeTokensOf(app.clientId)
      return { status: 200 }
    }
  )
  add('apps.delete', ['DELETE'], APP, async req => {
    await authorize(req, manage('apps'))
    const app = appOf(req)
    // Okta deletes only INACTIVE apps; the code for an ACTIVE one is UNCONFIRMED (§10.11).
    if (app.status === 'ACTIVE') throw managementError('E0000056')
    state.apps.delete(app.id)
    state.revokeTokensOf(app.clientId)
    return { status: 204 }
  })

  // Grants ------------------------------------------------------------------------------
  const GRANTS = /^\/api\/v1\/apps\/(?<appId>[^/]+)\/grants$/
  const GRANT = /^\/api\/v1\/apps\/(?<appId>[^/]+)\/grants\/(?<grantId>[^/]+)$/
  // Only Super Admins can grant okta.* scopes (okta-api.md §5.1, §9).
  const grantNeed = manage('appGrants', 'SUPER_ADMIN')
  const grantOf = (req: EmulatorRequest, app: App): AppGrant => {
    const id = decodeURIComponent(req.params.grantId)
    const grant = app.grants.find(g => g.id === id)
    if (!grant)
      throw managementError('E0000007', `Resource not found: ${id} (OAuth2ScopeConsentGrant)`)
    return grant
  }
  add('grants.list', ['GET'], GRANTS, async req => {
    await authorize(req, read('appGrants'))
    const app = appOf(req)
    return { status: 200, body: app.grants.map(g => grantJson(g, app, req.baseUrl)) }
  })
  add('grants.create', ['POST'], GRANTS, async req => {
    await authorize(req, grantNeed)
    const app = appOf(req)
    const body = jsonBody(req)
    const issuer = typeof body.issuer === 'string' ? body.issuer : ''
    const scopeId = typeof body.scopeId === 'string' ? body.scopeId : ''
    // The org authorization server's issuer is the org URL, without a trailing slash (§5.3).
    if (issuer !== state.orgIssuer()) {
      throw validation('issuer', [`issuer: The issuer must be the org URL ${state.orgIssuer()}.`])
    }
    if (!OKTA_SCOPES.has(scopeId)) {
      throw validation('scopeId', [`scopeId: ${scopeId || '(empty)'} is not an Okta API scope.`])
    }
    if (app.grants.some(g => g.scopeId === scopeId && g.issuer === issuer)) {
      throw validation('scopeId', [`The scope ${scopeId} is already granted to this app.`])
    }
    const grant = state.addGrant(app, scopeId, issuer)
    return { status: 201, body: grantJson(grant, app, req.baseUrl) }
  })
  add('grants.get', ['GET'], GRANT, async req => {
    await authorize(req, read('appGrants'))
    const app = appOf(req)
    return { status: 200, body: grantJson(grantOf(req, app), app, req.baseUrl) }
  })
  add('grants.delete', ['DELETE'], GRANT, async req => {
    await authorize(req, grantNeed)
    const app = appOf(req)
    const grant = grantOf(req, app)
    app.grants = app.grants.filter(g => g !== grant)
    return { status: 204 }
  })

  // Client roles ------------------------------------------------------------------------
  const ROLES = /^\/oauth2\/v1\/clients\/(?<clientId>[^/]+)\/roles$/
  const ROLE = /^\/oauth2\/v1\/clients\/(?<clientId>[^/]+)\/roles\/(?<roleId>[^/]+)$/
  // Only Super Admins can assign roles (okta-api.md §5.1).
  const roleNeed = manage('roles', 'SUPER_ADMIN')
  const roleOf = (req: EmulatorRequest, app: App): RoleAssignment => {
    const id = decodeURIComponent(req.params.roleId)
    const role = app.roles.find(r => r.id === id)
    if (!role) throw managementError('E0000007', `Resource not found: ${id} (Role)`)
    return role
  }
  add('roles.list', ['GET'], ROLES, async req => {
    await authorize(req, read('roles'))
    const app = clientOf(req)
    return { status: 200, body: app.roles.map(r => roleJson(r, app, req.baseUrl)) }
  })
  add('roles.create', ['POST'], ROLES, async req => {
    await authorize(req, roleNeed)
    const app = clientOf(req)
    const type = jsonBody(req).type
    if (typeof type !== 'string' || !(type in ROLE_LABELS)) {
      throw validation('type', [
        `type: Use a standard role type: ${Object.keys(ROLE_LABELS).join(', ')}.`
      ])
    }
    if (app.applicationType !== 'service') throw managementError('E0000227')
    if (app.roles.some(r => r.type === type)) throw managementError('E0000090')
    const role = state.addRole(app, type)
    return { status: 200, body: roleJson(role, app, req.baseUrl) }
  })
  add('roles.get', ['GET'], ROLE, async req => {
    await authorize(req, read('roles'))
    const app = clientOf(req)
    return { status: 200, body: roleJson(roleOf(req, app), app, req.baseUrl) }
  })
  add('roles.delete', ['DELETE'], ROLE, async req => {
    await authorize(req, roleNeed)
    const app = clientOf(req)
    const role = roleOf(req, app)
    app.roles = app.roles.filter(r => r !== role)
    return { status: 204 }
  })

  // App JWKS credentials ----------------------------------------------------------------
  const JWKS = /^\/api\/v1\/apps\/(?<appId>[^/]+)\/credentials\/jwks$/
  const JWK = /^\/api\/v1\/apps\/(?<appId>[^/]+)\/credentials\/jwks\/(?<keyId>[^/]+)$/
  add('jwks.list', ['GET'], JWKS, async req => {
    await authorize(req, read('apps'))
    const app = appOf(req)
    const keys = app.keys.map(k => keyJson(k, app, req.baseUrl))
    const body =
      state.jwksListShape === 'array'
        ? keys
        : state.jwksListShape === 'keys'
          ? { keys }
          : { jwks: { keys } }
    return { status: 200, body }
  })
  add('jwks.add', ['POST'], JWKS, async req => {
    const app = appOf(req)
    await authorize(req, keyNeed(app))
    const body = jsonBody(req)
    const status = body.status ?? 'ACTIVE'
    const causes = [...keyCauses([body], app.keys)]
    if (status !== 'ACTIVE' && status !== 'INACTIVE') causes.push('status: ACTIVE or INACTIVE.')
    if (causes.length) throw validation('JsonWebKey', causes)
    const jwk = withCurve(body as unknown as PublicJwk)
    const key = state.addKey(app, { ...jwk, status: status as KeyStatus })
    return { status: 201, body: keyJson(key, app, req.baseUrl) }
  })
  add('jwks.get', ['GET'], JWK, async req => {
    await authorize(req, read('apps'))
    const app = appOf(req)
    return { status: 200, body: keyJson(keyOf(req, app), app, req.baseUrl) }
  })
  add(
    'jwks.lifecycle',
    ['POST'],
    /^\/api\/v1\/apps\/(?<appId>[^/]+)\/credentials\/jwks\/(?<keyId>[^/]+)\/lifecycle\/(?<action>activate|deactivate)$/,
    async req => {
      const app = appOf(req)
      await authorize(req, keyNeed(app))
      const key = keyOf(req, app)
      if (req.params.action === 'deactivate' && key.status === 'ACTIVE') {
        const active = app.keys.filter(k => k.status === 'ACTIVE')
        if (active.length === 1 && app.tokenEndpointAuthMethod === 'private_key_jwt') {
          throw validation('JsonWebKey', [JWK_CAUSES.onlyActive])
        }
      }
      key.status = req.params.action === 'activate' ? 'ACTIVE' : 'INACTIVE'
      key.lastUpdated = app.lastUpdated = state.clock.iso()
      return { status: 200, body: keyJson(key, app, req.baseUrl) }
    }
  )
  add('jwks.delete', ['DELETE'], JWK, async req => {
    const app = appOf(req)
    await authorize(req, keyNeed(app))
    const key = keyOf(req, app)
    if (key.status === 'ACTIVE') throw validation('JsonWebKey', [JWK_CAUSES.deleteActive])
    app.keys = app.keys.filter(k => k !== key)
    app.lastUpdated = state.clock.iso()
    return { status: 204 }
  })
}

/**
 * Accept header, credentials, then privilege, in Okta's order. An SSWS token carries its
 * admin's role; an OAuth access token needs a scope for the call (checked by
 * authorizeApiRequest) and its app's admin roles decide the privilege.
 */
async function authorizeManagement(
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
    role = principal.apiToken.role ?? 'SUPER_ADMIN'
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

function jsonBody(req: EmulatorRequest): Record<string, unknown> {
  // okta-api.md §5.1: management writes send Content-Type: application/json. What Okta answers
  // without it is not documented; the emulator refuses the body as not well-formed JSON, so a
  // client that stops sending the header fails here as it would risk failing at Okta.
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

function validation(detail: string, causes: string[]) {
  return managementError('E0000001', detail, causes)
}

interface AppInput {
  label: string
  clientId?: string
  authMethod: 'private_key_jwt' | 'client_secret_basic'
  applicationType: 'service' | 'web'
  grantTypes: string[]
  responseTypes: string[]
  dpop: boolean
  keys: (PublicJwk & { status?: KeyStatus })[]
}

/** The rules of okta-api.md §5.2 for an OIDC app body (create and full replace). */
function validateApp(body: Record<string, unknown>): AppInput {
  const causes: string[] = []
  let detail = ''
  const fail = (field: string, cause: string) => {
    detail ||= field
    causes.push(`${field}: ${cause}`)
  }
  const obj = (value: unknown) =>
    (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<
      string,
      unknown
    >
  const credentials = obj(obj(body.credentials).oauthClient)
  const settings = obj(obj(body.settings).oauthClient)

  if (body.name !== 'oidc_client') fail('name', 'The emulator supports only oidc_client apps.')
  const label = typeof body.label === 'string' ? body.label.trim() : ''
  if (!label) fail('label', 'The field cannot be left blank.')
  if (body.signOnMode !== 'OPENID_CONNECT') fail('signOnMode', 'Must be OPENID_CONNECT.')
  const authMethod = credentials.token_endpoint_auth_method ?? 'client_secret_basic'
  if (authMethod !== 'private_key_jwt' && authMethod !== 'client_secret_basic') {
    fail('token_endpoint_auth_method', 'Use private_key_jwt or client_secret_basic.')
  }
  const clientId = credentials.client_id
  if (clientId !== undefined && (typeof clientId !== 'string' || !clientId)) {
    fail('client_id', 'Must be a non-empty string.')
  }
  const applicationType = settings.application_type ?? 'web'
  if (applicationType !== 'service' && applicationType !== 'web') {
    fail('application_type', 'Use service or web.')
  }
  const strings = (value: unknown) =>
    Array.isArray(value) && value.every(v => typeof v === 'string') ? (value as string[]) : null
  const grantTypes = strings(settings.grant_types)
  if (!grantTypes?.length) fail('grant_types', 'The field cannot be left blank.')
  else if (applicationType === 'service' && !grantTypes.includes('client_credentials')) {
    fail('grant_types', 'A service app must use the client_credentials grant type.')
  }
  const responseTypes =
    settings.response_types === undefined ? [] : strings(settings.response_types)
  if (responseTypes === null) fail('response_types', 'Must be a list of response types.')
  const dpop = settings.dpop_bound_access_tokens ?? false
  if (typeof dpop !== 'boolean') fail('dpop_bound_access_tokens', 'Must be true or false.')

  let keys: (PublicJwk & { status?: KeyStatus })[] = []
  if (settings.jwks_uri !== undefined) {
    fail('jwks_uri', 'The emulator does not fetch jwks_uri; send the keys in jwks.')
  }
  const jwks = obj(settings.jwks).keys
  if (settings.jwks !== undefined && !Array.isArray(jwks)) fail('jwks', 'Must hold a keys array.')
  if (Array.isArray(jwks)) {
    const keyProblems = keyCauses(jwks, [])
    if (keyProblems.length) {
      detail ||= 'JsonWebKey'
      causes.push(...keyProblems)
    }
    keys = (jwks as (PublicJwk & { status?: KeyStatus })[]).map(withCurve)
  }
  if (authMethod === 'private_key_jwt' && keys.length === 0) {
    fail('jwks', 'private_key_jwt needs at least one public key in settings.oauthClient.jwks.')
  }
  if (causes.length) throw validation(detail, causes)
  return {
    label,
    clientId: clientId as string | undefined,
    authMethod: authMethod as AppInput['authMethod'],
    applicationType: applicationType as AppInput['applicationType'],
    grantTypes: grantTypes!,
    responseTypes: responseTypes ?? [],
    dpop: dpop as boolean,
    keys
  }
}

/**
 * Okta's JWK rules (okta-api.md §5.2, §5.5) for `added` keys joining `existing` ones: public
 * RSA (≥ 2048 bits) or EC keys for signing, unique kids, a kid on every key once there are
 * several, at most 50.
 */
function keyCauses(added: unknown[], existing: AppKey[]): string[] {
  const causes = new Set<string>()
  const kids = existing.map(k => k.kid)
  if (existing.length + added.length > MAX_KEYS) causes.add(JWK_CAUSES.maxKeys)
  for (const raw of added) {
    const key = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
    const kid = typeof key.kid === 'string' && key.kid ? key.kid : null
    if ('d' in key) causes.add('A client key must be a public key: remove the private member "d".')
    if (key.use !== undefined && key.use !== 'sig') {
      causes.add("The 'use' of a client authentication key must be 'sig'.")
    }
    if (key.status !== undefined && key.status !== 'ACTIVE' && key.status !== 'INACTIVE') {
      causes.add('status: ACTIVE or INACTIVE.')
    }
    if (key.kty === 'RSA') {
      if (typeof key.n !== 'string' || typeof key.e !== 'string') {
        causes.add('An RSA key needs n and e.')
      } else if (rsaBits(key.n) < 2048) {
        causes.add(JWK_CAUSES.rsaLength)
      }
    } else if (key.kty === 'EC') {
      if (typeof key.x !== 'string' || typeof key.y !== 'string')
        causes.add('An EC key needs x and y.')
      if (key.crv !== undefined && !['P-256', 'P-384', 'P-521'].includes(String(key.crv))) {
        causes.add('An EC key must be on P-256, P-384 or P-521.')
      }
    } else {
      causes.add('kty: Use RSA or EC.')
    }
    if (!causes.size && !usable(key)) causes.add('The key is not a valid public JWK.')
    if (kid !== null && kids.includes(kid)) causes.add(JWK_CAUSES.uniqueKid)
    else if (kids.length > 0 && (kid === null || kids.includes(null)))
      causes.add(JWK_CAUSES.kidNeeded)
    kids.push(kid)
  }
  return [...causes]
}

function rsaBits(n: string): number {
  const bytes = Buffer.from(n, 'base64url')
  let start = 0
  while (start < bytes.length && bytes[start] === 0) start++
  return (bytes.length - start) * 8
}

/** The key parses as a public key (EC points on the curve, RSA members well formed). */
function usable(key: Record<string, unknown>): boolean {
  try {
    const jwk: JsonWebKey = { kty: String(key.kty) }
    for (const name of ['n', 'e', 'x', 'y'] as const)
      if (typeof key[name] === 'string') jwk[name] = key[name] as string
    if (key.kty === 'EC') jwk.crv = typeof key.crv === 'string' ? key.crv : curveOf(String(key.x))
    createPublicKey({ key: jwk, format: 'jwk' })
    return true
  } catch {
    return false
  }
}

/** An EC key stored without crv could not verify an assertion: infer it (see curveOf). */
function withCurve<T extends PublicJwk>(key: T): T {
  return key.kty === 'EC' && !key.crv && typeof key.x === 'string'
    ? { ...key, crv: curveOf(key.x) }
    : key
}

/** Okta's schema omits crv (okta-api.md §5.2): infer it from the coordinate length. */
function curveOf(x: string): string {
  const bytes = Buffer.from(x, 'base64url').length
  return bytes <= 32 ? 'P-256' : bytes <= 48 ? 'P-384' : 'P-521'
}

function sameMaterial(a: PublicJwk, b: PublicJwk): boolean {
  return a.kty === b.kty && a.n === b.n && a.e === b.e && a.x === b.x && a.y === b.y
}

function keySignature(keys: PublicJwk[]): string {
  return keys
    .map(k => `${k.kid ?? ''}:${k.n ?? ''}${k.x ?? ''}`)
    .sort()
    .join('|')
}

// JSON shapes, as Okta answers them -----------------------------------------------------

function appJson(app: App, baseUrl: string): Record<string, unknown> {
  const self = `${baseUrl}/api/v1/apps/${app.id}`
  const service = app.applicationType === 'service'
  return {
    id: app.id,
    name: 'oidc_client',
    label: app.label,
    status: app.status,
    created: app.created,
    lastUpdated: app.lastUpdated,
    signOnMode: 'OPENID_CONNECT',
    features: [],
    credentials: {
      userNameTemplate: { template: '${source.login}', type: 'BUILT_IN' },
      signing: {},
      oauthClient: {
        autoKeyRotation: true,
        client_id: app.clientId,
        token_endpoint_auth_method: app.tokenEndpointAuthMethod
      }
    },
    settings: {
      app: {},
      oauthClient: {
        application_type: app.applicationType,
        consent_method: 'TRUSTED',
        grant_types: app.grantTypes ?? (service ? ['client_credentials'] : ['authorization_code']),
        response_types: app.responseTypes ?? (service ? ['token'] : ['code']),
        issuer_mode: 'DYNAMIC',
        dpop_bound_access_tokens: app.dpopRequired,
        jwks: { keys: app.keys.map(k => keyMembers(k)) }
      }
    },
    _links: {
      self: { href: self },
      appLinks: [],
      [app.status === 'ACTIVE' ? 'deactivate' : 'activate']: {
        href: `${self}/lifecycle/${app.status === 'ACTIVE' ? 'deactivate' : 'activate'}`
      }
    }
  }
}

function keyMembers(key: AppKey): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: key.id,
    status: key.status,
    created: key.created,
    lastUpdated: key.lastUpdated,
    kid: key.kid,
    kty: key.kty,
    alg: key.alg,
    use: key.use ?? 'sig'
  }
  for (const name of ['e', 'n', 'crv', 'x', 'y'] as const) if (key[name]) out[name] = key[name]
  return out
}

function keyJson(key: AppKey, app: App, baseUrl: string): Record<string, unknown> {
  const self = `${baseUrl}/api/v1/apps/${app.id}/credentials/jwks/${key.id}`
  const post = { hints: { allow: ['POST'] } }
  const links: Record<string, unknown> = { self: { href: self, hints: { allow: ['GET'] } } }
  if (key.status === 'ACTIVE') links.deactivate = { href: `${self}/lifecycle/deactivate`, ...post }
  else {
    links.activate = { href: `${self}/lifecycle/activate`, ...post }
    links.delete = { href: self, hints: { allow: ['DELETE'] } }
  }
  return { ...keyMembers(key), _links: links }
}

function grantJson(grant: AppGrant, app: App, baseUrl: string): Record<string, unknown> {
  const self = `${baseUrl}/api/v1/apps/${app.id}/grants/${grant.id}`
  return {
    id: grant.id,
    status: grant.status,
    created: grant.created,
    createdBy: { id: '00uemulatoradmin0001', type: 'User' },
    lastUpdated: grant.created,
    issuer: grant.issuer,
    clientId: grant.clientId,
    scopeId: grant.scopeId,
    source: grant.source,
    _links: {
      app: { href: `${baseUrl}/api/v1/apps/${app.id}`, title: app.label },
      self: { href: self, hints: { allow: ['GET', 'DELETE'] } },
      client: { href: `${baseUrl}/oauth2/v1/clients/${app.clientId}`, title: app.label }
    }
  }
}

function roleJson(role: RoleAssignment, app: App, baseUrl: string): Record<string, unknown> {
  return {
    ...role,
    _links: { assignee: { href: `${baseUrl}/oauth2/v1/clients/${app.clientId}` } }
  }
}

/** Okta's cursor pagination: `limit` clamped, `after` = last id, absolute Link headers. */
function paginate(
  req: EmulatorRequest,
  items: Record<string, unknown>[],
  defaultLimit: number,
  maxLimit: number
): EmulatorResponse {
  const asked = Number.parseInt(req.query.get('limit') ?? '', 10)
  const limit = Number.isNaN(asked) || asked < 1 ? defaultLimit : Math.min(asked, maxLimit)
  const after = req.query.get('after')
  const start = after === null ? 0 : items.findIndex(item => item.id === after) + 1
  const page = after !== null && start === 0 ? [] : items.slice(start, start + limit)
  const links = [`<${req.baseUrl}${req.path}${req.url.search}>; rel="self"`]
  if (page.length > 0 && start + limit < items.length) {
    const next = new URLSearchParams(req.query)
    next.set('after', String(page[page.length - 1].id))
    next.set('limit', String(limit))
    links.push(`<${req.baseUrl}${req.path}?${next.toString()}>; rel="next"`)
  }
  return { status: 200, headers: { Link: links }, body: page }
}

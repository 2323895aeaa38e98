// Okta's OAuth endpoints for a private_key_jwt service app: token (client_credentials),
// revoke and introspect on the org authorization server (/oauth2/v1/…) and on custom ones
// (/oauth2/{id}/v1/…), plus discovery. The rules come from Okta's service app guide
// (https://developer.okta.com/docs/guides/implement-oauth-for-okta-serviceapp/main/), its client authentication page
// (https://developer.okta.com/docs/api/openapi/okta-oauth/guides/client-auth/), authorization servers
// (https://developer.okta.com/docs/concepts/auth-servers/) and RFC 7523, 7009 and 9449, enforced with
// Okta's exact error bodies (errors.ts), so the action's tests prove behaviour Okta would accept.
import { createPublicKey, type JsonWebKey } from 'node:crypto'
import { compactVerify, decodeJwt, decodeProtectedHeader } from 'jose'
import { DPOP_ALGS, DpopProofError, dpopHeaderOf, verifyDpopProof } from './dpop.js'
import { managementError, oauthError } from './errors.js'
import type { EmulatorRequest, EmulatorResponse, EmulatorRuntime, Router } from './router.js'
import type { App, AppKey, AuthServer } from './state.js'

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** private_key_jwt signing algorithms Okta accepts: RS* and ES*, no PS* or HS* (client-auth page). */
const ASSERTION_ALGS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512']
/** Org authorization server tokens live one hour, not configurable (authorization servers page). */
const TOKEN_LIFETIME_SECONDS = 3600
/** An assertion's exp may be at most one hour ahead (client-auth page, token claims). */
const MAX_ASSERTION_LIFETIME_SECONDS = 3600
const CREDENTIAL_PARAMS = [
  'client_id',
  'client_secret',
  'client_assertion',
  'client_assertion_type'
]

/** The Okta API scopes the org authorization server can mint (https://developer.okta.com/docs/api/oauth2/). */
export const OKTA_SCOPES: ReadonlySet<string> = new Set(
  [
    'okta.agentPools.manage okta.agentPools.read okta.apiTokens.manage okta.apiTokens.read ' +
      'okta.appGrants.manage okta.appGrants.read okta.apps.manage okta.apps.read ' +
      'okta.authenticators.manage okta.authenticators.read okta.authorizationServers.manage ' +
      'okta.authorizationServers.read okta.behaviors.manage okta.behaviors.read ' +
      'okta.brands.manage okta.brands.read okta.captchas.manage okta.captchas.read ' +
      'okta.clients.manage okta.clients.read okta.clients.register okta.deviceAssurance.manage ' +
      'okta.deviceAssurance.read okta.devices.manage okta.devices.read okta.domains.manage ' +
      'okta.domains.read okta.emailDomains.manage okta.emailDomains.read okta.eventHooks.manage ' +
      'okta.eventHooks.read okta.features.manage okta.features.read okta.groups.manage ' +
      'okta.groups.read okta.identitySources.manage okta.identitySources.read okta.idps.manage ' +
      'okta.idps.read okta.inlineHooks.manage okta.inlineHooks.read okta.linkedObjects.manage ' +
      'okta.linkedObjects.read okta.logStreams.manage okta.logStreams.read okta.logs.read ' +
      'okta.networkZones.manage okta.networkZones.read okta.oauthIntegrations.manage ' +
      'okta.oauthIntegrations.read okta.orgs.manage okta.orgs.read okta.policies.manage ' +
      'okta.policies.read okta.principalRateLimits.manage okta.principalRateLimits.read ' +
      'okta.profileMappings.manage okta.profileMappings.read okta.pushProviders.manage ' +
      'okta.pushProviders.read okta.rateLimits.manage okta.rateLimits.read okta.roles.manage ' +
      'okta.roles.read okta.schemas.manage okta.schemas.read okta.sessions.manage ' +
      'okta.sessions.read okta.templates.manage okta.templates.read okta.threatInsights.manage ' +
      'okta.threatInsights.read okta.trustedOrigins.manage okta.trustedOrigins.read ' +
      'okta.uischemas.manage okta.uischemas.read okta.userTypes.manage okta.userTypes.read ' +
      'okta.users.manage okta.users.read'
  ]
    .join('')
    .split(' ')
)

type Endpoint = 'token' | 'revoke' | 'introspect'

export function registerOAuthRoutes(router: Router, runtime: EmulatorRuntime): void {
  const handlers: Record<
    Endpoint,
    (req: EmulatorRequest, as: AuthServer | null) => Promise<EmulatorResponse>
  > = {
    token: (req, as) => tokenEndpoint(req, runtime, as),
    revoke: (req, as) => revokeEndpoint(req, runtime, as),
    introspect: (req, as) => introspectEndpoint(req, runtime, as)
  }
  for (const endpoint of ['token', 'revoke', 'introspect'] as const) {
    router.add({
      name: `oauth.${endpoint}`,
      methods: ['POST'],
      pattern: new RegExp(`^/oauth2/v1/${endpoint}$`),
      group: endpoint,
      authenticatesClient: true,
      handler: req => handlers[endpoint](req, null)
    })
    router.add({
      name: `oauth.custom.${endpoint}`,
      methods: ['POST'],
      pattern: new RegExp(`^/oauth2/(?<authServerId>[A-Za-z0-9_-]+)/v1/${endpoint}$`),
      group: endpoint,
      authenticatesClient: true,
      handler: req => handlers[endpoint](req, authServerOf(req, runtime))
    })
  }
  // Discovery is not among Okta's rate-limited endpoints (https://developer.okta.com/docs/reference/rate-limits/).
  router.add({
    name: 'oauth.metadata',
    methods: ['GET'],
    pattern: /^\/\.well-known\/(openid-configuration|oauth-authorization-server)$/,
    handler: req => ({ status: 200, body: metadata(req.baseUrl, null) })
  })
  router.add({
    name: 'oauth.custom.metadata',
    methods: ['GET'],
    pattern:
      /^\/oauth2\/(?<authServerId>[A-Za-z0-9_-]+)\/\.well-known\/(openid-configuration|oauth-authorization-server)$/,
    handler: req => ({ status: 200, body: metadata(req.baseUrl, authServerOf(req, runtime).id) })
  })
}

function authServerOf(req: EmulatorRequest, runtime: EmulatorRuntime): AuthServer {
  const id = req.params.authServerId
  req.log.authServerId = id
  const server = runtime.state.authServers.get(id)
  if (!server) throw managementError('E0000007', `Resource not found: ${id} (AuthorizationServer)`)
  return server
}

function metadata(baseUrl: string, authServerId: string | null): Record<string, unknown> {
  const issuer = authServerId === null ? baseUrl : `${baseUrl}/oauth2/${authServerId}`
  const prefix = authServerId === null ? `${baseUrl}/oauth2/v1` : `${issuer}/v1`
  return {
    issuer,
    token_endpoint: `${prefix}/token`,
    revocation_endpoint: `${prefix}/revoke`,
    introspection_endpoint: `${prefix}/introspect`,
    jwks_uri: `${prefix}/keys`,
    grant_types_supported: ['client_credentials'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ASSERTION_ALGS,
    revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'private_key_jwt'],
    introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'private_key_jwt'],
    dpop_signing_alg_values_supported: DPOP_ALGS
  }
}

/** Checks common to the three endpoints, before any client authentication. */
function readForm(req: EmulatorRequest): URLSearchParams {
  // Okta refuses credentials in the URL: they would end up in proxy and server logs.
  if (CREDENTIAL_PARAMS.some(name => req.query.has(name))) {
    throw oauthError('client_credentials_in_query')
  }
  const contentType = String(req.headers['content-type'] ?? '').toLowerCase()
  if (!contentType.startsWith('application/x-www-form-urlencoded')) {
    throw oauthError('invalid_request')
  }
  return new URLSearchParams(req.rawBody.toString('utf8'))
}

/**
 * private_key_jwt client authentication (client-auth page, RFC 7523 §3). Returns the authenticated app; the
 * assertion's jti is burnt before returning, so any later error (including the DPoP nonce
 * challenge) still leaves it used, as Okta does.
 */
async function authenticateClient(
  req: EmulatorRequest,
  form: URLSearchParams,
  runtime: EmulatorRuntime,
  ctx: { endpoint: Endpoint; authServer: AuthServer | null }
): Promise<App> {
  const { state } = runtime
  const authorization = req.headers.authorization
  if (authorization) req.log.authorizationScheme = authorization.split(' ')[0]
  const assertion = form.get('client_assertion')
  if (assertion !== null && (authorization || form.has('client_secret'))) {
    throw oauthError('multiple_client_credentials')
  }
  if (assertion === null) return rejectNonAssertionClient(req, form, runtime, ctx)

  if (form.get('client_assertion_type') !== ASSERTION_TYPE) {
    throw oauthError('client_assertion_type_invalid')
  }
  let header: Record<string, unknown>
  let claims: Record<string, unknown>
  try {
    if (assertion.split('.').length !== 3) throw new Error('not a JWS')
    header = decodeProtectedHeader(assertion) as Record<string, unknown>
    claims = decodeJwt(assertion) as Record<string, unknown>
  } catch {
    throw oauthError('client_assertion_invalid_jwt')
  }
  req.log.assertion = { header, claims }

  const alg = header.alg
  if (typeof alg !== 'string' || !ASSERTION_ALGS.includes(alg)) {
    throw oauthError('client_assertion_invalid_signature_algorithm')
  }
  const app = typeof claims.iss === 'string' ? state.appByClientId(claims.iss) : undefined
  if (!app) throw oauthError('client_assertion_invalid_issuer')
  req.log.clientId = app.clientId
  if (claims.sub !== claims.iss) throw oauthError('client_assertion_invalid_subject')
  // RFC 7523: a client_id sent beside the assertion must name the same client (Okta's exact
  // check is not documented; invalid_client is the generic answer, docs/emulator.md "Choices").
  const formClientId = form.get('client_id')
  if (formClientId !== null && formClientId !== app.clientId) throw oauthError('invalid_client')
  checkAppMayAuthenticate(app, ctx)

  const key = selectKey(app, header.kid)
  if (key.use !== undefined && key.use !== 'sig')
    throw oauthError('client_assertion_invalid_key_use')
  try {
    const publicKey = createPublicKey({ key: key as unknown as JsonWebKey, format: 'jwk' })
    await compactVerify(assertion, publicKey, { algorithms: [alg] })
  } catch {
    throw oauthError('client_assertion_invalid_signature')
  }

  // Okta wants the exact URL of the endpoint invoked, not the issuer (client-auth page). A JSON
  // array audience is refused too: Okta's guides only show the single string.
  if (claims.aud !== `${req.baseUrl}${req.path}`)
    throw oauthError('client_assertion_invalid_audience')
  const now = state.clock.nowSeconds()
  if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) {
    throw oauthError('client_assertion_expiration_required')
  }
  if (claims.exp <= now) throw oauthError('client_assertion_expired_token')
  if (claims.exp > now + MAX_ASSERTION_LIFETIME_SECONDS) {
    throw oauthError('client_assertion_expires_too_far_in_future')
  }
  if (claims.iat !== undefined) {
    if (typeof claims.iat !== 'number') throw oauthError('client_assertion_invalid_jwt')
    // No skew allowance: Okta documents none (docs/emulator.md, "Choices").
    if (claims.iat > now) throw oauthError('client_assertion_issued_at_in_future')
  }
  // jti is optional at Okta, but once seen it is single-use for that client.
  if (claims.jti !== undefined) {
    if (typeof claims.jti !== 'string') throw oauthError('client_assertion_invalid_jwt')
    if (!state.burnAssertionJti(app.clientId, claims.jti)) {
      throw oauthError('client_assertion_already_used')
    }
  }
  if (app.networkZoneBlocked) throw oauthError('disallowed_network_zone')
  // The client is authenticated and its jti burnt: a server-side fault fires from here on.
  req.authenticated()
  return app
}

/** Client secrets and public clients: the emulator stores no secrets, so none succeeds. */
function rejectNonAssertionClient(
  req: EmulatorRequest,
  form: URLSearchParams,
  runtime: EmulatorRuntime,
  ctx: { endpoint: Endpoint; authServer: AuthServer | null }
): never {
  let clientId = form.get('client_id')
  const authorization = req.headers.authorization ?? ''
  if (/^basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8')
    clientId = decodeURIComponent(decoded.split(':')[0] ?? '')
  }
  if (clientId === null && !authorization) throw oauthError('missing_client_credentials')
  const app = clientId ? runtime.state.appByClientId(clientId) : undefined
  if (app) req.log.clientId = app.clientId
  // The org AS takes only private_key_jwt for client_credentials (service app guide).
  if (app && ctx.endpoint === 'token' && ctx.authServer === null) {
    throw oauthError('unsupported_auth_method_client_creds')
  }
  throw oauthError('invalid_client')
}

function checkAppMayAuthenticate(
  app: App,
  ctx: { endpoint: Endpoint; authServer: AuthServer | null }
): void {
  if (app.status !== 'ACTIVE') throw oauthError('invalid_client')
  const orgClientCredentials = ctx.endpoint === 'token' && ctx.authServer === null
  // client_credentials at the org AS needs a service app with private_key_jwt (service app guide).
  if (orgClientCredentials && app.applicationType !== 'service') {
    throw oauthError('invalid_application_type_client_credentials')
  }
  if (app.tokenEndpointAuthMethod !== 'private_key_jwt') {
    throw oauthError(
      orgClientCredentials ? 'unsupported_auth_method_client_creds' : 'invalid_client'
    )
  }
  if (app.keys.length === 0) throw oauthError('client_assertion_jwks_not_configured')
}

/**
 * The registered key that must verify the assertion. With several keys the kid is mandatory
 * (Okta KB "Invalid Key ID"); with a single key and no kid the emulator uses that key
 * (not documented by Okta, docs/emulator.md "Choices"). A kid naming only an INACTIVE key is
 * refused, as Okta's key rotation guidance implies
 * (https://developer.okta.com/docs/guides/key-management/main/).
 */
function selectKey(app: App, kid: unknown): AppKey {
  if (kid === undefined) {
    if (app.keys.length > 1 || app.keys[0].status !== 'ACTIVE') {
      throw oauthError('client_assertion_invalid_kid')
    }
    return app.keys[0]
  }
  const active = app.keys.find(k => k.kid === kid && k.status === 'ACTIVE')
  if (!active) throw oauthError('client_assertion_invalid_kid')
  return active
}

async function tokenEndpoint(
  req: EmulatorRequest,
  runtime: EmulatorRuntime,
  authServer: AuthServer | null
): Promise<EmulatorResponse> {
  const { state } = runtime
  const form = readForm(req)
  const grantType = form.get('grant_type')
  if (!grantType) throw oauthError('token_request_missing_grant_type')
  if (grantType !== 'client_credentials') throw oauthError('unsupported_grant_type')
  const app = await authenticateClient(req, form, runtime, { endpoint: 'token', authServer })
  if (app.grantTypes && !app.grantTypes.includes('client_credentials')) {
    // RFC 6749 §5.2 unauthorized_client: a client without the grant type (a custom
    // authorization server's web app, say) is refused after it authenticated; Okta lists what it has.
    const error = oauthError('unauthorized_client')
    error.response.body = {
      error: 'unauthorized_client',
      error_description: `The client is not authorized to use the provided grant type. Configured grant types: [${app.grantTypes.join(', ')}].`
    }
    throw error
  }

  const jkt = await checkTokenDpop(req, runtime, app)
  const scopes = grantedScopes(form.get('scope'), app, runtime, authServer)
  const token = state.issueToken({
    clientId: app.clientId,
    scopes,
    jkt,
    authServerId: authServer?.id ?? null,
    lifetimeSeconds: TOKEN_LIFETIME_SECONDS
  })
  return {
    status: 200,
    headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
    body: {
      token_type: token.tokenType,
      expires_in: TOKEN_LIFETIME_SECONDS,
      access_token: token.accessToken,
      scope: scopes.join(' ')
    }
  }
}

/**
 * DPoP at the token endpoint (RFC 9449 §5 and §8, https://developer.okta.com/docs/guides/dpop/oktaresourceserver/main/). Returns the jkt to bind the token to, or null.
 * When the app does not require DPoP but a valid proof arrives, the emulator still binds the
 * token: not documented by Okta (docs/emulator.md, "Choices"), chosen as the stricter of the two so a
 * client that sends proofs must also handle a DPoP token_type.
 */
async function checkTokenDpop(
  req: EmulatorRequest,
  runtime: EmulatorRuntime,
  app: App
): Promise<string | null> {
  const { state } = runtime
  let proof: string | undefined
  try {
    proof = dpopHeaderOf(req)
    if (proof === undefined) {
      if (app.dpopRequired) throw new DpopProofError('invalid_dpop_proof_missing_header')
      return null
    }
    const verified = await verifyDpopProof(proof, req, state, {
      method: 'POST',
      htu: `${req.baseUrl}${req.path}`
    })
    // Only the current nonce is accepted; after a rotation (control API) the old one is stale.
    if (verified.nonce !== state.dpopNonce) {
      throw oauthError('use_dpop_nonce', { 'DPoP-Nonce': state.dpopNonce })
    }
    return verified.jkt
  } catch (err) {
    if (err instanceof DpopProofError) throw oauthError(err.code)
    throw err
  }
}

function grantedScopes(
  scopeParam: string | null,
  app: App,
  runtime: EmulatorRuntime,
  authServer: AuthServer | null
): string[] {
  const requested = [...new Set((scopeParam ?? '').split(' ').filter(Boolean))]
  // scope is required for client_credentials; the org AS has no default scope (service app guide).
  if (requested.length === 0) throw oauthError('missing_scopes')
  if (requested.includes('openid')) throw oauthError('openid_not_allowed_client_creds')
  if (requested.some(scope => scope.endsWith('.self'))) {
    throw oauthError('client_credentials_self_scope_requested')
  }
  if (authServer === null) {
    if (requested.some(scope => !OKTA_SCOPES.has(scope))) throw oauthError('invalid_scope')
    const issuer = runtime.state.orgIssuer()
    // Only scopes in the app's grants come back; the rest are dropped silently
    // (https://github.com/okta/terraform-provider-okta/issues/2375).
    const granted = requested.filter(scope =>
      app.grants.some(g => g.scopeId === scope && g.issuer.replace(/\/+$/, '') === issuer)
    )
    if (granted.length === 0) throw oauthError('no_org_scopes_granted')
    return granted
  }
  // okta.* scopes come only from the org AS (authorization servers page).
  if (requested.some(scope => scope.startsWith('okta.') || !authServer.scopes.includes(scope))) {
    throw oauthError('invalid_scope')
  }
  if (!authServer.allowedClients.includes(app.clientId)) throw oauthError('no_matching_policy')
  return requested
}

async function revokeEndpoint(
  req: EmulatorRequest,
  runtime: EmulatorRuntime,
  authServer: AuthServer | null
): Promise<EmulatorResponse> {
  const form = readForm(req)
  const value = form.get('token')
  if (!value) throw oauthError('request_missing_token')
  // No DPoP proof is required to revoke a DPoP-bound token: not documented by Okta (docs/emulator.md), so
  // the emulator accepts either and ignores a DPoP header here.
  const app = await authenticateClient(req, form, runtime, { endpoint: 'revoke', authServer })
  const token = runtime.state.tokens.get(value)
  // A client may revoke only its own tokens of this AS; anything else is silently ignored and
  // the answer is always 200 with an empty body (RFC 7009 §2.2).
  if (token && token.clientId === app.clientId && token.authServerId === (authServer?.id ?? null)) {
    token.revoked = true
  }
  return { status: 200, headers: { 'Cache-Control': 'no-store' } }
}

async function introspectEndpoint(
  req: EmulatorRequest,
  runtime: EmulatorRuntime,
  authServer: AuthServer | null
): Promise<EmulatorResponse> {
  const form = readForm(req)
  const value = form.get('token')
  if (!value) throw oauthError('request_missing_token')
  await authenticateClient(req, form, runtime, { endpoint: 'introspect', authServer })
  const token = runtime.state.tokens.get(value)
  const now = runtime.state.clock.nowSeconds()
  const active =
    token !== undefined &&
    !token.revoked &&
    token.expiresAt > now &&
    token.authServerId === (authServer?.id ?? null)
  if (!active)
    return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: { active: false } }
  return {
    status: 200,
    headers: { 'Cache-Control': 'no-store' },
    body: {
      active: true,
      scope: token.scopes.join(' '),
      client_id: token.clientId,
      sub: token.clientId,
      exp: token.expiresAt,
      iat: token.issuedAt,
      iss: token.issuer,
      aud: token.authServerId === null ? token.issuer : `api://${token.authServerId}`,
      jti: token.jti,
      token_type: token.tokenType,
      // RFC 9449 §6.2: the confirmation of a DPoP-bound token.
      ...(token.jkt ? { cnf: { jkt: token.jkt } } : {})
    }
  }
}

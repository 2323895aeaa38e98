// Okta resource endpoints the action's request mode calls (/api/v1/users, /api/v1/groups),
// with Okta's resource-server checks: token validity, audience, scope and DPoP binding
// (https://developer.okta.com/docs/guides/implement-oauth-for-okta-serviceapp/main/ and
// https://developer.okta.com/docs/guides/dpop/oktaresourceserver/main/, RFC 9449 §7), and
// Link-header pagination (pagination.ts). `authorizeApiRequest` is exported for the management
// routes to reuse.
import { DPOP_ALGS, DpopProofError, dpopHeaderOf, verifyDpopProof } from './dpop.js'
import { checkResourceNonce } from './resource-nonce.js'
import {
  OAUTH_ERRORS,
  ResponseError,
  managementError,
  managementErrorBody,
  type OAuthErrorCode
} from './errors.js'
import { paginate } from './pagination.js'
import type { EmulatorRequest, EmulatorRuntime, Router } from './router.js'
import type { ApiToken, Group, IssuedToken, User } from './state.js'

export type ApiPrincipal =
  { kind: 'oauth'; token: IssuedToken } | { kind: 'ssws'; apiToken: ApiToken }

export function registerResourceRoutes(router: Router, runtime: EmulatorRuntime): void {
  const users = { anyOf: ['okta.users.read', 'okta.users.manage'] }
  const groups = { anyOf: ['okta.groups.read', 'okta.groups.manage'] }
  router.add({
    name: 'users.list',
    methods: ['GET'],
    pattern: /^\/api\/v1\/users$/,
    group: 'users',
    handler: async req => {
      await authorizeApiRequest(req, runtime, users)
      // Users: 200 per page by default and at most (List all users, Okta Users API).
      return paginate(
        req,
        runtime.state.users.map(u => userJson(u, req.baseUrl)),
        { defaultLimit: 200, maxLimit: 200 }
      )
    }
  })
  router.add({
    name: 'users.get',
    methods: ['GET'],
    pattern: /^\/api\/v1\/users\/(?<id>[^/]+)$/,
    // /api/v1/users/{id} is a bucket of its own, apart from list and create (Okta's rate limits
    // reference lists them separately); users.update shares it.
    group: 'users.id',
    handler: async req => {
      await authorizeApiRequest(req, runtime, users)
      const id = decodeURIComponent(req.params.id)
      // Okta looks a user up by id or by login.
      const user = runtime.state.users.find(u => u.id === id || u.profile.login === id)
      if (!user) throw managementError('E0000007', `Resource not found: ${id} (User)`)
      return { status: 200, body: userJson(user, req.baseUrl) }
    }
  })
  router.add({
    name: 'groups.list',
    methods: ['GET'],
    pattern: /^\/api\/v1\/groups$/,
    group: 'groups',
    handler: async req => {
      await authorizeApiRequest(req, runtime, groups)
      // Groups: up to 10,000 per page (List all groups, Okta Groups API).
      return paginate(
        req,
        runtime.state.groups.map(g => groupJson(g, req.baseUrl)),
        { defaultLimit: 10000, maxLimit: 10000 }
      )
    }
  })
}

function userJson(user: User, baseUrl: string): Record<string, unknown> {
  return {
    id: user.id,
    status: user.status,
    created: user.created,
    activated: user.activated,
    statusChanged: user.activated,
    lastLogin: null,
    lastUpdated: user.lastUpdated,
    passwordChanged: null,
    type: { id: 'oty1emulatoruser0000' },
    profile: { ...user.profile, mobilePhone: null, secondEmail: null },
    _links: { self: { href: `${baseUrl}/api/v1/users/${user.id}` } }
  }
}

function groupJson(group: Group, baseUrl: string): Record<string, unknown> {
  return {
    ...group,
    objectClass: ['okta:user_group'],
    _links: { users: { href: `${baseUrl}/api/v1/groups/${group.id}/users` } }
  }
}

/**
 * The resource server's checks, in Okta's order: Accept header, credentials, token validity
 * and audience, DPoP binding, then scope. Throws the Okta response on failure.
 *
 * Error format (chosen, documented): a failure of a call that uses the DPoP scheme, or that
 * concerns DPoP (a bound token sent as Bearer), answers with an EMPTY body and a
 * `WWW-Authenticate: DPoP algs="…", …, error="…", error_description="…"` challenge, status
 * as in Okta's catalogue (400 for proof errors, 401 for scheme errors). A Bearer token that
 * is unknown, expired, revoked or for another audience answers 401 with the E0000011 JSON
 * body and a `WWW-Authenticate: Bearer …` challenge. Insufficient scope is 403 with an empty
 * body and the challenge of the scheme used (RFC 6750 §3.1, RFC 9449 §7.1).
 */
export async function authorizeApiRequest(
  req: EmulatorRequest,
  runtime: EmulatorRuntime,
  required: { anyOf: string[] }
): Promise<ApiPrincipal> {
  const { state } = runtime
  const accept = String(req.headers.accept ?? '')
  if (!/application\/json|application\/\*|\*\/\*/i.test(accept)) {
    throw managementError('E0000122')
  }
  const authorization = req.headers.authorization
  if (!authorization) {
    // Without credentials Okta falls back to a browser session, and there is none.
    throw managementError('E0000005')
  }
  const match = /^(\S+)\s+(\S+)$/.exec(authorization.trim())
  const scheme = match?.[1].toLowerCase()
  req.log.authorizationScheme = match?.[1]
  const value = match?.[2] ?? ''

  if (scheme === 'ssws') {
    const apiToken = state.apiTokens.get(value)
    if (!apiToken) throw managementError('E0000011')
    return { kind: 'ssws', apiToken }
  }
  if (scheme !== 'bearer' && scheme !== 'dpop') throw managementError('E0000011')
  const challenge = { req, scheme, scope: required.anyOf[0] } as const

  const token = state.tokens.get(value)
  if (!token) throw resourceError('invalid_token', challenge)
  req.log.clientId = token.clientId
  // Tokens of a custom AS are for your own APIs, never for Okta's (authorization servers page,
  // https://developer.okta.com/docs/concepts/auth-servers/).
  if (token.authServerId !== null) throw resourceError('access_token_invalid_audience', challenge)
  if (token.revoked) throw resourceError('access_token_revoked', challenge)
  if (token.expiresAt <= state.clock.nowSeconds()) throw resourceError('token_expired', challenge)

  if (scheme === 'bearer' && token.jkt) {
    // RFC 9449 §7.2: a bound token presented as Bearer gets a DPoP challenge.
    throw resourceError('dpop_authentication_scheme_required', { ...challenge, scheme: 'dpop' })
  }
  if (scheme === 'dpop') {
    if (!token.jkt) throw resourceError('access_token_not_dpop_bound', challenge)
    try {
      const proof = dpopHeaderOf(req)
      if (proof === undefined) throw new DpopProofError('dpop_proof_required_for_token')
      // htu is the resource URL without query or fragment (RFC 9449 §4.2); no nonce is
      // required for Okta resource calls (https://developer.okta.com/docs/guides/dpop/oktaresourceserver/main/).
      const verified = await verifyDpopProof(proof, req, state, {
        method: req.method,
        htu: `${req.baseUrl}${req.path}`,
        accessToken: value,
        expectedJkt: token.jkt
      })
      checkResourceNonce(runtime, verified.nonce, req.path)
    } catch (err) {
      if (err instanceof DpopProofError) throw resourceError(err.code, challenge)
      throw err
    }
  }
  if (!required.anyOf.some(scope => token.scopes.includes(scope))) {
    throw resourceError('access_token_insufficient_scopes', challenge)
  }
  return { kind: 'oauth', token }
}

function resourceError(
  code: OAuthErrorCode,
  ctx: { req: EmulatorRequest; scheme: 'bearer' | 'dpop'; scope: string }
): ResponseError {
  const spec = OAUTH_ERRORS[code]
  const params = [
    `authorization_uri="${ctx.req.baseUrl}/oauth2/v1/authorize"`,
    'realm="IdpMyAccountAPI"',
    `scope="${ctx.scope}"`,
    `error="${spec.error}"`,
    `error_description="${spec.description}"`,
    `resource="${ctx.req.path}"`
  ]
  const challenge =
    ctx.scheme === 'dpop'
      ? `DPoP algs="${DPOP_ALGS.join(' ')}", ${params.join(', ')}`
      : `Bearer ${params.join(', ')}`
  const emptyBody = ctx.scheme === 'dpop' || code === 'access_token_insufficient_scopes'
  return new ResponseError(
    {
      status: spec.status,
      headers: { 'WWW-Authenticate': challenge },
      body: emptyBody ? undefined : managementErrorBody('E0000011')
    },
    code
  )
}

// The control API (`/__control/…`, JSON): how tests and the demo set up apps and
// authorization servers, inspect issued tokens and the request log, and inject faults, clock
// offsets, latency and rate limits. Not part of Okta; control calls skip latency, faults,
// rate limits and the request log.
import { randomBytes } from 'node:crypto'
import {
  API_TOKEN_ROLES,
  JWKS_LIST_SHAPES,
  newNonce,
  type ApiTokenRole,
  type App,
  type IssuedToken,
  type JwksListShape,
  type KeyStatus,
  type NewAppInput
} from './state.js'
import type { FaultSpec } from './faults.js'
import { ResponseError } from './errors.js'
import type {
  EmulatorRequest,
  EmulatorResponse,
  EmulatorRuntime,
  RouteHandler,
  Router
} from './router.js'

/** An issued token as GET /__control/tokens shows it (times in epoch seconds, emulator clock). */
export interface TokenView {
  accessToken: string
  jti: string
  clientId: string
  scopes: string[]
  tokenType: 'Bearer' | 'DPoP'
  jkt: string | null
  revoked: boolean
  expired: boolean
  issuedAt: number
  expiresAt: number
  authServerId: string | null
}

export interface AppPatch {
  label?: string
  status?: 'ACTIVE' | 'INACTIVE'
  dpopRequired?: boolean
  networkZoneBlocked?: boolean
  applicationType?: 'service' | 'web'
  tokenEndpointAuthMethod?: 'private_key_jwt' | 'client_secret_basic'
  /** Replaces the app's grants. */
  grantedScopes?: string[]
}

function controlError(status: number, message: string): ResponseError {
  return new ResponseError({ status, body: { error: message } }, 'control_error')
}

function json(req: EmulatorRequest): Record<string, unknown> {
  if (req.rawBody.length === 0) return {}
  try {
    const value: unknown = JSON.parse(req.rawBody.toString('utf8'))
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>
    }
  } catch {
    // fall through
  }
  throw controlError(400, 'body must be a JSON object')
}

/** Turns thrown validation errors of the state into 400s. */
function guarded(fn: (body: Record<string, unknown>) => unknown, status = 200): RouteHandler {
  return req => {
    const body = json(req)
    try {
      const result = fn({ ...body, ...req.params })
      return { status: result === undefined ? 204 : status, body: result } as EmulatorResponse
    } catch (err) {
      if (err instanceof ResponseError) throw err
      throw controlError(400, (err as Error).message)
    }
  }
}

function num(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${name}: a number`)
  return value
}

function tokenView(token: IssuedToken, now: number): TokenView {
  return {
    accessToken: token.accessToken,
    jti: token.jti,
    clientId: token.clientId,
    scopes: token.scopes,
    tokenType: token.tokenType,
    jkt: token.jkt,
    revoked: token.revoked,
    expired: token.expiresAt <= now,
    issuedAt: token.issuedAt,
    expiresAt: token.expiresAt,
    authServerId: token.authServerId
  }
}

export function registerControlRoutes(router: Router, runtime: EmulatorRuntime): void {
  const { state } = runtime
  const add = (methods: string[], path: string, name: string, handler: RouteHandler) =>
    router.add({
      name: `control.${name}`,
      methods,
      pattern: new RegExp(`^/__control${path}$`),
      control: true,
      handler
    })
  const appOf = (id: string): App => {
    const app = state.apps.get(id) ?? state.appByClientId(id)
    if (!app) throw controlError(404, `no app ${id}`)
    return app
  }

  add(['GET'], '/health', 'health', () => ({ status: 200, body: { ok: true, url: state.baseUrl } }))

  add(
    ['POST'],
    '/apps',
    'apps.create',
    guarded(body => state.createApp(body as NewAppInput), 201)
  )
  add(['GET'], '/apps', 'apps.list', () => ({ status: 200, body: [...state.apps.values()] }))
  add(['GET'], '/apps/(?<id>[^/]+)', 'apps.get', req => ({
    status: 200,
    body: appOf(req.params.id)
  }))
  add(
    ['PATCH'],
    '/apps/(?<id>[^/]+)',
    'apps.update',
    guarded(body => {
      const app = appOf(String(body.id))
      const patch = body as AppPatch
      for (const field of [
        'label',
        'status',
        'dpopRequired',
        'networkZoneBlocked',
        'applicationType',
        'tokenEndpointAuthMethod'
      ] as const) {
        if (patch[field] !== undefined) Object.assign(app, { [field]: patch[field] })
      }
      if (patch.grantedScopes) {
        app.grants = []
        for (const scope of patch.grantedScopes) state.addGrant(app, scope)
      }
      app.lastUpdated = state.clock.iso()
      return app
    })
  )
  add(['DELETE'], '/apps/(?<id>[^/]+)', 'apps.delete', req => {
    state.apps.delete(appOf(req.params.id).id)
    return { status: 204 }
  })
  add(
    ['POST'],
    '/apps/(?<id>[^/]+)/keys',
    'keys.add',
    guarded(body => {
      const { id, ...jwk } = body
      return state.addKey(appOf(String(id)), jwk as unknown as Parameters<typeof state.addKey>[1])
    }, 201)
  )
  add(
    ['PATCH'],
    '/apps/(?<id>[^/]+)/keys/(?<keyId>[^/]+)',
    'keys.update',
    guarded(body => {
      const app = appOf(String(body.id))
      const key = app.keys.find(k => k.id === body.keyId || k.kid === body.keyId)
      if (!key) throw controlError(404, `no key ${String(body.keyId)}`)
      if (body.status !== 'ACTIVE' && body.status !== 'INACTIVE')
        throw new Error('status: ACTIVE|INACTIVE')
      key.status = body.status as KeyStatus
      key.lastUpdated = state.clock.iso()
      return key
    })
  )

  add(
    ['POST'],
    '/auth-servers',
    'authServers.create',
    guarded(body => {
      if (typeof body.id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(body.id))
        throw new Error('id: required')
      const server = {
        id: body.id,
        scopes: Array.isArray(body.scopes) ? body.scopes.map(String) : [],
        allowedClients: Array.isArray(body.allowedClients) ? body.allowedClients.map(String) : []
      }
      state.authServers.set(server.id, server)
      return server
    }, 201)
  )
  add(['GET'], '/auth-servers', 'authServers.list', () => ({
    status: 200,
    body: [...state.authServers.values()]
  }))

  add(['GET'], '/tokens', 'tokens.list', () => {
    const now = state.clock.nowSeconds()
    return { status: 200, body: [...state.tokens.values()].map(t => tokenView(t, now)) }
  })
  add(['POST'], '/tokens/(?<token>[^/]+)/expire', 'tokens.expire', req => {
    const token = state.tokens.get(decodeURIComponent(req.params.token))
    if (!token) throw controlError(404, 'no such token')
    token.expiresAt = state.clock.nowSeconds() - 1
    return { status: 200, body: tokenView(token, state.clock.nowSeconds()) }
  })

  add(['GET'], '/faults', 'faults.list', () => ({ status: 200, body: runtime.faults.faults }))
  add(
    ['POST'],
    '/faults',
    'faults.add',
    guarded(body => runtime.faults.add(body as unknown as FaultSpec), 201)
  )
  add(['DELETE'], '/faults', 'faults.clear', () => {
    runtime.faults.clear()
    return { status: 204 }
  })

  const clockView = () => ({
    offsetSeconds: state.clock.offsetSeconds,
    now: state.clock.nowSeconds(),
    date: new Date(state.clock.nowMs()).toUTCString()
  })
  add(['GET'], '/clock', 'clock.get', () => ({ status: 200, body: clockView() }))
  add(
    ['POST'],
    '/clock',
    'clock.set',
    guarded(body => {
      state.clock.offsetSeconds = num(body.offsetSeconds, 'offsetSeconds')
      return clockView()
    })
  )
  add(
    ['POST'],
    '/latency',
    'latency.set',
    guarded(body => {
      const ms = num(body.ms, 'ms')
      if (ms < 0) throw new Error('ms: ≥ 0')
      runtime.latencyMs = ms
      return { ms }
    })
  )
  add(
    ['POST'],
    '/rate-limits',
    'rateLimits.set',
    guarded(body => {
      if (typeof body.group !== 'string' || body.group === '') throw new Error('group: required')
      const config = {
        limit: num(body.limit, 'limit'),
        windowSeconds: num(body.windowSeconds ?? 60, 'windowSeconds')
      }
      runtime.rateLimits.set(body.group, config)
      return { group: body.group, ...config }
    })
  )

  add(['GET'], '/dpop-nonce', 'dpopNonce.get', () => ({
    status: 200,
    body: { nonce: state.dpopNonce }
  }))
  add(['POST'], '/dpop-nonce/rotate', 'dpopNonce.rotate', () => {
    state.dpopNonce = newNonce()
    return { status: 200, body: { nonce: state.dpopNonce } }
  })

  add(
    ['POST'],
    '/api-tokens',
    'apiTokens.create',
    guarded(body => {
      const token =
        typeof body.token === 'string' ? body.token : `00${randomBytes(20).toString('base64url')}`
      // The token's admin role is named, never implied: a default Super Admin would let every
      // privilege rule pass unseen in the tests that forgot to choose.
      const role = body.role as ApiTokenRole
      if (!API_TOKEN_ROLES.includes(role)) {
        throw new Error(`role: required, one of ${API_TOKEN_ROLES.join('|')}`)
      }
      const apiToken = {
        token,
        name: typeof body.name === 'string' ? body.name : 'emulator',
        createdAt: state.clock.nowSeconds(),
        role
      }
      state.apiTokens.set(token, apiToken)
      return apiToken
    }, 201)
  )

  add(
    ['POST'],
    '/jwks-list-shape',
    'jwksListShape.set',
    guarded(body => {
      const shape = body.shape as JwksListShape
      if (!JWKS_LIST_SHAPES.includes(shape)) throw new Error(`shape: ${JWKS_LIST_SHAPES.join('|')}`)
      state.jwksListShape = shape
      return { shape }
    })
  )

  add(['GET'], '/requests', 'requests.list', () => ({ status: 200, body: runtime.requestLog }))
  add(['DELETE'], '/requests', 'requests.clear', () => {
    runtime.requestLog.length = 0
    return { status: 204 }
  })
  add(['POST'], '/reset', 'reset', () => {
    runtime.reset()
    return { status: 204 }
  })
}

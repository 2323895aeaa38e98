// The types every route module shares (request, response, route, runtime) and the `Router`
// that matches a method and path to a route. Route modules register with `router.add({…})`,
// the only registration style; the composition root (server.ts) decides which modules run.
import type { IncomingHttpHeaders } from 'node:http'
import type { EmulatorState } from './state.js'
import type { FaultStore } from './faults.js'
import type { RateLimiter } from './rate-limits.js'
import type { EmulatorResponse } from './response.js'

export type { EmulatorResponse }

export interface JwtRecord {
  header: Record<string, unknown>
  claims: Record<string, unknown>
}

/** One entry of GET /__control/requests. */
export interface RequestLogEntry {
  seq: number
  /** ISO time by the emulator clock. */
  time: string
  method: string
  /** Path with query string. */
  path: string
  status: number
  /** Name of the matched route (`oauth.token`, `users.list`…), or `unmatched`. */
  route: string
  requestId: string
  headers: Record<string, string>
  /** Form fields of a urlencoded POST. */
  form?: Record<string, string>
  clientId?: string
  authServerId?: string | null
  assertion?: JwtRecord
  dpop?: JwtRecord
  /** Okta catalogue code (`client_assertion_already_used`) or management errorCode. */
  error?: string
  authorizationScheme?: string
  fault?: string
  durationMs?: number
  /** X-Rate-Limit-* of a rate-limited route's answer (Reset in epoch seconds, emulator clock). */
  rateLimit?: { limit: number; remaining: number; reset: number }
}

export interface EmulatorRequest {
  method: string
  url: URL
  /** Path without query. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  headersDistinct: Record<string, string[]>
  rawBody: Buffer
  params: Record<string, string>
  /** `http://127.0.0.1:<port>`: what Okta would call the org URL. */
  baseUrl: string
  log: RequestLogEntry
  /**
   * Called by a route once the client has authenticated. A fault that a real server would
   * only produce after authentication (see faults.ts, `AFTER_AUTHENTICATION`) fires here, so
   * the assertion's jti is already burnt when the fault answers.
   */
  authenticated(): void
}

export type RouteHandler = (req: EmulatorRequest) => Promise<EmulatorResponse> | EmulatorResponse

export interface Route {
  name: string
  methods: string[]
  /** Anchored pattern over the path; named groups become `params`. */
  pattern: RegExp
  /** Rate-limit bucket; routes without one get no X-Rate-Limit headers. */
  group?: string
  /** Control routes skip latency, faults, rate limits and the request log. */
  control?: boolean
  /** The handler authenticates an OAuth client and calls `req.authenticated()` once it has. */
  authenticatesClient?: boolean
  handler: RouteHandler
}

export type RouteMatch =
  { route: Route; params: Record<string, string> } | { allowed: string[] } | undefined

export class Router {
  readonly routes: Route[] = []

  add(route: Route): void {
    this.routes.push(route)
  }

  /** The route for method and path; else the methods the path allows (405); else undefined (404). */
  match(method: string, path: string): RouteMatch {
    const allowed: string[] = []
    for (const route of this.routes) {
      const m = route.pattern.exec(path)
      if (!m) continue
      if (route.methods.includes(method)) return { route, params: { ...m.groups } }
      allowed.push(...route.methods)
    }
    return allowed.length > 0 ? { allowed } : undefined
  }
}

/** Runtime knobs the control API changes; kept apart from the Okta data in `state`. */
export interface EmulatorRuntime {
  state: EmulatorState
  faults: FaultStore
  rateLimits: RateLimiter
  latencyMs: number
  requestLog: RequestLogEntry[]
  /** Values the process started with; `reset` returns to them. */
  initial: { latencyMs: number; clockOffsetSeconds: number }
  /** Everything back to empty except seeded users. */
  reset(): void
}

/** The seam for endpoint modules: register routes against the shared runtime. */
export type RouteModule = (router: Router, runtime: EmulatorRuntime) => void

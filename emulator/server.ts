// The emulator's HTTP server: routing, the headers Okta puts on every response (Date from the
// emulator clock, X-Okta-Request-Id, X-Rate-Limit-*), the request log, latency, faults and
// rate limits. Endpoint behaviour lives in route modules registered through `RouteModule`,
// so a management API module can be added by appending it to `DEFAULT_ROUTE_MODULES`.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import {
  MANAGEMENT_ERRORS,
  OAUTH_ERRORS,
  managementErrorBody,
  oauthErrorBody,
  type ManagementErrorCode,
  type OAuthErrorCode
} from './errors.js'
import { EmulatorState } from './state.js'
import { FaultStore, faultOutcome } from './faults.js'
import { RateLimiter } from './rate-limits.js'
import { registerOAuthRoutes } from './oauth.js'
import { registerResourceRoutes } from './resources.js'
import { registerControlRoutes } from './control.js'
import { registerManagementRoutes } from './management.js'
import { registerResourceNonceRoutes } from './resource-nonce.js'
import { registerResourceWriteRoutes } from './resource-writes.js'

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

export interface EmulatorResponse {
  status: number
  headers?: Record<string, string | string[]>
  /** An object is sent as JSON; a string as is (set Content-Type in headers). */
  body?: unknown
}

/** A response that ends handling early; `code` goes to the request log as `error`. */
export class ResponseError extends Error {
  constructor(
    readonly response: EmulatorResponse,
    readonly code: string
  ) {
    super(code)
  }
}

/** An OAuth error with Okta's exact body and the catalogue's status. */
export function oauthError(code: OAuthErrorCode, headers?: Record<string, string>): ResponseError {
  return new ResponseError(
    {
      status: OAUTH_ERRORS[code].status,
      headers: { 'Cache-Control': 'no-store', ...headers },
      body: oauthErrorBody(code)
    },
    code
  )
}

export function managementError(
  code: ManagementErrorCode,
  detail?: string,
  causes?: string[],
  headers?: Record<string, string>
): ResponseError {
  const body = managementErrorBody(code, detail, causes)
  return new ResponseError({ status: MANAGEMENT_ERRORS[code].status, headers, body }, code)
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
  handler: RouteHandler
}

export class Router {
  readonly routes: Route[] = []

  add(route: Route): void {
    this.routes.push(route)
  }

  match(
    method: string,
    path: string
  ): { route: Route; params: Record<string, string> } | { allowed: string[] } | undefined {
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

export const DEFAULT_ROUTE_MODULES: RouteModule[] = [
  registerOAuthRoutes,
  registerResourceRoutes,
  registerManagementRoutes,
  registerControlRoutes,
  registerResourceWriteRoutes,
  registerResourceNonceRoutes
]

export interface EmulatorOptions {
  latencyMs?: number
  clockOffsetSeconds?: number
  routeModules?: RouteModule[]
}

export interface RunningEmulator {
  server: Server
  runtime: EmulatorRuntime
  url: string
  close(): Promise<void>
}

const MAX_BODY_BYTES = 1024 * 1024

export function createRuntime(options: EmulatorOptions = {}): EmulatorRuntime {
  const initial = {
    latencyMs: options.latencyMs ?? 0,
    clockOffsetSeconds: options.clockOffsetSeconds ?? 0
  }
  const state = new EmulatorState(initial.clockOffsetSeconds)
  const runtime: EmulatorRuntime = {
    state,
    faults: new FaultStore(),
    rateLimits: new RateLimiter(state.clock),
    latencyMs: initial.latencyMs,
    requestLog: [],
    initial,
    reset() {
      state.reset(initial.clockOffsetSeconds)
      runtime.faults.clear()
      runtime.rateLimits.reset()
      runtime.latencyMs = initial.latencyMs
      runtime.requestLog.length = 0
    }
  }
  return runtime
}

export async function startEmulatorServer(
  options: EmulatorOptions & { port?: number; host?: string } = {}
): Promise<RunningEmulator> {
  const runtime = createRuntime(options)
  const router = new Router()
  for (const register of options.routeModules ?? DEFAULT_ROUTE_MODULES) register(router, runtime)
  let seq = 0
  const server = createServer((req, res) => {
    handle(req, res, router, runtime, ++seq).catch(err => {
      console.error('emulator: unexpected error', err)
      if (!res.headersSent) res.writeHead(500).end()
    })
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  runtime.state.baseUrl = `http://${host}:${port}`
  return {
    server,
    runtime,
    url: runtime.state.baseUrl,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new ResponseError({ status: 413 }, 'request_too_large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  router: Router,
  runtime: EmulatorRuntime,
  seq: number
): Promise<void> {
  const started = Date.now()
  const { state } = runtime
  const url = new URL(req.url ?? '/', state.baseUrl)
  const method = (req.method ?? 'GET').toUpperCase()
  const requestId = randomBytes(15).toString('base64url')
  const log: RequestLogEntry = {
    seq,
    time: state.clock.iso(),
    method,
    path: url.pathname + url.search,
    status: 0,
    route: 'unmatched',
    requestId,
    headers: flatHeaders(req.headers)
  }
  const matched = router.match(method, url.pathname)
  const matchedRoute = matched && 'route' in matched ? matched.route : undefined
  const control = matchedRoute?.control === true || url.pathname.startsWith('/__control')
  if (matchedRoute) log.route = matchedRoute.name
  if (!control) runtime.requestLog.push(log)

  // A "delay" fault holds the answer back, not the work: the request is carried out at once
  // and answered late, as when Okta did the write but the answer was lost on the way.
  let answerLateMs = 0
  const send = (response: EmulatorResponse, extraHeaders: Record<string, string> = {}) => {
    log.status = response.status
    const headers = {
      // Okta's Date header is the server clock: it shows the configured clock offset.
      Date: new Date(state.clock.nowMs()).toUTCString(),
      'X-Okta-Request-Id': requestId,
      ...extraHeaders
    }
    const write = () => {
      log.durationMs = Date.now() - started
      writeResponse(res, response, headers)
    }
    if (answerLateMs > 0) setTimeout(write, answerLateMs)
    else write()
  }

  let body: Buffer
  try {
    body = await readBody(req)
  } catch (err) {
    if (err instanceof ResponseError) return send(err.response)
    throw err
  }
  const contentType = String(req.headers['content-type'] ?? '')
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    log.form = Object.fromEntries(new URLSearchParams(body.toString('utf8')))
  }

  if (!control) {
    // okta-api.md §5.1: a POST or PUT must say how long its body is (Content-Length: 0 when
    // there is none), otherwise 411 Length Required.
    const lengthKnown =
      req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined
    if ((method === 'POST' || method === 'PUT') && !lengthKnown) {
      return send({ status: 411, headers: {}, body: undefined })
    }
    if (runtime.latencyMs > 0) await sleep(runtime.latencyMs)
    const fault = runtime.faults.take(method, url.pathname, url.search)
    if (fault) {
      log.fault = fault.kind
      const outcome = faultOutcome(fault, {
        oauth: url.pathname.startsWith('/oauth2/'),
        nowSeconds: state.clock.nowSeconds(),
        limit: runtime.rateLimits.limitOf(matchedRoute?.group)
      })
      if (outcome.action === 'drop') {
        log.durationMs = Date.now() - started
        req.socket.destroy()
        return
      }
      if (outcome.action === 'truncate') {
        log.status = outcome.response.status
        const text = JSON.stringify(outcome.response.body)
        res.writeHead(outcome.response.status, {
          Date: new Date(state.clock.nowMs()).toUTCString(),
          'X-Okta-Request-Id': requestId,
          'Content-Type': 'application/json',
          // Announce the whole body, send half of it, then cut the connection.
          'Content-Length': String(Buffer.byteLength(text))
        })
        res.write(text.slice(0, Math.floor(text.length / 2)))
        setTimeout(() => res.socket?.destroy(), 10)
        return
      }
      if (outcome.action === 'respond') {
        if (outcome.code) log.error = outcome.code
        return send(outcome.response)
      }
      answerLateMs = outcome.ms
    }
  }

  if (!matched) {
    log.error = 'E0000007'
    const detail = `Resource not found: ${url.pathname} (Page)`
    return send({ status: 404, body: managementErrorBody('E0000007', detail) })
  }
  if (!('route' in matched)) {
    log.error = 'E0000022'
    const allow = [...new Set(matched.allowed)].join(', ')
    return send({ status: 405, headers: { Allow: allow }, body: managementErrorBody('E0000022') })
  }
  const { route, params } = matched

  // Rate limits count every request that reaches a limited route, including failing ones.
  const rate = control ? undefined : runtime.rateLimits.consume(route.group)
  const rateHeaders = rate?.headers ?? {}
  if (rate) {
    log.rateLimit = {
      limit: Number(rateHeaders['X-Rate-Limit-Limit']),
      remaining: Number(rateHeaders['X-Rate-Limit-Remaining']),
      reset: Number(rateHeaders['X-Rate-Limit-Reset'])
    }
  }
  if (rate && !rate.allowed) {
    log.error = 'E0000047'
    return send({ status: 429, body: managementErrorBody('E0000047') }, rateHeaders)
  }

  const request: EmulatorRequest = {
    method,
    url,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    headersDistinct: req.headersDistinct as Record<string, string[]>,
    rawBody: body,
    params,
    baseUrl: state.baseUrl,
    log
  }
  let response: EmulatorResponse
  try {
    response = await route.handler(request)
  } catch (err) {
    let failure: ResponseError
    if (err instanceof ResponseError) {
      failure = err
    } else {
      // An emulator bug: say so on stderr and answer like Okta's own unexpected failure.
      console.error(`emulator: ${method} ${url.pathname} failed`, err)
      failure = url.pathname.startsWith('/oauth2/')
        ? oauthError('server_error')
        : managementError('E0000009')
    }
    log.error = failure.code
    response = failure.response
  }
  send(response, rateHeaders)
}

function writeResponse(
  res: ServerResponse,
  response: EmulatorResponse,
  baseHeaders: Record<string, string>
): void {
  const headers: Record<string, string | string[]> = { ...baseHeaders, ...response.headers }
  let payload: string | Buffer | undefined
  if (response.body === undefined || response.body === null) {
    payload = undefined
  } else if (typeof response.body === 'string' || Buffer.isBuffer(response.body)) {
    payload = response.body
  } else {
    payload = JSON.stringify(response.body)
    if (!Object.keys(headers).some(h => h.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = 'application/json'
    }
  }
  headers['Content-Length'] = String(payload === undefined ? 0 : Buffer.byteLength(payload))
  res.writeHead(response.status, headers)
  res.end(payload)
}

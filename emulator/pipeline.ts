// How one HTTP request is handled, in the order a real Okta edge and server would: body read,
// request log, Length Required, latency, injected faults, route match (404/405), rate limits,
// then the route's handler; every answer carries Okta's Date (emulator clock) and
// X-Okta-Request-Id. Faults model the network, gateways and an overloaded Okta (faults.ts);
// this module decides WHERE in that order each one acts (docs/emulator.md, "Faults").
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import { ResponseError, managementError, managementErrorBody, oauthError } from './errors.js'
import { AFTER_AUTHENTICATION, faultOutcome, type Fault } from './faults.js'
import type {
  EmulatorRequest,
  EmulatorResponse,
  EmulatorRuntime,
  RequestLogEntry,
  Router
} from './router.js'

const MAX_BODY_BYTES = 1024 * 1024

/** Thrown out of a handler by `req.authenticated()` when a deferred fault is due. */
class FaultDue {
  constructor(readonly fault: Fault) {}
}

export async function handleRequest(
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
  const send = (
    response: EmulatorResponse,
    extraHeaders: Record<string, string> = {},
    atMs = state.clock.nowMs()
  ) => {
    log.status = response.status
    const headers = {
      // Okta's Date header is the server clock: it shows the configured clock offset.
      Date: new Date(atMs).toUTCString(),
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

  /** Carries out a fired fault; true when it answered (or cut) the request. */
  const fire = (fault: Fault): boolean => {
    log.fault = fault.kind
    // One reading of the clock for the answer: a 429's X-Rate-Limit-Reset is its Date plus the
    // reset, even when the process is paused between the two (a second may tick over).
    const atMs = state.clock.nowMs()
    const outcome = faultOutcome(fault, {
      oauth: url.pathname.startsWith('/oauth2/'),
      nowSeconds: Math.floor(atMs / 1000),
      limit: runtime.rateLimits.limitOf(matchedRoute?.group)
    })
    if (outcome.action === 'drop') {
      log.durationMs = Date.now() - started
      req.socket.destroy()
      return true
    }
    if (outcome.action === 'truncate') {
      log.status = outcome.response.status
      const text = JSON.stringify(outcome.response.body)
      res.writeHead(outcome.response.status, {
        Date: new Date(atMs).toUTCString(),
        'X-Okta-Request-Id': requestId,
        'Content-Type': 'application/json',
        // Announce the whole body, send half of it, then cut the connection.
        'Content-Length': String(Buffer.byteLength(text))
      })
      res.write(text.slice(0, Math.floor(text.length / 2)))
      setTimeout(() => res.socket?.destroy(), 10)
      return true
    }
    if (outcome.action === 'respond') {
      if (outcome.code) log.error = outcome.code
      // An injected 429 is a rate limit like any other: the endpoint stays refused until the
      // Reset it announced, so an immediate retry is refused too.
      if (outcome.holdUntilSeconds !== undefined && matchedRoute?.group !== undefined) {
        runtime.rateLimits.hold(url.pathname, outcome.holdUntilSeconds)
      }
      send(outcome.response, {}, atMs)
      return true
    }
    answerLateMs = outcome.ms
    return false
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

  // A fault a real server would only produce once it has authenticated the client waits for
  // the route to say so (`req.authenticated()`); see AFTER_AUTHENTICATION in faults.ts.
  let deferred: Fault | undefined
  if (!control) {
    // RFC 9110 §8.6 and §15.5.12: a POST or PUT must say how long its body is
    // (Content-Length: 0 when there is none), otherwise 411 Length Required.
    const lengthKnown =
      req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined
    if ((method === 'POST' || method === 'PUT') && !lengthKnown) {
      return send({ status: 411, headers: {}, body: undefined })
    }
    if (runtime.latencyMs > 0) await sleep(runtime.latencyMs)
    const fault = runtime.faults.take(method, url.pathname, url.search)
    if (fault && matchedRoute?.authenticatesClient && AFTER_AUTHENTICATION.has(fault.kind)) {
      deferred = fault
    } else if (fault && fire(fault)) {
      return
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
  const rate = control ? undefined : runtime.rateLimits.consume(route.group, url.pathname)
  const rateHeaders = rate?.headers ?? {}
  if (rate) {
    log.rateLimit = {
      limit: Number(rateHeaders['X-Rate-Limit-Limit']),
      remaining: Number(rateHeaders['X-Rate-Limit-Remaining']),
      reset: Number(rateHeaders['X-Rate-Limit-Reset'])
    }
  }
  if (rate && !rate.allowed) {
    // Refused in front of the server: a fault deferred to after authentication never acted.
    if (deferred) runtime.faults.giveBack(deferred)
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
    log,
    authenticated() {
      if (deferred) throw new FaultDue(deferred)
    }
  }
  let response: EmulatorResponse
  try {
    response = await route.handler(request)
  } catch (err) {
    if (err instanceof FaultDue) {
      fire(err.fault)
      return
    }
    // The server failed before it authenticated the client: a fault it owed fires in place
    // of that answer, as it did before it was deferred.
    if (deferred) {
      fire(deferred)
      return
    }
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
  if (deferred) {
    // A route that answered without authenticating (none does today) still owes its fault.
    fire(deferred)
    return
  }
  send(response, rateHeaders)
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

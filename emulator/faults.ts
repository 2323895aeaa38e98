// Injected failures: what networks, proxies and an overloaded Okta do to a client. Tests add
// faults through the control API to prove the action's retries, rate-limit waits and error
// messages. Faults are checked in the order they were added; the first one that matches the
// request decides (it either lets the request pass while skipping, or fires).
import { randomUUID } from 'node:crypto'
import { managementErrorBody, oauthErrorBody } from './errors.js'
import type { EmulatorResponse } from './response.js'

export const FAULT_KINDS = [
  '429',
  '429-no-headers',
  '500',
  '502-html',
  '503',
  'drop',
  'delay',
  'truncated-200',
  'non-json-200',
  'status'
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

/**
 * The model of where a fault acts (docs/emulator.md, "Faults"). A rate limit, a gateway page
 * (`502-html`), a captive portal (`non-json-200`) and an arbitrary `status` answer in front of
 * the authorization server, before it reads the request. An internal error (`500`), a
 * maintenance answer (`503`), an answer cut short (`truncated-200`) or a connection dropped
 * (`drop`) come from, or after, the server itself: on the OAuth endpoints they act after client
 * authentication, so the assertion's jti is burnt as Okta would have burnt it, and a resent
 * assertion is refused. No token is issued for such a request. `delay` lets the request be
 * carried out in full and only holds the answer back.
 */
export const AFTER_AUTHENTICATION: ReadonlySet<FaultKind> = new Set<FaultKind>([
  '500',
  '503',
  'truncated-200',
  'drop'
])

export interface FaultMatch {
  method?: string
  /**
   * A path to match against the request path (query excluded):
   * - starting with `^`: a regular expression, tested against path + query;
   * - ending with `*`: a prefix (`/oauth2/*`);
   * - otherwise: the exact path.
   * Omitted: every non-control request.
   */
  path?: string
}

export interface FaultSpec {
  match?: FaultMatch
  kind: FaultKind
  /** How many matching requests fire the fault (default 1). */
  times?: number
  /** Let this many matching requests pass untouched first (default 0). */
  skip?: number
  /** `delay`: milliseconds to wait before handling normally. */
  delayMs?: number
  /** `429`: seconds from now to put in X-Rate-Limit-Reset (default 1). */
  resetSeconds?: number
  /** `status`: the status to answer with. */
  status?: number
  /** `status` (and any kind that answers): body to send instead; objects go as JSON. */
  body?: unknown
  headers?: Record<string, string>
}

export interface Fault extends FaultSpec {
  id: string
  /** Firings left. */
  remaining: number
  /** Matching requests still to let through before firing. */
  skipRemaining: number
  fired: number
}

export type FaultOutcome =
  | { action: 'drop' }
  | { action: 'delay'; ms: number }
  | { action: 'truncate'; response: EmulatorResponse }
  | {
      action: 'respond'
      response: EmulatorResponse
      code?: string
      /** A 429 with a Reset: the route's rate-limit bucket is refused until then. */
      holdUntilSeconds?: number
    }

function pathMatches(pattern: string | undefined, path: string, search: string): boolean {
  if (pattern === undefined) return true
  if (pattern.startsWith('^')) return new RegExp(pattern).test(path + search)
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1))
  return path === pattern
}

export class FaultStore {
  faults: Fault[] = []

  add(spec: FaultSpec): Fault {
    if (!FAULT_KINDS.includes(spec.kind)) {
      throw new Error(`kind must be one of ${FAULT_KINDS.join(', ')}`)
    }
    if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 1)) {
      throw new Error('times: an integer ≥ 1')
    }
    if (spec.skip !== undefined && (!Number.isInteger(spec.skip) || spec.skip < 0)) {
      throw new Error('skip: an integer ≥ 0')
    }
    if (spec.kind === 'status' && typeof spec.status !== 'number') {
      throw new Error('a "status" fault needs a numeric status')
    }
    if (spec.kind === 'delay' && typeof spec.delayMs !== 'number') {
      throw new Error('a "delay" fault needs delayMs')
    }
    if (spec.match?.path?.startsWith('^')) new RegExp(spec.match.path) // fail early when invalid
    const fault: Fault = {
      ...spec,
      id: randomUUID(),
      remaining: spec.times ?? 1,
      skipRemaining: spec.skip ?? 0,
      fired: 0
    }
    this.faults.push(fault)
    return fault
  }

  clear(): void {
    this.faults = []
  }

  /** Undoes a `take` whose fault never acted (its request was refused in front of it). */
  giveBack(fault: Fault): void {
    fault.remaining++
    fault.fired--
    if (!this.faults.includes(fault)) this.faults.unshift(fault)
  }

  /** The fault to fire for this request, consuming it; undefined to handle normally. */
  take(method: string, path: string, search: string): Fault | undefined {
    const fault = this.faults.find(
      f =>
        f.remaining > 0 &&
        (f.match?.method === undefined || f.match.method.toUpperCase() === method) &&
        pathMatches(f.match?.path, path, search)
    )
    if (!fault) return undefined
    if (fault.skipRemaining > 0) {
      fault.skipRemaining--
      return undefined
    }
    fault.remaining--
    fault.fired++
    if (fault.remaining === 0) this.faults = this.faults.filter(f => f !== fault)
    return fault
  }
}

const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n'

const HTML_200 =
  '<!DOCTYPE html><html><head><title>Sign In</title></head>' +
  '<body><p>Please sign in to continue.</p></body></html>'

/** What a fired fault does; `oauth` picks the OAuth or the management error shape. */
export function faultOutcome(
  fault: Fault,
  ctx: { oauth: boolean; nowSeconds: number; limit: number }
): FaultOutcome {
  const extra = fault.headers ?? {}
  const respond = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
    action: 'respond' as const,
    response: { status, body: fault.body ?? body, headers: { ...headers, ...extra } }
  })
  switch (fault.kind) {
    case 'drop':
      return { action: 'drop' }
    case 'delay':
      return { action: 'delay', ms: fault.delayMs ?? 0 }
    case '429': {
      // Okta answers a rate-limited OAuth call with the management shape too, E0000047
      // (https://developer.okta.com/docs/reference/rate-limits/).
      const reset = ctx.nowSeconds + (fault.resetSeconds ?? 1)
      return {
        ...respond(429, managementErrorBody('E0000047'), {
          'X-Rate-Limit-Limit': String(ctx.limit),
          'X-Rate-Limit-Remaining': '0',
          'X-Rate-Limit-Reset': String(reset)
        }),
        code: 'E0000047',
        holdUntilSeconds: reset
      }
    }
    case '429-no-headers':
      return { ...respond(429, managementErrorBody('E0000047')), code: 'E0000047' }
    case '500':
      return ctx.oauth
        ? { ...respond(500, oauthErrorBody('server_error')), code: 'server_error' }
        : { ...respond(500, managementErrorBody('E0000009')), code: 'E0000009' }
    case '502-html':
      return respond(502, HTML_502, { 'Content-Type': 'text/html' })
    case '503':
      // A maintenance window: the OAuth endpoints say temporarily_unavailable.
      return ctx.oauth
        ? {
            ...respond(503, oauthErrorBody('temporarily_unavailable')),
            code: 'temporarily_unavailable'
          }
        : respond(503, 'Service Unavailable', { 'Content-Type': 'text/plain' })
    case 'truncated-200':
      return {
        action: 'truncate',
        response: {
          status: 200,
          body: fault.body ?? {
            token_type: 'Bearer',
            expires_in: 3600,
            access_token: 'truncated-'.repeat(8),
            scope: 'okta.users.read'
          }
        }
      }
    case 'non-json-200':
      // A captive portal or proxy sign-in page answering in Okta's place.
      return respond(200, HTML_200, { 'Content-Type': 'text/html' })
    case 'status':
      return respond(fault.status ?? 500, undefined)
  }
}

import { ActionError } from '../errors.js'
import type { HttpResponse } from '../http/transport.js'
import { hintFor } from './hints.js'

/**
 * Okta answers errors in two shapes: OAuth `{error, error_description}` and management
 * `{errorCode, errorSummary, errorCauses}` (a token-endpoint 429 uses the latter), and resource
 * errors sometimes only in a WWW-Authenticate header with an empty body
 * (docs/okta-behaviour.md, "Error responses").
 */
export interface OktaErrorInfo {
  status: number
  error?: string
  description?: string
  errorCode?: string
  summary?: string
  causes: string[]
  requestId?: string
  /** The error parsed from WWW-Authenticate, when the body had none. */
  challenge?: Record<string, string>
}

export function parseOktaError(response: HttpResponse): OktaErrorInfo {
  const info: OktaErrorInfo = {
    status: response.status,
    causes: [],
    requestId: response.headers.get('x-okta-request-id') ?? undefined
  }
  let body: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(response.text)
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>
  } catch {
    // Non-JSON: a proxy's or load balancer's HTML page. The status says enough.
  }
  if (typeof body.error === 'string') info.error = clean(body.error)
  if (typeof body.error_description === 'string') info.description = clean(body.error_description)
  if (typeof body.errorCode === 'string') info.errorCode = clean(body.errorCode)
  if (typeof body.errorSummary === 'string') info.summary = clean(body.errorSummary)
  if (Array.isArray(body.errorCauses)) {
    for (const cause of body.errorCauses) {
      const text = (cause as { errorSummary?: unknown })?.errorSummary
      if (typeof text === 'string') info.causes.push(clean(text))
    }
  }
  // GitHub's shape, for the secrets calls.
  if (!info.error && !info.summary && typeof body.message === 'string')
    info.summary = clean(body.message)
  const header = response.headers.get('www-authenticate')
  if (header) {
    info.challenge = parseChallenge(header)
    info.error ??= info.challenge.error
    info.description ??= info.challenge.error_description
  }
  return info
}

/** `DPoP algs="…", error="invalid_dpop_proof", error_description="…"` → a record. */
export function parseChallenge(header: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const match of header.matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)) {
    out[match[1]] = clean(match[2])
  }
  return out
}

/**
 * One line: what failed, Okta's words, the request id, and a last sentence: the hint for a
 * known cause, or what the caller puts in its place (management-error.ts names a privilege).
 */
export function describeOktaError(
  what: string,
  info: OktaErrorInfo,
  ending: string | undefined = hintFor(info)
): string {
  const parts = [`HTTP ${info.status}`]
  if (info.error) parts.push(info.error)
  if (info.errorCode) parts.push(info.errorCode)
  let text = `${what} failed: ${parts.join(' ')}`
  const words = [info.description, info.summary, ...info.causes].filter(Boolean)
  if (words.length) text += `: ${words.join(' ')}`
  if (info.challenge?.scope) text += ` (required scope: ${info.challenge.scope})`
  if (info.requestId) text += ` (X-Okta-Request-Id: ${info.requestId})`
  // Okta's words may end a sentence already ("… is expired."): no second period.
  if (ending) text += `${text.endsWith('.') ? '' : '.'} ${ending}`
  return text
}

export class OktaError extends ActionError {
  override name = 'OktaError'
  constructor(
    readonly what: string,
    readonly info: OktaErrorInfo
  ) {
    super(describeOktaError(what, info))
  }
}

/** Error values can echo user input: no control characters, bounded length. */
function clean(value: string): string {
  const flat = value.replace(/[\x00-\x1f\x7f]+/g, ' ').trim()
  return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat
}

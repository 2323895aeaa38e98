import { ActionError } from '../errors.js'
import { OktaError, parseOktaError } from '../http/okta-error.js'
import type { Logger } from '../http/retrying-client.js'
import type { HttpResponse } from '../http/transport.js'
import type { OktaApiCaller } from './api-request.js'
import { nextLinkOf } from './management-client.js'

/**
 * Request mode's call: one request, or with `paginate` every page Okta links with
 * `Link: <…>; rel="next"` (cursors are never built by hand, okta-api.md §9), joined into one
 * JSON array. The log gets one line per page (status, item count, X-Okta-Request-Id), never a
 * body. A failed page fails the whole call with Okta's error for that page.
 */
export interface ApiCall {
  method: string
  /** Absolute URL on the org's origin (inputs.ts checked it). */
  url: string
  body?: string
  paginate: boolean
}

export interface ApiOutcome {
  status: number
  /** The response body; with pagination, the JSON array of every page's items. */
  body: string
  pages: number
  /** Number of items when the body is a JSON array. */
  items?: number
}

export async function callOktaApi(
  caller: OktaApiCaller,
  log: Logger,
  call: ApiCall
): Promise<ApiOutcome> {
  const { pathname } = new URL(call.url)
  if (!call.paginate) {
    const what = `Okta API call ${call.method} ${pathname}`
    const response = await caller.send(what, call.method, call.url, call.body)
    const items = itemCountOf(response)
    logPage(log, what, response, items)
    failUnlessOk(what, response)
    return { status: response.status, body: response.text, pages: 1, items }
  }

  const all: unknown[] = []
  const seen = new Set<string>()
  let next: string | undefined = call.url
  let page = 0
  let status = 0
  while (next) {
    page++
    const what = `Okta API call GET ${pathname} (page ${page})`
    if (seen.has(next)) {
      throw new ActionError(`${what} failed: Okta's next-page link repeats an earlier page.`)
    }
    seen.add(next)
    const response = await caller.send(what, 'GET', next)
    const items = itemCountOf(response)
    logPage(log, what, response, items)
    failUnlessOk(what, response)
    const parsed: unknown = response.text.trim() ? JSON.parse(response.text) : []
    if (!Array.isArray(parsed)) {
      throw new ActionError(
        `${what} failed: request-paginate needs a list endpoint, but the response is not a JSON array.`
      )
    }
    all.push(...(parsed as unknown[]))
    status = response.status
    const link = nextLinkOf(response.headers)
    next = link === undefined ? undefined : sameOriginLink(what, link, next)
  }
  return { status, body: JSON.stringify(all), pages: page, items: all.length }
}

/**
 * A next link is followed only on the org's origin: the request carries the access token, and
 * a link elsewhere (a proxy rewriting headers, a compromised response) must not receive it.
 */
export function sameOriginLink(what: string, link: string, current: string): string {
  let url: URL
  try {
    url = new URL(link, current)
  } catch {
    throw new ActionError(`${what} failed: Okta's next-page link is not a URL.`)
  }
  const origin = new URL(current).origin
  if (url.origin !== origin || url.username || url.password) {
    throw new ActionError(
      `${what} failed: Okta's next-page link points to ${url.origin}, not ${origin}; it is not followed, so the access token is not sent there.`
    )
  }
  url.hash = ''
  return url.toString()
}

function itemCountOf(response: HttpResponse): number | undefined {
  if (response.status < 200 || response.status >= 300 || !response.text.trim()) return undefined
  try {
    const parsed: unknown = JSON.parse(response.text)
    return Array.isArray(parsed) ? parsed.length : undefined
  } catch {
    return undefined
  }
}

function logPage(log: Logger, what: string, response: HttpResponse, items?: number): void {
  const requestId = response.headers.get('x-okta-request-id')
  const count = items === undefined ? '' : `, ${items} item${items === 1 ? '' : 's'}`
  log.info(
    `${what}: HTTP ${response.status}${count}${requestId ? ` (X-Okta-Request-Id: ${requestId})` : ''}`
  )
}

function failUnlessOk(what: string, response: HttpResponse): void {
  if (response.status >= 200 && response.status < 300) return
  throw new OktaError(what, parseOktaError(response))
}

import { ActionError } from '../errors.js'
import { expectJsonBody, type Logger, type RetryingClient } from '../http/retrying-client.js'
import type { HttpResponse } from '../http/transport.js'
import { apiTokenAuthorizer, type ManagementAuthorizer } from './management-auth.js'
import { managementError } from './management-error.js'
import { sameOriginLink, walkPages } from './next-link.js'
import { oktaPeer, requestIdOf } from './peer.js'

/**
 * Okta's management API (`/api/v1/*`, `/oauth2/v1/clients/{id}/roles`) with an API token
 * (`Authorization: SSWS <token>`) or an admin app's access token (management-auth.ts), JSON in and out (a missing Accept gets 406 E0000122), every
 * call through the one RetryingClient (timeouts, 429 waits on X-Rate-Limit-Reset against Date,
 * 5xx retries), error bodies turned into one OktaError line with the X-Okta-Request-Id, and
 * `Link: rel="next"` pagination (docs/okta-behaviour.md, "Management API", "Pagination").
 *
 * Used by provision and rotate mode through the resource modules beside it (apps.ts,
 * grants.ts, roles.ts, app-keys.ts); a mode never builds management URLs itself.
 */

export interface ManagementClientOptions {
  http: RetryingClient
  log: Logger
  /** Org origin without a trailing slash (Inputs.oktaDomain). */
  orgUrl: string
  /** The SSWS API token; the caller has masked it (main.ts masks secret inputs first). */
  apiToken?: string
  /** Another credential (an admin app's access token, management-auth.ts); else apiToken. */
  authorizer?: ManagementAuthorizer
  /**
   * Dry run: every write (POST, PUT, DELETE) throws before it is sent, so a plan can never
   * change anything even if a code path forgets to check the flag.
   */
  readOnly?: boolean
}

export interface CallOptions {
  /**
   * The admin privilege this call needs, named in the error of a 403 (E0000006 or an empty
   * body): e.g. "a Super Administrator (only Super Admins can grant okta.* scopes)".
   */
  privilege?: string
  /** Statuses that are answers, not failures (e.g. 404 for "not there"). */
  accept?: number[]
  /**
   * For a write that is not idempotent: looks up whether an attempt whose answer was lost
   * took effect after all, and returns the resource if so (see SendOptions.reconcile).
   */
  findExisting?: () => Promise<unknown>
}

export interface ManagementResponse<T> {
  status: number
  /** Parsed JSON body; undefined for an empty body (204, lifecycle calls). */
  body: T
  requestId?: string
  headers: Headers
  /** An earlier attempt got no usable answer, so a write may have happened twice. */
  afterLostAnswer?: boolean
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

export class ManagementClient {
  readonly orgUrl: string
  private readonly http: RetryingClient
  readonly log: Logger
  readonly authorizer: ManagementAuthorizer
  private readonly readOnly: boolean

  constructor(options: ManagementClientOptions) {
    this.orgUrl = options.orgUrl.replace(/\/+$/, '')
    this.http = options.http.withPeer(oktaPeer)
    this.log = options.log
    this.authorizer = options.authorizer ?? apiTokenAuthorizer(options.apiToken ?? '')
    this.readOnly = options.readOnly ?? false
  }

  /** GET a JSON resource; throws OktaError unless 2xx (or a status in `accept`). */
  async get<T>(what: string, path: string, options?: CallOptions): Promise<T> {
    return (await this.request<T>('GET', what, path, undefined, options)).body
  }

  async post<T>(what: string, path: string, body?: unknown, options?: CallOptions): Promise<T> {
    return (await this.request<T>('POST', what, path, body, options)).body
  }

  /**
   * PUT is a full replace at Okta: send the complete object (docs/okta-behaviour.md, "Management
   * API").
   */
  async put<T>(what: string, path: string, body: unknown, options?: CallOptions): Promise<T> {
    return (await this.request<T>('PUT', what, path, body, options)).body
  }

  async delete(what: string, path: string, options?: CallOptions): Promise<void> {
    await this.request('DELETE', what, path, undefined, options)
  }

  /**
   * One call. `path` is relative to the org (`/api/v1/apps?q=x`) or an absolute URL on the
   * org's origin (a `next` link). Returns the response of a 2xx or an accepted status.
   */
  async request<T>(
    method: HttpMethod,
    what: string,
    path: string,
    body?: unknown,
    options: CallOptions = {}
  ): Promise<ManagementResponse<T>> {
    const url = this.urlOf(path)
    if (this.readOnly && method !== 'GET') {
      // A bug, not an expected failure: dry run must never reach a write call.
      throw new Error(`dry run attempted a write call: ${method} ${new URL(url).pathname}`)
    }
    const headers: Record<string, string> = { Accept: 'application/json' }
    const text = body === undefined ? undefined : JSON.stringify(body)
    if (text !== undefined) headers['Content-Type'] = 'application/json'
    const findExisting = options.findExisting
    const send = () =>
      this.http.send(
        what,
        // Per attempt: a DPoP-bound token needs a new proof for every retry.
        async () => ({
          method,
          url,
          headers: { ...headers, ...(await this.authorizer.headersFor(method, url)) },
          body: text
        }),
        {
          validate: expectJsonBody,
          reconcile: findExisting && (async () => foundResponse(await findExisting()))
        }
      )
    let response = await send()
    if (this.authorizer.renewFor?.(response)) {
      this.log.info(`${what}: Okta asked for a DPoP nonce; signing a new proof with it`)
      response = await send()
    }
    const requestId = requestIdOf(response.headers)
    this.log.debug(
      `${what}: ${method} ${new URL(url).pathname} → HTTP ${response.status}${requestId ? ` (X-Okta-Request-Id: ${requestId})` : ''}`
    )
    const ok = response.status >= 200 && response.status < 300
    if (findExisting && (response.status === 400 || response.status === 409)) {
      // "Already granted/assigned/registered": an earlier attempt whose answer was lost may
      // have finished at Okta only after the check before this retry (or another run did it
      // since the plan was read). Same outcome as asked.
      const found = await findExisting()
      if (found !== undefined) {
        this.log.info(`${what}: already done at Okta (an earlier attempt took effect)`)
        return {
          status: 200,
          body: found as T,
          requestId,
          headers: response.headers,
          afterLostAnswer: true
        }
      }
    }
    if (!ok && !options.accept?.includes(response.status)) {
      throw managementError(what, response, options.privilege, this.authorizer.holder)
    }
    return {
      status: response.status,
      body: (ok ? jsonOf(response.text) : undefined) as T,
      requestId,
      headers: response.headers,
      afterLostAnswer: response.afterLostAnswer
    }
  }

  /**
   * Every item of a paginated list: follows `Link: <…>; rel="next"` on the org's origin until
   * there is none (src/okta/next-link.ts: a link elsewhere would receive the API token).
   */
  async listAll<T>(what: string, path: string, options?: CallOptions): Promise<T[]> {
    const items: T[] = []
    await walkPages(
      this.urlOf(path),
      this.authorizer.credential,
      () => what,
      async (_what, url) => {
        const response = await this.request<unknown>('GET', what, url, undefined, options)
        if (!Array.isArray(response.body)) {
          throw new ActionError(`${what} failed: Okta answered a list call with something else.`)
        }
        items.push(...(response.body as T[]))
        return response.headers
      }
    )
    return items
  }

  /** The absolute URL of an org path, or of a link that must be on the org's origin. */
  private urlOf(pathOrUrl: string): string {
    if (pathOrUrl.startsWith('/')) return `${this.orgUrl}${pathOrUrl}`
    return sameOriginLink('Okta call', pathOrUrl, `${this.orgUrl}/`, this.authorizer.credential)
  }
}

/** A resource found by findExisting, in the shape of the write's own 200 answer. */
function foundResponse(found: unknown): HttpResponse | undefined {
  if (found === undefined) return undefined
  return {
    status: 200,
    headers: new Headers(),
    text: JSON.stringify(found),
    receivedAt: Date.now()
  }
}

function jsonOf(text: string): unknown {
  // expectJsonBody has already refused a 2xx body that does not parse.
  return text.trim() ? JSON.parse(text) : undefined
}

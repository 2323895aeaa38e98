import { exchange, type FetchLike } from './exchange.js'
import { describeNetworkError } from './network-error.js'

/**
 * One HTTP exchange, nothing else: no retries, no error parsing. Without a proxy, a fetch does
 * it: Node's own (undici, built into Node) unless the caller passes another. When the step
 * sets HTTPS_PROXY/HTTP_PROXY, undici's package is loaded for its EnvHttpProxyAgent (NO_PROXY
 * honoured), since Node's fetch ignores those variables: self-hosted runners behind a proxy
 * work. okta-api and in-process runs load the package only then (docs/performance.md).
 */
export interface HttpRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: string
}

export interface HttpResponse {
  status: number
  headers: Headers
  text: string
  /** Local time (ms) when the response arrived, for rate-limit waits measured against Date. */
  receivedAt: number
  /**
   * Set by RetryingClient when an earlier attempt of this call got no usable answer (network
   * error, timeout, 5xx): a write may then have been carried out twice.
   */
  afterLostAnswer?: boolean
}

export { NetworkError } from './network-error.js'

export type Transport = (request: HttpRequest, timeoutMs: number) => Promise<HttpResponse>

const proxied = (env: NodeJS.ProcessEnv): boolean =>
  !!(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY)

/**
 * The transport over the network, proxied as `env` (the step's environment) says. Without a
 * proxy `fetchOnce` does the exchange: Node's own fetch, or undici's where the caller has the
 * package loaded anyway (src/default-runtime.ts).
 */
export const createTransport = (
  env: NodeJS.ProcessEnv,
  fetchOnce: FetchLike = fetch
): Transport => {
  if (proxied(env)) {
    // One agent for every request of the run, loaded on the first one.
    let viaProxy: Promise<Transport> | undefined
    return async (request, timeoutMs) => {
      viaProxy ??= import('./proxy-transport.js').then(m => m.createProxyTransport(env))
      return (await viaProxy)(request, timeoutMs)
    }
  }
  return (request, timeoutMs) =>
    exchange(fetchOnce, request, timeoutMs, (error, timedOut) =>
      describeNetworkError(error, request.url, timeoutMs, timedOut, false)
    )
}

import { EnvHttpProxyAgent, fetch, type Dispatcher } from 'undici'
import { exchange } from './exchange.js'
import { NetworkError } from './network-error.js'

/**
 * One HTTP exchange, nothing else: no retries, no error parsing. Uses undici's fetch with an
 * EnvHttpProxyAgent when HTTPS_PROXY/HTTP_PROXY are set, so self-hosted runners behind a
 * proxy work (NO_PROXY honoured); Node 20's global fetch ignores those variables.
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

// In its own module so that what needs only the class (RetryingClient, okta-api) does not
// load undici.
export { NetworkError } from './network-error.js'

export type Transport = (request: HttpRequest, timeoutMs: number) => Promise<HttpResponse>

/**
 * A proxy agent when the step's environment names a proxy. The variables are handed to
 * undici explicitly: left alone it would read this process's environment, not the step's.
 */
function proxyDispatcher(env: NodeJS.ProcessEnv): Dispatcher | undefined {
  // Same precedence as undici's own reading of the environment: lower case first.
  const httpProxy = env.http_proxy ?? env.HTTP_PROXY ?? ''
  const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY ?? ''
  if (!httpsProxy && !httpProxy) return undefined
  return new EnvHttpProxyAgent({
    httpProxy,
    httpsProxy,
    noProxy: env.no_proxy ?? env.NO_PROXY ?? ''
  })
}

/** The transport over the network, proxied as `env` says. */
export const createFetchTransport = (env: NodeJS.ProcessEnv): Transport => {
  const dispatcher = proxyDispatcher(env)
  return (request, timeoutMs) => send(request, timeoutMs, dispatcher)
}

function send(
  request: HttpRequest,
  timeoutMs: number,
  dispatcher: Dispatcher | undefined
): Promise<HttpResponse> {
  return exchange(
    (url, init) => fetch(url, { ...init, dispatcher }),
    request,
    timeoutMs,
    (error, timedOut) => describeNetworkError(error, request.url, timeoutMs, timedOut, !!dispatcher)
  )
}

export function describeNetworkError(
  error: unknown,
  url: string,
  timeoutMs: number,
  timedOut: boolean,
  proxied: boolean
): NetworkError {
  const host = new URL(url).host
  if (timedOut) return new NetworkError(`no answer from ${host} within ${timeoutMs / 1000} s`)
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const code = cause?.code ?? ''
  const message = cause?.message ?? (error as Error).message ?? String(error)
  // fetch wraps undici's tunnel error in a DOMException ("Request was cancelled."): the
  // proxy's answer is further down the cause chain.
  const status = /Proxy response \((\d+)\)/.exec(causeChainText(error))?.[1]
  if (status) {
    return new NetworkError(
      `the proxy refused to connect to ${host} (HTTP ${status}); check HTTPS_PROXY and NO_PROXY`,
      false
    )
  }
  if (proxied && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(code + message)) {
    return new NetworkError(
      `cannot reach ${host} through the proxy (${code || message}); check HTTPS_PROXY and NO_PROXY`
    )
  }
  const what: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found (check okta-domain; behind a proxy set HTTPS_PROXY)',
    EAI_AGAIN: 'DNS lookup failed',
    ETIMEDOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed before the response was complete',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted (set NODE_EXTRA_CA_CERTS)',
    SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate not trusted (set NODE_EXTRA_CA_CERTS)'
  }
  return new NetworkError(`${what[code] ?? (code || message)} (${host})`)
}

/** The messages of an error and its causes, for patterns that undici buries in a cause. */
function causeChainText(error: unknown): string {
  const messages: string[] = []
  let current = error as { message?: unknown; cause?: unknown } | undefined
  for (let depth = 0; current && depth < 5; depth++) {
    messages.push(typeof current.message === 'string' ? current.message : '')
    current = current.cause as typeof current
  }
  return messages.join(' | ')
}

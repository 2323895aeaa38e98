import { EnvHttpProxyAgent, fetch, type Dispatcher } from 'undici'
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

let dispatcher: Dispatcher | undefined
function proxyDispatcher(): Dispatcher | undefined {
  const env = process.env
  const proxied = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy
  if (!proxied) return undefined
  dispatcher ??= new EnvHttpProxyAgent()
  return dispatcher
}

export const fetchTransport: Transport = async (request, timeoutMs) => {
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
      dispatcher: proxyDispatcher()
    })
    // Reading the body is part of the attempt: a connection dropped mid-body is retried.
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers as unknown as Headers,
      text,
      receivedAt: Date.now()
    }
  } catch (error) {
    throw describeNetworkError(error, request.url, timeoutMs, signal.aborted)
  }
}

export function describeNetworkError(
  error: unknown,
  url: string,
  timeoutMs: number,
  timedOut: boolean
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
  if (proxyDispatcher() && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(code + message)) {
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
    messages.push(String(current.message ?? ''))
    current = current.cause as typeof current
  }
  return messages.join(' | ')
}

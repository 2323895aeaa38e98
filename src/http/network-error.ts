/** The request never got an HTTP answer: refused, reset, timed out, proxy failure. */
export class NetworkError extends Error {
  override name = 'NetworkError'
  constructor(
    message: string,
    /** False when retrying cannot help (a proxy that refuses the tunnel). */
    readonly retryable = true
  ) {
    super(message)
  }
}

/** The action's one line for what fetch threw (undici's error codes are in its `cause`). */
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

import { EnvHttpProxyAgent, fetch } from 'undici'
import { exchange } from './exchange.js'
import { describeNetworkError } from './network-error.js'
import type { Transport } from './transport.js'

/**
 * The transport through the step's proxy: undici's fetch with an EnvHttpProxyAgent. Loaded by
 * createTransport only when HTTPS_PROXY or HTTP_PROXY is set. The variables are handed to
 * undici explicitly: left alone it would read this process's environment, not the step's.
 */
export function createProxyTransport(env: NodeJS.ProcessEnv): Transport {
  // Same precedence as undici's own reading of the environment: lower case first.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
    noProxy: env.no_proxy ?? env.NO_PROXY ?? ''
  })
  return (request, timeoutMs) =>
    exchange(
      (url, init) => fetch(url, { ...init, dispatcher }),
      request,
      timeoutMs,
      (error, timedOut) => describeNetworkError(error, request.url, timeoutMs, timedOut, true)
    )
}

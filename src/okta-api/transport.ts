import type { Transport } from '../http/transport.js'

/**
 * The action's transport, loaded only when needed: undici (for HTTPS_PROXY/NO_PROXY) is most
 * of the action's bundle and would double okta-api's start-up. Without a proxy, Node's own
 * fetch (the same undici, built in) does the exchange with the same options, and a failure is
 * described by the action's own describeNetworkError.
 */
const proxied = (env: NodeJS.ProcessEnv) =>
  !!(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy)

export const createLazyTransport =
  (env: NodeJS.ProcessEnv): Transport =>
  async (request, timeoutMs) => {
    if (proxied(env))
      return (await import('../http/transport.js')).createFetchTransport(env)(request, timeoutMs)
    const signal = AbortSignal.timeout(timeoutMs)
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: 'manual',
        signal
      })
      const text = await response.text()
      return { status: response.status, headers: response.headers, text, receivedAt: Date.now() }
    } catch (error) {
      const { describeNetworkError } = await import('../http/transport.js')
      throw describeNetworkError(error, request.url, timeoutMs, signal.aborted, false)
    }
  }

import { exchange } from '../http/exchange.js'
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
    return exchange(fetch, request, timeoutMs, async (error, timedOut) => {
      const { describeNetworkError } = await import('../http/transport.js')
      return describeNetworkError(error, request.url, timeoutMs, timedOut, false)
    })
  }

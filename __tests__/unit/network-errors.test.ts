// describeNetworkError on its own: the one line a run prints when no answer came, for each
// cause undici reports (its error's `cause.code`), behind a proxy or not. The proxy suites in
// e2e/ show the same lines end to end; here every branch is one call.
import { describe, expect, it } from '@jest/globals'
import { describeNetworkError } from '../../src/http/network-error.js'

const URL_ = 'https://acme.okta.com:8443/oauth2/v1/token'
const HOST = 'acme.okta.com:8443'

/** An error shaped as fetch throws it: a TypeError whose cause is undici's error. */
function fetchError(code: string, message = `${code} happened`): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) })
}

const line = (error: unknown, proxied = false, timedOut = false) =>
  describeNetworkError(error, URL_, 2500, timedOut, proxied)

describe('describeNetworkError', () => {
  it('names the host and the timeout when no answer came in time', () => {
    const error = line(new Error('aborted'), false, true)
    expect(error.message).toBe(`no answer from ${HOST} within 2.5 s`)
    expect(error.retryable).toBe(true)
  })

  it.each([
    ['ECONNREFUSED', 'connection refused'],
    ['ECONNRESET', 'connection reset'],
    ['ENOTFOUND', 'host not found (check okta-domain; behind a proxy set HTTPS_PROXY)'],
    ['EAI_AGAIN', 'DNS lookup failed'],
    ['ETIMEDOUT', 'connection timed out'],
    ['UND_ERR_SOCKET', 'connection closed before the response was complete'],
    ['UND_ERR_CONNECT_TIMEOUT', 'connection timed out'],
    ['CERT_HAS_EXPIRED', 'TLS certificate expired'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS certificate not trusted (set NODE_EXTRA_CA_CERTS)'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'TLS certificate not trusted (set NODE_EXTRA_CA_CERTS)']
  ])('says what %s means, with the host', (code, meaning) => {
    const error = line(fetchError(code))
    expect(error.message).toBe(`${meaning} (${HOST})`)
    expect(error.retryable).toBe(true)
  })

  it('keeps a code it has no words for, else the cause message, else the error message', () => {
    expect(line(fetchError('EPIPE')).message).toBe(`EPIPE (${HOST})`)
    expect(line(fetchError('', 'other side hung up')).message).toBe(`other side hung up (${HOST})`)
    expect(line(new Error('plain failure')).message).toBe(`plain failure (${HOST})`)
  })

  it('says the proxy refused, with its status, found down the cause chain, and does not retry', () => {
    const tunnel = new Error('Proxy response (403) !== 200 when HTTP Tunneling')
    const cancelled = new Error('Request was cancelled.', { cause: tunnel })
    const error = line(new TypeError('fetch failed', { cause: cancelled }), true)
    expect(error.message).toBe(
      `the proxy refused to connect to ${HOST} (HTTP 403); check HTTPS_PROXY and NO_PROXY`
    )
    expect(error.retryable).toBe(false)
  })

  it('reads no further than five errors down the chain, and ends on a chain that loops', () => {
    let deep: Error = new Error('Proxy response (502) !== 200 when HTTP Tunneling')
    for (let i = 0; i < 5; i++) deep = new Error(`wrapper ${i}`, { cause: deep })
    // The line quotes the first cause (wrapper 3); the proxy is the sixth error down.
    expect(line(deep, true).message).toBe(`wrapper 3 (${HOST})`)
    const loop = new Error('loops')
    ;(loop as { cause?: unknown }).cause = loop
    expect(line(loop, true).message).toBe(`loops (${HOST})`)
  })

  it.each([
    ['ECONNREFUSED', 'ECONNREFUSED'],
    ['ENOTFOUND', 'ENOTFOUND'],
    ['EAI_AGAIN', 'EAI_AGAIN']
  ])('behind a proxy, %s is the proxy that cannot be reached', (code, shown) => {
    const error = line(fetchError(code), true)
    expect(error.message).toBe(
      `cannot reach ${HOST} through the proxy (${shown}); check HTTPS_PROXY and NO_PROXY`
    )
    expect(error.retryable).toBe(true)
  })

  it('behind a proxy, finds the cause in the message when there is no code', () => {
    expect(line(fetchError('', 'getaddrinfo EAI_AGAIN proxy.corp'), true).message).toBe(
      `cannot reach ${HOST} through the proxy (getaddrinfo EAI_AGAIN proxy.corp); check HTTPS_PROXY and NO_PROXY`
    )
    // Not behind a proxy, the same failure is Okta's host's.
    expect(line(fetchError('ECONNREFUSED'), false).message).toBe(`connection refused (${HOST})`)
  })
})

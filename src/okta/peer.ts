import type { Peer } from '../http/retrying-client.js'

/**
 * What the retrying HTTP client needs to know about Okta (docs/okta-behaviour.md, "Rate
 * limits and retries"): every answer carries X-Okta-Request-Id, a 429 names the end of its
 * window in X-Rate-Limit-Reset (epoch seconds, read against the Date header), and Okta's own
 * SDKs tag a retry with X-Okta-Retry-Count and X-Okta-Retry-For (the request id of the answer
 * that was retried) so Okta can tie it to the request it throttled.
 */
export const oktaPeer: Peer = {
  name: 'Okta',
  responseId: response => {
    const id = requestIdOf(response.headers)
    return id ? `X-Okta-Request-Id: ${id}` : undefined
  },
  retryHeaders: (retry, previous) => {
    const headers: Record<string, string> = { 'X-Okta-Retry-Count': String(retry) }
    const id = previous && requestIdOf(previous.headers)
    if (id) headers['X-Okta-Retry-For'] = id
    return headers
  },
  rateLimitResetHeader: 'X-Rate-Limit-Reset'
}

export function requestIdOf(headers: Headers): string | undefined {
  return headers.get('x-okta-request-id') ?? undefined
}

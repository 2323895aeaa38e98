import type { HttpRequest, HttpResponse } from './transport.js'

/**
 * The part of a fetch both transports share (undici's, proxied, in transport.ts; Node's own in
 * okta-api, which must not load undici): no redirects followed, the timeout as an abort
 * signal, and the body read as part of the attempt, so a connection dropped mid-body counts
 * as a failed attempt. `failure` turns what fetch threw into the action's network error.
 */
export type FetchLike = (
  url: string,
  init: {
    method: string
    headers: Record<string, string>
    body?: string
    redirect: 'manual'
    signal: AbortSignal
  }
) => Promise<{ status: number; headers: Headers; text(): Promise<string> }>

export async function exchange(
  fetchOnce: FetchLike,
  request: HttpRequest,
  timeoutMs: number,
  failure: (error: unknown, timedOut: boolean) => Error | Promise<Error>
): Promise<HttpResponse> {
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const response = await fetchOnce(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, text, receivedAt: Date.now() }
  } catch (error) {
    throw await failure(error, signal.aborted)
  }
}

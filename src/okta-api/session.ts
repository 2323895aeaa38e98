import { createPrivateKey } from 'node:crypto'
import { oktaPeer } from '../okta/peer.js'
import { RetryingClient, type Clock, type Logger } from '../http/retrying-client.js'
import type { HttpResponse, Transport } from '../http/transport.js'
import type { DpopKey } from '../jwt/dpop.js'
import { ClockSkew } from '../oauth/clock-skew.js'
import { OktaApiCaller } from '../okta/api-request.js'
import type { OktaApiCredentials } from './credentials.js'
import { familyOf, RateBuckets } from './rate-buckets.js'

/**
 * One okta-api run's collaborators, built from the token step's credentials: the action's
 * RetryingClient (retries, 429 waits against Date) over a transport that paces each endpoint
 * family by its rate-limit headers, and the action's OktaApiCaller (Authorization, a fresh
 * DPoP proof per attempt, the use_dpop_nonce retry).
 */
export interface Session {
  caller: OktaApiCaller
  buckets: RateBuckets
}

export interface SessionOptions {
  credentials: OktaApiCredentials
  transport: Transport
  clock: Clock
  log: Logger
  /** Every secret okta-api makes (DPoP proofs) goes here before anything can print it. */
  mask: (secret: string) => void
  verbose?: (line: string) => void
  maxAttempts: number
  timeoutMs: number
}

export function startSession(options: SessionOptions): Session {
  const { credentials, clock } = options
  const buckets = new RateBuckets(clock)
  const transport = pacedTransport(options.transport, buckets, clock, options.verbose)
  const http = new RetryingClient(
    transport,
    clock,
    options.log,
    { maxAttempts: options.maxAttempts, timeoutMs: options.timeoutMs },
    oktaPeer
  )
  const caller = new OktaApiCaller({
    http,
    log: options.log,
    mask: options.mask,
    skew: new ClockSkew(() => clock.now()),
    token: {
      accessToken: credentials.accessToken,
      tokenType: credentials.tokenType,
      dpopKey: credentials.dpopKey ? dpopKeyOf(credentials.dpopKey) : undefined
    }
  })
  return { caller, buckets }
}

/** The DPoP key the token step generated, back from its private JWK. */
function dpopKeyOf(jwk: Record<string, unknown>): DpopKey {
  const privateKey = createPrivateKey({ key: jwk as never, format: 'jwk' })
  const { kty, crv, x, y } = jwk as Record<string, string>
  return { privateKey, publicJwk: { kty, crv, x, y }, privateJwkJson: JSON.stringify(jwk) }
}

/** Each attempt waits for its family's budget, and its answer updates that budget. */
function pacedTransport(
  inner: Transport,
  buckets: RateBuckets,
  clock: Clock,
  verbose?: (line: string) => void
): Transport {
  return async (request, timeoutMs) => {
    const family = familyOf(request.url)
    await buckets.acquire(family)
    const sentAt = clock.now()
    let response: HttpResponse
    try {
      response = await inner(request, timeoutMs)
    } catch (error) {
      buckets.release(family)
      verbose?.(
        `${request.method} ${request.url}: no answer (${(error as Error).message}) after ${clock.now() - sentAt} ms`
      )
      throw error
    }
    buckets.release(family, { headers: response.headers, sentAt, receivedAt: response.receivedAt })
    if (verbose) {
      const rate = buckets.describe(family)
      const id = response.headers.get('x-okta-request-id')
      verbose(
        `${request.method} ${request.url}: HTTP ${response.status} in ${response.receivedAt - sentAt} ms${id ? `, X-Okta-Request-Id ${id}` : ''}${rate ? `, rate limit ${family}: ${rate}` : ''}`
      )
    }
    return response
  }
}

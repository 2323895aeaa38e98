import { ActionError } from '../errors.js'
import { NetworkError } from './network-error.js'
import type { HttpRequest, HttpResponse, Transport } from './transport.js'

/**
 * Every HTTP call the action makes goes through here: per-attempt timeout, retries of what
 * can succeed on retry (network errors, 408, 429, 5xx; never other 4xx), rate-limit waits.
 * The request is built anew for each attempt because Okta burns an assertion's or DPoP
 * proof's jti on first sight (docs/okta-behaviour.md, "Replay"): a retry must never replay a
 * body. Nothing here knows a particular server: what its headers mean comes in as a Peer
 * (src/okta/peer.ts for Okta, the GitHub one beside the secrets calls).
 */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  sleep(ms: number): Promise<void>
  /** In [0, 1): jitter. */
  random(): number
}

/** What a client knows about the server at the other end, beyond HTTP. */
export interface Peer {
  /** Who answers, for the message when no attempt got an answer: "Okta", "the GitHub API". */
  name: string
  /** How the server names one response in log lines, e.g. "X-Okta-Request-Id: …". */
  responseId?: (response: HttpResponse) => string | undefined
  /** Headers that tag the n-th retry; `previous` is the last answer that was retried. */
  retryHeaders?: (retry: number, previous: HttpResponse | undefined) => Record<string, string>
  /** The header in which a 429 names when the rate-limit window resets, in epoch seconds. */
  rateLimitResetHeader?: string
}

/** A server the client knows nothing about: no extra headers, no request ids. */
const ANY_SERVER: Peer = { name: 'the server' }

export interface RetryPolicy {
  maxAttempts: number
  timeoutMs: number
}

/** Longest single wait (contract: never longer than 60 s a wait). */
const MAX_WAIT_MS = 60_000
const BACKOFF_BASE_MS = 500
/**
 * Jitter added to a rate-limit wait, so a matrix of jobs does not wake in lockstep. Small,
 * because the whole-second Date already adds 0-1 s past the reset (the fraction of the second
 * the 429 arrived in, which differs from job to job): with 300 ms the overshoot reached 1.23 s
 * in `npm run bench` (target: under 1.2 s).
 */
const RATE_LIMIT_JITTER_MS = 100

export interface SendOptions {
  /** Says why a response that is not retryable by status is unusable (then it is retried). */
  validate?: (response: HttpResponse) => string | undefined
  /**
   * For writes that are not idempotent (create an app, grant a scope…). Okta has no
   * idempotency keys, so a write whose answer was lost (timeout, dropped connection, 5xx from
   * a proxy) may still have happened; sending it again would fail ("already granted") or
   * create a duplicate. Called before every resend once an answer was lost, and before giving
   * up (not after 429s alone, which Okta did not carry out); a response it returns stands for
   * the write's own answer.
   */
  reconcile?: () => Promise<HttpResponse | undefined>
}

/** For JSON APIs: a 2xx whose body does not parse as JSON is a failed attempt. */
export function expectJsonBody(response: HttpResponse): string | undefined {
  if (response.status < 200 || response.status >= 300 || response.status === 204) return undefined
  if (!response.text.trim()) return undefined
  try {
    JSON.parse(response.text)
    return undefined
  } catch {
    return `HTTP ${response.status} with a body that is not JSON (cut off, or a proxy page)`
  }
}

/** Makes one attempt's request; async when it signs something (a DPoP proof, an assertion). */
export type BuildRequest = (attempt: number) => HttpRequest | Promise<HttpRequest>

export class RetryingClient {
  constructor(
    private readonly transport: Transport,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly policy: RetryPolicy,
    private readonly peer: Peer = ANY_SERVER
  ) {}

  /** The same client (transport, clock, log, policy) speaking to `peer`. */
  withPeer(peer: Peer): RetryingClient {
    return new RetryingClient(this.transport, this.clock, this.log, this.policy, peer)
  }

  /**
   * Sends what `build` makes, retrying as the contract says. Returns the final response,
   * whatever its status: callers decide what a 4xx means. Throws ActionError when every
   * attempt failed without a usable answer.
   */
  async send(what: string, build: BuildRequest, options: SendOptions = {}): Promise<HttpResponse> {
    const { maxAttempts } = this.policy
    const peer = this.peer
    let previous: HttpResponse | undefined
    let lostAnswer = false
    for (let attempt = 1; ; attempt++) {
      const request = await build(attempt)
      if (attempt > 1 && peer.retryHeaders) {
        Object.assign(request.headers, peer.retryHeaders(attempt - 1, previous))
      }
      let response: HttpResponse | undefined
      let failure: string
      try {
        response = await this.transport(request, this.policy.timeoutMs)
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error
        if (!error.retryable) throw new ActionError(`${what} failed: ${error.message}.`)
        failure = error.message
      }
      const invalid = response && options.validate?.(response)
      if (response && !invalid && !isRetryable(response.status))
        return lostAnswer ? { ...response, afterLostAnswer: true } : response
      if (response && !invalid) {
        previous = response
        const id = peer.responseId?.(response)
        failure = `HTTP ${response.status}${id ? ` (${id})` : ''}`
      } else if (invalid) {
        // A 2xx whose body is cut off or not JSON (a proxy page): nothing usable arrived.
        failure = invalid
      }
      if (attempt >= maxAttempts) {
        // The last answer is unusable too. A write may still have been carried out (by this
        // attempt or an earlier one whose answer was lost): look before failing, so the caller
        // knows what exists. A 429 was refused by Okta, so nothing to look for after one alone.
        if (response?.status !== 429 || lostAnswer) {
          const done = await this.reconciled(what, options)
          if (done) return done
        }
        if (invalid) throw new ActionError(`${what} failed: ${invalid}.`)
        if (response) return response
        throw new ActionError(
          `${what} failed after ${maxAttempts} attempt${maxAttempts > 1 ? 's' : ''}: ${failure!}. Check the network path to ${peer.name}, or raise max-attempts or timeout.`
        )
      }
      const delay =
        response && !invalid ? this.delayAfter(response, attempt) : this.backoff(attempt)
      this.log.info(
        `${what}: ${failure!}; retrying in ${(delay.ms / 1000).toFixed(1)} s${delay.reason} (attempt ${attempt + 1} of ${maxAttempts})`
      )
      await this.clock.sleep(delay.ms)
      // A 429 was refused by Okta; anything else may have been carried out. Once an answer was
      // lost, look before every resend: the lost write may land while later attempts wait.
      if (response?.status !== 429) lostAnswer = true
      if (lostAnswer) {
        const done = await this.reconciled(what, options)
        if (done) return done
      }
    }
  }

  private async reconciled(what: string, options: SendOptions): Promise<HttpResponse | undefined> {
    if (!options.reconcile) return undefined
    let done: HttpResponse | undefined
    try {
      done = await options.reconcile()
    } catch (error) {
      // The lookup is a courtesy: failing it must not hide the write's own outcome.
      this.log.warning(
        `${what}: could not check whether an earlier attempt took effect (${(error as Error).message}); sending it again`
      )
      return undefined
    }
    if (!done) return undefined
    this.log.info(
      `${what}: the earlier attempt took effect at ${this.peer.name}; not sending it again`
    )
    // Another lost attempt may still land after this one: the caller may want to look again.
    return { ...done, afterLostAnswer: true }
  }

  private delayAfter(response: HttpResponse, attempt: number): { ms: number; reason: string } {
    if (response.status === 429) {
      const header = this.peer.rateLimitResetHeader
      const reset = header ? Number(response.headers.get(header)) : 0
      const date = Date.parse(response.headers.get('date') ?? '')
      if (reset > 0 && !Number.isNaN(date)) {
        // Measured against the server's Date, not the runner's clock, which may be off (Okta's
        // Go SDK does the same). Date has whole seconds, so this never undershoots the reset.
        const untilReset = Math.max(0, reset * 1000 - date)
        const elapsed = Math.max(0, this.clock.now() - response.receivedAt)
        const ms = Math.min(
          MAX_WAIT_MS,
          Math.max(0, untilReset - elapsed) + Math.floor(this.clock.random() * RATE_LIMIT_JITTER_MS)
        )
        return { ms, reason: ` (rate limit: until ${header})` }
      }
    }
    // GitHub (and proxies) say how long to wait with Retry-After, on 429 and 503 alike.
    const retryAfter = Number(response.headers.get('retry-after'))
    if (retryAfter > 0) {
      return { ms: Math.min(MAX_WAIT_MS, retryAfter * 1000), reason: ' (Retry-After)' }
    }
    if (response.status === 429) {
      const backoff = this.backoff(attempt)
      return { ms: Math.max(1000, backoff.ms), reason: ' (rate limit, no reset header)' }
    }
    return this.backoff(attempt)
  }

  /** Exponential backoff with jitter: 0.5–1 s, 1–2 s, 2–4 s, … */
  private backoff(attempt: number): { ms: number; reason: string } {
    const ceiling = Math.min(MAX_WAIT_MS, BACKOFF_BASE_MS * 2 ** attempt)
    return { ms: Math.floor(ceiling / 2 + (this.clock.random() * ceiling) / 2), reason: '' }
  }
}

export function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: () => Math.random()
}

import { ActionError } from '../errors.js'
import type { DpopMode } from '../domain.js'
import { signClientAssertion } from '../jwt/client-assertion.js'
import type { DpopKey } from '../jwt/dpop.js'
import type { Signer } from '../signing/signer.js'
import { OktaError, parseOktaError } from '../okta/okta-error.js'
import { oktaPeer } from '../okta/peer.js'
import { expectJsonBody, type Logger, type RetryingClient } from '../http/retrying-client.js'
import type { ClockSkew } from './clock-skew.js'

/**
 * client_credentials with private_key_jwt (RFC 7523) and, when needed, DPoP (RFC 9449).
 * Protocol steps (switching to DPoP, answering a nonce challenge, correcting the clock) are
 * handled here; transient failures are the RetryingClient's. Every request, whichever the
 * reason, carries a newly signed assertion and proof.
 */
export interface TokenRequestParams {
  http: RetryingClient
  log: Logger
  mask: (secret: string) => void
  skew: ClockSkew
  key: Signer
  clientId: string
  tokenEndpoint: string
  /** The assertion's aud; for Okta the token endpoint itself. */
  audience: string
  scopes: string[]
  lifetimeSeconds: number
  dpop: DpopMode
}

export interface TokenResult {
  accessToken: string
  tokenType: 'Bearer' | 'DPoP'
  expiresIn: number
  scope: string
  dpopKey?: DpopKey
  /** HTTP requests the token took (protocol steps and retries), for the log and benchmarks. */
  requests: number
}

// DPoP (and jose's JWT signing under it) loads only when a request needs a proof: with dpop
// auto, most apps never ask for one, and a run then does not load it.
const dpop = () => import('../jwt/dpop.js')

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** switch to DPoP, two nonce challenges, one clock correction: more means a loop. */
const MAX_PROTOCOL_STEPS = 5

export async function requestAccessToken(params: TokenRequestParams): Promise<TokenResult> {
  const { log, mask, skew, key, tokenEndpoint } = params
  const http = params.http.withPeer(oktaPeer)
  let dpopKey = params.dpop === 'true' ? await (await dpop()).createDpopKey() : undefined
  let nonce: string | undefined
  let requests = 0
  const noncesSeen = new Set<string>()

  for (let step = 1; step <= MAX_PROTOCOL_STEPS; step++) {
    const response = await http.send(
      'Token request',
      async () => {
        requests++
        const nowSeconds = skew.nowSeconds()
        const assertion = await signClientAssertion({
          key,
          clientId: params.clientId,
          audience: params.audience,
          lifetimeSeconds: params.lifetimeSeconds,
          nowSeconds
        })
        mask(assertion)
        const headers: Record<string, string> = {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json'
        }
        if (dpopKey) {
          const { signDpopProof } = await dpop()
          const proof = await signDpopProof({
            key: dpopKey,
            method: 'POST',
            url: tokenEndpoint,
            nowSeconds,
            nonce
          })
          mask(proof)
          headers.DPoP = proof
        }
        const body = new URLSearchParams({
          grant_type: 'client_credentials',
          scope: params.scopes.join(' '),
          client_assertion_type: ASSERTION_TYPE,
          client_assertion: assertion
        }).toString()
        return { method: 'POST', url: tokenEndpoint, headers, body }
      },
      { validate: tokenBodyProblem }
    )

    if (response.status === 200) {
      const result = parseTokenResponse(response.text, mask)
      return { ...result, dpopKey: result.tokenType === 'DPoP' ? dpopKey : undefined, requests }
    }
    const info = parseOktaError(response)

    // Okta burns the jti even on this 400, so the loop signs a new assertion and proof.
    const offered = response.headers.get('dpop-nonce')
    if (info.error === 'use_dpop_nonce' && dpopKey && offered && !noncesSeen.has(offered)) {
      noncesSeen.add(offered)
      nonce = offered
      log.info('Token endpoint asked for a DPoP nonce; signing a new assertion and proof with it')
      continue
    }
    if (isDpopRequired(info.error, info.description)) {
      if (params.dpop === 'auto' && !dpopKey) {
        log.info('The app requires DPoP; switching to DPoP with a new ephemeral EC P-256 key')
        dpopKey = await (await dpop()).createDpopKey()
        continue
      }
      if (params.dpop === 'false') {
        throw new ActionError(
          `Token request failed: the app requires DPoP ("Require Demonstrating Proof of Possession (DPoP) header in token requests" in the app's General settings) and dpop is false: set dpop to auto or true, or untick that setting.${info.requestId ? ` (X-Okta-Request-Id: ${info.requestId})` : ''}`
        )
      }
    }
    if (skew.correctFrom(response, info)) {
      log.warning(
        `Token request refused for its times: ${skew.describe()}; signing again on the server's time`
      )
      continue
    }
    throw new OktaError('Token request', info)
  }
  throw new ActionError(
    `Token request failed: the token endpoint kept asking for another DPoP nonce or proof after ${MAX_PROTOCOL_STEPS} tries.`
  )
}

function isDpopRequired(error?: string, description?: string): boolean {
  return error === 'invalid_dpop_proof' && /header is missing|missing/i.test(description ?? '')
}

function tokenBodyProblem(response: { status: number; text: string }): string | undefined {
  if (response.status !== 200) return undefined
  const problem = expectJsonBody({ ...response } as Parameters<typeof expectJsonBody>[0])
  if (problem) return problem
  const body = JSON.parse(response.text) as { access_token?: unknown }
  return typeof body.access_token === 'string' && body.access_token
    ? undefined
    : 'HTTP 200 without an access_token in the body'
}

function parseTokenResponse(
  text: string,
  mask: (secret: string) => void
): Omit<TokenResult, 'requests' | 'dpopKey'> {
  const body = JSON.parse(text) as Record<string, unknown>
  const accessToken = String(body.access_token)
  // Masked the moment it exists, before anything else can print it.
  mask(accessToken)
  // Only the text "DPoP" (any case) makes a DPoP token; anything else is a Bearer one.
  const type = typeof body.token_type === 'string' ? body.token_type : 'Bearer'
  return {
    accessToken,
    tokenType: type.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer',
    expiresIn: Number(body.expires_in ?? 0),
    scope: typeof body.scope === 'string' ? body.scope : ''
  }
}

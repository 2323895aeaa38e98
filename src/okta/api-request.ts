import { ActionError } from '../errors.js'
import { parseOktaError } from './okta-error.js'
import { oktaPeer } from './peer.js'
import { expectJsonBody, type Logger, type RetryingClient } from '../http/retrying-client.js'
import type { HttpResponse } from '../http/transport.js'
import { signDpopProof, type DpopKey } from '../jwt/dpop.js'
import type { ClockSkew } from '../oauth/clock-skew.js'

/**
 * Calls an Okta API with an access token from the org authorization server. A Bearer token
 * goes as `Authorization: Bearer`; a DPoP-bound token as `Authorization: DPoP` with a proof
 * signed for this very request (htm, htu, iat, jti, ath), built inside the RetryingClient's
 * `build` so each retry carries a new one: Okta burns a proof's jti on first sight and a
 * replayed proof fails with "The DPoP proof JWT has already been used"
 * (docs/okta-behaviour.md, "Replay"; terraform-provider-okta #2392 and #2598 are exactly that
 * bug).
 */
export interface AccessToken {
  accessToken: string
  tokenType: 'Bearer' | 'DPoP'
  dpopKey?: DpopKey
}

export interface ApiCallerOptions {
  http: RetryingClient
  log: Logger
  mask: (secret: string) => void
  skew: ClockSkew
  token: AccessToken
}

export class OktaApiCaller {
  /** Okta does not require a nonce on resource calls today; once it offers one, it is kept. */
  private nonce: string | undefined

  constructor(private readonly options: ApiCallerOptions) {}

  /**
   * One call, retried as the RetryingClient retries (network, 408, 429, 5xx), plus one more
   * attempt when a DPoP call is answered with `use_dpop_nonce` and a `DPoP-Nonce` header.
   * Returns the final response whatever its status.
   */
  async send(
    what: string,
    method: string,
    url: string,
    body?: string,
    /** Extra headers (okta-api's -H); Authorization and DPoP are always this caller's. */
    extra: Record<string, string> = {}
  ): Promise<HttpResponse> {
    const response = await this.sendOnce(what, method, url, body, extra)
    const offered = response.headers.get('dpop-nonce')
    if (
      this.options.token.tokenType === 'DPoP' &&
      offered &&
      offered !== this.nonce &&
      parseOktaError(response).error === 'use_dpop_nonce'
    ) {
      this.nonce = offered
      this.options.log.info(`${what}: Okta asked for a DPoP nonce; signing a new proof with it`)
      return this.sendOnce(what, method, url, body, extra)
    }
    return response
  }

  private sendOnce(
    what: string,
    method: string,
    url: string,
    body: string | undefined,
    extra: Record<string, string> = {}
  ) {
    const { http, mask, skew, token } = this.options
    return http.withPeer(oktaPeer).send(
      what,
      async () => {
        const headers: Record<string, string> = { Accept: 'application/json', ...extra }
        if (body !== undefined) headers['Content-Type'] = 'application/json'
        if (token.tokenType === 'DPoP') {
          // requestAccessToken hands back the key of every DPoP token it minted.
          if (!token.dpopKey) throw new ActionError(`${what}: a DPoP token without its DPoP key.`)
          headers.Authorization = `DPoP ${token.accessToken}`
          const proof = await signDpopProof({
            key: token.dpopKey,
            method,
            url,
            nowSeconds: skew.nowSeconds(),
            nonce: this.nonce,
            accessToken: token.accessToken
          })
          mask(proof)
          headers.DPoP = proof
        } else {
          headers.Authorization = `Bearer ${token.accessToken}`
        }
        return { method, url, headers, body }
      },
      { validate: expectJsonBody }
    )
  }
}

import type { HttpResponse } from '../http/transport.js'
import { signDpopProof } from '../jwt/dpop.js'
import type { ClockSkew } from '../oauth/clock-skew.js'
import type { AccessToken } from './api-request.js'
import { parseOktaError } from './okta-error.js'

/**
 * What authenticates a management call: the same calls work with an SSWS API token or with an
 * OAuth access token from the org authorization server (Bearer, or DPoP-bound with a proof per
 * request), as Okta's management API accepts both
 * (https://developer.okta.com/docs/guides/implement-oauth-for-okta-serviceapp/main/).
 */
export interface ManagementAuthorizer {
  /** How errors name the credential: "API token", "admin access token". */
  readonly credential: string
  /** Who lacks a privilege when Okta answers 403, for the error line. */
  readonly holder: string
  /** Authorization (and DPoP) headers for ONE attempt of one request: called per attempt. */
  headersFor(method: string, url: string): Promise<Record<string, string>>
  /**
   * Whether an answer asks for the same request again with new credentials: a DPoP nonce
   * challenge (RFC 9449 §9). The nonce is kept for every later proof.
   */
  renewFor?(response: HttpResponse): boolean
}

export function apiTokenAuthorizer(apiToken: string): ManagementAuthorizer {
  return {
    credential: 'API token',
    holder: 'the admin who created api-token',
    headersFor: () => Promise.resolve({ Authorization: `SSWS ${apiToken}` })
  }
}

/**
 * An access token. A DPoP-bound one gets a newly signed proof (htm, htu, iat, jti, ath) for
 * every request, page and retry: Okta burns a proof's jti on first sight (RFC 9449 §11.1,
 * docs/okta-behaviour.md, "Replay").
 */
export function accessTokenAuthorizer(
  token: AccessToken,
  options: { skew: ClockSkew; mask: (secret: string) => void; holder: string }
): ManagementAuthorizer {
  // Okta does not ask resource calls for a nonce today, but RFC 9449 §9 lets it.
  let nonce: string | undefined
  return {
    credential: 'admin access token',
    holder: options.holder,
    renewFor(response) {
      const offered = response.headers.get('dpop-nonce')
      if (token.tokenType !== 'DPoP' || !offered || offered === nonce) return false
      if (parseOktaError(response).error !== 'use_dpop_nonce') return false
      nonce = offered
      return true
    },
    async headersFor(method, url): Promise<Record<string, string>> {
      if (token.tokenType !== 'DPoP' || !token.dpopKey) {
        return { Authorization: `Bearer ${token.accessToken}` }
      }
      const proof = await signDpopProof({
        key: token.dpopKey,
        method,
        url,
        nowSeconds: options.skew.nowSeconds(),
        nonce,
        accessToken: token.accessToken
      })
      options.mask(proof)
      return { Authorization: `DPoP ${token.accessToken}`, DPoP: proof }
    }
  }
}

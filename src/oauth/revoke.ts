import { signClientAssertion } from '../jwt/client-assertion.js'
import type { Signer } from '../signing/signer.js'
import { OktaError, parseOktaError } from '../okta/okta-error.js'
import { oktaPeer } from '../okta/peer.js'
import { expectJsonBody, type Logger, type RetryingClient } from '../http/retrying-client.js'
import type { ClockSkew } from './clock-skew.js'

/**
 * RFC 7009 revocation with the same client authentication, the assertion's aud being the revoke URL
 * itself (docs/okta-behaviour.md, "Revoke"). Okta answers 200 even for unknown or expired tokens.
 */
export async function revokeToken(params: {
  http: RetryingClient
  mask: (secret: string) => void
  skew: ClockSkew
  key: Signer
  clientId: string
  revokeEndpoint: string
  token: string
  lifetimeSeconds: number
  /** For the one line that says the clock was corrected. */
  log?: Logger
}): Promise<void> {
  // Okta answers 200 with an empty body; a 200 HTML page (a proxy's sign-in page) revoked
  // nothing and must not be reported as a revocation: validate retries it.
  const send = () =>
    params.http.withPeer(oktaPeer).send(
      'Token revocation',
      async () => {
        const assertion = await signClientAssertion({
          key: params.key,
          clientId: params.clientId,
          audience: params.revokeEndpoint,
          lifetimeSeconds: params.lifetimeSeconds,
          nowSeconds: params.skew.nowSeconds()
        })
        params.mask(assertion)
        return {
          method: 'POST',
          url: params.revokeEndpoint,
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json'
          },
          body: new URLSearchParams({
            token: params.token,
            token_type_hint: 'access_token',
            client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
            client_assertion: assertion
          }).toString()
        }
      },
      { validate: expectJsonBody }
    )
  let response = await send()
  if (response.status === 200) return
  let info = parseOktaError(response)
  // The post step starts with a fresh ClockSkew, so a runner clock the main step had to
  // correct for is refused here too: measure it again and sign once more on Okta's time.
  if (params.skew.correctFrom(response, info)) {
    params.log?.warning(
      `Token revocation refused for its times: ${params.skew.describe()}; signing again on the server's time`
    )
    response = await send()
    if (response.status === 200) return
    info = parseOktaError(response)
  }
  throw new OktaError('Token revocation', info)
}

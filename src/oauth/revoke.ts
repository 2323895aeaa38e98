import { signClientAssertion } from '../jwt/client-assertion.js'
import type { SigningKey } from '../keys/signing-key.js'
import { OktaError, parseOktaError } from '../http/okta-error.js'
import type { RetryingClient } from '../http/retrying-client.js'
import type { ClockSkew } from './clock-skew.js'

/**
 * RFC 7009 revocation with the same client authentication, the assertion's aud being the
 * revoke URL itself (okta-api.md §8). Okta answers 200 even for unknown or expired tokens.
 */
export async function revokeToken(params: {
  http: RetryingClient
  mask: (secret: string) => void
  skew: ClockSkew
  key: SigningKey
  clientId: string
  revokeEndpoint: string
  token: string
  lifetimeSeconds: number
}): Promise<void> {
  const response = await params.http.send('Token revocation', async () => {
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
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        token: params.token,
        token_type_hint: 'access_token',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion
      }).toString()
    }
  })
  if (response.status !== 200) throw new OktaError('Token revocation', parseOktaError(response))
}

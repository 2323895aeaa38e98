import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import { signClientAssertion } from '../jwt/client-assertion.js'
import { tokenEndpointOf } from './access-token.js'
import { loadKeyFromInputs } from './load-key.js'

/**
 * mode: assertion — a signed RFC 7523 client assertion for any OAuth server that accepts
 * private_key_jwt; aud is the audience input, else the token endpoint (Okta's rule).
 */
export async function runAssertionMode(ctx: ModeContext, inputs: Inputs): Promise<void> {
  const key = await loadKeyFromInputs(ctx, inputs)
  // parseInputs refuses assertion mode without audience, okta-domain or token-endpoint, so
  // without an audience input there is a token endpoint to take it from.
  const audience = inputs.audience || tokenEndpointOf(inputs).url
  const lifetime = inputs.assertionLifetime
  const assertion = await signClientAssertion({
    key,
    clientId: inputs.clientId,
    audience,
    lifetimeSeconds: lifetime,
    nowSeconds: ctx.skew.nowSeconds()
  })
  ctx.secretOutput('client-assertion', assertion)
  ctx.output('key-id', key.kid)
  ctx.output('jwk', JSON.stringify(key.publicJwk))
  ctx.log.info(
    `Signed a client assertion for ${inputs.clientId}: aud ${audience}, valid ${lifetime} s, kid ${key.kid}, ${key.algorithm}; it is single-use (fresh jti)`
  )
  await ctx.writeSummary(summary => {
    summary.addHeading('Client assertion', 3).addTable([
      [
        { data: 'Fact', header: true },
        { data: 'Value', header: true }
      ],
      ['Client id (iss, sub)', inputs.clientId],
      ['Audience (aud)', audience],
      ['Lifetime', `${lifetime} s`],
      ['Key', `${key.description}, kid ${key.kid}, ${key.algorithm}`]
    ])
  })
}

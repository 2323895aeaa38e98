import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import { generateSigningKey } from '../keys/generate.js'
import { publicJwkOf } from '../keys/signing-key.js'
import { keyGiven, loadKeyFromInputs } from './load-key.js'

/**
 * mode: jwk — the public JWK (and RFC 7638 thumbprint kid) to register in Okta: of
 * `private-key` when given, else of a newly generated key pair whose private half is output.
 */
export async function runJwkMode(ctx: ModeContext, inputs: Inputs): Promise<void> {
  let jwkJson: string
  let kid: string
  let generated = false
  if (keyGiven(inputs)) {
    const key = await loadKeyFromInputs(ctx, inputs)
    jwkJson = JSON.stringify(key.publicJwk)
    kid = key.kid
  } else {
    const fresh = await generateSigningKey(inputs.keyType)
    ctx.secretOutput('private-key', fresh.pkcs8Pem)
    const { jwk, description, algorithm } = await publicJwkOf(fresh.privateKey, inputs.keyId)
    ctx.log.info(
      `Generated a new ${description} key pair (${inputs.keyType}), kid ${jwk.kid}, algorithm ${algorithm}; its private key is in the masked private-key output`
    )
    jwkJson = JSON.stringify(jwk)
    kid = jwk.kid
    generated = true
  }
  ctx.output('key-id', kid)
  ctx.output('jwk', jwkJson)
  ctx.output('key-changed', generated)
  ctx.log.info(`Public JWK: ${jwkJson}`)
  await ctx.writeSummary(summary => {
    summary
      .addHeading('Public JWK', 3)
      .addRaw(`\nkid \`${kid}\`${generated ? ' (new key pair)' : ''}\n\n`, true)
      .addCodeBlock(JSON.stringify(JSON.parse(jwkJson), null, 2), 'json')
      .addRaw(
        '\nRegister it in Okta: Applications > your API Services app > General > Public keys > Add key, or use `mode: provision`.\n',
        true
      )
  })
}

import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import { loadSigningKey, type SigningKey } from '../keys/signing-key.js'

/** Loads `private-key` and logs what it is (format, type, size, kid, algorithm; no material). */
export async function loadKeyFromInputs(ctx: ModeContext, inputs: Inputs): Promise<SigningKey> {
  const key = await loadSigningKey(inputs.privateKey, {
    passphrase: inputs.privateKeyPassphrase,
    keyId: inputs.keyId,
    algorithm: inputs.algorithm,
    mask: ctx.mask
  })
  const kidFrom = { input: 'key-id input', jwk: 'from the JWK', thumbprint: 'RFC 7638 thumbprint' }
  ctx.log.info(
    `Key: ${key.format}, ${key.description}, kid ${key.kid} (${kidFrom[key.kidSource]}), algorithm ${key.algorithm}`
  )
  return key
}

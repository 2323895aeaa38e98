import type { ModeContext } from '../context.js'
import { InputError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { loadSigningKey, type SigningKey } from '../keys/signing-key.js'
import type { KeyUri } from '../signing/provider.js'
import type { Signer } from '../signing/signer.js'

/** Whether the run was given a key (private-key or signing-key), rather than generating one. */
export function keyGiven(inputs: Inputs): boolean {
  return Boolean(inputs.privateKey || inputs.signingKey)
}

/**
 * Loads `private-key`, or opens the remote key `signing-key` names (its provider's SDK loads only
 * then), and logs what it is (format, type, size, kid, algorithm; no material).
 */
export async function loadKeyFromInputs(
  ctx: ModeContext,
  inputs: Inputs,
  uri: KeyUri | undefined = inputs.signingKey
): Promise<Signer> {
  if (uri) {
    // Loaded only for a key URI: a run with a PEM key does not load the remote-signing code.
    const { openRemoteSigner } = await import('../signing/open-signer.js')
    return openRemoteSigner(
      uri,
      { env: ctx.env, mask: ctx.mask, log: ctx.log },
      { keyId: inputs.keyId || undefined, algorithm: inputs.algorithm }
    )
  }
  const key = await loadSigningKey(inputs.privateKey, {
    passphrase: inputs.privateKeyPassphrase,
    keyId: inputs.keyId,
    algorithm: inputs.algorithm,
    mask: ctx.mask
  })
  logKey(ctx, 'Key', key)
  return key
}

/**
 * Loads `admin-private-key` (the admin service app's key) the same way, in the same formats,
 * or opens the remote key `admin-signing-key` names; its errors name the admin inputs. Its
 * algorithm is the key's own (no algorithm input).
 */
export async function loadAdminKeyFromInputs(ctx: ModeContext, inputs: Inputs): Promise<Signer> {
  if (inputs.adminSigningKey) {
    const { openRemoteSigner } = await import('../signing/open-signer.js')
    return openRemoteSigner(
      inputs.adminSigningKey,
      { env: ctx.env, mask: ctx.mask, log: ctx.log },
      { keyId: inputs.adminKeyId || undefined, what: 'Admin app key' }
    )
  }
  let key: SigningKey
  try {
    key = await loadSigningKey(inputs.adminPrivateKey, {
      passphrase: inputs.adminPrivateKeyPassphrase,
      keyId: inputs.adminKeyId,
      mask: ctx.mask
    })
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    // The key parsers speak of private-key and private-key-passphrase.
    const admin = (text: string): string =>
      text.replace(/(?<![\w-])private-key/g, 'admin-private-key')
    throw new InputError(admin(error.input), admin(error.message))
  }
  logKey(ctx, 'Admin app key', key)
  return key
}

function logKey(ctx: ModeContext, what: string, key: Signer): void {
  const kidFrom = { input: 'key-id input', jwk: 'from the JWK', thumbprint: 'RFC 7638 thumbprint' }
  ctx.log.info(
    `${what}: ${key.format}, ${key.description}, kid ${key.kid} (${kidFrom[key.kidSource]}), algorithm ${key.algorithm}`
  )
}

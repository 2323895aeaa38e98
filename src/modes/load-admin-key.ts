import type { ModeContext } from '../context.js'
import { InputError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { loadSigningKey, type SigningKey } from '../keys/signing-key.js'
import type { Signer } from '../signing/signer.js'
import { logKey, remoteKeyContext } from './load-key.js'

/**
 * Loads `admin-private-key` (the admin service app's key) the same way, in the same formats,
 * or opens the remote key `admin-signing-key` names; its errors name the admin inputs. Its
 * algorithm is the key's own (no algorithm input). Apart from load-key.ts, as only provision
 * and rotate with an admin app need it: a token run does not load it.
 */
export async function loadAdminKeyFromInputs(ctx: ModeContext, inputs: Inputs): Promise<Signer> {
  if (inputs.adminSigningKey) {
    const { openRemoteSigner } = await import('../signing/open-signer.js')
    return openRemoteSigner(inputs.adminSigningKey, remoteKeyContext(ctx, inputs), {
      keyId: inputs.adminKeyId || undefined,
      what: 'Admin app key'
    })
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

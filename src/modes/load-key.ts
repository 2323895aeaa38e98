import type { ModeContext } from '../context.js'
import type { Inputs } from '../inputs.js'
import { loadSigningKey } from '../keys/signing-key.js'
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
    return openRemoteSigner(uri, remoteKeyContext(ctx, inputs), {
      keyId: inputs.keyId || undefined,
      algorithm: inputs.algorithm,
      // token and request modes sign an assertion before they read anything else of the
      // key, so its Sign may run beside GetPublicKey (remote-signer.ts).
      signEarly: inputs.mode === 'token' || inputs.mode === 'request'
    })
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

/** What the key is, for the log: format, type, size, kid and algorithm; no material. */
export function logKey(ctx: ModeContext, what: string, key: Signer): void {
  const kidFrom = { input: 'key-id input', jwk: 'from the JWK', thumbprint: 'RFC 7638 thumbprint' }
  ctx.log.info(
    `${what}: ${key.format}, ${key.description}, kid ${key.kid} (${kidFrom[key.kidSource]}), algorithm ${key.algorithm}`
  )
}

/** What a remote key's provider gets from the run: env, masking, log, and the HTTP transport with the timeout input. */
export function remoteKeyContext(ctx: ModeContext, inputs: Inputs) {
  return {
    env: ctx.env,
    mask: ctx.mask,
    log: ctx.log,
    transport: ctx.transport,
    timeoutMs: inputs.timeoutSeconds * 1000
  }
}

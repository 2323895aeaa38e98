import type { Mode } from '../domain.js'
import { InputError } from '../errors.js'
import type { KeyUri } from '../signing/provider.js'

/**
 * signing-key and new-signing-key: parsed (scheme, endpoint) before any network call. Each stands
 * for a private-key, so giving both is refused rather than one silently winning. In rotate mode the
 * key to rotate to is private-key or new-signing-key; signing-key there means the same, as it does
 * for private-key in rotate today. In self-rotation (rotate with no admin credential) private-key
 * or signing-key is the app's current key, and new-signing-key the remote key to rotate to.
 */
export function remoteKeys(
  mode: Mode,
  get: (name: string) => string,
  selfRotation: boolean,
  parseKeyUri: KeyUriParser
): { signingKey: KeyUri | undefined; newSigningKey: KeyUri | undefined } {
  if (get('private-key') && get('signing-key')) throw bothSet('private-key', 'signing-key')
  const newRaw = get('new-signing-key')
  if (newRaw && mode !== 'rotate') {
    throw new InputError(
      'new-signing-key',
      `Input new-signing-key is only used in rotate mode; in ${mode} mode the key is signing-key.`
    )
  }
  if (newRaw && !selfRotation) {
    if (get('private-key')) throw bothSet('private-key', 'new-signing-key')
    if (get('signing-key')) throw bothSet('signing-key', 'new-signing-key')
  }
  const signingRaw = get('signing-key')
  return {
    signingKey: signingRaw ? parseKeyUri('signing-key', signingRaw) : undefined,
    newSigningKey: newRaw ? parseKeyUri('new-signing-key', newRaw) : undefined
  }
}

/** Two inputs that each name the same key: refused rather than one silently winning. */
export function bothSet(first: string, second: string): InputError {
  return new InputError(second, `Inputs ${first} and ${second} are both set; give one of them.`)
}

/** The inputs that take a key URI. */
export const KEY_URI_INPUTS = ['signing-key', 'new-signing-key', 'admin-signing-key'] as const

/** src/signing/key-uri.ts's parseKeyUri, handed in so that a run without a key URI never loads it. */
export type KeyUriParser = (input: string, raw: string) => KeyUri

/**
 * The key-URI parser, loaded only when a key-URI input is set; otherwise a stand-in that
 * remoteKeys and adminInputs never call, since they parse only inputs that are set. Either way
 * every key URI is parsed in parseInputs, before any request.
 */
export async function keyUriParserFor(get: (name: string) => string): Promise<KeyUriParser> {
  if (KEY_URI_INPUTS.some(name => get(name)))
    return (await import('../signing/key-uri.js')).parseKeyUri
  return input => {
    throw new Error(`The key-URI parser was not loaded, yet input ${input} is set.`)
  }
}

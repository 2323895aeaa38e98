import type { Runtime } from './context.js'
import { SECRET_INPUTS } from './inputs.js'
import { KEY_URI_INPUTS } from './inputs/remote-keys.js'
import { maskKeyText } from './keys/signing-key.js'

/**
 * First thing in both steps, before any input is parsed or anything printed: the runner masks
 * secrets it knows as whole values, but a key pasted with literal \n or base64-wrapped turns
 * into other strings once decoded, so every line is masked too.
 */
export function maskSecretInputs(runtime: Runtime): Mask {
  const { core } = runtime
  const mask = createMask(core)
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name)
    if (!value) continue
    if (name === 'private-key' || name === 'admin-private-key') maskKeyText(value, mask)
    else mask(value)
  }
  // A key URI is not a secret, but a PKCS#11 PIN in it (pin-value, RFC 7512 §2.3) is; a key
  // pasted into signing-key by mistake is masked like private-key.
  for (const name of KEY_URI_INPUTS) {
    const value = core.getInput(name)
    const pin = /[?&]pin-value=([^&]*)/.exec(value)?.[1]
    if (pin) {
      mask(pin)
      mask(safeDecode(pin))
    }
    if (value && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value.trim())) maskKeyText(value, mask)
  }
  return mask
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export type Mask = (secret: string) => void

/** core.setSecret, once per value: the same value masked twice only lengthens the log. */
export function createMask(core: Pick<Runtime['core'], 'setSecret'>): Mask {
  const masked = new Set<string>()
  return secret => {
    if (!secret || masked.has(secret)) return
    masked.add(secret)
    core.setSecret(secret)
  }
}

// What the src/keys tests share: loadSigningKey with no masking to observe, and its refusal's
// message (it must be an InputError, the one-line kind).
import { expect } from '@jest/globals'
import type { KeyObject } from 'node:crypto'
import { InputError } from '../../src/errors.js'
import { loadSigningKey } from '../../src/keys/signing-key.js'

export const load = (raw: string) => loadSigningKey(raw, { mask: () => {} })

export const privateJwk = (key: KeyObject) =>
  key.export({ format: 'jwk' }) as Record<string, unknown>

export async function refusal(raw: string): Promise<string> {
  try {
    await load(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('loadSigningKey accepted the key')
}

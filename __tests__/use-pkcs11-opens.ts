// Opening pkcs11: keys as the action does, for the PKCS#11 provider's test files: a KeyUri as the
// key URI parser makes it, and every provider opened in a test closed after it (logout, session,
// C_Finalize, unload), so the next test starts from a module that is not loaded.
import { afterEach } from '@jest/globals'
import type { KeyUri, RemoteKeyProvider } from '../src/signing/provider.js'
import pkcs11Provider from '../src/signing/providers/pkcs11.js'

/** A KeyUri as the key URI parser makes it: path without the scheme, query decoded. */
export function keyUri(path: string, query: Record<string, string> = {}): KeyUri {
  const shown = Object.entries(query)
    .map(([name, value]) => `${name}=${name === 'pin-value' ? '***' : value}`)
    .join('&')
  return {
    scheme: 'pkcs11',
    input: 'signing-key',
    display: `pkcs11:${path}${shown ? `?${shown}` : ''}`,
    path,
    authority: '',
    query
  }
}

const opened: RemoteKeyProvider[] = []

/** Closes, after each test, every provider `open` gave it. */
export function closeOpenedAfterEach(): void {
  afterEach(async () => {
    await closeOpened()
  })
}

/** Closes every provider `open` gave so far. */
export async function closeOpened(): Promise<void> {
  for (const provider of opened.splice(0)) await provider.close?.()
}

/** The provider as the action opens it, with this process's environment; what it masked. */
export async function open(
  uri: KeyUri
): Promise<{ provider: RemoteKeyProvider; masked: string[] }> {
  const masked: string[] = []
  const provider = await pkcs11Provider(uri, { env: process.env, mask: s => masked.push(s) })
  opened.push(provider)
  return { provider, masked }
}

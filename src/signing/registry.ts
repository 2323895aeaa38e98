import type { KeyUri, ProviderFactory } from './provider.js'

/**
 * One loader per scheme. Each is a dynamic import, so the bundler puts every provider (and its
 * SDK) in a chunk of its own that loads only when its scheme is used: a run with a PEM key loads
 * none of them.
 */
export const PROVIDERS: Record<KeyUri['scheme'], () => Promise<{ default: ProviderFactory }>> = {
  awskms: () => import('./providers/awskms.js'),
  gcpkms: () => import('./providers/gcpkms.js'),
  azurekms: () => import('./providers/azurekms.js'),
  hashivault: () => import('./providers/hashivault.js'),
  pkcs11: () => import('./providers/pkcs11.js')
}

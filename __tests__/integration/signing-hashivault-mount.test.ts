// The hashivault: provider with a nested transit mount (VAULT_TRANSIT_MOUNT=team/transit: Vault
// mounts can be paths) and RSA signing as Vault reads it: without signature_algorithm=pkcs1v15
// Vault signs RSA-PSS, which is not RS256. Opened as the action opens it, against the Vault
// transit fake (fakes/vault-transit.ts).
import { describe, expect, it } from '@jest/globals'
import { verify } from 'node:crypto'
import { startFakeVault } from '../../fakes/vault-transit.js'
import { parseKeyUri } from '../../src/signing/key-uri.js'
import type { KeyUri } from '../../src/signing/provider.js'
import hashiVault from '../../src/signing/providers/hashivault.js'

const keyUri = (name: string): KeyUri => parseKeyUri('signing-key', `hashivault://${name}`)

const input = new TextEncoder().encode('header.claims')

describe('hashivault: a nested mount and RS256', () => {
  it('keeps the slash inside VAULT_TRANSIT_MOUNT and trims only the ones around it', async () => {
    const vault = await startFakeVault({ mount: 'team/transit' })
    try {
      vault.addKey('nested', 'ecdsa-p256')
      const provider = await hashiVault(keyUri('nested'), {
        env: {
          VAULT_ADDR: vault.url,
          VAULT_TOKEN: vault.token,
          VAULT_TRANSIT_MOUNT: '/team/transit/'
        },
        mask: () => undefined
      })
      expect(provider.keyLabel).toBe('team/transit/keys/nested')
      await provider.getPublicKey()
      await provider.sign(input, 'ES256')
      expect(vault.signCount).toBe(1)
    } finally {
      await vault.close()
    }
  })

  it('asks for PKCS#1 v1.5, so an RSA signature verifies as RS256', async () => {
    const vault = await startFakeVault()
    try {
      vault.addKey('rsa', 'rsa-2048')
      const provider = await hashiVault(keyUri('rsa'), {
        env: { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.token },
        mask: () => undefined
      })
      const { key } = await provider.getPublicKey()
      const { signature } = await provider.sign(input, 'RS256')
      expect(verify('sha256', input, key, signature)).toBe(true)
    } finally {
      await vault.close()
    }
  })
})

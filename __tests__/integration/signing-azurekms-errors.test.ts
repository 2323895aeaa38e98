// The azurekms: provider's edges against the same Key Vault + Entra ID fake as
// signing-azurekms.test.ts (real @azure/identity and @azure/keyvault-keys through HTTPS_PROXY):
// URIs refused before the network, the service-principal secrets masked, a named version being
// the key that signs, a failure naming the version, Key Vault's other refusals with the generic
// fix, and the key shapes Key Vault returns (software keys, key_ops, non-signing key types).
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import type { KeyVaultKey } from '@azure/keyvault-keys'
import azureKeyVaultProvider, { publicKeyOf } from '../../src/signing/providers/azurekms.js'
import { oneLineFailure } from '../one-line-failure.js'
import { fake, host, keyUri, open, useAzureKeyVault, useEnv } from '../use-azure-keyvault.js'

useAzureKeyVault()

describe('azurekms: the URI and the step environment', () => {
  it.each([
    ['a host with a character no vault name has', 'okta_ci.vault.azure.net/okta-key'],
    ['a key name with a character Key Vault does not allow', `${host}/okta_key`],
    ['a path segment after the version', `${host}/okta-key/0123abcd/extra`]
  ])('refuses %s before the network', async (_what, path) => {
    const calls = { ...fake.calls }
    const tunnels = fake.tunnels.length
    expect(await oneLineFailure(open(path))).toBe(
      `signing-key: azurekms://${path} must name a vault and a key: azurekms://VAULT.vault.azure.net/KEY[/VERSION].`
    )
    expect(fake.calls).toEqual(calls)
    expect(fake.tunnels).toHaveLength(tunnels)
  })

  it("masks the service principal's client secret and certificate password, and nothing else", async () => {
    const both: string[] = []
    await azureKeyVaultProvider(keyUri(`${host}/okta-key`), {
      env: { AZURE_CLIENT_SECRET: 'sp-secret-1', AZURE_CLIENT_CERTIFICATE_PASSWORD: 'cert-pass-2' },
      mask: secret => both.push(secret)
    })
    expect(both).toStrictEqual(['sp-secret-1', 'cert-pass-2'])
    const secretOnly: string[] = []
    await azureKeyVaultProvider(keyUri(`${host}/okta-key`), {
      env: { AZURE_CLIENT_SECRET: 'sp-secret-3' },
      mask: secret => secretOnly.push(secret)
    })
    expect(secretOnly).toStrictEqual(['sp-secret-3'])
  })
})

describe('azurekms: versions and refusals', () => {
  it('a named version is the key read and the key that signs, not the newest one', async () => {
    const older = fake.addKey('okta-versioned', 'EC-P-256')
    const newer = fake.addKey('okta-versioned', 'EC-P-256')
    const remote = await (await open(`${host}/okta-versioned/${older.version}`)).getPublicKey()
    expect(remote.key.export({ format: 'jwk' })).toEqual(older.publicKey.export({ format: 'jwk' }))
    expect(remote.key.export({ format: 'jwk' })).not.toEqual(
      newer.publicKey.export({ format: 'jwk' })
    )
  })

  it('a version Key Vault does not hold: the message names the version to check', async () => {
    fake.addKey('okta-one-version', 'EC-P-256')
    const path = `${host}/okta-one-version/00000000000000000000000000000000`
    expect(await oneLineFailure((await open(path)).getPublicKey())).toBe(
      `Azure Key Vault: get failed: A key with (name/id) okta-one-version/00000000000000000000000000000000 was not found in this key vault. If you recently deleted this key you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182. Check the vault, key name and version in ${path}.`
    )
  })

  it('a sign request Key Vault refuses as a bad parameter (RS256 on an EC key): its message and the key to check, after one call', async () => {
    fake.addKey('okta-ec-for-rs', 'EC-P-256')
    const provider = await open(`${host}/okta-ec-for-rs`)
    await provider.getPublicKey()
    const before = fake.calls.sign
    const message = await oneLineFailure(provider.sign(new TextEncoder().encode('a.b'), 'RS256'))
    expect(message).toMatch(
      /^Azure Key Vault: sign failed: Invalid algorithm RS256 or digest length 32 for key https:\/\/okta-ci\.vault\.azure\.net\/keys\/okta-ec-for-rs\/[0-9a-f]{32}\. Check okta-ci\.vault\.azure\.net\/okta-ec-for-rs\.$/
    )
    expect(fake.calls.sign - before).toBe(1)
  })

  it('a key whose key_ops are empty offers no algorithm and says "none"', async () => {
    fake.addKey('okta-no-ops', 'EC-P-256', [])
    const remote = await (await open(`${host}/okta-no-ops`)).getPublicKey()
    expect(remote.serviceKeyType).toBe('EC-HSM P-256 (key_ops: none)')
    expect(remote.algorithms).toEqual([])
  })
})

describe('azurekms: one request per operation, the action retries', () => {
  it.each(['get', 'sign'] as const)(
    'a 503 from Key Vault on %s is one request and one line: the SDK does not retry',
    async permission => {
      fake.addKey(`okta-busy-${permission}`, 'EC-P-256')
      const provider = await open(`${host}/okta-busy-${permission}`)
      if (permission === 'sign') await provider.getPublicKey()
      const counter = permission === 'sign' ? 'sign' : 'getKey'
      const before = fake.calls[counter]
      fake.failNext(permission)
      const message = await oneLineFailure(
        permission === 'sign'
          ? provider.sign(new TextEncoder().encode('a.b'), 'ES256')
          : provider.getPublicKey()
      )
      expect(message).toBe(
        `Azure Key Vault: ${permission} failed: The service is temporarily unavailable. Check okta-ci.vault.azure.net/okta-busy-${permission}.`
      )
      expect(fake.calls[counter] - before).toBe(1)
    }
  )
})

describe('azurekms: credentials Entra refuses', () => {
  it("no Azure credentials in the step at all: the first line of the chain's error and the credentials fix", async () => {
    useEnv({
      AZURE_TENANT_ID: undefined,
      AZURE_CLIENT_ID: undefined,
      AZURE_CLIENT_SECRET: undefined
    })
    try {
      // DefaultAzureCredential tries each credential in turn; its error lists them on further lines.
      expect(await oneLineFailure((await open(`${host}/okta-none`)).getPublicKey())).toBe(
        'Azure Key Vault: get failed: ChainedTokenCredential authentication failed. Give the job Azure credentials: azure/login (OIDC) before this step, or AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret or federated token.'
      )
    } finally {
      useEnv({
        AZURE_TENANT_ID: fake.tenantId,
        AZURE_CLIENT_ID: fake.clientId,
        AZURE_CLIENT_SECRET: fake.clientSecret
      })
    }
  })

  it("Entra's own description (AADSTS...), not the SDK's wrapper line, and the credentials fix", async () => {
    fake.addKey('okta-wrong-secret', 'EC-P-256')
    useEnv({ AZURE_CLIENT_SECRET: 'wrong-secret-value-2' })
    try {
      expect(await oneLineFailure((await open(`${host}/okta-wrong-secret`)).getPublicKey())).toBe(
        `Azure Key Vault: get failed: invalid_client: Error(s): 7000215 - Timestamp: Not Available - Description: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${fake.clientId}'. - Correlation ID: Not Available - Trace ID: Not Available. Give the job Azure credentials: azure/login (OIDC) before this step, or AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret or federated token.`
      )
    } finally {
      useEnv({ AZURE_CLIENT_SECRET: fake.clientSecret })
    }
  })
})

const KEY_ID = `https://${host}/keys/okta-shape/0123abcd`

/** A key as @azure/keyvault-keys hands it over, from a Node key pair's public JWK. */
function vaultKey(
  jwk: Record<string, string>,
  kty: string,
  keyOps: string[] | undefined,
  id: string | undefined
): KeyVaultKey {
  const bytes = (name: string): Uint8Array | undefined =>
    jwk[name] === undefined ? undefined : Buffer.from(jwk[name], 'base64url')
  return {
    name: 'okta-shape',
    id,
    key: {
      kty: kty as never,
      n: bytes('n'),
      e: bytes('e'),
      crv: jwk.crv as never,
      x: bytes('x'),
      y: bytes('y'),
      keyOps: keyOps as never
    },
    keyOperations: keyOps as never,
    properties: { name: 'okta-shape', vaultUrl: `https://${host}` }
  } as KeyVaultKey
}

describe('azurekms: the key shapes Key Vault returns', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
  const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey
  const jwkOf = (key: KeyObject): Record<string, string> =>
    key.export({ format: 'jwk' }) as Record<string, string>

  it('software-protected keys (kty RSA and EC, a standard vault) sign like HSM keys', () => {
    const fromRsa = publicKeyOf(vaultKey(jwkOf(rsa), 'RSA', ['sign', 'verify'], KEY_ID))
    expect(fromRsa.serviceKeyType).toBe('RSA 2048-bit')
    expect(fromRsa.algorithms).toEqual(['RS256', 'RS384', 'RS512'])
    expect(fromRsa.key.export({ format: 'jwk' })).toEqual(jwkOf(rsa))
    const fromEc = publicKeyOf(vaultKey(jwkOf(p384), 'EC', ['sign'], KEY_ID))
    expect(fromEc.serviceKeyType).toBe('EC P-384')
    expect(fromEc.algorithms).toEqual(['ES384'])
    expect(fromEc.key.export({ format: 'jwk' })).toEqual(jwkOf(p384))
  })

  it('a key without key_ops offers no algorithm and says "none"', () => {
    const remote = publicKeyOf(vaultKey(jwkOf(p384), 'EC-HSM', undefined, KEY_ID))
    expect(remote.serviceKeyType).toBe('EC-HSM P-384 (key_ops: none)')
    expect(remote.algorithms).toEqual([])
  })

  it('a symmetric (oct-HSM, Managed HSM) key is refused by its id, or its name when it has none', () => {
    expect(() => publicKeyOf(vaultKey({}, 'oct-HSM', ['sign'], KEY_ID))).toThrow(
      new Error(
        `Azure Key Vault: https://${host}/keys/okta-shape/0123abcd is a oct-HSM key, which cannot sign for Okta. Use an RSA (2048 bits or more) or EC P-256/P-384/P-521 key.`
      )
    )
    expect(() => publicKeyOf(vaultKey({}, 'oct-HSM', ['sign'], undefined))).toThrow(
      new Error(
        'Azure Key Vault: okta-shape is a oct-HSM key, which cannot sign for Okta. Use an RSA (2048 bits or more) or EC P-256/P-384/P-521 key.'
      )
    )
  })
})

// The azurekms: provider against a Key Vault + Entra ID fake reached the way a runner's network
// is: through HTTPS_PROXY, over TLS to the real host names, so the real @azure/identity
// (EnvironmentCredential inside DefaultAzureCredential) and @azure/keyvault-keys (with its 401
// challenge and domain check) run unchanged. Every signature is checked with Node crypto and jose
// against the public key the provider returned, one sign call per signature, and each failure is
// one line naming the Key Vault permission.
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createPublicKey, verify } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compactVerify } from 'jose'
import type { Algorithm } from '../../src/domain.js'
import { parseKeyUri } from '../../src/signing/key-uri.js'
import azureKeyVaultProvider from '../../src/signing/providers/azurekms.js'
import { oneLineFailure } from '../one-line-failure.js'
import { fake, host, keyUri, open, useAzureKeyVault, useEnv } from '../use-azure-keyvault.js'

useAzureKeyVault()

const b64url = (text: string): string => Buffer.from(text).toString('base64url')

describe('azurekms: signatures from Key Vault', () => {
  it('an RSA-HSM 2048 key, latest version: RS256/384/512, one sign call each, verified by jose', async () => {
    const { publicKey } = fake.addKey('okta-rsa', 'RSA-2048')
    const provider = await open(`${host}/okta-rsa`)
    const remote = await provider.getPublicKey()
    expect(remote.key.export({ format: 'jwk' })).toEqual(publicKey.export({ format: 'jwk' }))
    expect(remote.serviceKeyType).toBe('RSA-HSM 2048-bit')
    expect(remote.algorithms).toEqual(['RS256', 'RS384', 'RS512'])
    expect(fake.calls.token).toBeGreaterThan(0)
    expect(
      fake.tunnels.every(t => t === `${host}:443` || t === 'login.microsoftonline.com:443')
    ).toBe(true)

    const challenges = fake.calls.challenge
    const gets = fake.calls.getKey
    for (const alg of ['RS256', 'RS384', 'RS512'] as const) {
      const input = `${b64url(`{"alg":"${alg}"}`)}.${b64url('{"sub":"0oa1"}')}`
      const before = fake.calls.sign
      const { signature, encoding } = await provider.sign(new TextEncoder().encode(input), alg)
      expect(fake.calls.sign - before).toBe(1)
      expect(encoding).toBe('jose')
      const { protectedHeader } = await compactVerify(
        `${input}.${Buffer.from(signature).toString('base64url')}`,
        remote.key
      )
      expect(protectedHeader.alg).toBe(alg)
    }
    // The signing client's first request is Key Vault's unauthenticated challenge round trip
    // (the SDK sends it without a body, so it signs nothing); later signatures are one request.
    expect(fake.calls.challenge - challenges).toBe(1)
    // The signing client is built from the fetched key: it never fetches it again.
    expect(fake.calls.getKey - gets).toBe(0)
  })

  it.each([
    ['EC-P-256', 'ES256', 'sha256', 64],
    ['EC-P-384', 'ES384', 'sha384', 96],
    ['EC-P-521', 'ES512', 'sha512', 132]
  ] as const)(
    'an %s key at a named version signs %s (over a %s digest) as a %i-byte r||s',
    async (kind, alg, hash, length) => {
      const name = `okta-${kind.toLowerCase()}`
      const { version } = fake.addKey(name, kind)
      fake.addKey(name, kind) // a newer version the URI does not name
      const provider = await open(`${host}/${name}/${version}`)
      const remote = await provider.getPublicKey()
      expect(remote.algorithms).toEqual([alg])
      const input = `${b64url(`{"alg":"${alg}"}`)}.${b64url('{"sub":"0oa1"}')}`
      const { signature } = await provider.sign(new TextEncoder().encode(input), alg)
      expect(signature).toHaveLength(length)
      expect(
        verify(hash, Buffer.from(input), { key: remote.key, dsaEncoding: 'ieee-p1363' }, signature)
      ).toBe(true)
      await expect(
        compactVerify(`${input}.${Buffer.from(signature).toString('base64url')}`, remote.key)
      ).resolves.toBeDefined()
    }
  )

  it.each([
    ['RSA-1024', undefined, 'RSA-HSM 1024-bit'],
    ['EC-P-256K', undefined, 'EC-HSM P-256K'],
    ['RSA-2048', ['encrypt', 'decrypt'], 'RSA-HSM 2048-bit (key_ops: encrypt, decrypt)']
  ] as const)('offers no algorithm for a %s key (key_ops %j): %s', async (kind, ops, type) => {
    const name = `refused-${kind.toLowerCase()}-${ops ? 'crypt' : 'sign'}`
    fake.addKey(name, kind, ops ? [...ops] : undefined)
    const remote = await (await open(`${host}/${name}`)).getPublicKey()
    expect(remote.serviceKeyType).toBe(type)
    expect(remote.algorithms).toEqual([])
  })
})

describe('azurekms: with TLS verification on, in a fresh process', () => {
  type ChildResult = { jwk?: object; signature?: string; error?: string }
  /** The provider in a child process with `env` (asynchronously: the fake runs in this one). */
  async function runChild(env: Record<string, string>): Promise<ChildResult> {
    const uri = keyUri(`${host}/okta-child`)
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'testkit/run-provider-child.ts', JSON.stringify(uri), 'a.b', 'ES256'],
      { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' }
    )
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult
  }

  it('signs once the fake CA is trusted (NODE_EXTRA_CA_CERTS), and refuses the certificate without it', async () => {
    const { publicKey } = fake.addKey('okta-child', 'EC-P-256')
    const dir = mkdtempSync(join(tmpdir(), 'azure-ca-'))
    try {
      const ca = join(dir, 'ca.pem')
      writeFileSync(ca, fake.caPem)
      const env = {
        AZURE_TENANT_ID: fake.tenantId,
        AZURE_CLIENT_ID: fake.clientId,
        AZURE_CLIENT_SECRET: fake.clientSecret,
        HTTPS_PROXY: fake.proxyUrl
      }
      const trusted = await runChild({ ...env, NODE_EXTRA_CA_CERTS: ca })
      expect(trusted.error).toBeUndefined()
      expect(trusted.jwk).toEqual(publicKey.export({ format: 'jwk' }))
      const key = createPublicKey({ key: trusted.jwk as object, format: 'jwk' } as never)
      const signature = Buffer.from(trusted.signature ?? '', 'base64url')
      expect(
        verify('sha256', Buffer.from('a.b'), { key, dsaEncoding: 'ieee-p1363' }, signature)
      ).toBe(true)

      const untrusted = await runChild(env)
      expect(untrusted.error).toMatch(
        /^Azure Key Vault: get failed: .*(certificate|self-signed|issuer).*/i
      )
      expect(untrusted.error).not.toContain('\n')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('azurekms: failures are one line naming the permission or the fix', () => {
  it('no sign permission', async () => {
    fake.addKey('no-sign', 'EC-P-256')
    const provider = await open(`${host}/no-sign`)
    await provider.getPublicKey()
    fake.deny('no-sign', 'sign')
    const message = await oneLineFailure(provider.sign(new Uint8Array([1]), 'ES256' as Algorithm))
    expect(message).toMatch(
      /^Azure Key Vault: sign failed: The user, group or application '.+' does not have keys sign permission on key vault 'okta-ci;location=westeurope'\. For help resolving this issue, please see https:\/\/go\.microsoft\.com\/fwlink\/\?linkid=2125287\. Give the job's identity the Key Vault `sign` key permission on okta-ci\.vault\.azure\.net\/no-sign \(access policy\), or the Key Vault Crypto User role \(RBAC\)\.$/
    )
  })

  it('no get permission', async () => {
    fake.addKey('no-get', 'EC-P-256')
    fake.deny('no-get', 'get')
    const message = await oneLineFailure((await open(`${host}/no-get`)).getPublicKey())
    expect(message).toMatch(
      /^Azure Key Vault: get failed: .+ does not have keys get permission on key vault .+\. Give the job's identity the Key Vault `get` key permission on okta-ci\.vault\.azure\.net\/no-get \(access policy\), or the Key Vault Crypto User role \(RBAC\)\.$/
    )
  })

  it('no such key', async () => {
    expect(await oneLineFailure((await open(`${host}/missing`)).getPublicKey())).toBe(
      'Azure Key Vault: get failed: A key with (name/id) missing was not found in this key vault. If you recently deleted this key you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182. Check the vault, key name and version in okta-ci.vault.azure.net/missing.'
    )
  })

  it('a client secret Entra does not accept, never printed', async () => {
    fake.addKey('rsa-2', 'RSA-2048')
    const wrong = 'wrong-secret-value-1'
    useEnv({ AZURE_CLIENT_SECRET: wrong })
    try {
      const message = await oneLineFailure((await open(`${host}/rsa-2`)).getPublicKey())
      expect(message).toMatch(
        /^Azure Key Vault: get failed: .*AADSTS7000215.*\. Give the job Azure credentials: azure\/login \(OIDC\) before this step, or AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret or federated token\.$/
      )
      expect(message).not.toContain(wrong)
    } finally {
      useEnv({ AZURE_CLIENT_SECRET: fake.clientSecret })
    }
  })

  it("?endpoint= is the vault URL called (private endpoint, sovereign cloud); the key name stays the path's", async () => {
    fake.addKey('okta-endpoint', 'EC-P-256')
    const elsewhere = 'elsewhere.vault.azure.net'
    const uri = parseKeyUri(
      'signing-key',
      `azurekms://${elsewhere}/okta-endpoint?endpoint=https://${host}`
    )
    const provider = await azureKeyVaultProvider(uri, { env: process.env, mask: () => undefined })
    const remote = await provider.getPublicKey()
    expect(remote.algorithms).toEqual(['ES256'])
    // The fake's proxy refuses hosts it does not serve: the URI's own host was never dialled.
    expect(fake.tunnels).not.toContain(`${elsewhere}:443`)
  })

  it('a URI that names no key, before the network', async () => {
    const calls = { ...fake.calls }
    expect(await oneLineFailure(open(host))).toBe(
      `signing-key: azurekms://${host} must name a vault and a key: azurekms://VAULT.vault.azure.net/KEY[/VERSION].`
    )
    expect(fake.calls).toEqual(calls)
  })
})

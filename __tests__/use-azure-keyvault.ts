// The Key Vault + Entra ID fake (fakes/azure-keyvault.ts) per test file, reached the way a
// runner's network is: the service principal in the step's environment and HTTPS_PROXY pointing
// at the fake, so the real @azure/identity and @azure/keyvault-keys run unchanged. `fake` is a
// live binding: read it inside tests, after the beforeAll has run.
import { afterAll, beforeAll } from '@jest/globals'
import { startAzureKeyVaultFake, type AzureKeyVaultFake } from '../fakes/azure-keyvault.js'
import type { KeyUri, RemoteKeyProvider } from '../src/signing/provider.js'
import azureKeyVaultProvider from '../src/signing/providers/azurekms.js'
import { setProcessEnvironment } from '../testkit/process-env.js'

export let fake: AzureKeyVaultFake

/** The vault the fake serves. */
export const host = 'okta-ci.vault.azure.net'

const ENV_NAMES = [
  'AZURE_TENANT_ID',
  'AZURE_CLIENT_ID',
  'AZURE_CLIENT_SECRET',
  'HTTPS_PROXY',
  'NO_PROXY'
]

/** Sets (or, for undefined, removes) variables of the step environment the SDKs read. */
export function useEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
}

export function useAzureKeyVault(): void {
  const savedEnv: Record<string, string | undefined> = {}
  let restoreTls: Record<string, string | undefined>
  beforeAll(async () => {
    fake = await startAzureKeyVaultFake()
    for (const name of ENV_NAMES) savedEnv[name] = process.env[name]
    useEnv({
      AZURE_TENANT_ID: fake.tenantId,
      AZURE_CLIENT_ID: fake.clientId,
      AZURE_CLIENT_SECRET: fake.clientSecret,
      HTTPS_PROXY: fake.proxyUrl,
      NO_PROXY: undefined
    })
    // The fake's certificate comes from a CA made for this run. Node 20 reads NODE_EXTRA_CA_CERTS
    // only at start-up and has no call to add a CA later, so this test process (not the provider)
    // skips verification while the file runs; TLS itself, the host names and the SDKs' own
    // https-only and challenge-domain checks stay in force.
    restoreTls = await setProcessEnvironment({ NODE_TLS_REJECT_UNAUTHORIZED: '0' })
  })
  afterAll(async () => {
    await setProcessEnvironment(restoreTls)
    useEnv(savedEnv)
    await fake?.close()
  })
}

/** A KeyUri as the key URI parser makes it for `azurekms://<path>`. */
export function keyUri(path: string): KeyUri {
  return {
    scheme: 'azurekms',
    input: 'signing-key',
    display: `azurekms://${path}`,
    path,
    authority: '',
    query: {}
  }
}

/** The provider as the action opens it, with the step's environment. */
export function open(path: string): Promise<RemoteKeyProvider> {
  return azureKeyVaultProvider(keyUri(path), { env: process.env, mask: () => undefined })
}

// An independent verifier: panva/oidc-provider (testkit/oidc-provider.ts) accepts the client
// assertions that AWS KMS and Vault transit signed through the action, so the JWS assembly and the
// DER→r||s conversion are right by someone else's reading of RFC 7515/7518, not only the emulator's.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { startFakeKms, type FakeKms } from '../../fakes/aws-kms.js'
import { startFakeVault, type FakeVault } from '../../fakes/vault-transit.js'
import { runAction } from '../../testkit/in-process.js'
import { startOidcProvider, type OidcProviderHandle } from '../../testkit/oidc-provider.js'
import { kmsStep, kmsUri, registrableJwk, vaultStep } from '../../testkit/remote-keys.js'

const clientId = '0oaRemoteSigned'
let kms: FakeKms
let vault: FakeVault
let op: OidcProviderHandle

beforeAll(async () => {
  ;[kms, vault] = await Promise.all([startFakeKms(), startFakeVault()])
  const kmsKey = kms.addKey({ spec: 'ECC_NIST_P384', alias: 'alias/conformance' })
  const vaultKey = vault.addKey('conformance', 'rsa-2048')
  op = await startOidcProvider({
    clientId,
    dpop: 'optional',
    jwks: {
      keys: [
        { ...(await registrableJwk(kmsKey.publicKey!)), alg: 'ES384', use: 'sig' },
        { ...(await registrableJwk(vaultKey.versions[0].publicKey!)), alg: 'RS256', use: 'sig' }
      ]
    }
  })
})
afterAll(async () => {
  await Promise.all([op?.stop(), kms?.close(), vault?.close()])
})

it.each([
  ['AWS KMS, ES384', () => kmsUri(kms, 'alias/conformance'), () => kmsStep(kms)],
  ['Vault transit, RS256', () => 'hashivault://conformance', () => vaultStep(vault)]
])('%s: oidc-provider issues a token for the remote-signed assertion', async (_name, uri, step) => {
  const run = await runAction(
    'main',
    {
      'token-endpoint': op.tokenEndpoint,
      'client-id': clientId,
      'signing-key': uri(),
      scopes: 'api:read',
      revoke: 'false'
    },
    step()
  )
  expect(run.errors).toEqual([])
  expect(run.code).toBe(0)
  expect(run.outputs).toMatchObject({ 'token-type': 'Bearer', scope: 'api:read' })
})

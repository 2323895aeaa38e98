// openRemoteSigner, the one door to a remote key, against the AWS KMS fake (fakes/aws-kms.ts)
// driven by the real @aws-sdk/client-kms: the log line names which key it is (the step's own key,
// or the admin app's), and each scheme reaches its own provider, whose first check of the URI or
// the environment answers in one line before any call.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeKms, type FakeKms } from '../../fakes/aws-kms.js'
import { parseKeyUri } from '../../src/signing/key-uri.js'
import { openRemoteSigner } from '../../src/signing/open-signer.js'
import { closeRemoteKeys } from '../../src/signing/opened.js'
import { kmsStep, kmsUri, registrableJwk } from '../../testkit/remote-keys.js'

let kms: FakeKms

beforeAll(async () => {
  kms = await startFakeKms()
})
afterAll(async () => {
  await closeRemoteKeys()
  await kms?.close()
})

/** Opens the key behind `raw` as `input` with a log that keeps its lines. */
async function open(input: string, raw: string, what?: string, env = kmsStep(kms).env) {
  const lines: string[] = []
  const log = { info: (line: string) => lines.push(line), warning: () => {}, debug: () => {} }
  const signer = await openRemoteSigner(
    parseKeyUri(input, raw),
    { env, mask: () => {}, log },
    what ? { what } : {}
  )
  return { signer, lines }
}

describe('the log line says which key it is', () => {
  it.each([
    ['signing-key', undefined, 'Key'],
    ['admin-signing-key', 'Admin app key', 'Admin app key']
  ])('%s', async (input, what, named) => {
    const alias = `alias/open-${input}`
    const key = kms.addKey({ spec: 'ECC_NIST_P256', alias })
    const { kid } = await registrableJwk(key.publicKey!)
    const uri = kmsUri(kms, alias)
    const { signer, lines } = await open(input, uri, what)
    expect(signer.kid).toBe(kid)
    expect(lines).toEqual([
      `${named}: AWS KMS key ${alias} (${uri}), EC P-256, kid ${kid} (RFC 7638 thumbprint), algorithm ES256`
    ])
  })
})

describe('each scheme opens its own provider', () => {
  it.each([
    [
      'gcpkms://projects/p/locations/global/keyRings/r/cryptoKeys/k',
      'signing-key: gcpkms://projects/p/locations/global/keyRings/r/cryptoKeys/k must name a key version: gcpkms://projects/P/locations/L/keyRings/R/cryptoKeys/K/cryptoKeyVersions/V.'
    ],
    [
      'azurekms://ci-vault.vault.azure.net',
      'signing-key: azurekms://ci-vault.vault.azure.net must name a vault and a key: azurekms://VAULT.vault.azure.net/KEY[/VERSION].'
    ],
    [
      'hashivault://okta-ci',
      'Vault transit: VAULT_ADDR is not set for signing-key hashivault://okta-ci. Log in to Vault in an earlier step (hashicorp/vault-action with method: jwt exports VAULT_ADDR and VAULT_TOKEN).'
    ]
  ])('%s', async (raw, message) => {
    await expect(open('signing-key', raw, undefined, {})).rejects.toThrow(message)
  })
})

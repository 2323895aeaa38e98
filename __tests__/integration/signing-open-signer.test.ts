// openRemoteSigner, the one door to a remote key, against the AWS KMS fake (fakes/aws-kms.ts)
// driven by the real @aws-sdk/client-kms: the log line names which key it is (the step's own key,
// or the admin app's), and the key's SDK client is released when the step ends.
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
async function open(input: string, raw: string, what?: string) {
  const lines: string[] = []
  const log = { info: (line: string) => lines.push(line), warning: () => {}, debug: () => {} }
  const signer = await openRemoteSigner(
    parseKeyUri(input, raw),
    { env: kmsStep(kms).env, mask: () => {}, log },
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

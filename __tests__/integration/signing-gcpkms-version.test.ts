// The gcpkms: provider with a key version whose number has more than one digit (Cloud KMS
// numbers versions 1, 2, … 10, …): the URI is taken and the version signs. Opened as the action
// opens it, against the Cloud KMS fake (fakes/gcp-kms.ts) with a service-account file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { verify } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGcpKmsFake, type GcpKmsFake } from '../../fakes/gcp-kms.js'
import gcpKmsProvider from '../../src/signing/providers/gcpkms.js'

let fake: GcpKmsFake
let dir: string
let saved: string | undefined

beforeAll(async () => {
  fake = await startGcpKmsFake()
  dir = mkdtempSync(join(tmpdir(), 'gcpkms-version-'))
  const credentials = join(dir, 'service-account.json')
  writeFileSync(credentials, JSON.stringify(fake.serviceAccountKey()))
  // google-auth-library reads this from process.env itself.
  saved = process.env.GOOGLE_APPLICATION_CREDENTIALS
  process.env.GOOGLE_APPLICATION_CREDENTIALS = credentials
})
afterAll(async () => {
  if (saved === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS
  else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved
  await fake.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('gcpkms: a key version numbered 12', () => {
  it('is read and signs ES256', async () => {
    const path = 'projects/p/locations/global/keyRings/r/cryptoKeys/okta/cryptoKeyVersions/12'
    fake.addKey(path, 'EC_SIGN_P256_SHA256')
    const provider = await gcpKmsProvider(
      {
        scheme: 'gcpkms',
        input: 'signing-key',
        display: `gcpkms://${path}`,
        path,
        authority: '',
        query: { endpoint: fake.url },
        endpoint: fake.url
      },
      { env: process.env, mask: () => undefined }
    )
    const { key } = await provider.getPublicKey()
    const input = new TextEncoder().encode('header.claims')
    // Cloud KMS answers an ECDSA signature in DER (the remote signer turns it into r||s).
    const { signature, encoding } = await provider.sign(input, 'ES256')
    expect(encoding).toBe('der')
    expect(verify('sha256', input, { key, dsaEncoding: 'der' }, signature)).toBe(true)
  })
})

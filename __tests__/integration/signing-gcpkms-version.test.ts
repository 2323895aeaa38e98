// The gcpkms: provider with a key version whose number has more than one digit (Cloud KMS
// numbers versions 1, 2, … 10, …): the URI is taken and the version signs. Opened as the action
// opens it, against the Cloud KMS fake (fakes/gcp-kms.ts) with a service-account file.
import { describe, expect, it } from '@jest/globals'
import { verify } from 'node:crypto'
import { fake, openGcpKms, useGcpKms } from '../use-gcp-kms.js'

useGcpKms('gcpkms-version-')

describe('gcpkms: a key version numbered 12', () => {
  it('is read and signs ES256', async () => {
    const path = 'projects/p/locations/global/keyRings/r/cryptoKeys/okta/cryptoKeyVersions/12'
    fake.addKey(path, 'EC_SIGN_P256_SHA256')
    const provider = await openGcpKms(path)
    const { key } = await provider.getPublicKey()
    const input = new TextEncoder().encode('header.claims')
    // Cloud KMS answers an ECDSA signature in DER (the remote signer turns it into r||s).
    const { signature, encoding } = await provider.sign(input, 'ES256')
    expect(encoding).toBe('der')
    expect(verify('sha256', input, { key, dsaEncoding: 'der' }, signature)).toBe(true)
  })
})

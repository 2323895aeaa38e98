// Self-rotation onto a key in a KMS: the app's current key signs its own management token, the
// new key (new-signing-key, in the AWS KMS fake driven by the real @aws-sdk/client-kms) is
// registered, proves itself by minting a token, and the old key retires. Nothing is generated,
// output or stored as a private key.
import { describe, expect, it } from '@jest/globals'
import type { PublicJwk } from '../../emulator/state.js'
import { emulator, kms, useEmulatorAndKms } from '../use-emulator-and-kms.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'
import { kmsStep, kmsUri, registrableJwk } from '../../testkit/remote-keys.js'

useEmulatorAndKms()

const OLD_KID = 'old-key'
const appKey = testKey('rsa')

describe('self-rotation with new-signing-key', () => {
  it('moves a Super Admin app from its PEM key to a KMS key, proven before the old one retires', async () => {
    const next = kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/next' })
    const expected = await registrableJwk(next.publicKey!)
    const app = await emulator.control.createApp({
      label: 'self-rotating-to-kms',
      keys: [{ ...(appKey.publicJwk as PublicJwk), kid: OLD_KID }],
      grantedScopes: ['okta.apps.manage', 'okta.roles.read'],
      roles: ['SUPER_ADMIN']
    })
    const run = await runAction(
      'main',
      {
        mode: 'rotate',
        'okta-domain': emulator.url,
        'client-id': app.clientId,
        'private-key': appKey.pkcs8,
        'key-id': OLD_KID,
        // key-id and algorithm describe the current (RSA) key, not the new EC one.
        algorithm: 'RS256',
        'new-signing-key': kmsUri(kms, 'alias/next')
      },
      kmsStep(kms)
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs['key-id']).toBe(expected.kid)
    expect(run.outputs['private-key']).toBeUndefined()
    const keys = (await emulator.control.app(app.id)).keys
    expect(Object.fromEntries(keys.map(k => [k.kid, k.status]))).toEqual({
      [OLD_KID]: 'INACTIVE',
      [expected.kid]: 'ACTIVE'
    })
    const log = await emulator.control.requests()
    const tokens = log.filter(e => e.route === 'oauth.token')
    // The app's own management token signed with the old key, the proof signed in the KMS.
    expect(tokens.map(e => e.assertion?.header.kid)).toEqual([OLD_KID, expected.kid])
    expect(run.stdout).toContain(`App ${app.clientId} rotated itself`)
  })
})

// provision and rotate with remote keys: the key stays in the KMS (fakes/aws-kms.ts, driven by
// the real @aws-sdk/client-kms), only its public half is registered in the Okta emulator, and
// nothing is generated, output or stored as a private key.
import { describe, expect, it } from '@jest/globals'
import { emulator, kms, useEmulatorAndKms } from '../use-emulator-and-kms.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, uniqueLabel } from '../../testkit/in-process.js'
import { kmsStep, kmsUri, registrableJwk } from '../../testkit/remote-keys.js'

useEmulatorAndKms()

const apiToken = async () => (await emulator.control.createApiToken({ role: 'SUPER_ADMIN' })).token

function tokenRun(clientId: string, signingKey: string) {
  return runAction(
    'main',
    {
      'okta-domain': emulator.url,
      'client-id': clientId,
      'signing-key': signingKey,
      scopes: 'okta.users.read',
      revoke: 'false'
    },
    kmsStep(kms)
  )
}

describe('provision with signing-key', () => {
  it('registers the KMS public key, outputs no private key, and the app then mints with it', async () => {
    const key = kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/provisioned' })
    const uri = kmsUri(kms, 'alias/provisioned')
    const label = uniqueLabel()
    const run = await runAction(
      'main',
      {
        mode: 'provision',
        'okta-domain': emulator.url,
        'api-token': await apiToken(),
        'app-label': label,
        'signing-key': uri,
        scopes: 'okta.users.read'
      },
      kmsStep(kms)
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const expected = await registrableJwk(key.publicKey!)
    expect(run.outputs).toMatchObject({ created: 'true', 'key-id': expected.kid })
    expect(run.outputs['private-key']).toBeUndefined()
    const app = (await emulator.control.apps()).find(a => a.label === label)!
    expect(app.keys.map(k => ({ kid: k.kid, x: k.x, y: k.y }))).toEqual([
      { kid: expected.kid, x: expected.x, y: expected.y }
    ])
    // The summary's next step names the key URI, not a private-key secret.
    expect(run.summary).toContain(`signing-key: ${uri}`)
    expect(run.summary).not.toContain('private-key:')
    expect(kms.signCount).toBe(0)

    const token = await tokenRun(run.outputs['client-id'], uri)
    expect(token.errors).toEqual([])
    expect(token.outputs['token-type']).toBe('Bearer')
    expect(kms.signCount).toBe(1)
  })
})

describe('rotate with new-signing-key', () => {
  async function appWithLocalKey() {
    const old = testKey('rsa')
    return emulator.control.createApp({
      keys: [{ ...(old.publicJwk as object), kid: 'old-key' } as never],
      grantedScopes: ['okta.users.read']
    })
  }

  it('registers the KMS key, proves it with a KMS-signed token, then retires the old key', async () => {
    const key = kms.addKey({ spec: 'RSA_2048', alias: 'alias/rotated-to' })
    const uri = kmsUri(kms, 'alias/rotated-to')
    const app = await appWithLocalKey()
    const run = await runAction(
      'main',
      {
        mode: 'rotate',
        'okta-domain': emulator.url,
        'client-id': app.clientId,
        'api-token': await apiToken(),
        'new-signing-key': uri
      },
      kmsStep(kms)
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const expected = await registrableJwk(key.publicKey!)
    expect(run.outputs).toMatchObject({ 'key-id': expected.kid, 'key-changed': 'true' })
    expect(run.outputs['private-key']).toBeUndefined()
    const log = await emulator.control.requests()
    const proof = log.find(e => e.route === 'oauth.token' && e.status === 200)!
    expect(proof.assertion?.header.kid).toBe(expected.kid)
    const keys = (await emulator.control.app(app.id)).keys
    expect(Object.fromEntries(keys.map(k => [k.kid, k.status]))).toEqual({
      'old-key': 'INACTIVE',
      [expected.kid]: 'ACTIVE'
    })
    // The proof token and its revocation: one assertion each, one Sign call each.
    expect(kms.signCount).toBe(
      log.filter(e => ['oauth.token', 'oauth.revoke'].includes(e.route ?? '')).length
    )
    expect((await tokenRun(app.clientId, uri)).code).toBe(0)
  })

  it('a KMS that refuses Sign: the new key is removed again, the old key stays ACTIVE', async () => {
    kms.addKey({ spec: 'ECC_NIST_P384', alias: 'alias/no-sign', deny: ['kms:Sign'] })
    const app = await appWithLocalKey()
    const run = await runAction(
      'main',
      {
        mode: 'rotate',
        'okta-domain': emulator.url,
        'client-id': app.clientId,
        'api-token': await apiToken(),
        'new-signing-key': kmsUri(kms, 'alias/no-sign')
      },
      kmsStep(kms)
    )
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /^Key rotation stopped\. The proof of the new key \S+ failed: AWS KMS: .*not authorized to perform: kms:Sign .*Grant kms:Sign on the key to the job's role/
    )
    const keys = (await emulator.control.app(app.id)).keys
    expect(keys.map(k => [k.kid, k.status])).toEqual([['old-key', 'ACTIVE']])
  })
})

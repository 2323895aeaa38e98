// provision with an admin app whose key is in a KMS (admin-signing-key): the admin token's client
// assertion is signed by the AWS KMS fake (fakes/aws-kms.ts, driven by the real
// @aws-sdk/client-kms), so neither an API token nor any private key is given to the step.
import { describe, expect, it } from '@jest/globals'
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose'
import type { PublicJwk } from '../../emulator/state.js'
import { emulator, kms, useEmulatorAndKms } from '../use-emulator-and-kms.js'
import { runAction, uniqueLabel } from '../../testkit/in-process.js'
import { kmsStep, kmsUri, registrableJwk } from '../../testkit/remote-keys.js'

useEmulatorAndKms()

const MANAGE = ['okta.apps.manage', 'okta.appGrants.manage', 'okta.roles.manage']

describe('admin-signing-key', () => {
  it('provisions with an admin app whose key never leaves the KMS: one KMS signature per assertion, none SSWS', async () => {
    const key = kms.addKey({ spec: 'ECC_NIST_P384', alias: 'alias/okta-admin' })
    const jwk = await registrableJwk(key.publicKey!)
    const admin = await emulator.control.createApp({
      label: 'ci-admin',
      keys: [jwk as unknown as PublicJwk],
      grantedScopes: MANAGE,
      roles: ['SUPER_ADMIN']
    })
    const label = uniqueLabel()
    const run = await runAction(
      'main',
      {
        mode: 'provision',
        'okta-domain': emulator.url,
        'admin-client-id': admin.clientId,
        'admin-signing-key': kmsUri(kms, 'alias/okta-admin'),
        'app-label': label,
        scopes: 'okta.users.read'
      },
      kmsStep(kms)
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Admin app key: .*ES384/)
    expect((await emulator.control.apps()).find(a => a.label === label)).toBeDefined()

    const log = await emulator.control.requests()
    expect(log.filter(e => /^SSWS/i.test(e.headers.authorization ?? ''))).toEqual([])
    const assertions = log
      .filter(e => e.route === 'oauth.token' || e.route === 'oauth.revoke')
      .map(e => e.form?.client_assertion as string)
    // The admin token's request and its revocation: each assertion signed once in the KMS and
    // verifiable with the KMS key's public half.
    expect(assertions).toHaveLength(2)
    expect(kms.signCount).toBe(2)
    const publicKey = await importJWK(jwk, 'ES384')
    for (const assertion of assertions) {
      expect(decodeProtectedHeader(assertion)).toMatchObject({ alg: 'ES384', kid: jwk.kid })
      const { payload } = await jwtVerify(assertion, publicKey)
      expect(payload.iss).toBe(admin.clientId)
    }
  })
  it('signs with the kid admin-key-id names, as the admin app registered it', async () => {
    const key = kms.addKey({ spec: 'ECC_NIST_P256', alias: 'alias/okta-admin-kid' })
    const jwk = await registrableJwk(key.publicKey!, 'ci-admin-kms')
    const admin = await emulator.control.createApp({
      label: 'ci-admin',
      keys: [jwk as unknown as PublicJwk],
      grantedScopes: ['okta.apps.manage', 'okta.roles.read'],
      roles: ['APP_ADMIN']
    })
    const run = await runAction(
      'main',
      {
        mode: 'provision',
        'okta-domain': emulator.url,
        'admin-client-id': admin.clientId,
        'admin-signing-key': kmsUri(kms, 'alias/okta-admin-kid'),
        'admin-key-id': 'ci-admin-kms',
        'app-label': uniqueLabel()
      },
      kmsStep(kms)
    )
    expect(run.errors).toEqual([])
    const log = await emulator.control.requests()
    const signed = log.filter(e => e.route === 'oauth.token' || e.route === 'oauth.revoke')
    expect(signed.map(e => [e.status, e.assertion?.header.kid])).toEqual([
      [200, 'ci-admin-kms'],
      [200, 'ci-admin-kms']
    ])
  })
})

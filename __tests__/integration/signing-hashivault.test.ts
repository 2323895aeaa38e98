// signing-key with hashivault://: the action runs in-process from src/ against the Vault transit
// fake (fakes/vault-transit.ts: real keys, Vault's defaults, its error bodies) and the Okta
// emulator, which checks every assertion; each is also verified here with jose.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { importJWK, jwtVerify } from 'jose'
import { startFakeVault, type FakeVault, type VaultKeyType } from '../../fakes/vault-transit.js'
import { startHttpProxy } from '../../testkit/http-proxy.js'
import { runAction } from '../../testkit/in-process.js'
import { registrableJwk, vaultStep } from '../../testkit/remote-keys.js'
import {
  attemptsAt,
  logLines,
  startTokenFixture,
  type TokenFixture
} from '../../testkit/token-fixtures.js'

let fx: TokenFixture
let vault: FakeVault
let other: FakeVault
const ORG_TOKEN = '/oauth2/v1/token'

beforeAll(async () => {
  ;[fx, vault, other] = await Promise.all([
    startTokenFixture(),
    startFakeVault(),
    startFakeVault({ mount: 'okta-signing' })
  ])
})
afterAll(async () => {
  await Promise.all([fx?.stop(), vault?.close(), other?.close()])
})
beforeEach(async () => {
  vault.signCount = 0
  await fx.control.clearRequests()
})

let seq = 0
async function vaultApp(type: VaultKeyType, on: FakeVault = vault) {
  const name = `okta-${type}-${++seq}`
  const key = on.addKey(name, type)
  const jwk = await registrableJwk(key.versions[0].publicKey!)
  const app = await fx.control.createApp({
    keys: [jwk as never],
    grantedScopes: ['okta.users.read']
  })
  return { name, jwk, clientId: app.clientId }
}

function tokenRun(clientId: string, uri: string, step = vaultStep(vault)) {
  return runAction(
    'main',
    {
      'okta-domain': fx.url,
      'client-id': clientId,
      'signing-key': uri,
      scopes: 'okta.users.read',
      revoke: 'false'
    },
    step
  )
}

describe('token mode signed by Vault transit', () => {
  it.each([
    ['rsa-2048', 'RS256', 256],
    ['ecdsa-p256', 'ES256', 64],
    ['ecdsa-p384', 'ES384', 96],
    ['ecdsa-p521', 'ES512', 132]
  ] as const)(
    '%s: one sign call, a %s assertion Okta accepts (%i-byte signature)',
    async (type, alg, bytes) => {
      const app = await vaultApp(type)
      const run = await tokenRun(app.clientId, `hashivault://${app.name}`)
      expect(run.errors).toEqual([])
      expect(run.code).toBe(0)
      const [attempt, ...more] = await attemptsAt(fx.control, ORG_TOKEN)
      expect(more).toHaveLength(0)
      expect(attempt.entry.status).toBe(200)
      expect(attempt.header).toEqual({ alg, kid: app.jwk.kid, typ: 'JWT' })
      const assertion = attempt.entry.form!.client_assertion
      expect(Buffer.from(assertion.split('.')[2], 'base64url')).toHaveLength(bytes)
      await jwtVerify(assertion, await importJWK(app.jwk, alg))
      expect(vault.signCount).toBe(1)
      expect(logLines(run.stdout).join('\n')).toContain(
        `Key: Vault transit key transit/keys/${app.name} (hashivault://${app.name})`
      )
      expect(run.masked).toContain(vault.token)
    }
  )

  it('VAULT_TRANSIT_MOUNT names another mount', async () => {
    const app = await vaultApp('ecdsa-p256', other)
    const step = vaultStep(other)
    const run = await tokenRun(app.clientId, `hashivault://${app.name}`, {
      ...step,
      env: { ...step.env, VAULT_TRANSIT_MOUNT: 'okta-signing' }
    })
    expect(run.errors).toEqual([])
    expect(other.signCount).toBe(1)
  })

  it("goes through HTTP_PROXY as the Okta calls do (the action's transport, not global fetch)", async () => {
    const proxy = await startHttpProxy()
    try {
      const app = await vaultApp('ecdsa-p256')
      const step = vaultStep(vault)
      const run = await tokenRun(app.clientId, `hashivault://${app.name}`, {
        ...step,
        env: { ...step.env, HTTP_PROXY: proxy.url }
      })
      expect(run.errors).toEqual([])
      expect(vault.signCount).toBe(1)
      // undici's proxy agent tunnels (CONNECT) to the fake's host, as it does to the emulator's.
      expect(proxy.log).toContainEqual({
        method: 'CONNECT',
        target: new URL(vault.url).host,
        status: 200
      })
    } finally {
      await proxy.stop()
    }
  })

  it('a pin-value in a key URI is masked before anything prints, and shown as *** in the log', async () => {
    const app = await vaultApp('ecdsa-p256')
    const pin = 'pin%2F0000-s3cr3t'
    const step = vaultStep(vault)
    const run = await tokenRun(app.clientId, `hashivault://${app.name}?pin-value=${pin}`, {
      ...step,
      secrets: [...step.secrets, pin, decodeURIComponent(pin)]
    })
    expect(run.code).toBe(0)
    expect(run.masked).toEqual(expect.arrayContaining([pin, decodeURIComponent(pin)]))
    expect(logLines(run.stdout).join('\n')).toContain(`(hashivault://${app.name}?pin-value=***)`)
  })
})

describe('Vault transit errors: one line naming the policy to add', () => {
  const refused = async (uri: string, step = vaultStep(vault)) => {
    const run = await tokenRun('0oaVaultRefused', uri, step)
    expect(run.code).toBe(1)
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
    expect(await attemptsAt(fx.control, ORG_TOKEN)).toEqual([])
    return run.errors
  }

  it('no update on transit/sign/KEY', async () => {
    vault.addKey('no-sign', 'rsa-2048', { deny: ['update'] })
    expect(await refused('hashivault://no-sign')).toEqual([
      'Vault transit: permission denied (HTTP 403 on POST transit/sign/no-sign). Give the token a policy with "update" on transit/sign/no-sign.'
    ])
  })

  it('no read on transit/keys/KEY', async () => {
    vault.addKey('no-read', 'ecdsa-p256', { deny: ['read'] })
    expect(await refused('hashivault://no-read')).toEqual([
      'Vault transit: permission denied (HTTP 403 on GET transit/keys/no-read). Give the token a policy with "read" on transit/keys/no-read.'
    ])
  })

  it('a wrong token, which is masked', async () => {
    vault.addKey('wrong-token', 'ecdsa-p256')
    const token = 'hvs.CAESIWrongTokenWrongTokenWrongToken'
    const step = { env: { VAULT_ADDR: vault.url, VAULT_TOKEN: token }, secrets: [token] }
    expect(await refused('hashivault://wrong-token', step)).toEqual([
      'Vault transit: permission denied (HTTP 403 on GET transit/keys/wrong-token). Give the token a policy with "read" on transit/keys/wrong-token.'
    ])
  })

  it('an unknown key', async () => {
    expect(await refused('hashivault://missing')).toEqual([
      'Vault transit: not found (HTTP 404 on GET transit/keys/missing). Check the key name missing and the mount (VAULT_TRANSIT_MOUNT, now transit).'
    ])
  })

  it('a Vault that does not answer within the timeout input: one line, no token request', async () => {
    const stalled = await startFakeVault({ latencyMs: 5000 })
    try {
      stalled.addKey('slow', 'ecdsa-p256')
      const step = vaultStep(stalled)
      const run = await runAction(
        'main',
        {
          'okta-domain': fx.url,
          'client-id': '0oaVaultStalled',
          'signing-key': 'hashivault://slow',
          scopes: 'okta.users.read',
          timeout: '1',
          revoke: 'false'
        },
        step
      )
      expect(run.errors).toEqual([
        `Vault transit: cannot reach ${stalled.url}: no answer from ${new URL(stalled.url).host} within 1 s. Check VAULT_ADDR.`
      ])
      expect(await attemptsAt(fx.control, ORG_TOKEN)).toEqual([])
    } finally {
      await stalled.close()
    }
  })

  it('no VAULT_ADDR', async () => {
    expect(
      await refused('hashivault://any', {
        env: { VAULT_TOKEN: vault.token },
        secrets: [vault.token]
      })
    ).toEqual([
      'Vault transit: VAULT_ADDR is not set for signing-key hashivault://any. Log in to Vault in an earlier step (hashicorp/vault-action with method: jwt exports VAULT_ADDR and VAULT_TOKEN).'
    ])
  })

  it.each([
    [
      'aes256-gcm96',
      'Vault transit: key KEY (input signing-key) is aes256-gcm96, which has no public key; Okta accepts RSA 2048+ signing keys with PKCS#1 v1.5 (RS256/384/512) and EC P-256/P-384/P-521 signing keys (transit types rsa-2048/3072/4096, ecdsa-p256/p384/p521).'
    ],
    [
      'ed25519',
      'Vault transit: key transit/keys/KEY (input signing-key) is ed25519, which cannot sign for Okta; Okta accepts RSA 2048+ signing keys with PKCS#1 v1.5 (RS256/384/512) and EC P-256/P-384/P-521 signing keys.'
    ]
  ] as const)('a %s key is refused with its type', async (type, message) => {
    const name = `refused-${type}`
    vault.addKey(name, type)
    expect(await refused(`hashivault://${name}`)).toEqual([message.replace('KEY', name)])
    expect(vault.signCount).toBe(0)
  })
})

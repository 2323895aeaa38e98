// rotate to a key that stays in a key service (here Vault transit, through its fake): the
// signing-key input names the key to rotate to, or new-signing-key in self-rotation, where
// signing-key and key-id describe the app's current key. A remote key has no private half to
// store, so a github-token stores nothing and the plan has no store step.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { App } from '../../testkit/emulator/control-client.js'
import type { PublicJwk } from '../../emulator/state.js'
import { startFakeVault, type FakeVault } from '../../fakes/vault-transit.js'
import { apiToken, github, useApiTokenAndGithub } from '../use-admin-writes.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'
import { registrableJwk, vaultStep } from '../../testkit/remote-keys.js'
import { logLines } from '../../testkit/token-fixtures.js'

useEmulator()

const GITHUB_TOKEN = 'ghs_rotate_remote_write_token_012345'
const appKey = testKey('rsa')

let vault: FakeVault

beforeAll(async () => {
  vault = await startFakeVault()
})
afterAll(async () => {
  await vault?.close()
})
useApiTokenAndGithub('remote', GITHUB_TOKEN)

const step = () => ({ env: { ...vaultStep(vault).env, GITHUB_API_URL: github.url } })

function appWithOldKey(extra: { roles?: string[]; grantedScopes?: string[] } = {}): Promise<App> {
  return emulator.control.createApp({
    label: 'remote-rotating',
    keys: [{ ...(appKey.publicJwk as PublicJwk), kid: 'old-key' }],
    grantedScopes: ['okta.users.read'],
    ...extra
  })
}

describe('rotation to a Vault transit key named in signing-key', () => {
  it('registers that key with the kid given, proves it, and stores nothing although github-token is set', async () => {
    const key = vault.addKey('rotate-to', 'ecdsa-p256')
    const app = await appWithOldKey()
    const run = await runAction(
      'main',
      {
        mode: 'rotate',
        'okta-domain': url,
        'client-id': app.clientId,
        'api-token': apiToken,
        'signing-key': 'hashivault://rotate-to',
        'key-id': 'vault-new',
        'github-token': GITHUB_TOKEN
      },
      step()
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['key-id']).toBe('vault-new')
    expect(run.outputs['private-key']).toBeUndefined()
    const registered = (await emulator.control.app(app.id)).keys.find(k => k.kid === 'vault-new')!
    const expected = await registrableJwk(key.versions[0].publicKey!, 'vault-new')
    expect({ x: registered.x, y: registered.y }).toEqual({ x: expected.x, y: expected.y })
    const proof = (await emulator.control.requests()).find(
      e => e.route === 'oauth.token' && e.status === 200
    )!
    expect(proof.assertion?.header.kid).toBe('vault-new')
    expect(vault.signCount).toBeGreaterThan(0)
    // Nothing to store: the private half stays in Vault.
    expect(github.requests()).toEqual([])
    expect(run.summary).toContain('not stored (the new key stays in its key service)')
    expect(run.summary).not.toContain('github-token empty')
    const lines = logLines(run.stdout)
    expect(lines.filter(l => l.includes('private key'))).toEqual([])
  })

  it('its dry run plans no store step although github-token is set', async () => {
    vault.addKey('rotate-to-dry', 'ecdsa-p256')
    const app = await appWithOldKey()
    const run = await runAction(
      'main',
      {
        mode: 'rotate',
        'okta-domain': url,
        'client-id': app.clientId,
        'api-token': apiToken,
        'signing-key': 'hashivault://rotate-to-dry',
        'key-id': 'vault-dry',
        'github-token': GITHUB_TOKEN,
        'dry-run': 'true'
      },
      step()
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['key-id']).toBe('vault-dry')
    const plan = logLines(run.stdout).filter(l => l.startsWith('  - '))
    expect(plan[0]).toMatch(/^ {2}- Add the new key vault-dry \(.*\), ACTIVE$/)
    expect(plan.filter(l => l.includes('Store'))).toEqual([])
    expect(github.requests()).toEqual([])
  })
})

describe('self-rotation to new-signing-key', () => {
  it("gives the new key its own thumbprint kid: key-id names the app's current key", async () => {
    const key = vault.addKey('self-next', 'ecdsa-p256')
    const app = await appWithOldKey({
      roles: ['SUPER_ADMIN'],
      grantedScopes: ['okta.apps.manage', 'okta.roles.read']
    })
    const run = await runAction(
      'main',
      {
        mode: 'rotate',
        'okta-domain': url,
        'client-id': app.clientId,
        'private-key': appKey.pkcs8,
        'key-id': 'old-key',
        'new-signing-key': 'hashivault://self-next'
      },
      step()
    )
    expect(run.errors).toEqual([])
    const kid = run.outputs['key-id']
    expect(kid).toBe((await registrableJwk(key.versions[0].publicKey!)).kid)
    const statuses = Object.fromEntries(
      (await emulator.control.app(app.id)).keys.map(k => [k.kid, k.status])
    )
    expect(statuses).toEqual({ 'old-key': 'INACTIVE', [kid]: 'ACTIVE' })
    expect(run.outputs['private-key']).toBeUndefined()
    // github-token is empty, but a key in a key service has no private half to store or to warn about.
    expect(logLines(run.stdout).filter(line => line.includes('github-token'))).toEqual([])
    expect(run.summary).toContain('not stored (the new key stays in its key service)')
  })
})

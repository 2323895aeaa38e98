// rotate without an API token, run in-process against the emulator: an app rotating its own
// key with its own token (self-rotation), its refusal when the app is not a Super Admin, and an
// admin service app rotating another app. Okta's rule the emulator enforces: once an app has
// okta.* grants, only a Super Admin may change its keys.
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { App, RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { PublicJwk } from '../../emulator/state.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'

useEmulator()

const OLD_KID = 'old-key'
const appKey = testKey('rsa')
const adminKey = testKey('p256')

function scopedApp(roles: string[], grantedScopes: string[], dpopRequired = false): Promise<App> {
  return emulator.control.createApp({
    label: 'self-rotating',
    keys: [{ ...(appKey.publicJwk as PublicJwk), kid: OLD_KID }],
    grantedScopes,
    roles,
    dpopRequired
  })
}

function selfRotate(app: App, extra: Record<string, string> = {}) {
  return runAction('main', {
    mode: 'rotate',
    'okta-domain': url,
    'client-id': app.clientId,
    'private-key': appKey.pkcs8,
    'key-id': OLD_KID,
    ...extra
  })
}

const keyWrites = (log: RequestLogEntry[]) =>
  log.filter(e => e.path.includes('/credentials/jwks') && e.method !== 'GET')
const statuses = async (app: App) =>
  Object.fromEntries((await emulator.control.app(app.id)).keys.map(k => [k.kid, k.status]))

describe('self-rotation', () => {
  it('a Super Admin app adds a new key with its own token, proves it, retires the old one, and says so', async () => {
    const app = await scopedApp(['SUPER_ADMIN'], ['okta.apps.manage', 'okta.roles.read'])
    const run = await selfRotate(app)
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const newKid = run.outputs['key-id']
    expect(await statuses(app)).toEqual({ [OLD_KID]: 'INACTIVE', [newKid]: 'ACTIVE' })
    expect(run.stdout).toContain(
      `Self-rotation: app ${app.clientId} rotates its own key with its own token`
    )
    expect(run.stdout).toContain(`App ${app.clientId} rotated itself`)
    expect(run.stdout.split('\n')).toContain(
      `Admin credential: an access token of app ${app.clientId} (its own key: self-rotation), scopes okta.apps.manage okta.roles.read`
    )
    expect(run.summary).toContain('the app itself (self-rotation, its own token)')
    expect(run.masked).toContain(run.outputs['private-key'])

    const log = await emulator.control.requests()
    expect(log.filter(e => /^SSWS/i.test(e.headers.authorization ?? ''))).toEqual([])
    const tokens = log.filter(e => e.route === 'oauth.token')
    // The management token, then the proof token signed with the new key.
    expect(tokens.map(e => [e.form?.scope, e.assertion?.header.kid])).toEqual([
      ['okta.apps.manage okta.roles.read', OLD_KID],
      ['okta.apps.manage okta.roles.read', newKid]
    ])
    // The old key is retired by then: the management token is revoked with the new one.
    const revokes = log.filter(e => e.route === 'oauth.revoke')
    expect(revokes.map(e => [e.status, e.assertion?.header.kid])).toContainEqual([200, newKid])
    // Both the management token and the proof token end revoked.
    const issued = (await emulator.control.tokens()).filter(t => t.clientId === app.clientId)
    expect(issued.map(t => t.revoked)).toEqual([true, true])
  })

  it('refuses before any write when the app has okta.* grants but no Super Admin role', async () => {
    const app = await scopedApp(['APP_ADMIN'], ['okta.apps.manage', 'okta.roles.read'])
    const run = await selfRotate(app)
    expect(run.errors).toEqual([
      `App ${app.clientId} has admin role APP_ADMIN, but this run needs the Super Administrator role (SUPER_ADMIN) for changing its own keys (it has okta.* grants: okta.apps.manage okta.roles.read): assign SUPER_ADMIN to the app (Admin Console: Security > Administrators > Add administrator, or POST /oauth2/v1/clients/${app.clientId}/roles as a Super Admin). Nothing was changed.`
    ])
    expect(keyWrites(await emulator.control.requests())).toEqual([])
    expect(await statuses(app)).toEqual({ [OLD_KID]: 'ACTIVE' })
    const issued = (await emulator.control.tokens()).filter(t => t.clientId === app.clientId)
    expect(issued.map(t => t.revoked)).toEqual([true])
  })

  it("without okta.roles.read, Okta's refusal names the app itself as lacking the privilege", async () => {
    // No roles scope: the preflight is skipped, so the key write meets Okta's 403 E0000006.
    const app = await scopedApp(['APP_ADMIN'], ['okta.apps.manage'])
    const run = await selfRotate(app)
    expect(run.stdout).toContain('Role preflight skipped')
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      new RegExp(`HTTP 403 E0000006: .*; app ${app.clientId} lacks that privilege\\.`)
    )
    expect(await statuses(app)).toEqual({ [OLD_KID]: 'ACTIVE' })
  })

  it('works with a DPoP-bound token (the app requires DPoP)', async () => {
    const app = await scopedApp(['SUPER_ADMIN'], ['okta.apps.manage'], true)
    const run = await selfRotate(app)
    expect(run.errors).toEqual([])
    const writes = keyWrites(await emulator.control.requests())
    expect(writes.length).toBeGreaterThan(0)
    expect(writes.map(e => e.authorizationScheme)).toEqual(writes.map(() => 'DPoP'))
    expect(run.stdout).toContain('Role preflight skipped')
  })
})

describe('rotation by an admin app', () => {
  function adminApp(
    roles: string[],
    grantedScopes = ['okta.apps.manage', 'okta.appGrants.read', 'okta.roles.read']
  ): Promise<App> {
    return emulator.control.createApp({
      label: 'ci-admin',
      keys: [{ ...(adminKey.publicJwk as PublicJwk), kid: 'admin-key' }],
      grantedScopes,
      roles
    })
  }
  const byAdmin = (admin: App, target: App, extra: Record<string, string> = {}) =>
    runAction('main', {
      mode: 'rotate',
      'okta-domain': url,
      'client-id': target.clientId,
      'admin-client-id': admin.clientId,
      'admin-private-key': adminKey.pkcs8,
      'admin-key-id': 'admin-key',
      ...extra
    })

  it("a Super Admin admin app rotates another app's key", async () => {
    const admin = await adminApp(['SUPER_ADMIN'])
    const target = await scopedApp([], ['okta.users.read'])
    const run = await byAdmin(admin, target)
    expect(run.errors).toEqual([])
    expect(await statuses(target)).toEqual({
      [OLD_KID]: 'INACTIVE',
      [run.outputs['key-id']]: 'ACTIVE'
    })
    const log = await emulator.control.requests()
    expect(log.filter(e => e.route === 'oauth.token').map(e => e.form?.scope)).toEqual([
      'okta.apps.manage okta.appGrants.read okta.roles.read',
      'okta.users.read'
    ])
    // The admin token is revoked with the admin app's key, not the target's new one.
    const revokes = log.filter(e => e.route === 'oauth.revoke' && e.clientId === admin.clientId)
    expect(revokes.map(e => [e.status, e.assertion?.header.kid])).toEqual([[200, 'admin-key']])
    const issued = (await emulator.control.tokens()).filter(t => t.clientId === admin.clientId)
    expect(issued.map(t => t.revoked)).toEqual([true])
  })

  it('an App Admin admin app is stopped before any write: the target has okta.* grants', async () => {
    const admin = await adminApp(['APP_ADMIN'])
    const target = await scopedApp([], ['okta.users.read'])
    const run = await byAdmin(admin, target)
    expect(run.errors).toEqual([
      `Admin app ${admin.clientId} has admin role APP_ADMIN, but this run needs the Super Administrator role (SUPER_ADMIN) for changing the keys of app ${target.id}, which has okta.* grants: assign SUPER_ADMIN to the app (Admin Console: Security > Administrators > Add administrator, or POST /oauth2/v1/clients/${admin.clientId}/roles as a Super Admin). Nothing was changed.`
    ])
    expect(keyWrites(await emulator.control.requests())).toEqual([])
  })

  it('a dry run mints a token of read scopes only, and changes nothing', async () => {
    const admin = await adminApp(
      ['SUPER_ADMIN'],
      ['okta.apps.read', 'okta.appGrants.read', 'okta.roles.read']
    )
    const target = await scopedApp([], ['okta.users.read'])
    const run = await byAdmin(admin, target, { 'dry-run': 'true' })
    expect(run.errors).toEqual([])
    expect(run.outputs['key-changed']).toBe('false')
    const log = await emulator.control.requests()
    expect(log.filter(e => e.route === 'oauth.token').map(e => e.form?.scope)).toEqual([
      'okta.apps.read okta.appGrants.read okta.roles.read'
    ])
    expect(log.filter(e => e.route.startsWith('management.') && e.method !== 'GET')).toEqual([])
    expect(await statuses(target)).toEqual({ [OLD_KID]: 'ACTIVE' })
  })
})

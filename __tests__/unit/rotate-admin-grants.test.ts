// How rotate learns the target's okta.* grants, and what it does without them: an admin token
// without okta.appGrants.read cannot know them (it says so, and needs the scopes input), so an
// App Admin may go ahead on a target that has none; a scopes input does not skip the grants
// check of an admin app (the Super Admin rule still holds); an API-token run with scopes reads
// no grants at all; and self-rotation proves with the grants its own token was given.
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { App, RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { PublicJwk } from '../../emulator/state.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'
import { logLines } from '../../testkit/token-fixtures.js'

useEmulator()

const appKey = testKey('rsa')
const adminKey = testKey('p256')
const SERVER = 'ausDeploy'

/** A target with no okta.* grant, whose proof token comes from a custom authorization server. */
async function targetWithoutOktaGrants(): Promise<App> {
  const app = await emulator.control.createApp({
    label: 'deployer',
    keys: [{ ...(appKey.publicJwk as PublicJwk), kid: 'old-key' }]
  })
  await emulator.control.createAuthServer({
    id: SERVER,
    scopes: ['ci:deploy'],
    allowedClients: [app.clientId]
  })
  return app
}

function adminApp(roles: string[], grantedScopes: string[]): Promise<App> {
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

const keyWrites = (log: RequestLogEntry[]) =>
  log.filter(e => e.path.includes('/credentials/jwks') && e.method !== 'GET')
const grantReads = (log: RequestLogEntry[]) => log.filter(e => e.path.includes('/grants'))

describe('an admin token without okta.appGrants.read', () => {
  it('says it cannot read the grants, and an App Admin rotates a target that has none', async () => {
    const admin = await adminApp(['APP_ADMIN'], ['okta.apps.manage', 'okta.roles.read'])
    const target = await targetWithoutOktaGrants()
    const run = await byAdmin(admin, target, {
      'authorization-server': SERVER,
      scopes: 'ci:deploy'
    })
    expect(run.errors).toEqual([])
    expect(logLines(run.stdout)).toEqual(
      expect.arrayContaining([
        `Cannot read the okta.* grants of app ${target.id} (no okta.appGrants.read): if it has some, only a Super Admin may change its keys`,
        `Admin roles of admin app ${admin.clientId}: APP_ADMIN`
      ])
    )
    const log = await emulator.control.requests()
    expect(grantReads(log)).toEqual([])
    expect(keyWrites(log).map(e => `${e.method} ${e.status}`)).toEqual(['POST 201', 'POST 200'])
  })

  it('without scopes, fails before any write: the proof scopes are unknown', async () => {
    const admin = await adminApp(['APP_ADMIN'], ['okta.apps.manage', 'okta.roles.read'])
    const target = await targetWithoutOktaGrants()
    const run = await byAdmin(admin, target)
    expect(run.errors).toEqual([
      `The admin token holds no okta.appGrants.read, so the scopes of the token that proves the new key of app ${target.id} are unknown: set scopes, or grant okta.appGrants.read to the admin app. Nothing was changed.`
    ])
    expect(keyWrites(await emulator.control.requests())).toEqual([])
  })
})

describe('the scopes input', () => {
  it("does not skip an admin app's grants check: an App Admin is still stopped on a target with grants", async () => {
    const admin = await adminApp(
      ['APP_ADMIN'],
      ['okta.apps.manage', 'okta.appGrants.read', 'okta.roles.read']
    )
    const target = await emulator.control.createApp({
      keys: [{ ...(appKey.publicJwk as PublicJwk), kid: 'old-key' }],
      grantedScopes: ['okta.users.read']
    })
    const run = await byAdmin(admin, target, { scopes: 'okta.users.read' })
    expect(run.errors).toEqual([
      `Admin app ${admin.clientId} has admin role APP_ADMIN, but this run needs the Super Administrator role (SUPER_ADMIN) for changing the keys of app ${target.id}, which has okta.* grants: assign SUPER_ADMIN to the app (Admin Console: Security > Administrators > Add administrator, or POST /oauth2/v1/clients/${admin.clientId}/roles as a Super Admin). Nothing was changed.`
    ])
    expect(keyWrites(await emulator.control.requests())).toEqual([])
  })

  it('with an API token, means no grants are read at all', async () => {
    const apiToken = (
      await emulator.control.createApiToken({ name: 'grants', role: 'SUPER_ADMIN' })
    ).token
    const target = await emulator.control.createApp({
      keys: [{ ...(appKey.publicJwk as PublicJwk), kid: 'old-key' }],
      grantedScopes: ['okta.users.read']
    })
    const run = await runAction('main', {
      mode: 'rotate',
      'okta-domain': url,
      'client-id': target.clientId,
      'api-token': apiToken,
      scopes: 'okta.users.read'
    })
    expect(run.errors).toEqual([])
    expect(grantReads(await emulator.control.requests())).toEqual([])
  })
})

describe('self-rotation', () => {
  it('proves with the grants of its own token, and says it rotated itself', async () => {
    const app = await emulator.control.createApp({
      label: 'self-rotating',
      keys: [{ ...(appKey.publicJwk as PublicJwk), kid: 'old-key' }],
      grantedScopes: ['okta.roles.read', 'okta.apps.manage'],
      roles: ['SUPER_ADMIN']
    })
    const run = await runAction('main', {
      mode: 'rotate',
      'okta-domain': url,
      'client-id': app.clientId,
      'private-key': appKey.pkcs8,
      'key-id': 'old-key'
    })
    expect(run.errors).toEqual([])
    const kid = run.outputs['key-id']
    const lines = logLines(run.stdout)
    expect(lines).toEqual(
      expect.arrayContaining([
        'Proof token scopes: okta.apps.manage okta.roles.read (granted to the app; set scopes to choose)',
        `App ${app.clientId} rotated itself: its new key ${kid} is proven and in use`
      ])
    )
    expect(run.summary).toContain(
      '<tr><td>Rotated by</td><td>the app itself (self-rotation, its own token)</td></tr>'
    )
  })
})

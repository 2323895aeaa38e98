// provision with an admin service app's own private_key_jwt credentials instead of an API
// token, run in-process (testkit/in-process.ts) against the emulator, which enforces Okta's
// scope per endpoint and admin role per operation on access tokens. The emulator's request log
// shows what was sent with which credential; runAction's leak scan covers the admin key, the
// assertions, the DPoP proofs and the admin token.
import { describe, expect, it } from '@jest/globals'
import { decodeJwt } from 'jose'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { App, RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { PublicJwk } from '../../emulator/state.js'
import { testKey } from '../../testkit/keys.js'
import { noWaitClock, runAction, uniqueLabel, type ActionRun } from '../../testkit/in-process.js'
import type { Clock } from '../../src/http/retrying-client.js'
import { createTransport, type HttpRequest } from '../../src/http/transport.js'

useEmulator()

const ADMIN_KID = 'admin-key'
const adminKey = testKey('p256')
const MANAGE = ['okta.apps.manage', 'okta.appGrants.manage', 'okta.roles.manage']

function adminApp(roles: string[], grantedScopes = MANAGE, dpopRequired = false): Promise<App> {
  return emulator.control.createApp({
    label: 'ci-admin',
    keys: [{ ...(adminKey.publicJwk as PublicJwk), kid: ADMIN_KID }],
    grantedScopes,
    roles,
    dpopRequired
  })
}

function provision(
  admin: App,
  extra: Record<string, string> = {},
  clock?: Clock
): Promise<ActionRun> {
  return runAction(
    'main',
    {
      mode: 'provision',
      'okta-domain': url,
      'admin-client-id': admin.clientId,
      'admin-private-key': adminKey.pkcs8,
      'admin-key-id': ADMIN_KID,
      'app-label': uniqueLabel(),
      ...extra
    },
    { clock }
  )
}

const management = (log: RequestLogEntry[]) => log.filter(e => e.route.startsWith('management.'))
const writes = (log: RequestLogEntry[]) => management(log).filter(e => e.method !== 'GET')
const tokenRequests = (log: RequestLogEntry[]) => log.filter(e => e.route === 'oauth.token')

/** The admin app's tokens: every one revoked when the step ended. */
async function expectAdminTokensRevoked(admin: App): Promise<void> {
  const tokens = (await emulator.control.tokens()).filter(t => t.clientId === admin.clientId)
  expect(tokens.length).toBeGreaterThan(0)
  expect(tokens.map(t => t.revoked)).toEqual(tokens.map(() => true))
}

describe('provision by a Super Admin admin app', () => {
  it('creates, grants and assigns with a Bearer token of exactly the scopes it needs; no SSWS anywhere', async () => {
    const admin = await adminApp(['SUPER_ADMIN'])
    const run = await provision(admin, {
      scopes: 'okta.users.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const created = (await emulator.control.apps()).find(a => a.id === run.outputs['app-id'])!
    expect(created.grants.map(g => g.scopeId)).toEqual(['okta.users.read'])
    expect(created.roles.map(r => r.type)).toEqual(['READ_ONLY_ADMIN'])

    const log = await emulator.control.requests()
    expect(tokenRequests(log).map(e => e.form?.scope)).toEqual([MANAGE.join(' ')])
    expect(management(log).map(e => e.authorizationScheme)).toEqual(
      management(log).map(() => 'Bearer')
    )
    expect(log.filter(e => /^SSWS/i.test(e.headers.authorization ?? ''))).toEqual([])
    expect(run.outputs['access-token']).toBeUndefined()
    await expectAdminTokensRevoked(admin)
  })

  it('works with a DPoP-bound admin token: a fresh proof on every management call, all masked', async () => {
    const admin = await adminApp(['SUPER_ADMIN'], MANAGE, true)
    const run = await provision(admin, { scopes: 'okta.users.read' })
    expect(run.errors).toEqual([])
    const log = await emulator.control.requests()
    const calls = management(log)
    expect(calls.map(e => e.authorizationScheme)).toEqual(calls.map(() => 'DPoP'))
    const jtis = calls.map(e => e.dpop?.claims.jti)
    expect(new Set(jtis).size).toBe(calls.length)
    // The leak scan already failed the run on any unmasked one; and each was masked.
    for (const entry of calls) expect(run.masked).toContain(entry.headers.dpop)
    const [token] = (await emulator.control.tokens()).filter(t => t.clientId === admin.clientId)
    expect(token.tokenType).toBe('DPoP')
    expect(run.masked).toContain(token.accessToken)
    for (const entry of tokenRequests(log))
      expect(run.masked).toContain(entry.form?.client_assertion)
    const printed = run.stdout.split('\n').filter(line => !line.startsWith('::add-mask::'))
    expect(printed.join('\n')).not.toContain(adminKey.pkcs8.split('\n')[1])
    await expectAdminTokensRevoked(admin)
  })

  it('signs a new proof for a retried management call (Okta burns a proof on first sight)', async () => {
    const admin = await adminApp(['SUPER_ADMIN'], MANAGE, true)
    await emulator.control.addFault({ match: { method: 'GET', path: '/api/v1/apps' }, kind: '503' })
    // What is tested is the new proof on the retry, not the backoff before it.
    const run = await provision(admin, {}, noWaitClock)
    expect(run.errors).toEqual([])
    const lookups = (await emulator.control.requests()).filter(
      e => e.method === 'GET' && e.path.startsWith('/api/v1/apps?')
    )
    expect(lookups.map(e => e.status)).toEqual([503, 200])
    const [first, second] = lookups.map(e => decodeJwt(e.headers.dpop).jti)
    expect(first).not.toBe(second)
  })

  it('answers a resource DPoP nonce challenge once, with a new proof that carries the nonce', async () => {
    const admin = await adminApp(['SUPER_ADMIN'], MANAGE, true)
    const demand = (await (
      await fetch(`${url}/__control/resource-nonce`, {
        method: 'POST',
        body: JSON.stringify({ required: true })
      })
    ).json()) as { nonce: string }
    const run = await provision(admin)
    expect(run.errors).toEqual([])
    const calls = management(await emulator.control.requests())
    expect(calls[0].status).toBe(401)
    expect(calls[0].error).toBe('use_dpop_nonce')
    expect(calls.slice(1).map(e => e.dpop?.claims.nonce)).toEqual(
      calls.slice(1).map(() => demand.nonce)
    )
    expect(calls.slice(1).filter(e => e.status === 401)).toEqual([])
  })

  it('changes nothing on a re-run with the same key', async () => {
    const admin = await adminApp(['SUPER_ADMIN'])
    const label = uniqueLabel()
    const key = testKey('rsa').pkcs8
    const first = await provision(admin, {
      'app-label': label,
      'private-key': key,
      scopes: 'okta.users.read'
    })
    expect(first.code).toBe(0)
    await emulator.control.clearRequests()
    const again = await provision(admin, {
      'app-label': label,
      'private-key': key,
      scopes: 'okta.users.read'
    })
    expect(again.errors).toEqual([])
    expect(again.outputs.created).toBe('false')
    expect(again.outputs['key-changed']).toBe('false')
    expect(writes(await emulator.control.requests())).toEqual([])
    expect(again.stdout).toContain('already up to date')
  })
})

describe('provision by an App Admin admin app', () => {
  it('creates a bare app (no scopes, no roles): an App Admin may', async () => {
    const admin = await adminApp(['APP_ADMIN'], ['okta.apps.manage', 'okta.roles.read'])
    const run = await provision(admin)
    expect(run.errors).toEqual([])
    expect(run.outputs.created).toBe('true')
    const log = await emulator.control.requests()
    expect(tokenRequests(log).map(e => e.form?.scope)).toEqual([
      'okta.apps.manage okta.appGrants.read okta.roles.read'
    ])
    expect(run.stdout).toContain('Admin roles of admin app')
  })

  it('stops before any write when asked to grant scopes or assign roles (Super Admin only)', async () => {
    // okta.roles.read lets the preflight read the app's roles (without it the check is skipped).
    const admin = await adminApp(['APP_ADMIN'], [...MANAGE, 'okta.roles.read'])
    const cases: Record<string, string>[] = [
      { scopes: 'okta.users.read' },
      { 'admin-roles': 'READ_ONLY_ADMIN' }
    ]
    for (const extra of cases) {
      await emulator.control.clearRequests()
      const run = await provision(admin, extra)
      expect(run.code).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(
        new RegExp(
          `^Admin app ${admin.clientId} has admin role APP_ADMIN, but this run needs the Super Administrator role \\(SUPER_ADMIN\\) for (granting okta\\.\\* scopes|assigning admin roles): assign SUPER_ADMIN to the app .* Nothing was changed\\.$`
        )
      )
      expect(writes(await emulator.control.requests())).toEqual([])
      await expectAdminTokensRevoked(admin)
    }
    expect((await emulator.control.apps()).map(a => a.id)).toEqual([admin.id])
  })
})

describe('what an admin app run says about its credential', () => {
  it('names the app whose token it uses, what Okta granted, and the revocation', async () => {
    const admin = await adminApp(
      ['SUPER_ADMIN'],
      ['okta.apps.manage', 'okta.appGrants.read', 'okta.roles.read']
    )
    const run = await provision(admin)
    expect(run.errors).toEqual([])
    const lines = run.stdout.split('\n')
    expect(lines).toContain(
      `Admin app key: PKCS#8 PEM, EC P-256, kid ${ADMIN_KID} (key-id input), algorithm ES256`
    )
    expect(lines).toContain(
      `Admin credential: an access token of admin app ${admin.clientId}, scopes okta.apps.manage okta.appGrants.read okta.roles.read`
    )
    expect(lines).toContain(
      'Admin token: Bearer, expires in 3600 s, scopes granted: okta.apps.manage okta.appGrants.read okta.roles.read'
    )
    expect(lines).toContain('Admin token revoked')
    await expectAdminTokensRevoked(admin)
  })

  it('warns, and keeps the run a success, when the admin token cannot be revoked', async () => {
    const admin = await adminApp(['SUPER_ADMIN'])
    await emulator.control.addFault({
      match: { method: 'POST', path: '/oauth2/v1/revoke' },
      kind: 'status',
      status: 400,
      body: { error: 'invalid_request', error_description: 'The revocation was refused.' }
    })
    const run = await provision(admin)
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.created).toBe('true')
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toMatch(
      /^Could not revoke the admin token \(it expires in 3600 s\): .*invalid_request/
    )
    expect(run.stdout).not.toContain('Admin token revoked')
  })
})

describe("the role preflight reads the admin app's roles and names them", () => {
  const bare = ['okta.apps.manage', 'okta.roles.read']

  it('lets an Org Admin create a bare app, as an App Admin may', async () => {
    const admin = await adminApp(['ORG_ADMIN'], bare)
    const run = await provision(admin)
    expect(run.errors).toEqual([])
    expect(run.outputs.created).toBe('true')
    expect(run.stdout.split('\n')).toContain(
      `Admin roles of admin app ${admin.clientId}: ORG_ADMIN`
    )
  })

  it('lets an app create when one of its roles is App Admin, and lists every role', async () => {
    const admin = await adminApp(['APP_ADMIN', 'READ_ONLY_ADMIN'], bare)
    const run = await provision(admin)
    expect(run.errors).toEqual([])
    expect(run.outputs.created).toBe('true')
    expect(run.stdout.split('\n')).toContain(
      `Admin roles of admin app ${admin.clientId}: APP_ADMIN, READ_ONLY_ADMIN`
    )
  })

  it('stops an app with no App Admin or Super Admin role before any write, naming its roles', async () => {
    const cases: [string[], string][] = [
      [['READ_ONLY_ADMIN'], 'admin role READ_ONLY_ADMIN'],
      [['READ_ONLY_ADMIN', 'HELP_DESK_ADMIN'], 'admin roles READ_ONLY_ADMIN, HELP_DESK_ADMIN']
    ]
    for (const [roles, named] of cases) {
      await emulator.control.clearRequests()
      const admin = await adminApp(roles, bare)
      const run = await provision(admin)
      expect(run.errors).toEqual([
        `Admin app ${admin.clientId} has ${named}, but creating apps and changing their keys needs the Application Administrator role (APP_ADMIN) or Super Administrator: assign one to the app (Admin Console: Security > Administrators > Add administrator). Nothing was changed.`
      ])
      expect(writes(await emulator.control.requests())).toEqual([])
      await expectAdminTokensRevoked(admin)
    }
  })

  it('names every role and every reason when a Super Admin is needed', async () => {
    const admin = await adminApp(['APP_ADMIN', 'READ_ONLY_ADMIN'], [...MANAGE, 'okta.roles.read'])
    const run = await provision(admin, {
      scopes: 'okta.users.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.errors).toEqual([
      `Admin app ${admin.clientId} has admin roles APP_ADMIN, READ_ONLY_ADMIN, but this run needs the Super Administrator role (SUPER_ADMIN) for granting okta.* scopes and assigning admin roles: assign SUPER_ADMIN to the app (Admin Console: Security > Administrators > Add administrator, or POST /oauth2/v1/clients/${admin.clientId}/roles as a Super Admin). Nothing was changed.`
    ])
    expect(writes(await emulator.control.requests())).toEqual([])
  })
})

describe('provision of an existing app that has okta.* grants', () => {
  it('stops an App Admin before registering a key: only a Super Admin may change that app', async () => {
    const admin = await adminApp(
      ['APP_ADMIN'],
      ['okta.apps.manage', 'okta.appGrants.read', 'okta.roles.read']
    )
    const label = uniqueLabel()
    const target = await emulator.control.createApp({
      label,
      keys: [{ ...(testKey('p384').publicJwk as PublicJwk), kid: 'old' }],
      grantedScopes: ['okta.users.read']
    })
    const run = await provision(admin, { 'app-label': label, 'private-key': testKey('rsa').pkcs8 })
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `but this run needs the Super Administrator role (SUPER_ADMIN) for changing the keys of app ${target.id}, which has okta.* grants: `
    )
    expect(writes(await emulator.control.requests())).toEqual([])
  })
})

describe('preflight and dry run', () => {
  it('skips the role check with a notice when no roles scope was granted, and explains E0000006 if it comes', async () => {
    const admin = await adminApp(['APP_ADMIN'])
    const run = await provision(admin, { scopes: 'okta.users.read' })
    expect(run.stdout).toContain(
      `Role preflight skipped: the token of admin app ${admin.clientId} holds no okta.roles.read`
    )
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `This needs a Super Administrator \\(only Super Admins can grant okta\\.\\* scopes\\); admin app ${admin.clientId} lacks that privilege\\. Rolled back: `
      )
    )
    expect((await emulator.control.apps()).map(a => a.id)).toEqual([admin.id])
    await expectAdminTokensRevoked(admin)
  })

  it('names a scope Okta did not grant (silently left out of the token) before any write', async () => {
    const admin = await adminApp(['SUPER_ADMIN'], ['okta.apps.manage', 'okta.roles.read'])
    const run = await provision(admin, { scopes: 'okta.users.read' })
    expect(run.errors).toEqual([
      `The access token of admin app ${admin.clientId} lacks scope okta.appGrants.manage, which this run needs (Okta granted: okta.apps.manage okta.roles.read): grant it to the app (Admin Console: Applications > the app > Okta API Scopes > Grant, as a Super Admin). Nothing was changed.`
    ])
    expect(writes(await emulator.control.requests())).toEqual([])
    await expectAdminTokensRevoked(admin)
  })

  it('names every scope Okta did not grant, and asks to grant them', async () => {
    const admin = await adminApp(['SUPER_ADMIN'], ['okta.apps.manage', 'okta.roles.read'])
    const run = await provision(admin, {
      scopes: 'okta.users.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.errors).toEqual([
      `The access token of admin app ${admin.clientId} lacks scopes okta.appGrants.manage, okta.roles.manage, which this run needs (Okta granted: okta.apps.manage): grant them to the app (Admin Console: Applications > the app > Okta API Scopes > Grant, as a Super Admin). Nothing was changed.`
    ])
    expect(writes(await emulator.control.requests())).toEqual([])
  })

  it('reads only, with read scopes, checks roles, and lists the scopes the real run will ask for', async () => {
    const admin = await adminApp(
      ['SUPER_ADMIN'],
      ['okta.apps.read', 'okta.appGrants.read', 'okta.roles.read']
    )
    const run = await provision(admin, {
      'dry-run': 'true',
      scopes: 'okta.users.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.errors).toEqual([])
    const log = await emulator.control.requests()
    expect(tokenRequests(log).map(e => e.form?.scope)).toEqual([
      'okta.apps.read okta.appGrants.read okta.roles.read'
    ])
    expect(management(log).map(e => e.method)).toEqual(management(log).map(() => 'GET'))
    expect(management(log).map(e => e.route)).toContain('management.roles.list')
    expect(run.stdout).toContain(`Mint the admin token with scopes ${MANAGE.join(' ')}`)
    await expectAdminTokensRevoked(admin)
  })
})

describe('a full-replace PUT', () => {
  it('sends back no read-only member of the app or of its keys', async () => {
    const label = uniqueLabel()
    const key = testKey('rsa')
    await emulator.control.createApp({
      label,
      keys: [{ ...(key.publicJwk as PublicJwk), kid: 'k1' }],
      dpopRequired: false
    })
    const sent: HttpRequest[] = []
    const fetchTransport = createTransport({})
    const run = await runAction(
      'main',
      {
        mode: 'provision',
        'okta-domain': url,
        'api-token': (await emulator.control.createApiToken({ role: 'SUPER_ADMIN' })).token,
        'app-label': label,
        'private-key': key.pkcs8,
        'key-id': 'k1',
        'require-dpop': 'true'
      },
      {
        transport: (request, timeoutMs) => {
          sent.push(request)
          return fetchTransport(request, timeoutMs)
        }
      }
    )
    expect(run.errors).toEqual([])
    const puts = sent.filter(r => r.method === 'PUT')
    expect(puts).toHaveLength(1)
    const body = JSON.parse(String(puts[0].body)) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const member of ['id', 'created', 'lastUpdated', 'status', '_links', '_embedded']) {
      expect(body).not.toHaveProperty(member)
    }
    expect(body.label).toBe(label)
    expect(body.settings.oauthClient.dpop_bound_access_tokens).toBe(true)
    const keys = body.settings.oauthClient.jwks.keys as Record<string, unknown>[]
    expect(keys).toHaveLength(1)
    expect(keys[0]).toMatchObject({ kid: 'k1', status: 'ACTIVE' })
    for (const member of ['id', 'created', 'lastUpdated', '_links']) {
      expect(keys[0]).not.toHaveProperty(member)
    }
  })
})

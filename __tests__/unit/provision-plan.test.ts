// What provision decides before it writes anything: the dry run's plan, exactly (in the log,
// in the summary, and the outputs a plan can give), for a missing app, an INACTIVE app with an
// INACTIVE key, an app whose key is there, and with an admin app's token; and the apps it
// refuses to converge (several with the label, not an API Services app with private_key_jwt),
// and the privilege an existing app's grants demand before its keys change.
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { App } from '../../testkit/emulator/control-client.js'
import type { NewAppInput, PublicJwk } from '../../emulator/state.js'
import { apiToken, github, useApiTokenAndGithub, jwkOf } from '../use-admin-writes.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, type InProcessRun } from '../../testkit/in-process.js'
import { logLines } from '../../testkit/token-fixtures.js'

useEmulator()

const GITHUB_TOKEN = 'ghs_provision_plan_write_token_0123'
const LABEL = 'ci-app'

useApiTokenAndGithub('plan', GITHUB_TOKEN)

const existingApp = (extra: NewAppInput = {}): Promise<App> =>
  emulator.control.createApp({ label: LABEL, ...extra })

function provision(extra: Record<string, string>, env: Record<string, string | undefined> = {}) {
  return runAction(
    'main',
    { mode: 'provision', 'okta-domain': url, 'api-token': apiToken, 'app-label': LABEL, ...extra },
    { env: { GITHUB_API_URL: github.url, ...env } as Record<string, string> }
  )
}

const dryRun = (extra: Record<string, string>, env: Record<string, string | undefined> = {}) =>
  provision({ 'dry-run': 'true', ...extra }, env)

/** The plan's lines in the log, from its heading on. */
function planLines(run: InProcessRun): string[] {
  const lines = logLines(run.stdout)
  return lines.slice(lines.findIndex(line => line.startsWith('Dry run:')))
}

const planSummary = (label: string, steps: string[]) =>
  `<h3>Provisioning plan for "${label}" (dry run: nothing changed)</h3>\n<ul>${steps.map(s => `<li>${s}</li>`).join('')}</ul>\n`

/** Management API writes (an admin app's token request and revocation are not). */
const writes = async () =>
  (await emulator.control.requests())
    .filter(e => e.route.startsWith('management.') && e.method !== 'GET')
    .map(e => e.route)

describe('a dry run', () => {
  it('of an INACTIVE app with the key INACTIVE: every step, the outputs, and no write anywhere', async () => {
    const app = await existingApp({
      status: 'INACTIVE',
      keys: [{ ...jwkOf('p256', 'given'), status: 'INACTIVE' }],
      grantedScopes: ['okta.users.read'],
      roles: ['READ_ONLY_ADMIN']
    })
    const run = await dryRun({
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given',
      scopes: 'okta.users.read okta.groups.read',
      'admin-roles': 'READ_ONLY_ADMIN REPORT_ADMIN',
      'github-token': GITHUB_TOKEN
    })
    expect(run.errors).toEqual([])
    const steps = [
      `Use existing app "${LABEL}" (${app.id}, client id ${app.clientId})`,
      'Activate the app (it is INACTIVE)',
      'Activate key given (registered but INACTIVE)',
      'Keep DPoP not required',
      'Grant scope okta.groups.read',
      'Keep scope okta.users.read: already granted',
      'Assign admin role REPORT_ADMIN',
      'Keep admin role READ_ONLY_ADMIN: already assigned',
      'Store the client id as variable OKTA_CLIENT_ID in octo-org/octo-repo'
    ]
    const { jwk } = run.outputs
    expect(logLines(run.stdout)).toEqual([
      'Key: PKCS#8 PEM, EC P-256, kid given (key-id input), algorithm ES256',
      `Public JWK: ${jwk}`,
      `Dry run: nothing will be changed. Plan for app "${LABEL}":`,
      ...steps.map(step => `  - ${step}`)
    ])
    expect(run.summary).toBe(planSummary(LABEL, steps))
    expect(JSON.parse(jwk)).toMatchObject({ kty: 'EC', crv: 'P-256', kid: 'given' })
    expect(run.outputs).toEqual({
      'key-id': 'given',
      jwk,
      'app-id': app.id,
      'client-id': app.clientId,
      created: 'false',
      'key-changed': 'false'
    })
    expect(await writes()).toEqual([])
    expect(github.requests()).toEqual([])
    expect(await emulator.control.app(app.id)).toEqual(app)
  })

  it('of a missing app with a key to generate: no key made, both stores planned, "this repository" outside a runner', async () => {
    const run = await dryRun(
      {
        'key-type': 'EC-P256',
        'require-dpop': 'true',
        scopes: 'okta.users.read',
        'admin-roles': 'READ_ONLY_ADMIN',
        'github-token': GITHUB_TOKEN,
        'private-key-secret': 'CI_OKTA_KEY',
        'client-id-variable': 'CI_OKTA_CLIENT'
      },
      // Unset, as outside a runner (the in-process runner sets it by default).
      { GITHUB_REPOSITORY: undefined }
    )
    expect(run.errors).toEqual([])
    const steps = [
      `Create API Services app "${LABEL}" (private_key_jwt, client_credentials) with a new EC-P256 key (kid: its RFC 7638 thumbprint), DPoP required`,
      'Grant scope okta.users.read',
      'Assign admin role READ_ONLY_ADMIN',
      'Store the new private key as secret CI_OKTA_KEY in this repository',
      'Store the client id as variable CI_OKTA_CLIENT in this repository'
    ]
    // No key line, no JWK: a key generated now would be thrown away with its kid.
    expect(logLines(run.stdout)).toEqual([
      `Dry run: nothing will be changed. Plan for app "${LABEL}":`,
      ...steps.map(step => `  - ${step}`)
    ])
    expect(run.summary).toBe(planSummary(LABEL, steps))
    expect(run.outputs).toEqual({ created: 'false', 'key-changed': 'false' })
    // Only the two tokens given: no key was generated to mask.
    expect([...run.masked].sort()).toEqual([apiToken, GITHUB_TOKEN].sort())
    expect(await writes()).toEqual([])
    expect(await emulator.control.apps()).toEqual([])
  })

  it('of an app whose key is there: keep it, turn DPoP off, and no store step without github-token', async () => {
    const app = await existingApp({ keys: [jwkOf('p256', 'given')], dpopRequired: true })
    const run = await dryRun({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.errors).toEqual([])
    expect(planLines(run)).toEqual([
      `Dry run: nothing will be changed. Plan for app "${LABEL}":`,
      `  - Use existing app "${LABEL}" (${app.id}, client id ${app.clientId})`,
      '  - Keep key given: already registered and ACTIVE',
      '  - Change DPoP from required to not required'
    ])
    expect(run.warnings).toEqual([])
  })

  it('of an app that needs a generated key registered, DPoP kept on, and a label to escape', async () => {
    const label = 'ci <app> & co'
    const app = await existingApp({ label, keys: [jwkOf('rsa', 'old')], dpopRequired: true })
    const run = await dryRun({ 'app-label': label, 'require-dpop': 'true' })
    expect(run.errors).toEqual([])
    const steps = [
      `Use existing app "${label}" (${app.id}, client id ${app.clientId})`,
      'Register a new RSA-2048 key (kid: its RFC 7638 thumbprint)',
      'Keep DPoP required'
    ]
    expect(planLines(run)).toEqual([
      `Dry run: nothing will be changed. Plan for app "${label}":`,
      ...steps.map(step => `  - ${step}`)
    ])
    const escape = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    expect(run.summary).toBe(planSummary(escape(label), steps.map(escape)))
    expect(run.outputs).toEqual({
      'app-id': app.id,
      'client-id': app.clientId,
      created: 'false',
      'key-changed': 'false'
    })
  })
})

describe('a dry run with an admin app', () => {
  const adminKey = testKey('rsa')

  function adminApp(grantedScopes: string[], roles = ['SUPER_ADMIN']): Promise<App> {
    return emulator.control.createApp({
      label: 'ci-admin',
      keys: [{ ...(adminKey.publicJwk as PublicJwk), kid: 'admin-key' }],
      grantedScopes,
      roles
    })
  }

  const asAdmin = (admin: App, extra: Record<string, string>) =>
    runAction('main', {
      mode: 'provision',
      'okta-domain': url,
      'admin-client-id': admin.clientId,
      'admin-private-key': adminKey.pkcs8,
      'admin-key-id': 'admin-key',
      'app-label': LABEL,
      ...extra
    })

  it("plans minting the admin token first, with the real run's scopes", async () => {
    const admin = await adminApp(['okta.apps.read', 'okta.appGrants.read', 'okta.roles.read'])
    const run = await asAdmin(admin, {
      'dry-run': 'true',
      scopes: 'okta.users.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.errors).toEqual([])
    const steps = [
      'Mint the admin token with scopes okta.apps.manage okta.appGrants.manage okta.roles.manage',
      `Create API Services app "${LABEL}" (private_key_jwt, client_credentials) with a new RSA-2048 key (kid: its RFC 7638 thumbprint), DPoP not required`,
      'Grant scope okta.users.read',
      'Assign admin role READ_ONLY_ADMIN'
    ]
    expect(planLines(run).slice(0, 1 + steps.length)).toEqual([
      `Dry run: nothing will be changed. Plan for app "${LABEL}":`,
      ...steps.map(step => `  - ${step}`)
    ])
    expect(run.summary).toBe(planSummary(LABEL, steps))
  })

  it("says when it cannot read an app's grants, and goes on", async () => {
    const admin = await adminApp(['okta.apps.read', 'okta.roles.read'], ['APP_ADMIN'])
    const app = await existingApp({ keys: [jwkOf('p256', 'old')] })
    const run = await asAdmin(admin, { 'dry-run': 'true' })
    expect(run.errors).toEqual([])
    expect(logLines(run.stdout)).toContain(
      `Cannot read the okta.* grants of app ${app.id} (no okta.appGrants.read): if it has some, only a Super Admin may change its keys`
    )
    expect(planLines(run)).toEqual(
      expect.arrayContaining(['  - Register a new RSA-2048 key (kid: its RFC 7638 thumbprint)'])
    )
  })

  it('reads the roles of the app with okta.roles.read, and keeps one already assigned', async () => {
    const admin = await adminApp(['okta.apps.read', 'okta.appGrants.read', 'okta.roles.read'])
    await existingApp({ keys: [jwkOf('p256', 'given')], roles: ['READ_ONLY_ADMIN'] })
    const run = await asAdmin(admin, {
      'dry-run': 'true',
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given',
      'admin-roles': 'READ_ONLY_ADMIN REPORT_ADMIN'
    })
    expect(run.errors).toEqual([])
    expect(planLines(run).slice(-3)).toEqual([
      '  - Assign admin role REPORT_ADMIN',
      '  - Keep admin role READ_ONLY_ADMIN: already assigned',
      'Admin token revoked'
    ])
  })

  it('reads no admin roles of the app without okta.roles.read (Okta would refuse), and plans', async () => {
    const admin = await adminApp(['okta.apps.read', 'okta.appGrants.read'], ['APP_ADMIN'])
    const app = await existingApp({ keys: [jwkOf('p256', 'given')], roles: ['READ_ONLY_ADMIN'] })
    const run = await asAdmin(admin, {
      'dry-run': 'true',
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given'
    })
    expect(run.errors).toEqual([])
    expect(planLines(run)).toEqual([
      `Dry run: nothing will be changed. Plan for app "${LABEL}":`,
      '  - Mint the admin token with scopes okta.apps.manage okta.appGrants.read okta.roles.read',
      `  - Use existing app "${LABEL}" (${app.id}, client id ${app.clientId})`,
      '  - Keep key given: already registered and ACTIVE',
      '  - Keep DPoP not required',
      'Admin token revoked'
    ])
    const reads = (await emulator.control.requests()).map(e => e.route)
    expect(reads).toContain('management.grants.list')
    expect(reads).not.toContain('management.roles.list')
  })

  it("says nothing of the app's grants when its key is already there", async () => {
    const admin = await adminApp(['okta.apps.read', 'okta.roles.read'], ['APP_ADMIN'])
    await existingApp({ keys: [jwkOf('p256', 'given')] })
    const run = await asAdmin(admin, {
      'dry-run': 'true',
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given'
    })
    expect(run.errors).toEqual([])
    expect(run.stdout).not.toContain('Cannot read the okta.* grants')
  })
})

describe('the privilege an app with okta.* grants demands', () => {
  const adminKey = testKey('rsa')

  const asAppAdmin = async (extra: Record<string, string>) => {
    const admin = await emulator.control.createApp({
      label: 'ci-admin',
      keys: [{ ...(adminKey.publicJwk as PublicJwk), kid: 'admin-key' }],
      grantedScopes: ['okta.apps.manage', 'okta.appGrants.read', 'okta.roles.read'],
      roles: ['APP_ADMIN']
    })
    const run = await runAction('main', {
      mode: 'provision',
      'okta-domain': url,
      'admin-client-id': admin.clientId,
      'admin-private-key': adminKey.pkcs8,
      'admin-key-id': 'admin-key',
      'app-label': LABEL,
      ...extra
    })
    return { admin, run }
  }

  it('a Super Admin to activate an INACTIVE key on it: stopped before any write', async () => {
    const app = await existingApp({
      keys: [{ ...jwkOf('p256', 'given'), status: 'INACTIVE' }],
      grantedScopes: ['okta.users.read']
    })
    await emulator.control.clearRequests()
    const { admin, run } = await asAppAdmin({
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given'
    })
    expect(run.errors).toEqual([
      `Admin app ${admin.clientId} has admin role APP_ADMIN, but this run needs the Super Administrator role (SUPER_ADMIN) for changing the keys of app ${app.id}, which has okta.* grants: assign SUPER_ADMIN to the app (Admin Console: Security > Administrators > Add administrator, or POST /oauth2/v1/clients/${admin.clientId}/roles as a Super Admin). Nothing was changed.`
    ])
    expect(await writes()).toEqual([])
  })

  it('nothing more than an App Admin to register a key on an app without them', async () => {
    const app = await existingApp({ keys: [jwkOf('rsa', 'old')] })
    const { run } = await asAppAdmin({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ 'app-id': app.id, created: 'false', 'key-changed': 'true' })
    expect(run.stdout).not.toContain('Cannot read the okta.* grants')
    expect((await emulator.control.app(app.id)).keys.map(k => k.kid)).toEqual(['old', 'given'])
  })

  it('nothing more than an App Admin when its key is already there', async () => {
    const app = await existingApp({
      keys: [jwkOf('p256', 'given')],
      grantedScopes: ['okta.users.read']
    })
    const { run } = await asAppAdmin({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({
      'app-id': app.id,
      created: 'false',
      'key-changed': 'false'
    })
  })
})

describe('apps provision will not converge', () => {
  it('several with the label: each named, and what to do', async () => {
    const a = await existingApp()
    const b = await existingApp()
    const run = await provision({ scopes: 'okta.users.read' })
    expect(run.errors).toEqual([
      `Found 2 apps labelled "${LABEL}" (${a.id}, ${b.id}); provision cannot tell which one to converge. Delete or rename the extras, or choose another app-label.`
    ])
    expect(await writes()).toEqual([])
  })

  it.each([
    ['a web app with private_key_jwt', 'web', 'private_key_jwt'],
    ['a service app with a client secret', 'service', 'client_secret_basic']
  ] as const)(
    '%s: refused, naming its type and method, before any write',
    async (_what, type, method) => {
      const app = await existingApp({ applicationType: type, tokenEndpointAuthMethod: method })
      const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
      expect(run.code).toBe(1)
      expect(run.errors).toEqual([
        `App "${LABEL}" (${app.id}) exists but is not an API Services app with private_key_jwt (application_type ${type}, token_endpoint_auth_method ${method}); provision does not change that. Choose another app-label.`
      ])
      expect(await writes()).toEqual([])
    }
  )

  it('a bookmark app with the label (no OAuth client at all): refused in one line, before any write', async () => {
    const app = await existingApp({ signOnMode: 'BOOKMARK' })
    const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `App "${LABEL}" (${app.id}) exists but is not an API Services app with private_key_jwt (application_type unknown, token_endpoint_auth_method unknown); provision does not change that. Choose another app-label.`
    ])
    expect(await writes()).toEqual([])
  })
})

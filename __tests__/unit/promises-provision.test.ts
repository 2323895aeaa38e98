// What docs/provision.md and docs/request-and-rotate.md promise about an existing app, each
// checked against the emulator's state and request log:
// - provision reuses an INACTIVE app and activates it, and says so only when it did;
// - a kid already registered on the app with other key material is refused before any write;
// - an Application Administrator's api-token that assigns a role, or rotates the keys of an
//   app with okta.* grants, gets Okta's 403 E0000006, and the one error line names the Super
//   Administrator it needs (the emulator's SSWS tokens carry the role they are issued with).
import { describe, expect, it } from '@jest/globals'
import { emulator, useEmulator } from '../emulator/fixture.js'
import type { ApiTokenRole, PublicJwk } from '../../emulator/state.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, uniqueLabel, type ActionRun } from '../../testkit/in-process.js'

useEmulator()

async function apiToken(role: ApiTokenRole): Promise<string> {
  return (await emulator.control.createApiToken({ role })).token
}

async function provision(inputs: Record<string, string>, role: ApiTokenRole = 'SUPER_ADMIN') {
  return runAction('main', {
    mode: 'provision',
    'okta-domain': emulator.url,
    'api-token': await apiToken(role),
    ...inputs
  })
}

const jwkOf = (kind: 'rsa' | 'p256' | 'p384', kid: string) =>
  ({ ...(testKey(kind).publicJwk as PublicJwk), kid }) as PublicJwk

/** Log lines without workflow commands. */
const logLines = (run: ActionRun) => run.stdout.split('\n').filter(line => !line.startsWith('::'))

const writes = async () =>
  (await emulator.control.requests())
    .filter(entry => entry.method !== 'GET')
    .map(entry => `${entry.method} ${entry.route}`)

describe('provision reusing an existing app', () => {
  it('activates an INACTIVE app, and the log says it did', async () => {
    const label = uniqueLabel()
    const existing = await emulator.control.createApp({
      label,
      status: 'INACTIVE',
      keys: [jwkOf('p256', 'ci')]
    })
    await emulator.control.clearRequests()
    const run = await provision({
      'app-label': label,
      'private-key': testKey('p256').pkcs8,
      'key-id': 'ci'
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ 'app-id': existing.id, created: 'false' })
    expect((await emulator.control.app(existing.id)).status).toBe('ACTIVE')
    expect(await writes()).toEqual(['POST management.apps.lifecycle'])
    const [activation] = (await emulator.control.requests()).filter(e => e.method === 'POST')
    expect(activation.path).toBe(`/api/v1/apps/${existing.id}/lifecycle/activate`)
    expect(logLines(run)).toContain('Activated the app (it was INACTIVE)')
  })

  it('leaves an ACTIVE app as it is, and the log says nothing of activating', async () => {
    const label = uniqueLabel()
    const existing = await emulator.control.createApp({ label, keys: [jwkOf('p256', 'ci')] })
    await emulator.control.clearRequests()
    const run = await provision({
      'app-label': label,
      'private-key': testKey('p256').pkcs8,
      'key-id': 'ci'
    })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ 'app-id': existing.id, created: 'false' })
    expect(await writes()).toEqual([])
    expect(run.stdout).not.toMatch(/activat/i)
  })

  it.each([
    // The run's key is the P-256 test key: P-384 is the same kty (EC), RSA another one.
    ['another EC key', jwkOf('p384', 'ci')],
    ['an RSA key', jwkOf('rsa', 'ci')]
  ])(
    'refuses a kid registered with %s, in one line and before any write',
    async (_what, registered) => {
      const label = uniqueLabel()
      // INACTIVE too, so that the refusal must come before the activation as well.
      const existing = await emulator.control.createApp({
        label,
        status: 'INACTIVE',
        keys: [registered]
      })
      await emulator.control.clearRequests()
      const run = await provision({
        'app-label': label,
        'private-key': testKey('p256').pkcs8,
        'key-id': 'ci',
        scopes: 'okta.users.read'
      })
      expect(run.code).toBe(1)
      expect(run.errors).toEqual([
        `App "${label}" (${existing.id}) already has a different public key with kid ci: set key-id to a new kid, or give the private key that belongs to the registered one.`
      ])
      expect(await writes()).toEqual([])
      const after = await emulator.control.app(existing.id)
      expect(after).toEqual(existing)
      expect(run.outputs['key-id']).toBeUndefined()
    }
  )
})

describe('an Application Administrator api-token', () => {
  const denied = (what: string, privilege: string) =>
    new RegExp(
      `^${what} failed: HTTP 403 E0000006: You do not have permission to perform the requested action \\(X-Okta-Request-Id: [\\w-]+\\)\\. This needs ${privilege}; the admin who created api-token lacks that privilege\\.`
    )

  it('cannot assign an admin role: the error names the Super Administrator it needs', async () => {
    const label = uniqueLabel()
    const existing = await emulator.control.createApp({ label, keys: [jwkOf('p256', 'ci')] })
    const run = await provision(
      {
        'app-label': label,
        'private-key': testKey('p256').pkcs8,
        'key-id': 'ci',
        'admin-roles': 'READ_ONLY_ADMIN'
      },
      'APP_ADMIN'
    )
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      denied(
        `Assigning role READ_ONLY_ADMIN to client ${existing.clientId}`,
        'a Super Administrator \\(only Super Admins can assign admin roles\\)'
      )
    )
    expect(run.errors[0]).not.toContain('\n')
    expect((await emulator.control.app(existing.id)).roles).toEqual([])
    const refused = (await emulator.control.requests()).filter(e => e.status === 403)
    expect(refused.map(e => [e.method, e.route, e.error])).toEqual([
      ['POST', 'management.roles.create', 'E0000006']
    ])
  })

  it('cannot rotate the keys of an app with okta.* grants: the error names the Super Administrator', async () => {
    const app = await emulator.control.createApp({
      keys: [jwkOf('rsa', 'old')],
      grantedScopes: ['okta.users.read']
    })
    const run = await runAction('main', {
      mode: 'rotate',
      'okta-domain': emulator.url,
      'client-id': app.clientId,
      'api-token': await apiToken('APP_ADMIN'),
      scopes: 'okta.users.read'
    })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      denied(
        `Adding key \\S+ to app ${app.id}`,
        'a Super Administrator once the app has okta\\.\\* scopes granted \\(otherwise an Application Administrator\\)'
      )
    )
    expect(run.errors[0]).not.toContain('\n')
    expect((await emulator.control.app(app.id)).keys).toEqual(app.keys)
    expect(await writes()).toEqual(['POST management.jwks.add'])
  })
})

// What a provision that fails part-way says, exactly, and what it leaves: an app this run
// created is deactivated and deleted (and a rollback that fails too says what to delete by
// hand); on an existing app the changes made before the failure are listed, or that nothing
// was changed; a secret GitHub will not store puts the client id variable back as it was (or
// warns when it cannot), and a variable already right is left alone.
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { NewAppInput } from '../../emulator/state.js'
import { apiToken, github, useApiTokenAndGithub, jwkOf } from '../use-admin-writes.js'
import { testKey } from '../../testkit/keys.js'
import { noWaitClock, runAction } from '../../testkit/in-process.js'
import { createTransport, type HttpRequest } from '../../src/http/transport.js'
import { logLines } from '../../testkit/token-fixtures.js'

useEmulator()

const GITHUB_TOKEN = 'ghs_provision_failures_write_token_0'
const LABEL = 'ci-app'

useApiTokenAndGithub('failures', GITHUB_TOKEN)

/** One attempt per call, so that an injected fault is the run's failure. */
function provision(extra: Record<string, string>, options: { transport?: Transport } = {}) {
  return runAction(
    'main',
    {
      mode: 'provision',
      'okta-domain': url,
      'api-token': apiToken,
      'app-label': LABEL,
      'max-attempts': '1',
      ...extra
    },
    { env: { GITHUB_API_URL: github.url }, clock: noWaitClock, ...options }
  )
}

type Transport = ReturnType<typeof createTransport>

/**
 * The network as it is, except that the requests `fails` picks throw `thrown` instead of
 * answering: something other than an HTTP failure or a network error, as a bug would.
 */
function throwingTransport(fails: (request: HttpRequest) => boolean, thrown: unknown): Transport {
  const network = createTransport({})
  return (request, timeoutMs) => {
    if (fails(request)) return Promise.reject(thrown)
    return network(request, timeoutMs)
  }
}

const isGrant = (request: HttpRequest) =>
  request.method === 'POST' && /\/api\/v1\/apps\/\w+\/grants$/.test(request.url)

const existingApp = (extra: NewAppInput = {}) =>
  emulator.control.createApp({ label: LABEL, keys: [jwkOf('rsa', 'old')], ...extra })

/** Okta's request id is random: blanked. */
const stable = (text: string) => text.replace(/X-Okta-Request-Id: [\w-]+/g, 'X-Okta-Request-Id: ID')

const serverError = (what: string) =>
  `${what} failed: HTTP 500 E0000009: Internal Server Error (X-Okta-Request-Id: ID). Okta, or a proxy between the runner and Okta, answered with a server error on every attempt: try again later, or raise max-attempts.`

const githubError = (what: string) =>
  `${what} in octo-org/octo-repo failed: HTTP 503 (Server Error).`

/** The id of the app the run created: the one its rollback deactivated. */
async function createdAppId(): Promise<string> {
  const paths = (await emulator.control.requests()).map(e => e.path)
  const deactivate = paths.find(path => /^\/api\/v1\/apps\/\w+\/lifecycle\/deactivate$/.test(path))
  return deactivate!.split('/')[4]
}

describe('an app this run created', () => {
  it('is deactivated and deleted when a grant fails, and the error and the log say so', async () => {
    await emulator.control.addFault({
      match: { method: 'POST', path: '^/api/v1/apps/[^/]+/grants$' },
      kind: '500'
    })
    const run = await provision({ scopes: 'okta.users.read' })
    expect(run.code).toBe(1)
    const id = await createdAppId()
    const rolledBack = `Rolled back: deactivated and deleted app "${LABEL}" (${id}) that this run had created.`
    expect(run.errors.map(stable)).toEqual([
      `${serverError(`Granting scope okta.users.read to app ${id}`)} ${rolledBack}`
    ])
    expect(logLines(run.stdout).slice(-1)).toEqual([
      `Rolling back: deactivating and deleting app "${LABEL}" (${id})`
    ])
    expect(await emulator.control.apps()).toEqual([])
    expect(run.outputs['app-id']).toBeUndefined()
  })

  it('when deleting it fails too, says to delete it by hand, and where', async () => {
    await emulator.control.addFault({
      match: { method: 'POST', path: '^/api/v1/apps/[^/]+/grants$' },
      kind: '500'
    })
    await emulator.control.addFault({
      match: { method: 'DELETE', path: '^/api/v1/apps/[^/]+$' },
      kind: '500'
    })
    const run = await provision({ scopes: 'okta.users.read' })
    expect(run.code).toBe(1)
    const id = await createdAppId()
    expect(run.errors.map(stable)).toEqual([
      `${serverError(`Granting scope okta.users.read to app ${id}`)} Rolling back failed too (${serverError(`Deleting app ${id}`)}): delete app "${LABEL}" (${id}) by hand (Applications > the app > Deactivate, then Delete).`
    ])
    // Deactivated, not deleted: what the message asks to finish by hand.
    expect((await emulator.control.apps()).map(a => `${a.id} ${a.status}`)).toEqual([
      `${id} INACTIVE`
    ])
  })

  it('was never made when the create itself fails: nothing was changed in Okta', async () => {
    await emulator.control.addFault({
      match: { method: 'POST', path: '^/api/v1/apps(\\?.*)?$' },
      kind: '500',
      // Every attempt: after a 500 the run looks for an app the create may have made, and
      // sends it again.
      times: 2
    })
    const run = await provision({ 'key-id': 'new-kid' })
    expect(run.errors.map(stable)).toEqual([
      `${serverError(`Creating app "${LABEL}"`)} Nothing was changed in Okta.`
    ])
    expect(await emulator.control.apps()).toEqual([])
  })
})

describe('an existing app', () => {
  it('lists what was changed before the failure, and removes nothing', async () => {
    const app = await existingApp({ status: 'INACTIVE' })
    await emulator.control.addFault({
      match: { method: 'POST', path: `^/api/v1/apps/${app.id}/grants$` },
      kind: '500'
    })
    const run = await provision({
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given',
      scopes: 'okta.users.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.code).toBe(1)
    // The grant and the role assignment run together: the role is assigned before the error is
    // reported (no call is left on the wire).
    expect(run.errors.map(stable)).toEqual([
      `${serverError(`Granting scope okta.users.read to app ${app.id}`)} Changed on app "${LABEL}" (${app.id}) before the failure: activated the app; registered key given; assigned role READ_ONLY_ADMIN. Nothing was removed; re-run to finish.`
    ])
    const after = await emulator.control.app(app.id)
    expect(after.status).toBe('ACTIVE')
    expect(after.keys.map(k => k.kid)).toEqual(['old', 'given'])
    expect(after.roles.map(r => r.type)).toEqual(['READ_ONLY_ADMIN'])
    expect(logLines(run.stdout)).not.toContain(expect.stringMatching(/^Rolling back/))
  })

  it('says nothing was changed on it when its first change fails', async () => {
    const app = await existingApp()
    await emulator.control.addFault({
      match: { method: 'POST', path: `^/api/v1/apps/${app.id}/credentials/jwks$` },
      kind: '500'
    })
    const run = await provision({ 'private-key': testKey('p256').pkcs8, 'key-id': 'given' })
    expect(run.errors.map(stable)).toEqual([
      `${serverError(`Adding key given to app ${app.id}`)} Nothing was changed on app "${LABEL}" (${app.id}).`
    ])
    expect(await emulator.control.app(app.id)).toEqual(app)
  })
})

describe('a secret GitHub will not store', () => {
  const failSecret = () =>
    github.failNext({ method: 'PUT', path: /\/actions\/secrets\/OKTA_PRIVATE_KEY$/ }, 503)

  it('deletes the variable it had just created, and deletes the app', async () => {
    failSecret()
    const run = await provision({ 'key-id': 'new-kid', 'github-token': GITHUB_TOKEN })
    expect(run.code).toBe(1)
    const id = await createdAppId()
    expect(run.errors).toEqual([
      `${githubError('Storing secret OKTA_PRIVATE_KEY')} Rolled back: deactivated and deleted app "${LABEL}" (${id}) that this run had created.`
    ])
    expect(logLines(run.stdout).slice(-3)).toEqual([
      'Repository variable OKTA_CLIENT_ID in octo-org/octo-repo holds the client id (created)',
      'Put repository variable OKTA_CLIENT_ID back as it was (deleted)',
      `Rolling back: deactivating and deleting app "${LABEL}" (${id})`
    ])
    expect(github.variables()).toEqual({})
    expect(github.secrets()).toEqual({})
    expect(await emulator.control.apps()).toEqual([])
  })

  it('puts back the value a variable held before, and deletes the app', async () => {
    github.seedVariable('OKTA_CLIENT_ID', 'earlier-client-id')
    failSecret()
    const run = await provision({ 'key-id': 'new-kid', 'github-token': GITHUB_TOKEN })
    expect(run.code).toBe(1)
    expect(logLines(run.stdout).slice(-3, -1)).toEqual([
      'Repository variable OKTA_CLIENT_ID in octo-org/octo-repo holds the client id (updated)',
      'Put repository variable OKTA_CLIENT_ID back as it was (its previous value)'
    ])
    expect(github.variable('OKTA_CLIENT_ID')).toBe('earlier-client-id')
    expect(await emulator.control.apps()).toEqual([])
  })

  it('warns when the variable cannot be put back, and still fails on the secret', async () => {
    failSecret()
    github.failNext({ method: 'DELETE', path: /\/actions\/variables\/OKTA_CLIENT_ID$/ }, 503)
    const run = await provision({ 'key-id': 'new-kid', 'github-token': GITHUB_TOKEN })
    expect(run.code).toBe(1)
    expect(run.warnings).toEqual([
      `Could not put repository variable OKTA_CLIENT_ID back (${githubError('Restoring variable OKTA_CLIENT_ID')}); check its value by hand.`
    ])
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/^Storing secret OKTA_PRIVATE_KEY in octo-org\/octo-repo failed/)
  })

  it('leaves a variable that already held the client id alone, and lists the key it registered', async () => {
    const app = await existingApp()
    github.seedVariable('OKTA_CLIENT_ID', app.clientId)
    failSecret()
    const run = await provision({ 'key-id': 'new-kid', 'github-token': GITHUB_TOKEN })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `${githubError('Storing secret OKTA_PRIVATE_KEY')} Changed on app "${LABEL}" (${app.id}) before the failure: registered key new-kid. Nothing was removed; re-run to finish.`
    ])
    expect(logLines(run.stdout)).not.toContain(expect.stringMatching(/^Put repository variable/))
    expect(github.requests().filter(r => r.path.includes('/variables'))).toEqual([
      {
        method: 'GET',
        path: '/repos/octo-org/octo-repo/actions/variables/OKTA_CLIENT_ID',
        status: 200
      }
    ])
    expect(github.variable('OKTA_CLIENT_ID')).toBe(app.clientId)
  })
})

describe('a bug part-way (a call that throws something other than an HTTP failure)', () => {
  it('still rolls back the app it created, and is reported as unexpected with its own stack', async () => {
    const run = await provision(
      { scopes: 'okta.users.read' },
      { transport: throwingTransport(isGrant, new TypeError('a bug in the grant call')) }
    )
    expect(run.code).toBe(1)
    const id = await createdAppId()
    expect(run.errors).toEqual([
      `Unexpected error (please report it): a bug in the grant call Rolled back: deactivated and deleted app "${LABEL}" (${id}) that this run had created.`
    ])
    // The bug itself, with the rollback appended, and its own stack: its first frame is where
    // it was made (this file), not where the rollback ran.
    const stack = run.stdout.split('\n').find(line => line.startsWith('::debug::TypeError'))!
    const [head, firstFrame] = stack.split('%0A')
    expect(head).toBe(
      `::debug::TypeError: ${run.errors[0].replace('Unexpected error (please report it): ', '')}`
    )
    expect(firstFrame).toMatch(/^ +at .*provision-failures\.test\.ts:\d+:\d+\)$/)
    expect(await emulator.control.apps()).toEqual([])
  })

  it('says what was thrown when it is not an Error, in the failure and in a failed rollback', async () => {
    const isDelete = (request: HttpRequest) => request.method === 'DELETE'
    const run = await provision(
      { scopes: 'okta.users.read' },
      {
        transport: throwingTransport(
          request => isGrant(request) || isDelete(request),
          'thrown text'
        )
      }
    )
    expect(run.code).toBe(1)
    const id = await createdAppId()
    expect(run.errors).toEqual([
      `thrown text Rolling back failed too (thrown text): delete app "${LABEL}" (${id}) by hand (Applications > the app > Deactivate, then Delete).`
    ])
  })
})

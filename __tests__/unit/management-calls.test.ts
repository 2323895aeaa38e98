// One management call as the modes make it (src/okta/management-client.ts, management-error.ts)
// against the emulator with a Super Admin's API token: a write that finds its work already done,
// the dry-run guard, what a list call accepts, the debug line of each call, and the error line
// of a 403 that names the privilege. The emulator's request log shows what reached "Okta".
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import { RetryingClient, systemClock } from '../../src/http/retrying-client.js'
import { createTransport } from '../../src/http/transport.js'
import { grantScope, listGrants } from '../../src/okta/grants.js'
import { ManagementClient } from '../../src/okta/management-client.js'
import { assignClientRole } from '../../src/okta/roles.js'

useEmulator()

const GRANT_PRIVILEGE = 'a Super Administrator (only Super Admins can grant okta.* scopes)'

async function client(readOnly = false) {
  const logged: string[] = []
  const log = {
    info: (m: string) => logged.push(m),
    warning: (m: string) => logged.push(`warning: ${m}`),
    debug: (m: string) => logged.push(`debug: ${m}`)
  }
  const http = new RetryingClient(createTransport({}), systemClock, log, {
    maxAttempts: 1,
    timeoutMs: 5000
  })
  const { token } = await emulator.control.createApiToken({ role: 'SUPER_ADMIN' })
  return {
    client: new ManagementClient({ http, log, orgUrl: url, apiToken: token, readOnly }),
    logged
  }
}

const calls = async () =>
  (await emulator.control.requests())
    .filter(e => e.route.startsWith('management.'))
    .map(e => `${e.method} ${e.path.split('?')[0]} ${e.status}`)

describe('a write whose work is already done at Okta (another run did it since the plan)', () => {
  it('a scope already granted (400) is the grant asked for, looked up after the refusal', async () => {
    const app = await emulator.control.createApp({ grantedScopes: ['okta.users.read'] })
    const { client: okta, logged } = await client()
    const grant = await grantScope(okta, app.id, 'okta.users.read')
    expect(grant.scopeId).toBe('okta.users.read')
    expect(logged).toContain(
      `Granting scope okta.users.read to app ${app.id}: already done at Okta (an earlier attempt took effect)`
    )
    expect(await calls()).toEqual([
      `POST /api/v1/apps/${app.id}/grants 400`,
      `GET /api/v1/apps/${app.id}/grants 200`
    ])
  })

  it('says so to the caller: the answer is marked as after a lost answer', async () => {
    const app = await emulator.control.createApp({ grantedScopes: ['okta.users.read'] })
    const { client: okta } = await client()
    const response = await okta.request(
      'POST',
      'Granting okta.users.read',
      `/api/v1/apps/${app.id}/grants`,
      { issuer: url, scopeId: 'okta.users.read' },
      {
        findExisting: async () =>
          (await listGrants(okta, app.id)).find(g => g.scopeId === 'okta.users.read')
      }
    )
    expect(response).toMatchObject({ status: 200, afterLostAnswer: true })
  })

  it('a role already assigned (409) is the role asked for', async () => {
    const app = await emulator.control.createApp({ roles: ['READ_ONLY_ADMIN'] })
    const { client: okta } = await client()
    const role = await assignClientRole(okta, app.clientId, 'READ_ONLY_ADMIN')
    expect(role.type).toBe('READ_ONLY_ADMIN')
    expect((await calls())[0]).toBe(`POST /oauth2/v1/clients/${app.clientId}/roles 409`)
  })

  it("a refusal that is not about work already done stays Okta's error, with no privilege named", async () => {
    const app = await emulator.control.createApp({})
    const { client: okta } = await client()
    const error = await grantScope(okta, app.id, 'okta.nothing.read').then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error?.message).toMatch(
      new RegExp(`^Granting scope okta\\.nothing\\.read to app ${app.id} failed: HTTP 400 `)
    )
    expect(error?.message).not.toContain('This needs')
  })
})

describe('the error line of a 403', () => {
  it('an empty 403 to a call that names its privilege: the privilege and who lacks it', async () => {
    const app = await emulator.control.createApp({})
    await emulator.control.addFault({
      match: { method: 'POST', path: `/api/v1/apps/${app.id}/grants` },
      kind: 'status',
      status: 403
    })
    const { client: okta } = await client()
    const error = await grantScope(okta, app.id, 'okta.users.read').then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error?.message).toMatch(
      new RegExp(
        `^Granting scope okta\\.users\\.read to app ${app.id} failed: HTTP 403 \\(X-Okta-Request-Id: [\\w-]+\\)\\. This needs ${GRANT_PRIVILEGE.replace(/[().*]/g, '\\$&')}; the admin who created api-token lacks that privilege\\.$`
      )
    )
  })

  it('a 403 E0000006 to a call that names no privilege: the generic hint, no privilege', async () => {
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/apps/0oaNONE' },
      kind: 'status',
      status: 403,
      body: {
        errorCode: 'E0000006',
        errorSummary: 'You do not have permission to perform the requested action'
      }
    })
    const { client: okta } = await client()
    const error = await okta.get('Reading app 0oaNONE', '/api/v1/apps/0oaNONE').then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error?.message).toMatch(/^Reading app 0oaNONE failed: HTTP 403 E0000006: You do not/)
    expect(error?.message).not.toContain('This needs')
    expect(error?.message).toContain(
      "The admin credential lacks the privilege (the api-token's admin"
    )
  })
})

describe('dry run', () => {
  it('throws before a write is sent, even if a code path forgets to check the flag', async () => {
    const { client: okta } = await client(true)
    await expect(okta.post('Creating the app', '/api/v1/apps', { label: 'x' })).rejects.toThrow(
      /^dry run attempted a write call: POST \/api\/v1\/apps$/
    )
    expect(await calls()).toEqual([])
  })
})

describe('list calls', () => {
  it('returns exactly the items Okta listed', async () => {
    const a = await emulator.control.createApp({ label: 'one' })
    const b = await emulator.control.createApp({ label: 'two' })
    const { client: okta } = await client()
    const apps = await okta.listAll<{ id: string }>('Listing apps', '/api/v1/apps')
    expect(apps.map(app => app.id).sort()).toStrictEqual([a.id, b.id].sort())
  })

  it('refuses an answer that is not a list, in one line', async () => {
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/apps' },
      kind: 'status',
      status: 200,
      body: { id: '0oaNOTALIST' }
    })
    const { client: okta } = await client()
    await expect(okta.listAll('Listing apps', '/api/v1/apps')).rejects.toThrow(
      /^Listing apps failed: Okta answered a list call with something else\.$/
    )
  })

  it('names the API token in the refusal of a next link to another host', async () => {
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/apps' },
      kind: 'status',
      status: 200,
      body: [],
      headers: { Link: '<https://elsewhere.example/api/v1/apps?after=x>; rel="next"' }
    })
    const { client: okta } = await client()
    await expect(okta.listAll('Listing apps', '/api/v1/apps')).rejects.toThrow(
      /it is not followed, so the API token is not sent there\.$/
    )
  })
})

describe('what a call logs and which statuses are answers', () => {
  it('logs method, path, status and the request id at debug', async () => {
    const app = await emulator.control.createApp({})
    const { client: okta, logged } = await client()
    await okta.get(`Reading app ${app.id}`, `/api/v1/apps/${app.id}`)
    const [entry] = await emulator.control.requests()
    expect(logged).toContain(
      `debug: Reading app ${app.id}: GET /api/v1/apps/${app.id} → HTTP 200 (X-Okta-Request-Id: ${entry.requestId})`
    )
  })

  it('asks for JSON on every call, and declares a JSON body only when it sends one', async () => {
    const app = await emulator.control.createApp({})
    const { client: okta } = await client()
    await okta.get(`Reading app ${app.id}`, `/api/v1/apps/${app.id}`)
    await okta.post(`Granting okta.users.read`, `/api/v1/apps/${app.id}/grants`, {
      issuer: url,
      scopeId: 'okta.users.read'
    })
    const sent = (await emulator.control.requests()).map(e => [
      e.method,
      e.headers.accept,
      e.headers['content-type']
    ])
    expect(sent).toEqual([
      ['GET', 'application/json', undefined],
      ['POST', 'application/json', 'application/json']
    ])
  })

  it('takes an HTTP 300 for a failure, not an answer', async () => {
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/apps/0oaX' },
      kind: 'status',
      status: 300,
      body: {}
    })
    const { client: okta } = await client()
    await expect(okta.get('Reading app 0oaX', '/api/v1/apps/0oaX')).rejects.toThrow(
      /^Reading app 0oaX failed: HTTP 300/
    )
  })
})

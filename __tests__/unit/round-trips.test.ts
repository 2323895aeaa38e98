// Round trips at the protocol's minimum (issue 6), counted in the emulator's request log. The
// counts are stable where times are not, so they are asserted here and timed only by
// `npm run bench`. The runs are in-process (src/): the count is the code's, not the bundle's.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'
import { startTokenFixture, type TokenFixture } from '../../testkit/token-fixtures.js'

const SEEDED_USERS = 450
const isTokenRequest = (entry: RequestLogEntry) => entry.route === 'oauth.token'

let fixture: TokenFixture

beforeAll(async () => {
  fixture = await startTokenFixture()
})

afterAll(async () => {
  await fixture?.stop()
})

beforeEach(async () => {
  await fixture.control.reset()
})

/** Routes of the logged requests, counted. */
function routeCounts(log: RequestLogEntry[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const entry of log) counts[entry.route] = (counts[entry.route] ?? 0) + 1
  return counts
}

describe('token mode asks the token endpoint as few times as the protocol allows', () => {
  it.each([
    { app: 'a Bearer app', dpopRequired: false, dpop: 'auto', requests: 1, tokenType: 'Bearer' },
    // No proof → "DPoP proof missing"; a proof → use_dpop_nonce; a proof with the nonce → 200.
    { app: 'a DPoP app', dpopRequired: true, dpop: 'auto', requests: 3, tokenType: 'DPoP' },
    // Okta asks for a nonce before it accepts any proof: 2 is the least with DPoP.
    { app: 'a DPoP app', dpopRequired: true, dpop: 'true', requests: 2, tokenType: 'DPoP' }
  ])(
    '$app with dpop $dpop takes $requests token request(s)',
    async ({ dpopRequired, dpop, requests, tokenType }) => {
      const app = await fixture.seedApp({ dpopRequired })
      const run = await runAction('main', app.inputs({ dpop }))
      expect(run.errors).toEqual([])
      expect(run.outputs['token-type']).toBe(tokenType)
      const log = await fixture.control.requests()
      expect(log.filter(isTokenRequest)).toHaveLength(requests)
      // And nothing else: the main step of token mode calls no other endpoint.
      expect(log).toHaveLength(requests)
    }
  )
})

describe('request mode fetches every page exactly once', () => {
  it.each([200, 100, 7])('with limit=%i: one token, then ceil(450 / limit) pages', async limit => {
    const app = await fixture.seedApp()
    const run = await runAction(
      'main',
      app.inputs({
        mode: 'request',
        'request-path': `/api/v1/users?limit=${limit}`,
        'request-paginate': 'true'
      })
    )
    expect(run.errors).toEqual([])
    const log = await fixture.control.requests()
    expect(routeCounts(log)).toEqual({
      'oauth.token': 1,
      'users.list': Math.ceil(SEEDED_USERS / limit)
    })
    // Each page's cursor appears once: no page was fetched twice.
    const pages = log.filter(entry => entry.route === 'users.list').map(entry => entry.path)
    expect(new Set(pages).size).toBe(pages.length)
    expect(JSON.parse(run.outputs['response-body'])).toHaveLength(SEEDED_USERS)
  })
})

describe('provision makes no call twice', () => {
  const SCOPES = [
    'okta.users.read',
    'okta.groups.read',
    'okta.apps.read',
    'okta.logs.read',
    'okta.roles.read'
  ]
  const ROLES = ['READ_ONLY_ADMIN', 'USER_ADMIN']

  it('a fresh app takes 1 list + 1 create + one call per scope and per role', async () => {
    const { token: apiToken } = await fixture.control.createApiToken({
      name: 'round trips',
      role: 'SUPER_ADMIN'
    })
    const label = `round-trips-${Date.now()}`
    const run = await runAction('main', {
      mode: 'provision',
      'okta-domain': fixture.url,
      'api-token': apiToken,
      'app-label': label,
      'private-key': testKey('rsa').pkcs8,
      scopes: SCOPES.join(' '),
      'admin-roles': ROLES.join(' ')
    })
    expect(run.errors).toEqual([])
    expect(run.outputs.created).toBe('true')
    const log = await fixture.control.requests()
    const management = log.filter(entry => entry.route.startsWith('management.'))
    expect(routeCounts(management)).toEqual({
      'management.apps.list': 1,
      'management.apps.create': 1,
      'management.grants.create': SCOPES.length,
      'management.roles.create': ROLES.length
    })
    // Each call succeeded the first time: none was repeated after a failure.
    expect(management.filter(entry => entry.status >= 300)).toEqual([])
    const app = await fixture.control.app(run.outputs['client-id'])
    expect(app.grants.map(grant => grant.scopeId).sort()).toEqual([...SCOPES].sort())
    expect(app.roles.map(role => role.type).sort()).toEqual([...ROLES].sort())
  })
})

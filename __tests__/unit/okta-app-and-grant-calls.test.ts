// The app and grant calls of src/okta (apps.ts, find-app.ts, grants.ts) one by one, over a
// scripted transport that plays Okta (as lost-create.test.ts does): each test chooses Okta's
// answers, including the rare ones the emulator never gives (an app of another kind under the
// same label, a 200 without the app), and checks what a user sees: the error line, the
// warning, the requests sent and the body Okta received.
import { describe, expect, it } from '@jest/globals'
import { RetryingClient, type Clock } from '../../src/http/retrying-client.js'
import { NetworkError, type HttpRequest, type Transport } from '../../src/http/transport.js'
import type { PublicJwk } from '../../src/keys/signing-key.js'
import {
  activateApp,
  createServiceApp,
  deactivateAndDeleteApp,
  deactivateApp,
  getApp,
  replaceApp,
  writableApp,
  type OktaApp
} from '../../src/okta/apps.js'
import { findAppByClientId } from '../../src/okta/find-app.js'
import { grantedScopes, grantScope, listGrants, revokeGrant } from '../../src/okta/grants.js'
import { ManagementClient } from '../../src/okta/management-client.js'
import { testKey } from '../../testkit/keys.js'

const ORG = 'https://acme.okta.com'
const LABEL = 'CI service app'
const jwk = { ...(testKey('p256').publicJwk as unknown as PublicJwk), kid: 'ours' }

const APP_ADMIN = 'This needs an Application Administrator or a Super Administrator'
const SUPER_ADMIN = 'This needs a Super Administrator (only Super Admins can grant okta.* scopes)'

function appJson(id: string, clientId = id, keys: Record<string, unknown>[] = []): OktaApp {
  return {
    id,
    label: LABEL,
    name: 'oidc_client',
    status: 'ACTIVE',
    credentials: { oauthClient: { client_id: clientId } },
    settings: { oauthClient: { jwks: { keys } } }
  }
}

type Answer =
  { status: number; body?: unknown; text?: string; headers?: Record<string, string> } | 'timeout'
type Step = (request: HttpRequest) => Answer

/** Okta, played by the test: each request takes the next step; `sent` keeps what was sent. */
function scriptedOkta(steps: Step[]) {
  const sent: string[] = []
  const bodies: unknown[] = []
  const transport: Transport = async request => {
    const step = steps.shift()
    if (!step) throw new Error(`unexpected ${request.method} ${request.url}`)
    const url = new URL(request.url)
    sent.push(`${request.method} ${url.pathname}`)
    if (request.body) bodies.push(JSON.parse(request.body))
    const outcome = step(request)
    if (outcome === 'timeout') throw new NetworkError('no answer within the timeout')
    return {
      status: outcome.status,
      headers: new Headers({ 'content-type': 'application/json', ...outcome.headers }),
      text: outcome.text ?? (outcome.body === undefined ? '' : JSON.stringify(outcome.body)),
      receivedAt: 0
    }
  }
  const logged: string[] = []
  const log = {
    info: (m: string) => logged.push(m),
    warning: (m: string) => logged.push(`warning: ${m}`),
    debug: (m: string) => logged.push(`debug: ${m}`)
  }
  const clock: Clock = { now: () => 0, sleep: async () => {}, random: () => 0 }
  const http = new RetryingClient(transport, clock, log, { maxAttempts: 3, timeoutMs: 1000 })
  const client = new ManagementClient({ http, log, orgUrl: ORG, apiToken: 'ssws-test-token' })
  const warnings = () => logged.filter(line => line.startsWith('warning:'))
  const debug = () => logged.filter(line => line.startsWith('debug:'))
  return { client, sent, bodies, warnings, debug }
}

const answer =
  (status: number, body?: unknown): Step =>
  () => ({ status, body })
const timeout: Step = () => 'timeout'
const forbidden = answer(403, {
  errorCode: 'E0000006',
  errorSummary: 'You do not have permission to perform the requested action',
  errorCauses: []
})
const notFound = answer(404, {
  errorCode: 'E0000007',
  errorSummary: 'Not found: Resource not found: 0oa1 (AppInstance)',
  errorCauses: []
})

describe('app calls: the error names the call and the privilege it needs', () => {
  it.each([
    ['Updating app 0oa1', (c: ManagementClient) => replaceApp(c, appJson('0oa1'))],
    ['Activating app 0oa1', (c: ManagementClient) => activateApp(c, '0oa1')],
    ['Deactivating app 0oa1', (c: ManagementClient) => deactivateApp(c, '0oa1')]
  ])('a 403 on "%s"', async (what, call) => {
    const { client } = scriptedOkta([forbidden])
    await expect(call(client)).rejects.toThrow(
      new RegExp(`^${what} failed: HTTP 403 E0000006: .*\\. ${APP_ADMIN}; `)
    )
  })

  it('a 403 on the delete after the deactivation names the delete', async () => {
    const { client, sent } = scriptedOkta([answer(200, {}), forbidden])
    await expect(deactivateAndDeleteApp(client, '0oa1')).rejects.toThrow(
      new RegExp(`^Deleting app 0oa1 failed: HTTP 403 E0000006: .*\\. ${APP_ADMIN}; `)
    )
    expect(sent).toEqual([
      'POST /api/v1/apps/0oa1/lifecycle/deactivate',
      'DELETE /api/v1/apps/0oa1'
    ])
  })

  it('a 404 on reading an app names the read', async () => {
    const { client } = scriptedOkta([notFound])
    await expect(getApp(client, '0oa1')).rejects.toThrow(/^Reading app 0oa1 failed: HTTP 404 /)
  })
})

describe('app calls: an answer without the app is refused', () => {
  it.each([
    ['no settings', { id: '0oa1', label: LABEL }],
    ['no id', { label: LABEL, settings: { oauthClient: {} } }],
    ['an empty body', undefined]
  ])('a 200 with %s', async (_case, body) => {
    const { client } = scriptedOkta([answer(200, body)])
    await expect(getApp(client, '0oa1')).rejects.toThrow(
      'Okta answered an app call without the app (no id or settings).'
    )
  })
})

describe('creating the service app', () => {
  it('asks Okta for a client_credentials service app that answers with access tokens', async () => {
    const { client, bodies } = scriptedOkta([answer(200, appJson('0oaNEW'))])
    await createServiceApp(client, { label: LABEL, jwk, requireDpop: false })
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toMatchObject({
      settings: {
        oauthClient: {
          application_type: 'service',
          grant_types: ['client_credentials'],
          response_types: ['token']
        }
      }
    })
  })

  it('after a lost create, apps of other kinds under the same label are not taken for ours', async () => {
    // Okta allows duplicate labels, and its `q` lists apps of every kind: a SAML or bookmark
    // app has no settings.oauthClient, an OIDC app with a client secret has no jwks.
    const notOurs: Record<string, unknown>[] = [
      { id: '0oaBARE', label: LABEL },
      { id: '0oaSAML', label: LABEL, settings: { app: {} } },
      { id: '0oaSECRET', label: LABEL, settings: { oauthClient: {} } },
      { id: '0oaJWKS', label: LABEL, settings: { oauthClient: { jwks: {} } } },
      appJson('0oaNOKEYS')
    ]
    const ours = appJson('0oaOURS', '0oaOURS', [{ ...jwk, status: 'ACTIVE' }])
    const { client, sent, warnings } = scriptedOkta([
      timeout,
      answer(200, notOurs),
      answer(200, ours),
      answer(200, [...notOurs, ours])
    ])
    const created = await createServiceApp(client, { label: LABEL, jwk, requireDpop: false })
    expect(created.id).toBe('0oaOURS')
    expect(sent).toEqual([
      'POST /api/v1/apps',
      'GET /api/v1/apps',
      'POST /api/v1/apps',
      'GET /api/v1/apps'
    ])
    expect(warnings()).toEqual([])
  })

  it('warns, naming the app it goes on with, when the check for a twin fails', async () => {
    const ours = appJson('0oaOURS', '0oaOURS', [{ ...jwk, status: 'ACTIVE' }])
    const { client, warnings } = scriptedOkta([
      timeout,
      answer(200, []),
      answer(200, ours),
      forbidden
    ])
    const created = await createServiceApp(client, { label: LABEL, jwk, requireDpop: false })
    expect(created.id).toBe('0oaOURS')
    expect(warnings()).toEqual([
      expect.stringMatching(
        /^warning: Could not check for a second app "CI service app" left by a create whose answer was lost \(Looking up app "CI service app" failed: HTTP 403 .*\); if there is one besides 0oaOURS, delete it\.$/
      )
    ])
  })
})

describe('replacing an app (a full PUT)', () => {
  it('sends back what was read without the members Okta sets itself', async () => {
    const read = {
      ...appJson('0oa1', '0oa1', [
        { kid: 'k1', kty: 'EC', status: 'ACTIVE', id: 'pks1', created: 'c', _links: { self: {} } }
      ]),
      created: 'c',
      lastUpdated: 'u',
      _links: { self: {} },
      _embedded: { user: {} }
    }
    const { client, sent, bodies } = scriptedOkta([answer(200, read)])
    await replaceApp(client, read)
    expect(sent).toEqual(['PUT /api/v1/apps/0oa1'])
    expect(bodies).toEqual([
      {
        label: LABEL,
        name: 'oidc_client',
        credentials: { oauthClient: { client_id: '0oa1' } },
        settings: { oauthClient: { jwks: { keys: [{ kid: 'k1', kty: 'EC', status: 'ACTIVE' }] } } }
      }
    ])
  })

  it('sends an app without inline keys (or without OAuth settings) as it was read', () => {
    const noJwks = { ...appJson('0oa1'), settings: { oauthClient: { grant_types: ['x'] } } }
    expect(writableApp(noJwks)).toEqual({
      label: LABEL,
      name: 'oidc_client',
      credentials: { oauthClient: { client_id: '0oa1' } },
      settings: { oauthClient: { grant_types: ['x'] } }
    })
    const noOauth = { id: '0oa2', label: LABEL, settings: {} } as unknown as OktaApp
    expect(writableApp(noOauth)).toEqual({ label: LABEL, settings: {} })
    const noSettings = { id: '0oa3', label: LABEL } as unknown as OktaApp
    expect(writableApp(noSettings)).toEqual({ label: LABEL })
  })
})

describe('finding the app of a client id', () => {
  const target = appJson('0oaTARGET', 'ci-deployer')

  it('reads an app whose id is its client id with one GET', async () => {
    const { client, sent } = scriptedOkta([answer(200, appJson('0oaSAME'))])
    expect((await findAppByClientId(client, '0oaSAME')).id).toBe('0oaSAME')
    expect(sent).toEqual(['GET /api/v1/apps/0oaSAME'])
  })

  it('lists the apps for a client id chosen at create, and takes the app that has it', async () => {
    // A bookmark app's credentials have no oauthClient; a member without credentials is read too.
    const bookmark = { id: '0oaBOOK', name: 'bookmark', credentials: { scheme: 'EDIT_USERNAME' } }
    const { client, sent } = scriptedOkta([
      notFound,
      answer(200, [null, bookmark, { id: '0oaBARE' }, appJson('0oaOTHER', 'other-client'), target])
    ])
    expect((await findAppByClientId(client, 'ci-deployer')).id).toBe('0oaTARGET')
    expect(sent).toEqual(['GET /api/v1/apps/ci-deployer', 'GET /api/v1/apps'])
  })

  it.each([
    ['whose client id is another', appJson('ci-deployer', 'other-client')],
    ['without an id', { credentials: { oauthClient: { client_id: 'ci-deployer' } } }],
    ['with an empty body', undefined]
  ])('does not take a direct 200 %s, and lists', async (_case, direct) => {
    const { client, sent } = scriptedOkta([answer(200, direct), answer(200, [target])])
    expect((await findAppByClientId(client, 'ci-deployer')).id).toBe('0oaTARGET')
    expect(sent).toEqual(['GET /api/v1/apps/ci-deployer', 'GET /api/v1/apps'])
  })

  it('says which org has no app with the client id, and what to check', async () => {
    const { client } = scriptedOkta([notFound, answer(200, [appJson('0oaOTHER', 'other')])])
    await expect(findAppByClientId(client, 'nope')).rejects.toThrow(
      "No app in https://acme.okta.com has client id nope: check client-id (the app's Client ID) and okta-domain."
    )
  })

  it('names the read when reading the app fails', async () => {
    const { client } = scriptedOkta([forbidden])
    await expect(findAppByClientId(client, 'ci-deployer')).rejects.toThrow(
      /^Reading app ci-deployer failed: HTTP 403 /
    )
  })

  it('follows no next link off the org while listing, and names the lookup', async () => {
    const { client, sent } = scriptedOkta([
      notFound,
      () => ({
        status: 200,
        body: [appJson('0oaOTHER', 'other')],
        headers: { link: '<https://evil.example.com/api/v1/apps?after=0oaOTHER>; rel="next"' }
      })
    ])
    await expect(findAppByClientId(client, 'ci-deployer')).rejects.toThrow(
      'Looking up the app with client id ci-deployer failed: Okta sent a link to another host (https://evil.example.com), not https://acme.okta.com; it is not followed, so the API token is not sent there.'
    )
    expect(sent).toEqual(['GET /api/v1/apps/ci-deployer', 'GET /api/v1/apps'])
  })

  it('names the lookup when listing the apps fails', async () => {
    const { client } = scriptedOkta([notFound, forbidden])
    await expect(findAppByClientId(client, 'ci-deployer')).rejects.toThrow(
      /^Looking up the app with client id ci-deployer failed: HTTP 403 /
    )
  })
})

describe('the debug line of a call', () => {
  it('names no request id when the answer has no X-Okta-Request-Id (a proxy answered, say)', async () => {
    const { client, debug } = scriptedOkta([answer(200, appJson('0oa1'))])
    await getApp(client, '0oa1')
    expect(debug()).toEqual(['debug: Reading app 0oa1: GET /api/v1/apps/0oa1 → HTTP 200'])
  })
})

describe('an answer of only white space', () => {
  it('is no body, not a JSON error', async () => {
    const { client } = scriptedOkta([() => ({ status: 200, text: '\n' })])
    await expect(activateApp(client, '0oa1')).resolves.toBeUndefined()
    const { client: again } = scriptedOkta([() => ({ status: 200, text: ' \r\n' })])
    const response = await again.request('GET', 'Reading app 0oa1', '/api/v1/apps/0oa1')
    expect(response.body).toBeUndefined()
  })
})

describe('scope grants', () => {
  const grant = (id: string, scopeId: string, issuer = ORG, status?: string) => ({
    id,
    scopeId,
    issuer,
    ...(status ? { status } : {})
  })

  it('counts only ACTIVE grants (status absent means ACTIVE) for the org issuer', async () => {
    const { client } = scriptedOkta([
      answer(200, [
        grant('g1', 'okta.apps.read'),
        grant('g2', 'okta.users.read', `${ORG}//`, 'ACTIVE'),
        grant('g3', 'okta.groups.read', 'https://acme.okta.com/oauth2/default', 'ACTIVE'),
        grant('g4', 'okta.roles.read', ORG, 'INACTIVE')
      ])
    ])
    const granted = grantedScopes(await listGrants(client, '0oa1'), client.orgUrl)
    expect([...granted].sort()).toEqual(['okta.apps.read', 'okta.users.read'])
  })

  it('reads an answer that is not a list as no grants', async () => {
    const { client } = scriptedOkta([answer(200, {})])
    expect(grantedScopes(await listGrants(client, '0oa1'), ORG)).toEqual(new Set())
  })

  it('names the listing when it fails', async () => {
    const { client } = scriptedOkta([forbidden])
    await expect(listGrants(client, '0oa1')).rejects.toThrow(
      /^Listing the scope grants of app 0oa1 failed: HTTP 403 /
    )
  })

  it('after a lost grant, takes the org grant of that scope and sends no second grant', async () => {
    const { client, sent } = scriptedOkta([
      timeout,
      answer(200, [
        grant('gOTHERSCOPE', 'okta.apps.read'),
        grant('gOTHERISSUER', 'okta.users.read', 'https://acme.okta.com/oauth2/default'),
        grant('gOURS', 'okta.users.read')
      ])
    ])
    expect((await grantScope(client, '0oa1', 'okta.users.read')).id).toBe('gOURS')
    expect(sent).toEqual(['POST /api/v1/apps/0oa1/grants', 'GET /api/v1/apps/0oa1/grants'])
  })

  it('revokes a grant by its id, and a 403 names the Super Administrator it needs', async () => {
    const { client, sent } = scriptedOkta([answer(204), forbidden])
    await revokeGrant(client, '0oa1', 'oag1')
    await expect(revokeGrant(client, '0oa1', 'oag2')).rejects.toThrow(
      new RegExp(
        `^Revoking grant oag2 of app 0oa1 failed: HTTP 403 E0000006: .*\\. ${SUPER_ADMIN.replace(/[().*]/g, '\\$&')}; `
      )
    )
    expect(sent).toEqual([
      'DELETE /api/v1/apps/0oa1/grants/oag1',
      'DELETE /api/v1/apps/0oa1/grants/oag2'
    ])
  })

  it('a 403 on granting names the Super Administrator it needs', async () => {
    const { client } = scriptedOkta([forbidden])
    await expect(grantScope(client, '0oa1', 'okta.users.read')).rejects.toThrow(SUPER_ADMIN)
  })
})

// Provision mode, run in-process (testkit/in-process.ts) against the Okta
// emulator's management API and a GitHub API double that really opens the sealed secret.
// The emulator's state and request log show what the action changed, and runAction's leak
// scan fails any run that prints the generated private key outside ::add-mask:: lines.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createPrivateKey, createPublicKey } from 'node:crypto'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { ApiTokenRole } from '../../emulator/state.js'
import { startGithubDouble, type GithubDouble } from '../../testkit/github-double.js'
import { mapWithConcurrency } from '../../testkit/audit.js'
import { testKey } from '../../testkit/keys.js'
import type { Clock } from '../../src/http/retrying-client.js'
import {
  noWaitClock,
  runAction,
  runJob,
  uniqueLabel,
  type ActionRun
} from '../../testkit/in-process.js'

let emulator: EmulatorHandle
let github: GithubDouble
const WRITE_TOKEN = 'github_pat_write_secrets_and_variables'
const READ_TOKEN = 'ghs_job_token_without_write'

beforeAll(async () => {
  emulator = await startEmulator()
  // runAction sets GITHUB_REPOSITORY=octo-org/octo-repo.
  github = await startGithubDouble({
    owner: 'octo-org',
    repo: 'octo-repo',
    writeTokens: [WRITE_TOKEN],
    readOnlyTokens: [READ_TOKEN]
  })
})
afterAll(async () => {
  await emulator?.stop()
  await github?.stop()
})
afterEach(async () => {
  await emulator.control.reset()
})

async function apiToken(role: ApiTokenRole): Promise<string> {
  return (await emulator.control.createApiToken({ role })).token
}

async function provision(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  clock?: Clock
) {
  return runAction(
    'main',
    {
      mode: 'provision',
      'okta-domain': emulator.url,
      'api-token': inputs['api-token'] ?? (await apiToken('SUPER_ADMIN')),
      ...inputs
    },
    { env, clock }
  )
}

async function appsLabelled(label: string) {
  return (await emulator.control.apps()).filter(app => app.label === label)
}

/** Log lines without workflow commands. */
function log(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::'))
    .join('\n')
}

const writeMethods = (entries: { method: string }[]) =>
  entries.filter(entry => entry.method !== 'GET').map(entry => entry.method)

describe('a fresh provision', () => {
  it('creates the app with a generated key, and token mode mints a token with its outputs', async () => {
    const label = uniqueLabel()
    const run = await provision({
      'app-label': label,
      scopes: 'okta.users.read okta.groups.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const { outputs } = run
    expect(outputs.created).toBe('true')
    expect(outputs['key-changed']).toBe('true')
    expect(outputs['private-key']).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[\s\S]+-----END PRIVATE KEY-----\n?$/
    )

    const [app, ...others] = await appsLabelled(label)
    expect(others).toEqual([])
    expect(outputs['app-id']).toBe(app.id)
    expect(outputs['client-id']).toBe(app.clientId)
    expect(app.keys.map(k => [k.kid, k.status])).toEqual([[outputs['key-id'], 'ACTIVE']])
    expect(app.grants.map(g => [g.scopeId, g.issuer]).sort()).toEqual([
      ['okta.groups.read', emulator.url],
      ['okta.users.read', emulator.url]
    ])
    expect(app.roles.map(r => r.type)).toEqual(['READ_ONLY_ADMIN'])
    expect(app.dpopRequired).toBe(false)

    // The jwk output is the public half of the private-key output, kid = thumbprint.
    const jwk = JSON.parse(outputs.jwk) as Record<string, string>
    const derived = createPublicKey(createPrivateKey(outputs['private-key'])).export({
      format: 'jwk'
    })
    expect(jwk).toMatchObject({ ...derived, kid: outputs['key-id'], use: 'sig', alg: 'RS256' })
    expect(log(run)).toContain(`Public JWK: ${outputs.jwk}`)
    expect(run.summary).toContain(`client-id: ${app.clientId}`)
    expect(run.summary).toContain(`key-id: ${outputs['key-id']}`)
    expect(run.summary).toContain('private-key: ${{ secrets.OKTA_PRIVATE_KEY }}')
    expect(run.summary).toContain('scopes: okta.users.read okta.groups.read')

    const token = await runJob({
      'okta-domain': emulator.url,
      'client-id': outputs['client-id'],
      'private-key': outputs['private-key'],
      'key-id': outputs['key-id'],
      scopes: 'okta.users.read okta.groups.read'
    })
    expect(token.main.errors).toEqual([])
    expect(token.main.outputs.scope).toBe('okta.users.read okta.groups.read')
    expect(token.post.code).toBe(0)
  })

  it('prints the generated private key only inside ::add-mask:: lines', async () => {
    const run = await provision({ 'app-label': uniqueLabel(), 'key-type': 'EC-P256' })
    expect(run.code).toBe(0)
    const pem = run.outputs['private-key']
    const body = pem.split('\n').filter(line => line && !line.startsWith('-----'))
    expect(body.length).toBeGreaterThan(0)
    for (const line of body) expect(run.masked).toContain(line)
    // Masked before the key is described in the log, the first line that could follow it.
    const lines = run.stdout.split('\n')
    const masked = lines.indexOf(`::add-mask::${body[body.length - 1]}`)
    const described = lines.findIndex(line => line.startsWith('Key: generated'))
    expect(masked).toBeGreaterThanOrEqual(0)
    expect(masked).toBeLessThan(described)
    for (const line of body)
      expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(line)
    expect(run.summary).not.toContain(body[0])
    expect(JSON.parse(run.outputs.jwk)).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' })
  })

  it('registers a given key under the key-id input and outputs no private key', async () => {
    const label = uniqueLabel()
    const key = testKey('p256')
    const run = await provision({
      'app-label': label,
      'private-key': key.pkcs8,
      'key-id': 'ci-2026-01',
      scopes: 'okta.users.read',
      'require-dpop': 'true'
    })
    expect(run.errors).toEqual([])
    expect(run.outputs['private-key']).toBeUndefined()
    expect(run.outputs['key-id']).toBe('ci-2026-01')
    expect(run.outputs['key-changed']).toBe('true')
    const [app] = await appsLabelled(label)
    expect(app.dpopRequired).toBe(true)
    expect(app.keys).toEqual([
      expect.objectContaining({ kid: 'ci-2026-01', x: key.publicJwk.x, y: key.publicJwk.y })
    ])
    const token = await runAction('main', {
      'okta-domain': emulator.url,
      'client-id': run.outputs['client-id'],
      'private-key': key.pkcs8,
      'key-id': 'ci-2026-01',
      scopes: 'okta.users.read'
    })
    expect(token.errors).toEqual([])
    expect(token.outputs['token-type']).toBe('DPoP')
  })
})

describe('a re-run converges', () => {
  it('reuses the app with the same label: no second app, no duplicate grant or role', async () => {
    const label = uniqueLabel()
    const key = testKey('rsa')
    const first = await provision({
      'app-label': label,
      'private-key': key.pkcs8,
      scopes: 'okta.users.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(first.outputs.created).toBe('true')
    await emulator.control.clearRequests()

    const second = await provision({
      'app-label': label,
      'private-key': key.pkcs8,
      scopes: 'okta.users.read okta.groups.read',
      'admin-roles': 'read_only_admin, REPORT_ADMIN'
    })
    expect(second.errors).toEqual([])
    expect(second.outputs).toMatchObject({
      'app-id': first.outputs['app-id'],
      created: 'false',
      'key-changed': 'false'
    })
    const apps = await appsLabelled(label)
    expect(apps).toHaveLength(1)
    expect(apps[0].grants.map(g => g.scopeId).sort()).toEqual([
      'okta.groups.read',
      'okta.users.read'
    ])
    expect(apps[0].roles.map(r => r.type).sort()).toEqual(['READ_ONLY_ADMIN', 'REPORT_ADMIN'])
    const writes = (await emulator.control.requests()).filter(e => e.method !== 'GET')
    expect(writes.map(e => e.route).sort()).toEqual([
      'management.grants.create',
      'management.roles.create'
    ])
    expect(log(second)).toContain('Scope okta.users.read: already granted')
    expect(log(second)).toContain('Admin role READ_ONLY_ADMIN: already assigned')

    // A third run with nothing new changes nothing at all.
    await emulator.control.clearRequests()
    const third = await provision({
      'app-label': label,
      'private-key': key.pkcs8,
      scopes: 'okta.users.read okta.groups.read',
      'admin-roles': 'READ_ONLY_ADMIN REPORT_ADMIN'
    })
    expect(third.code).toBe(0)
    expect(writeMethods(await emulator.control.requests())).toEqual([])
    expect(log(third)).toMatch(/already up to date/)
  })

  it('adds a new key beside the existing ones and sets DPoP, never removing anything', async () => {
    const label = uniqueLabel()
    const old = testKey('p384')
    const existing = await emulator.control.createApp({
      label,
      keys: [{ ...old.publicJwk, kid: 'old-key' } as never],
      grantedScopes: ['okta.logs.read'],
      roles: ['APP_ADMIN'],
      dpopRequired: false
    })
    const run = await provision({
      'app-label': label,
      'require-dpop': 'true',
      scopes: 'okta.users.read'
    })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({
      'app-id': existing.id,
      created: 'false',
      'key-changed': 'true'
    })
    const app = await emulator.control.app(existing.id)
    expect(app.dpopRequired).toBe(true)
    expect(app.keys.map(k => [k.kid, k.status])).toEqual([
      ['old-key', 'ACTIVE'],
      [run.outputs['key-id'], 'ACTIVE']
    ])
    expect(app.grants.map(g => g.scopeId).sort()).toEqual(['okta.logs.read', 'okta.users.read'])
    expect(app.roles.map(r => r.type)).toEqual(['APP_ADMIN'])
    const routes = (await emulator.control.requests()).map(e => `${e.method} ${e.route}`)
    expect(routes).toContain('POST management.jwks.add')
    expect(routes).toContain('PUT management.apps.replace')
  })
})

describe('the DPoP setting of an existing app', () => {
  it('is turned off only with a warning that names require-dpop', async () => {
    const label = uniqueLabel()
    const key = testKey('p256')
    const existing = await emulator.control.createApp({
      label,
      keys: [{ ...key.publicJwk, kid: 'ci-key' } as never],
      grantedScopes: ['okta.users.read'],
      dpopRequired: true
    })
    const run = await provision({
      'app-label': label,
      'private-key': key.pkcs8,
      'key-id': 'ci-key',
      scopes: 'okta.users.read'
    })
    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([
      `DPoP: "Require DPoP" was on for app ${existing.id} and is now off, because require-dpop is false; set require-dpop: true to keep it on.`
    ])
    expect((await emulator.control.app(existing.id)).dpopRequired).toBe(false)
    expect(run.outputs['key-changed']).toBe('false')
  })
})

describe('finding the app', () => {
  it('matches the label exactly across every page of prefix matches', async () => {
    const label = uniqueLabel()
    // Okta's q matches prefixes: 205 near-misses come first, more than one page of 200.
    // Created a few at a time: their order among themselves does not matter, only that they
    // come before the exact match.
    await mapWithConcurrency(
      Array.from({ length: 205 }, (_, i) => `${label} copy ${i}`),
      8,
      copy => emulator.control.createApp({ label: copy })
    )
    const key = testKey('rsa')
    const target = await emulator.control.createApp({
      label,
      keys: [{ ...key.publicJwk, kid: 'ci' } as never]
    })
    const run = await provision({ 'app-label': label, 'private-key': key.pkcs8, 'key-id': 'ci' })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({
      'app-id': target.id,
      created: 'false',
      'key-changed': 'false'
    })
    const lists = (await emulator.control.requests()).filter(
      e => e.route === 'management.apps.list'
    )
    expect(lists).toHaveLength(2)
    expect(lists[1].path).toMatch(/after=/)
  })

  it.each(['array', 'keys', 'jwks'] as const)(
    'reads the key list in the %s shape and sees the registered kid',
    async shape => {
      await emulator.control.setJwksListShape(shape)
      const label = uniqueLabel()
      const key = testKey('p256')
      await emulator.control.createApp({ label, keys: [{ ...key.publicJwk, kid: 'ci' } as never] })
      const run = await provision({ 'app-label': label, 'private-key': key.pkcs8, 'key-id': 'ci' })
      expect(run.errors).toEqual([])
      expect(run.outputs['key-changed']).toBe('false')
      expect(writeMethods(await emulator.control.requests())).toEqual([])
    }
  )

  it('refuses a next link to another host, so the API token is not sent there', async () => {
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/apps' },
      kind: 'status',
      status: 200,
      body: [],
      headers: { Link: '<https://elsewhere.example/api/v1/apps?after=x>; rel="next"' }
    })
    const run = await provision({ 'app-label': uniqueLabel() })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/link to another host \(https:\/\/elsewhere\.example\)/)
    expect(await emulator.control.apps()).toEqual([])
  })

  it('refuses to pick one of several apps with the same label', async () => {
    const label = uniqueLabel()
    const a = await emulator.control.createApp({ label })
    const b = await emulator.control.createApp({ label })
    const run = await provision({ 'app-label': label })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toContain(`Found 2 apps labelled "${label}" (${a.id}, ${b.id})`)
  })
})

describe('rate limits', () => {
  it('retries a grant refused with 429 after X-Rate-Limit-Reset, then finishes', async () => {
    const label = uniqueLabel()
    // A reset of now, and no wait: the wait itself is timed in faults/promises-rate-limit.test.ts.
    await emulator.control.addFault({
      match: { method: 'POST', path: '^/api/v1/apps/[^/]+/grants$' },
      kind: '429',
      resetSeconds: 0
    })
    const run = await provision({ 'app-label': label, scopes: 'okta.users.read' }, {}, noWaitClock)
    expect(run.errors).toEqual([])
    expect(log(run)).toMatch(
      /Granting scope okta\.users\.read to app \w+: HTTP 429 \(X-Okta-Request-Id: [\w-]+\); retrying in [\d.]+ s \(rate limit: until X-Rate-Limit-Reset\)/
    )
    const [app] = await appsLabelled(label)
    expect(app.grants.map(g => g.scopeId)).toEqual(['okta.users.read'])
  })
})

describe('nothing half-made', () => {
  const denied = {
    errorCode: 'E0000006',
    errorSummary: 'You do not have permission to perform the requested action',
    errorLink: 'E0000006',
    errorId: 'oaeFault',
    errorCauses: []
  }

  it.each([
    ['the second grant', { method: 'POST', path: '^/api/v1/apps/[^/]+/grants$' }, 1],
    ['the role assignment', { method: 'POST', path: '^/oauth2/v1/clients/[^/]+/roles$' }, 0]
  ])('deletes the app it created when %s fails, and says so', async (_what, match, skip) => {
    const label = uniqueLabel()
    await emulator.control.addFault({ match, kind: 'status', status: 403, body: denied, skip })
    const run = await provision({
      'app-label': label,
      scopes: 'okta.users.read okta.groups.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/failed: HTTP 403 E0000006/)
    expect(run.errors[0]).toMatch(
      /Rolled back: deactivated and deleted app ".+" \(0oa\w+\) that this run had created\./
    )
    expect(await appsLabelled(label)).toEqual([])
    const routes = (await emulator.control.requests()).map(e => e.route)
    expect(routes.slice(-2)).toEqual(['management.apps.lifecycle', 'management.apps.delete'])
    expect(run.outputs['app-id']).toBeUndefined()
  })

  it('on an existing app, reports what it changed before the failure and removes nothing', async () => {
    const label = uniqueLabel()
    const existing = await emulator.control.createApp({
      label,
      keys: [{ ...testKey('rsa').publicJwk, kid: 'existing' } as never]
    })
    await emulator.control.addFault({
      match: { method: 'POST', path: `/api/v1/apps/${existing.id}/grants` },
      kind: 'status',
      status: 403,
      body: denied,
      skip: 1
    })
    const run = await provision({
      'app-label': label,
      'key-type': 'EC-P256',
      scopes: 'okta.users.read okta.groups.read'
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `Changed on app "${label}" \\(${existing.id}\\) before the failure: registered key \\S+; granted okta\\.(users|groups)\\.read\\. Nothing was removed`
      )
    )
    const app = await emulator.control.app(existing.id)
    expect(app.keys).toHaveLength(2)
    // The two grants run concurrently: whichever reached Okta first went through.
    expect(app.grants).toHaveLength(1)
    expect(run.errors[0]).toContain(`granted ${app.grants[0].scopeId}.`)
  })
})

describe('dry run', () => {
  it('prints the plan and makes no write call', async () => {
    const label = uniqueLabel()
    const existing = await emulator.control.createApp({
      label,
      keys: [{ ...testKey('rsa').publicJwk, kid: 'k1' } as never],
      grantedScopes: ['okta.users.read']
    })
    const run = await provision(
      {
        'app-label': label,
        'dry-run': 'true',
        scopes: 'okta.users.read okta.groups.read',
        'admin-roles': 'READ_ONLY_ADMIN',
        'require-dpop': 'true',
        'github-token': WRITE_TOKEN
      },
      { GITHUB_API_URL: github.url }
    )
    expect(run.errors).toEqual([])
    const requests = await emulator.control.requests()
    expect(requests.length).toBeGreaterThan(0)
    expect(writeMethods(requests)).toEqual([])
    expect(github.requests()).toEqual([])
    const text = log(run)
    expect(text).toContain(`Use existing app "${label}" (${existing.id}`)
    expect(text).toMatch(/Register a new RSA-2048 key/)
    expect(text).toContain('Change DPoP from not required to required')
    expect(text).toContain('Grant scope okta.groups.read')
    expect(text).toContain('Keep scope okta.users.read: already granted')
    expect(text).toContain('Assign admin role READ_ONLY_ADMIN')
    expect(run.summary).toContain('dry run: nothing changed')
    expect(run.outputs['private-key']).toBeUndefined()
    expect(run.outputs['app-id']).toBe(existing.id)
    expect(await emulator.control.app(existing.id)).toMatchObject({
      dpopRequired: false,
      grants: [expect.anything()]
    })
  })

  it('plans the creation of a missing app without creating it', async () => {
    const label = uniqueLabel()
    const run = await provision({
      'app-label': label,
      'dry-run': 'true',
      scopes: 'okta.users.read'
    })
    expect(run.code).toBe(0)
    expect(writeMethods(await emulator.control.requests())).toEqual([])
    // The whole plan: an API token is used as it is, with no admin token to mint first.
    const steps = log(run)
      .split('\n')
      .filter(line => line.startsWith('  - '))
    expect(steps).toEqual([
      `  - Create API Services app "${label}" (private_key_jwt, client_credentials) with a new RSA-2048 key (kid: its RFC 7638 thumbprint), DPoP not required`,
      '  - Grant scope okta.users.read'
    ])
    expect(await appsLabelled(label)).toEqual([])
  })
})

describe('privileges', () => {
  it('names the missing privilege when the API token cannot grant scopes (and rolls back)', async () => {
    const label = uniqueLabel()
    const run = await provision({
      'app-label': label,
      'api-token': await apiToken('APP_ADMIN'),
      scopes: 'okta.users.read'
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      /Granting scope okta.users.read to app \w+ failed: HTTP 403 E0000006: You do not have permission to perform the requested action \(X-Okta-Request-Id: [\w-]+\)\. This needs a Super Administrator \(only Super Admins can grant okta\.\* scopes\)/
    )
    expect(run.errors[0]).toMatch(/Rolled back/)
    expect(await appsLabelled(label)).toEqual([])
  })

  it('names the missing privilege when the API token cannot create apps, and changes nothing', async () => {
    const run = await provision({
      'app-label': uniqueLabel(),
      'api-token': await apiToken('READ_ONLY')
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/Creating app ".+" failed: HTTP 403 E0000006/)
    expect(run.errors[0]).toMatch(
      /This needs an Application Administrator or a Super Administrator/
    )
    expect(run.errors[0]).toMatch(/Nothing was changed in Okta\.$/)
  })

  it('says the API token is invalid on 401 E0000011', async () => {
    const run = await provision({
      'app-label': uniqueLabel(),
      'api-token': 'revoked-api-token-value'
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      /Looking up app ".+" failed: HTTP 401 E0000011: Invalid token provided/
    )
  })
})

describe('repository secret and variable', () => {
  it('stores the generated key as a secret that decrypts to the same key, and the client id as a variable', async () => {
    const run = await provision(
      {
        'app-label': uniqueLabel(),
        'github-token': WRITE_TOKEN,
        'private-key-secret': 'CI_OKTA_KEY',
        'client-id-variable': 'CI_OKTA_CLIENT'
      },
      { GITHUB_API_URL: github.url }
    )
    expect(run.errors).toEqual([])
    expect(github.secretPlaintext('CI_OKTA_KEY')).toBe(run.outputs['private-key'])
    expect(github.variable('CI_OKTA_CLIENT')).toBe(run.outputs['client-id'])
    expect(run.summary).toContain('client-id: ${{ vars.CI_OKTA_CLIENT }}')
    expect(run.summary).toContain('private-key: ${{ secrets.CI_OKTA_KEY }}')
    expect(log(run)).toMatch(
      /Stored the private key as repository secret CI_OKTA_KEY in octo-org\/octo-repo \(created\)/
    )
  })

  it('stores only the client id when the key was given, updating an existing variable', async () => {
    github.seedVariable('OKTA_CLIENT_ID', 'stale-client-id')
    const before = Object.keys(github.secrets())
    const run = await provision(
      {
        'app-label': uniqueLabel(),
        'github-token': WRITE_TOKEN,
        'private-key': testKey('rsa').pkcs8
      },
      { GITHUB_API_URL: github.url }
    )
    expect(run.errors).toEqual([])
    expect(github.variable('OKTA_CLIENT_ID')).toBe(run.outputs['client-id'])
    expect(Object.keys(github.secrets())).toEqual(before)
    expect(log(run)).toContain(
      'private-key was given: it is a secret already, so it is not stored again'
    )
  })

  it('explains the permissions on a 403 from GitHub, and rolls back the new app', async () => {
    const label = uniqueLabel()
    const run = await provision(
      { 'app-label': label, 'github-token': READ_TOKEN },
      { GITHUB_API_URL: github.url }
    )
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(
      /Storing variable OKTA_CLIENT_ID in octo-org\/octo-repo failed: HTTP 403 \(Resource not accessible by integration\)\. github-token needs a fine-grained token with "Secrets: write" and "Variables: write".*GITHUB_TOKEN cannot/
    )
    expect(run.errors[0]).toMatch(/Rolled back/)
    expect(await appsLabelled(label)).toEqual([])
  })

  it('retries a GitHub call that fails with a 5xx, like every call to Okta', async () => {
    github.failNext({ method: 'PUT', path: /\/actions\/secrets\/OKTA_PRIVATE_KEY$/ }, 502)
    // What is tested is that the call is retried, not the backoff before it.
    const run = await provision(
      { 'app-label': uniqueLabel(), 'github-token': WRITE_TOKEN },
      { GITHUB_API_URL: github.url },
      noWaitClock
    )
    expect(run.errors).toEqual([])
    expect(log(run)).toMatch(
      /GitHub PUT \/repos\/octo-org\/octo-repo\/actions\/secrets\/OKTA_PRIVATE_KEY: HTTP 502; retrying in/
    )
    expect(github.secretPlaintext('OKTA_PRIVATE_KEY')).toBe(run.outputs['private-key'])
  })

  it('puts the variable back and keeps the old secret when the new secret cannot be stored', async () => {
    const label = uniqueLabel()
    const earlier = await provision(
      { 'app-label': `${label}-earlier`, 'github-token': WRITE_TOKEN, scopes: 'okta.users.read' },
      { GITHUB_API_URL: github.url }
    )
    expect(earlier.errors).toEqual([])
    const oldSecret = github.secretPlaintext('OKTA_PRIVATE_KEY')
    const oldVariable = github.variable('OKTA_CLIENT_ID')
    github.failNext({ method: 'PUT', path: /\/actions\/secrets\/OKTA_PRIVATE_KEY$/ }, 503, 2)
    const run = await provision(
      { 'app-label': label, 'github-token': WRITE_TOKEN, 'max-attempts': '2' },
      { GITHUB_API_URL: github.url },
      noWaitClock
    )
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /Storing secret OKTA_PRIVATE_KEY in octo-org\/octo-repo failed: HTTP 503/
    )
    expect(run.errors[0]).toMatch(/Rolled back/)
    expect(log(run)).toContain(
      'Put repository variable OKTA_CLIENT_ID back as it was (its previous value)'
    )
    expect(await appsLabelled(label)).toEqual([])
    // The repository still points at the earlier app and its key, which still work together.
    expect(github.variable('OKTA_CLIENT_ID')).toBe(oldVariable)
    expect(github.secretPlaintext('OKTA_PRIVATE_KEY')).toBe(oldSecret)
    const token = await runAction('main', {
      'okta-domain': emulator.url,
      'client-id': oldVariable!,
      'private-key': oldSecret!,
      scopes: 'okta.users.read',
      revoke: 'false'
    })
    expect(token.errors).toEqual([])
  })

  it('says how to store them by hand without github-token', async () => {
    const run = await provision({ 'app-label': uniqueLabel() })
    expect(run.code).toBe(0)
    expect(log(run)).toContain('github-token is empty: nothing is stored in the repository')
    expect(run.summary).toContain('Store the credentials')
    expect(run.summary).toContain(
      `gh variable set OKTA_CLIENT_ID --body ${run.outputs['client-id']}`
    )
  })
})

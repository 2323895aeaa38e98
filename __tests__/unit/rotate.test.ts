// mode: rotate — staged key rotation of an existing app, run in-process from src/ against the
// emulator's management API (which enforces Okta's key rules: 50 keys, unique kid, no
// deactivating the only ACTIVE key, no deleting an ACTIVE key) and the GitHub double (which
// really opens the sealed secret).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { App, AppKey, RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { NewAppInput, PublicJwk } from '../../emulator/state.js'
import { startGithubDouble, type GithubDouble } from '../../testkit/github-double.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'

const OLD_KID = 'old-key'
const GITHUB_TOKEN = 'ghs_rotate_write_token_0123456789'
const READ_ONLY_TOKEN = 'ghs_rotate_read_only_token_012345'

let emulator: EmulatorHandle
let url: string
let apiToken: string
let github: GithubDouble

beforeAll(async () => {
  emulator = await startEmulator()
  url = emulator.url
})

afterAll(async () => {
  await emulator?.stop()
})

beforeEach(async () => {
  apiToken = (await emulator.control.createApiToken({ name: 'rotate-test', role: 'SUPER_ADMIN' }))
    .token
  github = await startGithubDouble({
    owner: 'octo-org',
    repo: 'octo-repo',
    writeTokens: [GITHUB_TOKEN],
    readOnlyTokens: [READ_ONLY_TOKEN]
  })
})

afterEach(async () => {
  await github.stop()
  await emulator.control.reset()
})

const jwkOf = (kind: 'rsa' | 'p256', kid: string) =>
  ({ ...(testKey(kind).publicJwk as PublicJwk), kid }) as PublicJwk

/** An app signing with OLD_KID (ACTIVE) that also has an INACTIVE older key. */
function appWithOldKeys(extra: NewAppInput = {}): Promise<App> {
  return emulator.control.createApp({
    keys: [jwkOf('rsa', OLD_KID), { ...jwkOf('p256', 'older-key'), status: 'INACTIVE' }],
    grantedScopes: ['okta.users.read'],
    ...extra
  })
}

function rotateInputs(app: App, extra: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'rotate',
    'okta-domain': url,
    'client-id': app.clientId,
    'api-token': apiToken,
    ...extra
  }
}

const githubEnv = () => ({ env: { GITHUB_API_URL: github.url } })

const statuses = (keys: AppKey[]) => Object.fromEntries(keys.map(k => [k.kid, k.status]))

/** Management calls that change something (anything but GET) on the app's keys. */
const keyWrites = (log: RequestLogEntry[]) =>
  log.filter(e => e.path.includes('/credentials/jwks') && e.method !== 'GET')

function tokenMode(privateKey: string, app: App, keyId?: string) {
  return runAction('main', {
    'okta-domain': url,
    'client-id': app.clientId,
    'private-key': privateKey,
    ...(keyId ? { 'key-id': keyId } : {}),
    scopes: 'okta.users.read',
    revoke: 'false'
  })
}

describe('a rotation', () => {
  it('adds a key, proves it with a token, stores it, then deactivates the old keys', async () => {
    const app = await appWithOldKeys()
    const run = await runAction(
      'main',
      rotateInputs(app, { 'github-token': GITHUB_TOKEN }),
      githubEnv()
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const newKid = run.outputs['key-id']
    expect(newKid).toMatch(/^[A-Za-z0-9_-]{43}$/) // an RFC 7638 SHA-256 thumbprint
    expect(JSON.parse(run.outputs.jwk)).toMatchObject({ kid: newKid, kty: 'RSA', use: 'sig' })
    expect(run.outputs['private-key']).toContain('-----BEGIN PRIVATE KEY-----')
    expect(run.outputs['key-changed']).toBe('true')
    expect(run.outputs['app-id']).toBe(app.id)
    expect(run.outputs['client-id']).toBe(app.clientId)

    // Okta saw a token minted with the new kid after the key was added and before any old
    // key was touched; the proof token was then revoked.
    const log = await emulator.control.requests()
    const writes = keyWrites(log)
    expect(writes.map(e => `${e.method} ${e.status}`)).toEqual(['POST 201', 'POST 200'])
    const [add, deactivateOld] = writes
    const proof = log.find(e => e.route === 'oauth.token' && e.status === 200)!
    expect(proof.assertion?.header.kid).toBe(newKid)
    expect(add.seq).toBeLessThan(proof.seq)
    expect(proof.seq).toBeLessThan(deactivateOld.seq)
    expect(log.some(e => e.route === 'oauth.revoke' && e.seq > proof.seq)).toBe(true)
    expect((await emulator.control.tokens()).every(t => t.revoked)).toBe(true)

    const keys = (await emulator.control.app(app.id)).keys
    expect(statuses(keys)).toEqual({
      [OLD_KID]: 'INACTIVE',
      'older-key': 'INACTIVE',
      [newKid]: 'ACTIVE'
    })
    expect(github.secretPlaintext('OKTA_PRIVATE_KEY')).toBe(run.outputs['private-key'])
    expect(run.summary).toContain('Keys before')
    expect(run.summary).toContain('Keys after')
    expect(run.summary).toContain(`${newKid} (new)`)

    // The new key works in token mode; the old one is refused.
    const withNew = await tokenMode(run.outputs['private-key'], app)
    expect(withNew.errors).toEqual([])
    const withOld = await tokenMode(testKey('rsa').pkcs8, app, OLD_KID)
    expect(withOld.code).toBe(1)
    expect(withOld.errors[0]).toContain('The client_assertion JWT kid is invalid.')
  })

  it('with retire-old-keys delete, deactivates then deletes every old key', async () => {
    const app = await appWithOldKeys()
    const run = await runAction(
      'main',
      rotateInputs(app, { 'retire-old-keys': 'delete', 'key-type': 'EC-P256' })
    )
    expect(run.errors).toEqual([])
    const newKid = run.outputs['key-id']
    expect(JSON.parse(run.outputs.jwk)).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' })
    const keys = (await emulator.control.app(app.id)).keys
    expect(statuses(keys)).toEqual({ [newKid]: 'ACTIVE' })
    const oldIds = app.keys.map(k => k.id)
    const writes = keyWrites(await emulator.control.requests()).map(e =>
      e.path.replace(app.id, 'APP').replace(oldIds[0], 'OLD').replace(oldIds[1], 'OLDER')
    )
    expect(writes).toEqual([
      '/api/v1/apps/APP/credentials/jwks',
      '/api/v1/apps/APP/credentials/jwks/OLD/lifecycle/deactivate',
      '/api/v1/apps/APP/credentials/jwks/OLD',
      '/api/v1/apps/APP/credentials/jwks/OLDER'
    ])
    expect((await tokenMode(run.outputs['private-key'], app)).errors).toEqual([])
  })

  it('with retire-old-keys keep, leaves the old keys as they were', async () => {
    const app = await appWithOldKeys()
    const run = await runAction('main', rotateInputs(app, { 'retire-old-keys': 'keep' }))
    expect(run.errors).toEqual([])
    const keys = (await emulator.control.app(app.id)).keys
    expect(statuses(keys)).toEqual({
      [OLD_KID]: 'ACTIVE',
      'older-key': 'INACTIVE',
      [run.outputs['key-id']]: 'ACTIVE'
    })
    expect((await tokenMode(testKey('rsa').pkcs8, app, OLD_KID)).errors).toEqual([])
  })

  it('finds an app whose client id is not its app id, and proves with the scopes input', async () => {
    const app = await appWithOldKeys({
      clientId: 'ci-client-with-own-id',
      grantedScopes: ['okta.users.read', 'okta.groups.read']
    })
    const run = await runAction('main', rotateInputs(app, { scopes: 'okta.groups.read' }))
    expect(run.errors).toEqual([])
    expect(run.outputs['app-id']).toBe(app.id)
    expect(run.outputs['client-id']).toBe('ci-client-with-own-id')
    const log = await emulator.control.requests()
    expect(log[0]).toMatchObject({ path: '/api/v1/apps/ci-client-with-own-id', status: 404 })
    expect(log[1].path).toBe('/api/v1/apps?limit=200')
    const proof = log.find(e => e.route === 'oauth.token' && e.status === 200)!
    expect(proof.form?.scope).toBe('okta.groups.read')
  })
})

describe('a rotation to a key given in private-key', () => {
  it('registers that key, outputs no private key, and stores the key as given', async () => {
    const app = await appWithOldKeys()
    const given = testKey('p384').pkcs8
    const run = await runAction(
      'main',
      rotateInputs(app, { 'private-key': given, 'github-token': GITHUB_TOKEN }),
      githubEnv()
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['private-key']).toBeUndefined()
    expect(run.outputs['key-changed']).toBe('true')
    expect(JSON.parse(run.outputs.jwk)).toMatchObject({ kty: 'EC', crv: 'P-384', alg: 'ES384' })
    // As the runner hands the input over: trimmed.
    expect(github.secretPlaintext('OKTA_PRIVATE_KEY')).toBe(given.trim())
    expect((await tokenMode(given, app)).errors).toEqual([])
  })
})

describe('a failed proof', () => {
  it.each([
    [
      'Okta refuses the token request (401)',
      { scopes: 'okta.users.read' },
      'HTTP 401 invalid_client'
    ],
    [
      'the app lacks the scopes asked for',
      { scopes: 'okta.groups.read' },
      'HTTP 400 consent_required'
    ]
  ])(
    'removes the new key and leaves the old keys exactly as they were when %s',
    async (_, extra, said) => {
      const app = await appWithOldKeys()
      if (said.includes('401')) {
        await emulator.control.addFault({
          match: { path: '/oauth2/v1/token' },
          kind: 'status',
          status: 401,
          body: {
            error: 'invalid_client',
            error_description: 'The client_assertion signature is invalid.'
          }
        })
      }
      const before = (await emulator.control.app(app.id)).keys
      const run = await runAction(
        'main',
        rotateInputs(app, { ...extra, 'github-token': GITHUB_TOKEN }),
        githubEnv()
      )
      expect(run.code).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(
        /^Key rotation stopped\. The proof of the new key \S+ failed: Token request failed: /
      )
      expect(run.errors[0]).toContain(said)
      expect(run.errors[0]).toMatch(
        /Rolled back: the new key \S+ was deactivated and deleted; the old keys are as they were\.$/
      )
      expect((await emulator.control.app(app.id)).keys).toEqual(before)
      expect(run.outputs['private-key']).toBeUndefined()
      expect(run.outputs['key-changed']).toBeUndefined()
      // Nothing reached the repository: the secret is stored only after a proof.
      expect(github.requests()).toEqual([])

      const writes = keyWrites(await emulator.control.requests())
      const newKeyId = writes[1].path.split('/')[7]
      expect(writes.map(e => `${e.method} ${e.path.split('/').slice(7).join('/')}`)).toEqual([
        'POST ',
        `POST ${newKeyId}/lifecycle/deactivate`,
        `DELETE ${newKeyId}`
      ])
    }
  )

  it('also removes the new key when the secret cannot be stored, before any old key is retired', async () => {
    const app = await appWithOldKeys()
    const before = (await emulator.control.app(app.id)).keys
    const run = await runAction(
      'main',
      rotateInputs(app, { 'github-token': READ_ONLY_TOKEN }),
      githubEnv()
    )
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/^Key rotation stopped\. Storing secret OKTA_PRIVATE_KEY .*403/)
    expect(run.errors[0]).toContain('Rolled back: the new key')
    expect((await emulator.control.app(app.id)).keys).toEqual(before)
    expect(github.secretPlaintext('OKTA_PRIVATE_KEY')).toBeUndefined()
  })
})

describe('a failed retirement', () => {
  it('still outputs the new private key, masked, since it may be the only ACTIVE key left', async () => {
    const app = await appWithOldKeys()
    const old = (await emulator.control.app(app.id)).keys.find(k => k.kid === OLD_KID)!
    await emulator.control.addFault({
      match: { method: 'POST', path: `^/api/v1/apps/${app.id}/credentials/jwks/${old.id}/` },
      kind: '500',
      times: 10
    })
    const run = await runAction('main', rotateInputs(app, { 'max-attempts': '1' }))
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /^Retiring the old keys failed: .*The new key \S+ is ACTIVE and proven; no old key was changed\. Retire the remaining old keys by hand/
    )
    const pem = run.outputs['private-key']
    expect(pem).toContain('-----BEGIN PRIVATE KEY-----')
    expect(run.outputs['key-changed']).toBe('true')
    // Masked line by line (the output itself goes to GITHUB_OUTPUT, which the runner masks).
    const firstLine = pem.split('\n').find(line => line && !line.startsWith('-----'))!
    const maskAt = run.stdout.indexOf(`::add-mask::${firstLine}`)
    expect(maskAt).toBeGreaterThanOrEqual(0)
    const keys = statuses((await emulator.control.app(app.id)).keys)
    expect(keys[OLD_KID]).toBe('ACTIVE')
    expect(keys[run.outputs['key-id']]).toBe('ACTIVE')
    // The key output is the private half of the new ACTIVE key: token mode works with it.
    const withNew = await tokenMode(pem, app)
    expect(withNew.errors).toEqual([])
  })
})

describe("Okta's 50-key limit", () => {
  /** OLD_KID ACTIVE plus 49 more keys (INACTIVE unless told), 50 in all. */
  function appWithFiftyKeys(status: 'ACTIVE' | 'INACTIVE'): Promise<App> {
    const extra = Array.from({ length: 49 }, (_, i) => ({
      ...jwkOf('p256', `filler-${String(i).padStart(2, '0')}`),
      status
    }))
    return emulator.control.createApp({
      keys: [jwkOf('rsa', OLD_KID), ...extra],
      grantedScopes: ['okta.users.read']
    })
  }

  it('fails with nothing changed when retire-old-keys does not allow deleting', async () => {
    const app = await appWithFiftyKeys('INACTIVE')
    const run = await runAction('main', rotateInputs(app))
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `App ${app.id} has 50 keys, Okta's maximum is 50, so no new key can be added: delete an INACTIVE key by hand (e.g. filler-00, app > General > Public keys), or set retire-old-keys to delete so that rotate deletes the oldest INACTIVE keys first. Nothing was changed.`
    ])
    const log = await emulator.control.requests()
    expect(log.filter(e => e.method !== 'GET')).toEqual([])
  })

  it('fails with nothing changed when all 50 keys are ACTIVE, even with delete', async () => {
    const app = await appWithFiftyKeys('ACTIVE')
    const run = await runAction('main', rotateInputs(app, { 'retire-old-keys': 'delete' }))
    expect(run.code).toBe(1)
    expect(run.errors[0]).toContain('not enough of them are INACTIVE to delete first')
    expect((await emulator.control.requests()).filter(e => e.method !== 'GET')).toEqual([])
  })

  it('with retire-old-keys delete, deletes an INACTIVE key first to make room', async () => {
    const app = await appWithFiftyKeys('INACTIVE')
    const run = await runAction('main', rotateInputs(app, { 'retire-old-keys': 'delete' }))
    expect(run.errors).toEqual([])
    const writes = keyWrites(await emulator.control.requests())
    const filler00 = app.keys.find(k => k.kid === 'filler-00')!.id
    expect(`${writes[0].method} ${writes[0].path}`).toBe(
      `DELETE /api/v1/apps/${app.id}/credentials/jwks/${filler00}`
    )
    expect(`${writes[1].method} ${writes[1].status}`).toBe('POST 201')
    expect(run.stdout).toContain('Deleted INACTIVE key filler-00')
    expect(statuses((await emulator.control.app(app.id)).keys)).toEqual({
      [run.outputs['key-id']]: 'ACTIVE'
    })
  })
})

describe('the proof scopes', () => {
  it('must be given for a custom authorization server, where okta.* grants do not apply', async () => {
    const app = await appWithOldKeys()
    const run = await runAction('main', rotateInputs(app, { 'authorization-server': 'default' }))
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      'Input scopes is required in rotate mode with a custom authorization server: name a scope that server grants the app, for the token that proves the new key.'
    ])
    expect(await emulator.control.requests()).toEqual([])
  })

  it('cannot come from an app without grants: the run fails with nothing changed', async () => {
    const app = await appWithOldKeys({ grantedScopes: [] })
    const run = await runAction('main', rotateInputs(app))
    expect(run.errors).toEqual([
      `App ${app.id} has no okta.* scope granted, so no token can prove a new key: set scopes to a scope the app may request, or grant one (mode: provision). Nothing was changed.`
    ])
    expect((await emulator.control.requests()).filter(e => e.method !== 'GET')).toEqual([])
  })
})

describe('dry-run', () => {
  it('prints the plan and makes no write call', async () => {
    const app = await appWithOldKeys()
    const before = (await emulator.control.app(app.id)).keys
    const run = await runAction(
      'main',
      rotateInputs(app, {
        'dry-run': 'true',
        'retire-old-keys': 'delete',
        'github-token': GITHUB_TOKEN
      }),
      githubEnv()
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['key-changed']).toBe('false')
    expect(run.outputs['private-key']).toBeUndefined()
    expect(run.outputs['app-id']).toBe(app.id)
    expect(run.stdout).toContain('Dry run: nothing will be changed.')
    expect(run.stdout).toContain(
      '  - Add a new RSA-2048 key (kid: its RFC 7638 thumbprint), ACTIVE'
    )
    expect(run.stdout).toContain(`  - Deactivate, then delete key ${OLD_KID} (ACTIVE)`)
    expect(run.stdout).toContain('  - Delete key older-key (INACTIVE)')
    expect(run.stdout).toContain(
      '  - Store the new private key as secret OKTA_PRIVATE_KEY in octo-org/octo-repo'
    )
    expect(run.summary).toContain('dry run: nothing changed')
    const log = await emulator.control.requests()
    expect(log.length).toBeGreaterThan(0)
    expect(log.filter(e => e.method !== 'GET')).toEqual([])
    expect((await emulator.control.app(app.id)).keys).toEqual(before)
    expect(github.requests()).toEqual([])
  })
})

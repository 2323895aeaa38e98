// One happy job per mode through the built dist/ (spawned as the runner spawns it): the
// behaviour is tested in-process under __tests__/unit/; this proves the bundle carries each
// mode's chunk, reads inputs from INPUT_* env and writes the runner's command files.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createPublicKey } from 'node:crypto'
import { jwtVerify } from 'jose'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { PublicJwk } from '../../emulator/state.js'
import { startGithubDouble, type GithubDouble } from '../../testkit/github-double.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, runJob, uniqueLabel } from '../../testkit/run-action.js'

let emulator: EmulatorHandle
let github: GithubDouble
const GITHUB_TOKEN = 'github_pat_happy_jobs'
const KID = 'happy-kid'

beforeAll(async () => {
  emulator = await startEmulator()
  github = await startGithubDouble({
    owner: 'octo-org',
    repo: 'octo-repo',
    writeTokens: [GITHUB_TOKEN],
    readOnlyTokens: []
  })
})
afterAll(async () => {
  await emulator?.stop()
  await github?.stop()
})

const serviceApp = () =>
  emulator.control.createApp({
    keys: [{ ...(testKey('rsa').publicJwk as PublicJwk), kid: KID }],
    grantedScopes: ['okta.users.read']
  })

const apiToken = async () => (await emulator.control.createApiToken({ role: 'SUPER_ADMIN' })).token

describe('dist/ runs every mode', () => {
  it('token: main mints a masked token, post revokes it', async () => {
    const app = await serviceApp()
    const { main, post } = await runJob({
      'okta-domain': emulator.url,
      'client-id': app.clientId,
      'private-key': testKey('rsa').pkcs8,
      'key-id': KID,
      scopes: 'okta.users.read'
    })
    expect([main.code, main.errors]).toEqual([0, []])
    expect(main.masked).toContain(main.outputs['access-token'])
    expect(main.outputs['token-type']).toBe('Bearer')
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('Revoked the access token')
    expect((await emulator.control.tokens()).every(t => t.revoked)).toBe(true)
  })

  it('jwk: the public JWK of the given key, kid its thumbprint', async () => {
    const run = await runAction('main', { mode: 'jwk', 'private-key': testKey('p256').pkcs8 })
    expect(run.code).toBe(0)
    const jwk = JSON.parse(run.outputs.jwk) as Record<string, string>
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: run.outputs['key-id'] })
    expect(jwk.d).toBeUndefined()
  })

  it('assertion: a client assertion that verifies with the public key', async () => {
    const key = testKey('rsa')
    const run = await runAction('main', {
      mode: 'assertion',
      'okta-domain': emulator.url,
      'client-id': 'client-happy',
      'private-key': key.pkcs8
    })
    expect(run.code).toBe(0)
    expect(run.masked).toContain(run.outputs['client-assertion'])
    const { payload } = await jwtVerify(run.outputs['client-assertion'], createPublicKey(key.pkcs8))
    expect(payload).toMatchObject({ iss: 'client-happy', sub: 'client-happy' })
  })

  it('request: one Okta API call with a fresh token', async () => {
    const app = await serviceApp()
    const run = await runAction('main', {
      mode: 'request',
      'okta-domain': emulator.url,
      'client-id': app.clientId,
      'private-key': testKey('rsa').pkcs8,
      'key-id': KID,
      scopes: 'okta.users.read',
      'request-path': '/api/v1/users'
    })
    expect([run.code, run.errors]).toEqual([0, []])
    expect(run.outputs['response-status']).toBe('200')
    expect(Array.isArray(JSON.parse(run.outputs['response-body']))).toBe(true)
  })

  it('provision: creates the app and stores its key and client id in the repository', async () => {
    const label = uniqueLabel()
    const run = await runAction(
      'main',
      {
        mode: 'provision',
        'okta-domain': emulator.url,
        'api-token': await apiToken(),
        'app-label': label,
        scopes: 'okta.users.read',
        'github-token': GITHUB_TOKEN
      },
      { env: { GITHUB_API_URL: github.url } }
    )
    expect([run.code, run.errors]).toEqual([0, []])
    const [app] = (await emulator.control.apps()).filter(a => a.label === label)
    expect(app.clientId).toBe(run.outputs['client-id'])
    expect(github.variable('OKTA_CLIENT_ID')).toBe(app.clientId)
    expect(github.secretPlaintext('OKTA_PRIVATE_KEY')).toContain('-----BEGIN PRIVATE KEY-----')
  })

  it('rotate: a new ACTIVE key, the old one deactivated, the secret updated', async () => {
    const app = await serviceApp()
    const run = await runAction(
      'main',
      {
        mode: 'rotate',
        'okta-domain': emulator.url,
        'client-id': app.clientId,
        'api-token': await apiToken(),
        'github-token': GITHUB_TOKEN
      },
      { env: { GITHUB_API_URL: github.url } }
    )
    expect([run.code, run.errors]).toEqual([0, []])
    const keys = (await emulator.control.app(app.id)).keys
    const statuses = Object.fromEntries(keys.map(k => [k.kid, k.status]))
    expect(statuses).toEqual({ [KID]: 'INACTIVE', [run.outputs['key-id']]: 'ACTIVE' })
    expect(github.secretPlaintext('OKTA_PRIVATE_KEY')).toBe(run.outputs['private-key'])
  })
})

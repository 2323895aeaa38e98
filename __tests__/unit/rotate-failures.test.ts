// What a rotation that fails part-way says, exactly, and what it leaves: a refused proof rolls
// the new key back (and names the INACTIVE keys a delete run removed to make room), a rollback
// that fails too says what to remove by hand, a retirement that fails after some old keys
// changed lists them and where the new key was stored, and a proof token Okta will not revoke
// is a warning, not a failure.
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { App, RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { NewAppInput } from '../../emulator/state.js'
import { apiToken, github, useApiTokenAndGithub, jwkOf } from '../use-admin-writes.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'
import { logLines } from '../../testkit/token-fixtures.js'

useEmulator()

const GITHUB_TOKEN = 'ghs_rotate_failures_write_token_0123'

useApiTokenAndGithub('failures', GITHUB_TOKEN)

function rotatingApp(extra: NewAppInput = {}): Promise<App> {
  return emulator.control.createApp({
    label: 'rotating',
    keys: [jwkOf('rsa', 'old-key'), { ...jwkOf('p256', 'older-key'), status: 'INACTIVE' }],
    grantedScopes: ['okta.users.read'],
    ...extra
  })
}

/** The key rotated to: given, with a chosen kid, so that every message can be written out. */
const NEW_KID = 'new-key'

function rotate(app: App, extra: Record<string, string> = {}) {
  return runAction(
    'main',
    {
      mode: 'rotate',
      'okta-domain': url,
      'client-id': app.clientId,
      'api-token': apiToken,
      'max-attempts': '1',
      'private-key': testKey('p384').pkcs8,
      'key-id': NEW_KID,
      ...extra
    },
    { env: { GITHUB_API_URL: github.url } }
  )
}

const keysOf = async (app: App) => (await emulator.control.app(app.id)).keys

/** The Okta id of a key the run wrote to: /api/v1/apps/{app}/credentials/jwks/{id}/... */
const keyIdOf = (write: RequestLogEntry) => write.path.split('/')[7]

/** Okta refuses the proof token: a 401 whose description has a full stop inside, none at its end. */
const refuseProof = () =>
  emulator.control.addFault({
    match: { path: '/oauth2/v1/token' },
    kind: 'status',
    status: 401,
    body: {
      error: 'invalid_client',
      error_description: 'Signature invalid. Check the key registered'
    }
  })

const keyWrites = (log: RequestLogEntry[]) =>
  log.filter(e => e.path.includes('/credentials/jwks') && e.method !== 'GET')

/** Okta's request id is random: blanked. */
const stable = (text: string) => text.replace(/X-Okta-Request-Id: [\w-]+/g, 'X-Okta-Request-Id: ID')

const proofFailed = (kid: string) =>
  `Key rotation stopped. The proof of the new key ${kid} failed: Token request failed: HTTP 401 invalid_client: Signature invalid. Check the key registered (X-Okta-Request-Id: ID).`

/** old-key ACTIVE plus 49 INACTIVE fillers: 50 keys, Okta's maximum. */
function appWithFiftyKeys(): Promise<App> {
  const fillers = Array.from({ length: 49 }, (_, i) => ({
    ...jwkOf('p256', `filler-${String(i).padStart(2, '0')}`),
    status: 'INACTIVE' as const
  }))
  return rotatingApp({ keys: [jwkOf('rsa', 'old-key'), ...fillers] })
}

/** The Okta id of the new key: the key the run deactivated right after adding it. */
async function newKeyId(app: App): Promise<string> {
  const writes = keyWrites(await emulator.control.requests())
  const add = writes.findIndex(e => e.method === 'POST' && e.status === 201)
  const deactivate = writes[add + 1]
  expect(deactivate.path).toMatch(
    new RegExp(`^/api/v1/apps/${app.id}/credentials/jwks/pks\\w+/lifecycle/deactivate$`)
  )
  return keyIdOf(deactivate)
}

describe('a refused proof', () => {
  it('says which key failed and why, in sentences, and that it was rolled back', async () => {
    const app = await rotatingApp()
    const before = await keysOf(app)
    await refuseProof()
    const run = await rotate(app)
    expect(run.code).toBe(1)
    const [kid, id] = [NEW_KID, await newKeyId(app)]
    const rolledBack = `Rolled back: the new key ${kid} was deactivated and deleted; the old keys are as they were.`
    expect(run.errors.map(stable)).toEqual([`${proofFailed(kid)} ${rolledBack}`])
    expect(logLines(run.stdout).slice(-2)).toEqual([
      `Rolling back: deactivating and deleting the new key ${kid} (${id})`,
      rolledBack
    ])
    expect(await keysOf(app)).toEqual(before)
  })

  it('after making room, names the INACTIVE key it deleted for it', async () => {
    const app = await appWithFiftyKeys()
    await refuseProof()
    const run = await rotate(app, { 'retire-old-keys': 'delete' })
    expect(run.code).toBe(1)
    const kid = NEW_KID
    expect(run.errors.map(stable)).toEqual([
      `${proofFailed(kid)} Rolled back: the new key ${kid} was deactivated and deleted; the old keys are as they were, except INACTIVE key(s) filler-00 deleted to make room.`
    ])
    const kids = (await keysOf(app)).map(k => k.kid)
    expect(kids).toHaveLength(49)
    expect(kids).not.toContain('filler-00')
  })

  it('when the rollback fails too, says which key to remove by hand', async () => {
    const app = await rotatingApp()
    await refuseProof()
    await emulator.control.addFault({
      match: { method: 'DELETE', path: `^/api/v1/apps/${app.id}/credentials/jwks/` },
      kind: '500'
    })
    const run = await rotate(app)
    expect(run.code).toBe(1)
    const [kid, id] = [NEW_KID, await newKeyId(app)]
    expect(run.errors.map(stable)).toEqual([
      `${proofFailed(kid)} Rolling back failed too (Deleting key ${id} of app ${app.id} failed: HTTP 500 E0000009: Internal Server Error (X-Okta-Request-Id: ID). Okta, or a proxy between the runner and Okta, answered with a server error on every attempt: try again later, or raise max-attempts.): deactivate and delete the new key ${kid} (${id}) by hand (app > General > Public keys); the old keys were not touched.`
    ])
    // Deactivated, not deleted: what the message asks to finish by hand.
    expect((await keysOf(app)).map(k => `${k.kid} ${k.status}`)).toEqual([
      'old-key ACTIVE',
      'older-key INACTIVE',
      `${kid} INACTIVE`
    ])
  })
})

describe('a failed retirement after a change', () => {
  it('lists the old keys changed before it and where the new key is stored', async () => {
    const app = await rotatingApp()
    const older = (await keysOf(app)).find(k => k.kid === 'older-key')!
    // old-key is deactivated and deleted; deleting older-key then fails.
    await emulator.control.addFault({
      match: { method: 'DELETE', path: `/api/v1/apps/${app.id}/credentials/jwks/${older.id}` },
      kind: '500'
    })
    const run = await rotate(app, { 'retire-old-keys': 'delete', 'github-token': GITHUB_TOKEN })
    expect(run.code).toBe(1)
    const kid = NEW_KID
    expect(run.errors.map(stable)).toEqual([
      `Retiring the old keys failed: Deleting key ${older.id} of app ${app.id} failed: HTTP 500 E0000009: Internal Server Error (X-Okta-Request-Id: ID). Okta, or a proxy between the runner and Okta, answered with a server error on every attempt: try again later, or raise max-attempts. The new key ${kid} is ACTIVE and proven and stored as secret OKTA_PRIVATE_KEY in octo-org/octo-repo; done before the failure: deactivated old-key, deleted old-key. Retire the remaining old keys by hand (app > General > Public keys).`
    ])
    expect(github.secretPlaintext('OKTA_PRIVATE_KEY')).toBe(testKey('p384').pkcs8.trim())
    expect((await keysOf(app)).map(k => `${k.kid} ${k.status}`)).toEqual([
      'older-key INACTIVE',
      `${kid} ACTIVE`
    ])
  })
})

describe('a proof token Okta will not revoke', () => {
  it("is one warning with its lifetime and Okta's answer: the rotation goes on", async () => {
    const app = await rotatingApp()
    await emulator.control.addFault({
      match: { path: '/oauth2/v1/revoke' },
      kind: 'status',
      status: 400,
      body: { error: 'invalid_request', error_description: 'The token is malformed.' }
    })
    const run = await rotate(app)
    expect(run.errors).toEqual([])
    expect(run.warnings.map(stable)).toEqual([
      'Could not revoke the proof token (it expires by itself in 3600 s): Token revocation failed: HTTP 400 invalid_request: The token is malformed. (X-Okta-Request-Id: ID)'
    ])
    expect(logLines(run.stdout)).not.toContain('Revoked the proof token')
    expect(run.outputs['key-changed']).toBe('true')
  })
})

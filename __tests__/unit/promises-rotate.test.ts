// Rotate refuses, before any change, an app it could not prove a new key on
// (docs/request-and-rotate.md, "Rotate"): an INACTIVE app, an app with a key without a `kid`,
// and an app that does not authenticate with private_key_jwt. Each ends in one line naming
// the app and the fix, and the emulator's log shows no write and its state the same keys.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { NewAppInput, PublicJwk } from '../../emulator/state.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'

let emulator: EmulatorHandle
let apiToken: string
const key = { ...(testKey('p256').publicJwk as PublicJwk) }

beforeAll(async () => {
  emulator = await startEmulator()
  apiToken = (await emulator.control.createApiToken({ role: 'SUPER_ADMIN' })).token
})
afterAll(async () => {
  await emulator?.stop()
})

it.each<[string, NewAppInput, (appId: string) => string]>([
  [
    'an INACTIVE app',
    { status: 'INACTIVE', keys: [{ ...key, kid: 'old' }] },
    id =>
      `App ${id} is INACTIVE: it cannot mint the token that proves a new key; activate it first. Nothing was changed.`
  ],
  [
    'an app whose key has no kid',
    { keys: [{ ...key, kid: null }] },
    id => `App ${id} has a key without a kid (`
  ],
  [
    'an app that authenticates with client_secret_basic',
    { tokenEndpointAuthMethod: 'client_secret_basic', keys: [] },
    id =>
      `App ${id} authenticates with client_secret_basic, not private_key_jwt, so it has no keys to rotate: set its client authentication to Public key / Private key. Nothing was changed.`
  ]
])('refuses %s before any change', async (_what, input, message) => {
  const app = await emulator.control.createApp({ grantedScopes: ['okta.users.read'], ...input })
  await emulator.control.clearRequests()
  const run = await runAction('main', {
    mode: 'rotate',
    'okta-domain': emulator.url,
    'client-id': app.clientId,
    'api-token': apiToken,
    scopes: 'okta.users.read'
  })
  expect(run.code).toBe(1)
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0].startsWith(message(app.id))).toBe(true)
  expect(run.errors[0]).toMatch(/Nothing was changed\.$/)
  const writes = (await emulator.control.requests()).filter(e => e.method !== 'GET')
  expect(writes.map(e => `${e.method} ${e.path}`)).toEqual([])
  expect((await emulator.control.app(app.id)).keys).toEqual(app.keys)
})

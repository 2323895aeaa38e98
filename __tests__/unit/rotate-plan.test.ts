// What rotate decides before it writes anything (src/modes/rotate-plan.ts), seen from the
// outside: a kid the app already has is refused with nothing changed; Okta's 50-key limit is
// counted exactly (49 keys leave room, 50 need one INACTIVE key deleted first), the INACTIVE key
// deleted to make room is the oldest by its creation time, not the first listed, and the dry
// run's plan says so.
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { App } from '../../testkit/emulator/control-client.js'
import type { KeyStatus, PublicJwk } from '../../emulator/state.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'
import { logLines } from '../../testkit/token-fixtures.js'

useEmulator()

const jwkOf = (kind: 'rsa' | 'p256', kid: string) =>
  ({ ...(testKey(kind).publicJwk as PublicJwk), kid }) as PublicJwk

/** old-key ACTIVE, then `count` fillers with the given status. */
function appWithFillers(count: number, status: KeyStatus, extra: PublicJwk[] = []): Promise<App> {
  const fillers = Array.from({ length: count }, (_, i) => ({
    ...jwkOf('p256', `filler-${String(i).padStart(2, '0')}`),
    status
  }))
  return emulator.control.createApp({
    label: 'crowded',
    keys: [jwkOf('rsa', 'old-key'), ...fillers, ...extra],
    grantedScopes: ['okta.users.read']
  })
}

async function rotate(app: App, extra: Record<string, string> = {}) {
  const apiToken = (await emulator.control.createApiToken({ name: 'plan', role: 'SUPER_ADMIN' }))
    .token
  return runAction('main', {
    mode: 'rotate',
    'okta-domain': url,
    'client-id': app.clientId,
    'api-token': apiToken,
    ...extra
  })
}

const writes = async () =>
  (await emulator.control.requests())
    .filter(e => e.method !== 'GET')
    .map(e => `${e.method} ${e.path}`)
const kidsOf = async (app: App) => (await emulator.control.app(app.id)).keys.map(k => k.kid)

describe('a kid the app already has', () => {
  it('is refused before anything is written, even when that key is INACTIVE', async () => {
    const app = await emulator.control.createApp({
      label: 'crowded',
      keys: [jwkOf('rsa', 'old-key'), { ...jwkOf('p256', 'older-key'), status: 'INACTIVE' }],
      grantedScopes: ['okta.users.read']
    })
    const run = await rotate(app, { 'private-key': testKey('p384').pkcs8, 'key-id': 'older-key' })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `Key older-key is already registered on app ${app.id}; a rotation needs a new key (leave private-key empty to generate one). Nothing was changed.`
    ])
    expect(await writes()).toEqual([])
  })
})

describe("Okta's 50-key limit, counted exactly", () => {
  it('49 keys leave room for the new one: retire-old-keys deactivate goes ahead', async () => {
    const app = await appWithFillers(48, 'INACTIVE')
    const run = await rotate(app)
    expect(run.errors).toEqual([])
    expect(await kidsOf(app)).toHaveLength(50)
  })

  it('50 ACTIVE keys and deactivate: says to retire one by hand, nothing changed', async () => {
    const app = await appWithFillers(49, 'ACTIVE')
    const run = await rotate(app)
    expect(run.errors).toEqual([
      `App ${app.id} has 50 keys, Okta's maximum is 50, so no new key can be added: deactivate and delete an old key by hand (app > General > Public keys). Nothing was changed.`
    ])
    expect(await writes()).toEqual([])
  })

  it('50 keys, exactly one INACTIVE, and delete: that one key makes room', async () => {
    const app = await appWithFillers(48, 'ACTIVE', [
      { ...jwkOf('p256', 'only-inactive'), status: 'INACTIVE' } as PublicJwk
    ])
    // Retiring 49 ACTIVE keys takes about 100 management calls: more than one window allows.
    await emulator.control.setRateLimit({ group: 'management', limit: 100_000, windowSeconds: 60 })
    const run = await rotate(app, { 'retire-old-keys': 'delete' })
    expect(run.errors).toEqual([])
    const onlyInactive = app.keys.find(k => k.kid === 'only-inactive')!
    expect((await writes())[0]).toBe(
      `DELETE /api/v1/apps/${app.id}/credentials/jwks/${onlyInactive.id}`
    )
    expect(logLines(run.stdout)).toContain(
      `Deleted INACTIVE key only-inactive (${onlyInactive.id}) to make room for the new key`
    )
  })

  it('the INACTIVE key deleted to make room is the oldest by creation, not the first listed', async () => {
    const app = await appWithFillers(47, 'INACTIVE', [
      { ...jwkOf('p256', 'newer-inactive'), status: 'INACTIVE' } as PublicJwk
    ])
    // Added last, but created a day before every other key.
    await emulator.control.setClock(-86_400)
    const oldest = await emulator.control.addKey(app.id, {
      ...jwkOf('p256', 'oldest-inactive'),
      status: 'INACTIVE'
    })
    await emulator.control.setClock(0)
    const dry = await rotate(app, { 'retire-old-keys': 'delete', 'dry-run': 'true' })
    expect(dry.errors).toEqual([])
    expect(logLines(dry.stdout)).toContain(
      '  - Delete INACTIVE key oldest-inactive to make room (Okta allows 50 keys)'
    )
    expect(logLines(dry.stdout).filter(line => line.includes('to make room'))).toHaveLength(1)

    const run = await rotate(app, { 'retire-old-keys': 'delete' })
    expect(run.errors).toEqual([])
    expect((await writes())[0]).toBe(`DELETE /api/v1/apps/${app.id}/credentials/jwks/${oldest.id}`)
  })
})

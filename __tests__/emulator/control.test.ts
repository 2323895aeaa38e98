// The control API and command line (emulator/control.ts, emulator/cli.ts): how tests set the
// emulator up.
import { describe, expect, it } from '@jest/globals'
import { startEmulator } from '../../testkit/emulator/process.js'
import { url, useEmulator } from './fixture.js'

useEmulator()

describe('command line', () => {
  it('takes latency and a clock offset from its command-line flags', async () => {
    const other = await startEmulator({ latencyMs: 250, clockOffsetSeconds: 3600 })
    try {
      const started = Date.now()
      const res = await fetch(`${other.url}/api/v1/users`)
      expect(Date.now() - started).toBeGreaterThanOrEqual(240)
      expect(Date.parse(res.headers.get('date')!) - Date.now()).toBeGreaterThan(3590_000)
      expect((await other.control.clock()).offsetSeconds).toBe(3600)
    } finally {
      await other.stop()
    }
  })
})

describe('control API', () => {
  it('refuses an API token that does not name its admin role', async () => {
    const create = (body: Record<string, unknown>) =>
      fetch(`${url}/__control/api-tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      })
    const unnamed = await create({ name: 'no role' })
    expect(unnamed.status).toBe(400)
    expect(await unnamed.json()).toEqual({
      error: 'role: required, one of SUPER_ADMIN|APP_ADMIN|READ_ONLY'
    })
    const named = await create({ name: 'app admin', role: 'APP_ADMIN' })
    expect(named.status).toBe(201)
    expect(await named.json()).toMatchObject({ name: 'app admin', role: 'APP_ADMIN' })
  })
})

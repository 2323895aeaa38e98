// A token run signed on a real SoftHSM2 token, through the action (in-process), with OpenSC's
// pkcs11-spy between the provider and SoftHSM2: one C_Sign for the one assertion, and the
// session logged out, closed and the module finalized when the step ends, success or failure.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emulator, useEmulator } from '../emulator/fixture.js'
import { runAction } from '../../testkit/in-process.js'
import { registrableJwk } from '../../testkit/remote-keys.js'
import {
  createSoftHsmToken,
  PKCS11_SPY_MODULE,
  spyCalls,
  type SoftHsmToken
} from '../../testkit/softhsm.js'

useEmulator()

let token: SoftHsmToken
let restoreEnv: () => Promise<unknown>
let spyDir: string
let spyLog: string

beforeAll(async () => {
  token = createSoftHsmToken('okta-action')
  spyDir = mkdtempSync(join(tmpdir(), 'pkcs11-spy-'))
  spyLog = join(spyDir, 'spy.log')
  restoreEnv = await token.useInProcess(spyLog)
})
afterAll(async () => {
  await restoreEnv()
  token.remove()
  rmSync(spyDir, { recursive: true, force: true })
})

function tokenRun(clientId: string, object: string) {
  return runAction('main', {
    'okta-domain': emulator.url,
    'client-id': clientId,
    'signing-key': `pkcs11:token=${token.label};object=${object}?module-path=${PKCS11_SPY_MODULE}&pin-value=${token.pin}`,
    scopes: 'okta.users.read',
    revoke: 'false'
  })
}

describe('signing-key pkcs11: through the action', () => {
  it('mints with one C_Sign, then logs out, closes the session and finalizes the module', async () => {
    const app = await emulator.control.createApp({
      keys: [(await registrableJwk(token.keys.p384.publicKey)) as never],
      grantedScopes: ['okta.users.read']
    })
    writeFileSync(spyLog, '')
    const run = await tokenRun(app.clientId, 'p384')
    expect(run.errors).toEqual([])
    expect(run.outputs['token-type']).toBe('Bearer')
    const log = spyCalls(spyLog)
    expect(log.filter(name => name === 'C_Sign')).toHaveLength(1)
    expect(log.slice(log.lastIndexOf('C_Sign') + 1)).toEqual(
      expect.arrayContaining(['C_Logout', 'C_CloseSession', 'C_Finalize'])
    )
    expect(log.at(-1)).toBe('C_Finalize')
  })

  it('releases the token when the key is refused (RSA 1024) before any request', async () => {
    writeFileSync(spyLog, '')
    const run = await tokenRun('0oa00000000000000000', 'rsa1024')
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/^PKCS#11: key .*rsa1024.* is CKK_RSA 1024-bit/)
    const log = spyCalls(spyLog)
    expect(log).not.toContain('C_Sign')
    expect(log.at(-1)).toBe('C_Finalize')
    expect(await emulator.control.requests()).toEqual([])
  })
})

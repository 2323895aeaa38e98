// The application JWKS API (emulator/management/keys.ts, jwk-rules.ts).
import { describe, expect, it } from '@jest/globals'
import { emulator, useEmulator } from './fixture.js'
import { rsa, ec, keyA, keyB, api, tokenOf, createApp, mintToken } from './management-fixtures.js'

useEmulator()

describe('app JWKS credentials', () => {
  it('registers a key that verifies the next client assertion', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token)
    await emulator.control.updateApp(app.id, { grantedScopes: ['okta.users.read'] })
    expect((await mintToken(app.id, keyB)).status).toBe(401)
    const added = await api('POST', `/api/v1/apps/${app.id}/credentials/jwks`, {
      token,
      body: keyB.jwk
    })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({
      kid: 'key-b',
      status: 'ACTIVE',
      id: expect.stringMatching(/^pks/)
    })
    expect((await mintToken(app.id, keyB)).status).toBe(200)
  })

  it('keeps the only active key and refuses to delete an active one', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token)
    const base = `/api/v1/apps/${app.id}/credentials/jwks`
    const [only] = (await api('GET', base, { token })).body
    const deactivate = await api('POST', `${base}/${only.id}/lifecycle/deactivate`, { token })
    expect([deactivate.status, deactivate.body.errorCode]).toEqual([400, 'E0000001'])
    expect(deactivate.body.errorCauses[0].errorSummary).toMatch(/only active JSON Web Key/)
    const remove = await api('DELETE', `${base}/${only.id}`, { token })
    expect(remove.body.errorCauses[0].errorSummary).toMatch(/can't delete an active JSON Web Key/)

    const second = (await api('POST', base, { token, body: keyB.jwk })).body
    expect(
      (await api('POST', `${base}/${only.id}/lifecycle/deactivate`, { token })).body.status
    ).toBe('INACTIVE')
    expect((await mintToken(app.id, keyA)).status).toBe(401)
    expect((await api('DELETE', `${base}/${only.id}`, { token })).status).toBe(204)
    expect((await api('GET', base, { token })).body.map((k: { id: string }) => k.id)).toEqual([
      second.id
    ])
  })

  it('refuses a duplicate kid, a short RSA key and a 51st key', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token)
    const base = `/api/v1/apps/${app.id}/credentials/jwks`
    const duplicate = await api('POST', base, { token, body: { ...keyB.jwk, kid: 'key-a' } })
    expect(duplicate.body.errorCauses[0].errorSummary).toMatch(/unique `kid`/)
    const short = await api('POST', base, { token, body: rsa('short', 1024).jwk })
    expect(short.body.errorCauses[0].errorSummary).toMatch(/less than '2,048' bits/)
    for (let i = 2; i <= 50; i++) {
      expect((await api('POST', base, { token, body: ec(`ec-${i}`).jwk })).status).toBe(201)
    }
    const tooMany = await api('POST', base, { token, body: ec('ec-51').jwk })
    expect([tooMany.status, tooMany.body.errorCode]).toEqual([400, 'E0000001'])
    expect(tooMany.body.errorCauses[0].errorSummary).toMatch(
      /maximum number of keys allowed \(50\)/
    )
  })

  it('lists keys as an array, or as {keys} or {jwks:{keys}} when configured', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token)
    const base = `/api/v1/apps/${app.id}/credentials/jwks`
    expect((await api('GET', base, { token })).body[0].kid).toBe('key-a')
    await emulator.control.setJwksListShape('keys')
    expect((await api('GET', base, { token })).body.keys[0].kid).toBe('key-a')
    await emulator.control.setJwksListShape('jwks')
    expect((await api('GET', base, { token })).body.jwks.keys[0].kid).toBe('key-a')
  })
})

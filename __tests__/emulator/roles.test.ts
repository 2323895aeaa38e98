// The client role assignment API (emulator/management/roles.ts).
import { describe, expect, it } from '@jest/globals'
import { emulator, useEmulator } from './fixture.js'
import { keyA, api, tokenOf, createApp } from './management-fixtures.js'

useEmulator()

describe('client roles', () => {
  it('assigns standard roles to service apps once (409 E0000090), and removes them', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token)
    const path = `/oauth2/v1/clients/${app.id}/roles`
    const assigned = await api('POST', path, { token, body: { type: 'READ_ONLY_ADMIN' } })
    expect(assigned.status).toBe(200)
    expect(assigned.body).toMatchObject({
      type: 'READ_ONLY_ADMIN',
      label: 'Read Only Administrator',
      status: 'ACTIVE',
      assignmentType: 'CLIENT'
    })
    const duplicate = await api('POST', path, { token, body: { type: 'READ_ONLY_ADMIN' } })
    expect([duplicate.status, duplicate.body.errorCode]).toEqual([409, 'E0000090'])
    const unknown = await api('POST', path, { token, body: { type: 'KING' } })
    expect([unknown.status, unknown.body.errorCode]).toEqual([400, 'E0000001'])
    expect((await api('DELETE', `${path}/${assigned.body.id}`, { token })).status).toBe(204)
    expect((await api('GET', path, { token })).body).toEqual([])
  })

  it('refuses roles for an app that is not a service app (400 E0000227)', async () => {
    const web = await emulator.control.createApp({
      applicationType: 'web',
      keys: [keyA.jwk as never]
    })
    const answer = await api('POST', `/oauth2/v1/clients/${web.clientId}/roles`, {
      token: await tokenOf('SUPER_ADMIN'),
      body: { type: 'APP_ADMIN' }
    })
    expect([answer.status, answer.body.errorCode]).toEqual([400, 'E0000227'])
  })
})

// What every management route checks first (emulator/management/common.ts): Accept, credentials,
// the JSON body, and the caller's admin role against what the call needs.
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from './fixture.js'
import {
  ec,
  keyA,
  keyB,
  api,
  tokenOf,
  serviceApp,
  createApp,
  mintToken
} from './management-fixtures.js'

useEmulator()

describe('authentication and privileges', () => {
  it('answers 401 E0000011 without credentials and for an unknown SSWS token', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const answer = await api('GET', '/api/v1/apps', { token })
      expect(answer.status).toBe(401)
      expect(answer.body.errorCode).toBe('E0000011')
    }
  })

  it('answers 406 E0000122 when Accept does not allow application/json', async () => {
    const answer = await api('GET', '/api/v1/apps', {
      token: await tokenOf('SUPER_ADMIN'),
      accept: 'text/html'
    })
    expect(answer.status).toBe(406)
    expect(answer.body.errorCode).toBe('E0000122')
  })

  it('refuses a JSON write sent without Content-Type: application/json (400 E0000003)', async () => {
    const response = await fetch(`${url}/api/v1/apps`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        Authorization: `SSWS ${await tokenOf('SUPER_ADMIN')}`,
        'Content-Type': 'text/plain'
      },
      body: JSON.stringify({ name: 'oidc_client', label: 'no content type' })
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('E0000003')
    expect(await emulator.control.apps()).toEqual([])
  })

  it('lets a read-only token list apps but not create one (403 E0000006)', async () => {
    const token = await tokenOf('READ_ONLY')
    expect((await api('GET', '/api/v1/apps', { token })).status).toBe(200)
    const create = await api('POST', '/api/v1/apps', { token, body: serviceApp('ro') })
    expect(create.status).toBe(403)
    expect(create.body.errorCode).toBe('E0000006')
    expect(await emulator.control.apps()).toEqual([])
  })

  it('lets an app admin create apps but not grant scopes, assign roles or rotate a scoped app', async () => {
    const token = await tokenOf('APP_ADMIN')
    const app = await createApp(token)
    const grant = await api('POST', `/api/v1/apps/${app.id}/grants`, {
      token,
      body: { issuer: url, scopeId: 'okta.users.read' }
    })
    expect([grant.status, grant.body.errorCode]).toEqual([403, 'E0000006'])
    const role = await api('POST', `/oauth2/v1/clients/${app.id}/roles`, {
      token,
      body: { type: 'READ_ONLY_ADMIN' }
    })
    expect([role.status, role.body.errorCode]).toEqual([403, 'E0000006'])

    // Before any grant an app admin may add keys; after one, only a Super Admin.
    const before = await api('POST', `/api/v1/apps/${app.id}/credentials/jwks`, {
      token,
      body: keyB.jwk
    })
    expect(before.status).toBe(201)
    await emulator.control.updateApp(app.id, { grantedScopes: ['okta.users.read'] })
    const after = await api('POST', `/api/v1/apps/${app.id}/credentials/jwks`, {
      token,
      body: ec('key-c').jwk
    })
    expect([after.status, after.body.errorCode]).toEqual([403, 'E0000006'])
    const superAdmin = await api('POST', `/api/v1/apps/${app.id}/credentials/jwks`, {
      token: await tokenOf('SUPER_ADMIN'),
      body: ec('key-c').jwk
    })
    expect(superAdmin.status).toBe(201)
  })

  it('accepts an OAuth token whose app has a scope for the call and an admin role', async () => {
    const caller = await emulator.control.createApp({
      keys: [keyA.jwk as never],
      grantedScopes: ['okta.apps.read'],
      roles: ['READ_ONLY_ADMIN']
    })
    const minted = await mintToken(caller.clientId, keyA, 'okta.apps.read')
    expect(minted.status).toBe(200)
    const list = await api('GET', '/api/v1/apps', {
      token: minted.body.access_token,
      scheme: 'Bearer'
    })
    expect(list.status).toBe(200)
    expect(list.body.map((a: { id: string }) => a.id)).toEqual([caller.id])
    // The token lacks okta.apps.manage: 403 with an empty body and a challenge (§5.1).
    const create = await api('POST', '/api/v1/apps', {
      token: minted.body.access_token,
      scheme: 'Bearer',
      body: serviceApp('by-oauth')
    })
    expect(create.status).toBe(403)
    expect(create.body).toBeUndefined()
    expect(create.headers.get('www-authenticate')).toMatch(/insufficient_scope/)
  })
})

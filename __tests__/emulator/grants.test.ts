// The application grants API (emulator/management/grants.ts).
import { describe, expect, it } from '@jest/globals'
import { url, useEmulator } from './fixture.js'
import { api, tokenOf, createApp } from './management-fixtures.js'

useEmulator()

describe('scope grants', () => {
  it('grants a known okta.* scope for the org issuer once, and revokes it', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token)
    const path = `/api/v1/apps/${app.id}/grants`
    const granted = await api('POST', path, {
      token,
      body: { issuer: url, scopeId: 'okta.users.read' }
    })
    expect(granted.status).toBe(201)
    expect(granted.body).toMatchObject({
      issuer: url,
      scopeId: 'okta.users.read',
      status: 'ACTIVE',
      clientId: app.id
    })

    const refusals: [Record<string, string>, RegExp][] = [
      [{ issuer: `${url}/`, scopeId: 'okta.groups.read' }, /issuer must be the org URL/],
      [
        { issuer: `${url}/oauth2/default`, scopeId: 'okta.groups.read' },
        /issuer must be the org URL/
      ],
      [{ issuer: url, scopeId: 'okta.nothing.read' }, /not an Okta API scope/],
      [{ issuer: url, scopeId: 'okta.users.read' }, /already granted/]
    ]
    for (const [body, cause] of refusals) {
      const answer = await api('POST', path, { token, body })
      expect([answer.status, answer.body.errorCode]).toEqual([400, 'E0000001'])
      expect(answer.body.errorCauses[0].errorSummary).toMatch(cause)
    }
    const list = await api('GET', path, { token })
    expect(list.body.map((g: { scopeId: string }) => g.scopeId)).toEqual(['okta.users.read'])
    expect((await api('DELETE', `${path}/${granted.body.id}`, { token })).status).toBe(204)
    expect((await api('GET', path, { token })).body).toEqual([])
  })
})

// The Applications API (emulator/management/apps.ts, app-body.ts).
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from './fixture.js'
import {
  rsa,
  keyA,
  keyB,
  api,
  tokenOf,
  serviceApp,
  createApp,
  mintToken
} from './management-fixtures.js'

useEmulator()

describe('apps', () => {
  it('refuses invalid service apps with E0000001 and the cause', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...serviceApp('x'), name: 'bookmark' }, /name: /],
      [serviceApp('x', [rsa('short', 1024).jwk]), /less than '2,048' bits/],
      [serviceApp('x', [keyA.jwk, { ...keyB.jwk, kid: 'key-a' }]), /unique `kid`/],
      [serviceApp('x', [{ ...keyA.jwk, use: 'enc' }]), /'use' .* must be 'sig'/],
      [serviceApp('x', []), /private_key_jwt needs at least one public key/],
      [serviceApp('x', [{ ...keyA.jwk, d: 'secret' }]), /must be a public key/]
    ]
    for (const [body, cause] of cases) {
      const answer = await api('POST', '/api/v1/apps', { token, body })
      expect(answer.status).toBe(400)
      expect(answer.body.errorCode).toBe('E0000001')
      expect(answer.body.errorSummary).toMatch(/^Api validation failed: /)
      expect(
        answer.body.errorCauses.map((c: { errorSummary: string }) => c.errorSummary).join(' ')
      ).toMatch(cause)
    }
    expect(await emulator.control.apps()).toEqual([])
    const notJson = await fetch(`${url}/api/v1/apps`, {
      method: 'POST',
      headers: { Accept: 'application/json', Authorization: `SSWS ${token}` },
      body: '{"label":'
    })
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as { errorCode: string }).errorCode).toBe('E0000003')
  })

  it('creates an ACTIVE service app whose inline key mints a token at once', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token, 'ci app')
    expect(app).toMatchObject({
      label: 'ci app',
      status: 'ACTIVE',
      credentials: {
        oauthClient: { client_id: app.id, token_endpoint_auth_method: 'private_key_jwt' }
      },
      settings: {
        oauthClient: {
          application_type: 'service',
          dpop_bound_access_tokens: false,
          jwks: { keys: [{ kid: 'key-a', status: 'ACTIVE', id: expect.stringMatching(/^pks/) }] }
        }
      }
    })
    await emulator.control.updateApp(app.id, { grantedScopes: ['okta.users.read'] })
    const minted = await mintToken(app.credentials.oauthClient.client_id, keyA)
    expect(minted.status).toBe(200)
    expect(minted.body.scope).toBe('okta.users.read')
  })

  it('finds apps by label prefix, case-insensitively, and pages with Link rel="next"', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    for (const label of ['Deploy bot', 'deploy bot staging', 'Other', 'DEPLOY']) {
      await createApp(token, label)
    }
    const first = await api('GET', '/api/v1/apps?q=deploy&limit=2', { token })
    expect(first.body.map((a: { label: string }) => a.label)).toEqual([
      'Deploy bot',
      'deploy bot staging'
    ])
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1]
    expect(next).toMatch(/q=deploy/)
    const second = await api('GET', next!, { token })
    expect(second.body.map((a: { label: string }) => a.label)).toEqual(['DEPLOY'])
    expect(second.headers.get('link')).not.toMatch(/rel="next"/)
  })

  it('replaces an app with PUT: DPoP and keys change, a key sent again keeps its id', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token)
    const current = (await api('GET', `/api/v1/apps/${app.id}`, { token })).body
    const keptId = current.settings.oauthClient.jwks.keys[0].id
    current.settings.oauthClient.dpop_bound_access_tokens = true
    current.settings.oauthClient.jwks.keys.push(keyB.jwk)
    const put = await api('PUT', `/api/v1/apps/${app.id}`, { token, body: current })
    expect(put.status).toBe(200)
    expect(put.body.settings.oauthClient.dpop_bound_access_tokens).toBe(true)
    expect(
      put.body.settings.oauthClient.jwks.keys.map((k: { id: string; kid: string }) => [
        k.kid,
        k.id === keptId
      ])
    ).toEqual([
      ['key-a', true],
      ['key-b', false]
    ])
    const changedClientId = structuredClone(put.body)
    changedClientId.credentials.oauthClient.client_id = 'another'
    const refused = await api('PUT', `/api/v1/apps/${app.id}`, { token, body: changedClientId })
    expect([refused.status, refused.body.errorCode]).toEqual([400, 'E0000001'])
  })

  it('deletes an app only once it is INACTIVE (403 E0000056 before)', async () => {
    const token = await tokenOf('SUPER_ADMIN')
    const app = await createApp(token)
    const active = await api('DELETE', `/api/v1/apps/${app.id}`, { token })
    expect([active.status, active.body.errorCode]).toEqual([403, 'E0000056'])
    const deactivate = await api('POST', `/api/v1/apps/${app.id}/lifecycle/deactivate`, { token })
    expect(deactivate.status).toBe(200)
    expect((await api('DELETE', `/api/v1/apps/${app.id}`, { token })).status).toBe(204)
    const gone = await api('GET', `/api/v1/apps/${app.id}`, { token })
    expect([gone.status, gone.body.errorCode]).toEqual([404, 'E0000007'])
  })

  it('needs a Super Admin for a full PUT that changes the key set of a scoped app, status included', async () => {
    const superAdmin = await tokenOf('SUPER_ADMIN')
    const appAdmin = await tokenOf('APP_ADMIN')
    const created = await api('POST', '/api/v1/apps', {
      token: superAdmin,
      body: serviceApp('scoped', [keyA.jwk, keyB.jwk])
    })
    expect(created.status).toBe(200)
    const id = created.body.id as string
    await emulator.control.updateApp(id, { grantedScopes: ['okta.users.read'] })
    const path = `/api/v1/apps/${id}`

    // The same keys with the same statuses: not a rotation, an App Admin may replace the app.
    const relabel = await api('PUT', path, {
      token: appAdmin,
      body: serviceApp('relabelled', [keyA.jwk, keyB.jwk])
    })
    expect(relabel.status).toBe(200)

    // Deactivating a key through the full replace is a key change: Super Admin only.
    const deactivating = serviceApp('relabelled', [keyA.jwk, { ...keyB.jwk, status: 'INACTIVE' }])
    const refused = await api('PUT', path, { token: appAdmin, body: deactivating })
    expect([refused.status, refused.body.errorCode]).toEqual([403, 'E0000006'])
    const unchanged = await emulator.control.app(id)
    expect(unchanged.keys.map(k => [k.kid, k.status])).toEqual([
      ['key-a', 'ACTIVE'],
      ['key-b', 'ACTIVE']
    ])
    const allowed = await api('PUT', path, { token: superAdmin, body: deactivating })
    expect(allowed.status).toBe(200)
    const changed = await emulator.control.app(id)
    expect(changed.keys.map(k => [k.kid, k.status])).toEqual([
      ['key-a', 'ACTIVE'],
      ['key-b', 'INACTIVE']
    ])
  })
})

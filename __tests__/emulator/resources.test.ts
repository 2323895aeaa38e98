// The emulator's resource endpoints (emulator/resources.ts, emulator/pagination.ts): token,
// audience, scope and DPoP checks, and Link-header pagination.
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from './fixture.js'
import {
  ecKey,
  signProof,
  requestToken,
  serviceApp,
  dpopToken,
  getUsers
} from './oauth-fixtures.js'

useEmulator()

describe('resource endpoints', () => {
  it('serves users to a Bearer token with the scope and 403s an empty body without it', async () => {
    const app = await serviceApp({ grantedScopes: ['okta.users.read', 'okta.apps.read'] })
    const users = (await requestToken(app)).body.access_token as string
    const ok = await getUsers('/api/v1/users/' + '00u', { Authorization: `Bearer ${users}` })
    expect(ok.status).toBe(404)
    const list = await getUsers('/api/v1/users?limit=2', { Authorization: `Bearer ${users}` })
    expect(list.status).toBe(200)
    const [first] = (await list.json()) as { id: string }[]
    const one = await getUsers(`/api/v1/users/${first.id}`, { Authorization: `Bearer ${users}` })
    expect(((await one.json()) as { id: string }).id).toBe(first.id)

    const apps = (await requestToken(app, {}, { scope: 'okta.apps.read' })).body.access_token
    const denied = await getUsers('/api/v1/users', { Authorization: `Bearer ${apps}` })
    expect(denied.status).toBe(403)
    expect(await denied.text()).toBe('')
    expect(denied.headers.get('www-authenticate')).toBe(
      `Bearer authorization_uri="${url}/oauth2/v1/authorize", realm="IdpMyAccountAPI", ` +
        'scope="okta.users.read", error="insufficient_scope", ' +
        'error_description="The access token provided does not contain the required scopes.", ' +
        'resource="/api/v1/users"'
    )
  })

  it('paginates 450 users over three pages with absolute Link headers', async () => {
    const app = await serviceApp()
    const token = (await requestToken(app)).body.access_token as string
    let next: string | undefined = `${url}/api/v1/users`
    const ids: string[] = []
    let pages = 0
    while (next) {
      const res = await fetch(next, {
        headers: { Accept: 'application/json', Authorization: `Bearer ${token}` }
      })
      pages++
      ids.push(...((await res.json()) as { id: string }[]).map(u => u.id))
      const link = res.headers.get('link') ?? ''
      expect(link).toContain(`<${next}>; rel="self"`)
      next = /<([^>]+)>; rel="next"/.exec(link)?.[1]
      if (next) expect(next).toMatch(new RegExp(`^${url}/api/v1/users\\?after=00u\\w+&limit=200$`))
    }
    expect(pages).toBe(3)
    expect(new Set(ids).size).toBe(450)
    expect(ids.every(id => /^00u[0-9A-Za-z]{17}$/.test(id))).toBe(true)
  })

  it('counts GET /api/v1/users/{id} in the users.id bucket, apart from the list', async () => {
    const app = await serviceApp({ grantedScopes: ['okta.users.read'] })
    const token = (await requestToken(app)).body.access_token as string
    const auth = { Authorization: `Bearer ${token}` }
    await emulator.control.setRateLimit({ group: 'users.id', limit: 1, windowSeconds: 60 })
    const list = await getUsers('/api/v1/users?limit=1', auth)
    const [user] = (await list.json()) as { id: string }[]
    expect(list.headers.get('x-rate-limit-limit')).toBe('600')
    const one = await getUsers(`/api/v1/users/${user.id}`, auth)
    expect([one.status, one.headers.get('x-rate-limit-limit')]).toEqual([200, '1'])
    expect((await getUsers(`/api/v1/users/${user.id}`, auth)).status).toBe(429)
    expect((await getUsers('/api/v1/users?limit=1', auth)).status).toBe(200)
  })

  it('refuses an expired token with token_expired', async () => {
    const app = await serviceApp()
    const token = (await requestToken(app)).body.access_token as string
    await emulator.control.expireToken(token)
    const res = await getUsers('/api/v1/users', { Authorization: `Bearer ${token}` })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(
      /error="invalid_token", error_description="The token has expired."/
    )
    expect(((await res.json()) as { errorCode: string }).errorCode).toBe('E0000011')
  })

  it('checks the DPoP scheme, proof, htu, ath and replay of a bound token', async () => {
    const app = await serviceApp({ dpopRequired: true })
    const token = await dpopToken(app)
    const htu = `${url}/api/v1/users`
    const auth = { Authorization: `DPoP ${token}` }

    const asBearer = await getUsers('/api/v1/users', { Authorization: `Bearer ${token}` })
    expect(asBearer.status).toBe(401)
    expect(asBearer.headers.get('www-authenticate')).toMatch(
      /^DPoP algs="RS256 RS384 RS512 ES256 ES384 ES512", .*error="invalid_request"/
    )
    const noProof = await getUsers('/api/v1/users', auth)
    expect(noProof.headers.get('www-authenticate')).toMatch(/requires a DPoP proof/)

    const proof = await signProof({ htm: 'GET', htu, accessToken: token })
    const ok = await getUsers('/api/v1/users?limit=5', { ...auth, DPoP: proof })
    expect(ok.status).toBe(200)
    const replay = await getUsers('/api/v1/users?limit=5', { ...auth, DPoP: proof })
    expect(replay.status).toBe(400)
    expect(await replay.text()).toBe('')
    expect(replay.headers.get('www-authenticate')).toMatch(/has already been used/)

    const badHtu = await signProof({ htm: 'GET', htu: `${htu}?limit=5`, accessToken: token })
    const wrongHtu = await getUsers('/api/v1/users?limit=5', { ...auth, DPoP: badHtu })
    expect(wrongHtu.headers.get('www-authenticate')).toMatch(/'htu' claim/)

    // Escapes of characters that need none compare decoded (Okta, docs/okta-behaviour.md, "DPoP and nonces"); an escaped
    // '/' is another path.
    const encodedSlash = `${url}/api%2Fv1/users`
    const slashProof = await signProof({ htm: 'GET', htu: encodedSlash, accessToken: token })
    const slashed = await getUsers('/api/v1/users', { ...auth, DPoP: slashProof })
    expect(slashed.headers.get('www-authenticate')).toMatch(/'htu' claim/)
    const encodedLetters = `${url}/api/v1/%75sers`
    const lettersProof = await signProof({ htm: 'GET', htu: encodedLetters, accessToken: token })
    expect((await getUsers('/api/v1/users', { ...auth, DPoP: lettersProof })).status).toBe(200)

    const badAth = await signProof({ htm: 'GET', htu, accessToken: 'other' })
    const wrongAth = await getUsers('/api/v1/users', { ...auth, DPoP: badAth })
    expect(wrongAth.headers.get('www-authenticate')).toMatch(/'ath' claim/)

    const otherKey = await signProof({ htm: 'GET', htu, accessToken: token, key: ecKey() })
    const unbound = await getUsers('/api/v1/users', { ...auth, DPoP: otherKey })
    expect(unbound.headers.get('www-authenticate')).toMatch(/not bound to the provided DPoP proof/)
  })

  it('refuses a Bearer token presented with the DPoP scheme', async () => {
    const app = await serviceApp()
    const token = (await requestToken(app)).body.access_token as string
    const res = await getUsers('/api/v1/groups', { Authorization: `DPoP ${token}` })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(
      /The presented access_token is not DPoP bound/
    )
  })
})

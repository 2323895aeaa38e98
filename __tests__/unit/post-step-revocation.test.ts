// The post step (run() of src/post-step.ts, in-process) at job end: revokes the token with a fresh assertion whose
// aud is the revoke URL, skips what needs no revoking, and only warns when revocation fails.
import { describe, expect, it } from '@jest/globals'
import { noWaitClock, runAction, runJob } from '../../testkit/in-process.js'
import { testKey } from '../../testkit/keys.js'
import { UUID, attemptsAt, logLines, type SeededApp } from '../../testkit/token-fixtures.js'
import { clearFaultsAndRequests, fx, useTokenFixture } from '../use-token-fixture.js'
import { closedPort } from '../../testkit/loopback.js'

const ORG_REVOKE = '/oauth2/v1/revoke'

useTokenFixture({ before: clearFaultsAndRequests })

async function tokenOf(app: SeededApp) {
  const tokens = (await fx.control.tokens()).filter(t => t.clientId === app.clientId)
  expect(tokens).toHaveLength(1)
  return tokens[0]
}

describe('revocation at job end', () => {
  it('revokes the token at the org revoke URL, with aud = that URL and a new jti', async () => {
    const app = await fx.seedApp()
    const { main, post } = await runJob(app.inputs())
    expect(main.code).toBe(0)
    expect(post.code).toBe(0)
    expect(logLines(post.stdout)).toContain(`Revoked the access token at ${fx.url}${ORG_REVOKE}.`)
    expect((await tokenOf(app)).revoked).toBe(true)

    const [revoke, ...more] = await attemptsAt(fx.control, ORG_REVOKE)
    expect(more).toHaveLength(0)
    expect(revoke.entry.status).toBe(200)
    expect(revoke.entry.form?.token).toBe(main.outputs['access-token'])
    expect(revoke.entry.form?.token_type_hint).toBe('access_token')
    expect(revoke.header).toMatchObject({ kid: app.kid, alg: 'RS256' })
    expect(revoke.claims).toMatchObject({
      iss: app.clientId,
      sub: app.clientId,
      aud: `${fx.url}${ORG_REVOKE}`
    })
    expect(revoke.claims.jti).toMatch(UUID)
    const [token] = await attemptsAt(fx.control, '/oauth2/v1/token')
    expect(revoke.claims.jti).not.toBe(token.claims.jti)
    // The post step masks the token it unsealed before anything else.
    expect(post.masked).toContain(main.outputs['access-token'])
  })

  it('revokes at the custom authorization server that issued the token', async () => {
    const app = await fx.seedApp()
    await fx.control.createAuthServer({
      id: 'ausPost',
      scopes: ['api:read'],
      allowedClients: [app.clientId]
    })
    const { post } = await runJob(
      app.inputs({ 'authorization-server': 'ausPost', scopes: 'api:read' })
    )
    expect(post.code).toBe(0)
    const attempts = await attemptsAt(fx.control, '/oauth2/ausPost/v1/revoke')
    expect(attempts.map(a => a.claims.aud)).toEqual([`${fx.url}/oauth2/ausPost/v1/revoke`])
    expect((await tokenOf(app)).revoked).toBe(true)
  })

  it('revokes a DPoP-bound token', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    const { main, post } = await runJob(app.inputs())
    expect(main.outputs['token-type']).toBe('DPoP')
    expect(post.code).toBe(0)
    expect((await tokenOf(app)).revoked).toBe(true)
  })

  it('retries a failed revocation with a new assertion', async () => {
    const app = await fx.seedApp()
    await fx.control.addFault({ match: { path: ORG_REVOKE }, kind: '503' })
    // What is tested is the new assertion on the retry, not the backoff before it.
    const { post } = await runJob(app.inputs(), { clock: noWaitClock })
    expect(post.code).toBe(0)
    const attempts = await attemptsAt(fx.control, ORG_REVOKE)
    expect(attempts.map(a => a.entry.status)).toEqual([503, 200])
    expect(attempts[0].claims.jti).not.toBe(attempts[1].claims.jti)
    expect((await tokenOf(app)).revoked).toBe(true)
  })
})

describe('nothing to revoke', () => {
  it('revoke: false saves no revocation state; the post step does nothing and the token stays active', async () => {
    const app = await fx.seedApp()
    const { main, post } = await runJob(app.inputs({ revoke: 'false' }))
    // Only where okta-api's credentials file is, for the post step to delete.
    expect(Object.keys(main.state)).toEqual(['okta-api-credentials'])
    expect(logLines(main.stdout)).toContain(
      'revoke is false: the token stays valid until it expires'
    )
    expect(post.code).toBe(0)
    expect(logLines(post.stdout)).toEqual([
      'No token to revoke.',
      'Deleted the okta-api credentials file.'
    ])
    expect(await attemptsAt(fx.control, ORG_REVOKE)).toEqual([])
    expect((await tokenOf(app)).revoked).toBe(false)
  })

  it('an expired token is skipped, without a request', async () => {
    const app = await fx.seedApp()
    const main = await runAction('main', app.inputs())
    await fx.control.expireToken(main.outputs['access-token'])
    const post = await runAction('post', app.inputs(), {
      state: { ...main.state, 'expires-at': new Date(Date.now() - 1000).toISOString() }
    })
    expect(post.code).toBe(0)
    expect(logLines(post.stdout)).toEqual([
      'The access token has already expired; nothing to revoke.',
      'Deleted the okta-api credentials file.'
    ])
    expect(await attemptsAt(fx.control, ORG_REVOKE)).toEqual([])
  })

  it('a token whose expiry is this very millisecond counts as expired', async () => {
    const app = await fx.seedApp()
    const main = await runAction('main', app.inputs())
    const now = Date.parse('2026-12-06T10:00:00.000Z')
    const post = await runAction('post', app.inputs(), {
      state: { ...main.state, 'expires-at': new Date(now).toISOString() },
      clock: { ...noWaitClock, now: () => now }
    })
    expect(logLines(post.stdout)[0]).toBe(
      'The access token has already expired; nothing to revoke.'
    )
    expect(await attemptsAt(fx.control, ORG_REVOKE)).toEqual([])
  })

  it('a main step that failed leaves no state, and the post step does nothing', async () => {
    const app = await fx.seedApp({ granted: [] })
    const { main, post } = await runJob(app.inputs())
    expect(main.code).toBe(1)
    expect(post.code).toBe(0)
    expect(logLines(post.stdout)).toEqual(['No token to revoke.'])
  })
})

describe('a failed revocation is a warning, never a failed job', () => {
  it('Okta answering 500 (max-attempts 1): warning, exit code 0, token still active', async () => {
    const app = await fx.seedApp()
    await fx.control.addFault({ match: { path: ORG_REVOKE }, kind: '500' })
    const { post } = await runJob(app.inputs({ 'max-attempts': '1' }))
    const [attempt] = await attemptsAt(fx.control, ORG_REVOKE)
    expect(post.code).toBe(0)
    expect(post.errors).toEqual([])
    expect(post.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Could not revoke the access token: Token revocation failed: HTTP 500 server_error: The authorization server encountered an unexpected condition that prevented it from fulfilling the request\\. \\(X-Okta-Request-Id: ${attempt.entry.requestId}\\)`
        )
      )
    ])
    expect((await tokenOf(app)).revoked).toBe(false)
  })

  it('an unreachable revoke endpoint: warning, exit code 0', async () => {
    const app = await fx.seedApp()
    const main = await runAction('main', app.inputs())
    const port = await closedPort()
    const post = await runAction('post', app.inputs({ 'max-attempts': '1' }), {
      state: { ...main.state, 'revoke-endpoint': `http://127.0.0.1:${port}${ORG_REVOKE}` }
    })
    expect(post.code).toBe(0)
    expect(post.warnings).toEqual([
      `Could not revoke the access token: Token revocation failed after 1 attempt: connection refused (127.0.0.1:${port}). Check the network path to Okta, or raise max-attempts or timeout.`
    ])
  })

  it('state sealed under another key does not open: warning, no request', async () => {
    const app = await fx.seedApp()
    const main = await runAction('main', app.inputs())
    const post = await runAction('post', app.inputs({ 'private-key': testKey('p256').pkcs8 }), {
      state: main.state
    })
    expect(post.code).toBe(0)
    expect(post.warnings).toEqual([
      'Could not revoke the access token: its saved state does not open with this private-key.'
    ])
    expect(await attemptsAt(fx.control, ORG_REVOKE)).toEqual([])
  })

  it('with step debug on, the post step leaks nothing either', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    const { main, post } = await runJob(app.inputs(), { debug: true })
    expect([main.code, post.code]).toEqual([0, 0])
    expect([...main.leaks, ...post.leaks]).toEqual([])
    expect((await tokenOf(app)).revoked).toBe(true)
  })
})

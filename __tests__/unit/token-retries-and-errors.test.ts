// Token mode when Okta or the network misbehaves: what is retried (with a freshly signed
// assertion every time), what is not, the clock-skew correction, and the one-line message
// with status, error, description, X-Okta-Request-Id and hint for each known Okta error.
import { describe, expect, it } from '@jest/globals'
import type { FaultSpec } from '../../testkit/emulator/control-client.js'
import { noWaitClock, runAction, runJob } from '../../testkit/in-process.js'
import { testKey } from '../../testkit/keys.js'
import { attemptsAt, logLines } from '../../testkit/token-fixtures.js'
import { clearFaultsAndRequests, fx, useTokenFixture } from '../use-token-fixture.js'

const ORG_TOKEN = '/oauth2/v1/token'

useTokenFixture({
  before: async fixture => {
    await clearFaultsAndRequests(fixture)
    await fixture.control.setClock(0)
  }
})

const RETRY_LINE = (failure: string, reason = '') =>
  new RegExp(
    `^Token request: ${failure}; retrying in \\d+\\.\\d s${reason.replace(/[()]/g, '\\$&')} \\(attempt 2 of 4\\)$`
  )
const ID = '\\(X-Okta-Request-Id: [\\w-]+\\)'

describe('retries: each attempt carries a new assertion (new jti), as Okta burns every jti', () => {
  it.each<[string, Omit<FaultSpec, 'match'>, RegExp]>([
    [
      '429 with X-Rate-Limit-Reset',
      // A reset of now: the wait itself is timed in faults/promises-rate-limit.test.ts.
      { kind: '429', resetSeconds: 0 },
      RETRY_LINE(`HTTP 429 ${ID}`, ' (rate limit: until X-Rate-Limit-Reset)')
    ],
    ['503', { kind: '503' }, RETRY_LINE(`HTTP 503 ${ID}`)],
    ['502 with an HTML body', { kind: '502-html' }, RETRY_LINE(`HTTP 502 ${ID}`)],
    ['500', { kind: '500' }, RETRY_LINE(`HTTP 500 ${ID}`)],
    ['408', { kind: 'status', status: 408 }, RETRY_LINE(`HTTP 408 ${ID}`)],
    [
      'a dropped connection',
      { kind: 'drop' },
      RETRY_LINE(
        'connection (reset|closed before the response was complete) \\(127\\.0\\.0\\.1:\\d+\\)'
      )
    ],
    [
      'a 200 cut off mid-body',
      { kind: 'truncated-200' },
      RETRY_LINE(
        'connection (reset|closed before the response was complete) \\(127\\.0\\.0\\.1:\\d+\\)'
      )
    ]
  ])('%s is retried and recovered', async (_name, fault, logged) => {
    const app = await fx.seedApp()
    await fx.control.addFault({ match: { path: ORG_TOKEN }, ...fault })
    // What is tested is the retry, not its backoff.
    const run = await runAction('main', app.inputs(), { clock: noWaitClock })
    expect(run.code).toBe(0)
    expect(run.outputs['token-type']).toBe('Bearer')
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts).toHaveLength(2)
    expect(attempts[1].entry.status).toBe(200)
    expect(attempts[0].claims.jti).not.toBe(attempts[1].claims.jti)
    expect(attempts[1].entry.headers['x-okta-retry-count']).toBe('1')
    expect(logLines(run.stdout).filter(line => logged.test(line))).toHaveLength(1)
  })

  it('a timeout (no answer within timeout) is retried with a new assertion', async () => {
    const app = await fx.seedApp()
    await fx.control.addFault({ match: { path: ORG_TOKEN }, kind: 'delay', delayMs: 2500 })
    const run = await runAction('main', app.inputs({ timeout: '1' }), { clock: noWaitClock })
    expect(run.code).toBe(0)
    expect(logLines(run.stdout)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(RETRY_LINE('no answer from 127\\.0\\.0\\.1:\\d+ within 1 s'))
      ])
    )
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts.length).toBeGreaterThanOrEqual(2)
    expect(new Set(attempts.map(a => a.claims.jti)).size).toBe(attempts.length)
  })

  it('three failures in a row: every jti distinct, and the emulator saw no reuse', async () => {
    const app = await fx.seedApp()
    for (const kind of ['503', 'drop', '502-html'] as const) {
      await fx.control.addFault({ match: { path: ORG_TOKEN }, kind })
    }
    const run = await runAction('main', app.inputs(), { clock: noWaitClock })
    expect(run.code).toBe(0)
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts.map(a => a.entry.status)).toEqual([503, 0, 502, 200])
    expect(new Set(attempts.map(a => a.claims.jti)).size).toBe(4)
    expect(attempts.some(a => a.entry.error === 'client_assertion_already_used')).toBe(false)
  })

  it('max-attempts spent on 5xx: one line with the last answer', async () => {
    const app = await fx.seedApp()
    await fx.control.addFault({ match: { path: ORG_TOKEN }, kind: '503', times: 2 })
    const run = await runAction('main', app.inputs({ 'max-attempts': '2' }), { clock: noWaitClock })
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts).toHaveLength(2)
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `^Token request failed: HTTP 503 temporarily_unavailable: The authorization server is currently unable to handle the request due to a temporary overloading or maintenance of the server\\. \\(X-Okta-Request-Id: ${attempts[1].entry.requestId}\\)`
      )
    )
  })

  it('max-attempts spent on network errors: one line saying what to check', async () => {
    const app = await fx.seedApp()
    await fx.control.addFault({ match: { path: ORG_TOKEN }, kind: 'drop', times: 2 })
    const run = await runAction('main', app.inputs({ 'max-attempts': '2' }), { clock: noWaitClock })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^Token request failed after 2 attempts: connection (reset|closed before the response was complete) \(127\.0\.0\.1:\d+\)\. Check the network path to Okta, or raise max-attempts or timeout\.$/
      )
    ])
  })

  it('a 4xx other than 408 and 429 is never retried: exactly one request', async () => {
    const app = await fx.seedApp()
    await fx.control.addFault({
      match: { path: ORG_TOKEN },
      kind: 'status',
      status: 400,
      body: { error: 'invalid_request', error_description: 'Invalid request' }
    })
    const run = await runAction('main', app.inputs())
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts).toHaveLength(1)
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `Token request failed: HTTP 400 invalid_request: Invalid request (X-Okta-Request-Id: ${attempts[0].entry.requestId})`
    ])
  })
})

describe("the runner's clock off from Okta's", () => {
  it('runner 2 min ahead: iat in the future, corrected once from Date, token and revocation work', async () => {
    const app = await fx.seedApp()
    await fx.control.setClock(-120)
    const { main, post } = await runJob(app.inputs())
    expect(main.code).toBe(0)
    expect(main.warnings).toEqual([
      expect.stringMatching(
        /^Token request refused for its times: the runner's clock is 12[01] s ahead of the server's \(measured from its Date header\); signing again on the server's time$/
      )
    ])
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts.map(a => a.entry.error)).toEqual([
      'client_assertion_issued_at_in_future',
      undefined
    ])
    expect(Number(attempts[1].claims.iat)).toBeLessThan(Number(attempts[0].claims.iat) - 100)
    // The post step measures the offset again and revokes on the server's time as well.
    expect(post.code).toBe(0)
    expect(post.warnings).toEqual([
      expect.stringMatching(
        /^Token revocation refused for its times: the runner's clock is 12[01] s ahead/
      )
    ])
    expect(logLines(post.stdout)).toContain(
      `Revoked the access token at ${fx.url}/oauth2/v1/revoke.`
    )
    const [token] = (await fx.control.tokens()).filter(t => t.clientId === app.clientId)
    expect(token.revoked).toBe(true)
  })

  it('runner 2 min behind with a 60 s assertion: expired, corrected once', async () => {
    const app = await fx.seedApp()
    await fx.control.setClock(120)
    const run = await runAction('main', app.inputs({ 'assertion-lifetime': '60' }))
    expect(run.code).toBe(0)
    expect(run.warnings).toEqual([
      expect.stringMatching(/clock is 1(19|20|21) s behind the server's/)
    ])
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts.map(a => a.entry.error)).toEqual(['client_assertion_expired_token', undefined])
  })

  it('a clock 30 min off is not papered over: one line saying to fix the time', async () => {
    const app = await fx.seedApp()
    await fx.control.setClock(-1800)
    const run = await runAction('main', app.inputs())
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^The runner's clock is 1(799|800|801) s ahead of the server's \(from its Date header\), too far to correct: fix the runner's time \(NTP\)\.$/
      )
    ])
  })
})

describe('known Okta errors: status, error, description, request id and a hint', () => {
  const other = testKey('rsa3072')

  it.each<[string, () => Promise<Record<string, string>>, number, string, string]>([
    [
      'kid invalid',
      async () => (await fx.seedApp({ kid: 'registered-kid' })).inputs(),
      401,
      'invalid_client: The client_assertion JWT kid is invalid.',
      "The assertion's kid matches no ACTIVE key of the app: set key-id to the kid shown for the key in Okta (app > General > Public keys), or register this key's public JWK (mode: jwk prints it)."
    ],
    [
      'signature invalid (another key under the registered kid)',
      async () => {
        const app = await fx.seedApp()
        return app.inputs({ 'private-key': other.pkcs8, 'key-id': app.kid })
      },
      401,
      'invalid_client: The client_assertion signature is invalid.',
      'The key in private-key is not the one registered for this kid: check that private-key and key-id belong together and the public key in Okta matches.'
    ],
    [
      'audience (the issuer given as audience)',
      async () => (await fx.seedApp()).inputs({ audience: fx.url }),
      401,
      'invalid_client: The audience claim for client_assertion must be the endpoint invoked for the request.',
      "The assertion's aud must be the exact token URL: do not set audience for Okta, and use the same host (org or custom domain) in okta-domain as the one the app was set up with."
    ],
    [
      'network zone',
      async () => (await fx.seedApp({ networkZoneBlocked: true })).inputs(),
      403,
      "access_denied: The request is made from outside the client's permitted network zones.",
      "The app only accepts requests from its network zones; GitHub-hosted runners' addresses change: allow them or use a self-hosted runner in the zone."
    ],
    [
      'an app without the client credentials grant',
      async () => (await fx.seedApp({ grantTypes: ['authorization_code'] })).inputs(),
      400,
      'unauthorized_client: The client is not authorized to use the provided grant type. Configured grant types: [authorization_code].',
      'The app does not have the Client Credentials grant: tick it (app > General > Grant type), or use an API Services app.'
    ],
    [
      'unknown client id',
      async () => (await fx.seedApp()).inputs({ 'client-id': '0oaNoSuchClient' }),
      401,
      'invalid_client: The issuer claim for client_assertion is not a valid client_id.',
      "client-id does not name an app in this org: check client-id (the app's Client ID) and okta-domain."
    ],
    [
      'a custom scope asked of the org authorization server',
      async () => (await fx.seedApp()).inputs({ scopes: 'api:read' }),
      400,
      'invalid_scope: The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.',
      'Check scopes: okta.* scopes come only from the org authorization server (leave authorization-server empty); custom scopes only from a custom one.'
    ]
  ])('%s', async (_name, inputs, status, words, hint) => {
    const run = await runAction('main', await inputs())
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts).toHaveLength(1)
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `Token request failed: HTTP ${status} ${words} (X-Okta-Request-Id: ${attempts[0].entry.requestId}). ${hint}`
    ])
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toMatch(/^\s+at /m)
  })
})

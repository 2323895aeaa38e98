// Token mode in-process: run(runtime) from src/ with a recording core, against the Okta
// emulator. The emulator's request log shows what the action really sent.
import { describe, expect, it } from '@jest/globals'
import { calculateJwkThumbprint, type JWK } from 'jose'
import { noWaitClock, runAction } from '../../testkit/in-process.js'
import { UUID, attemptsAt, logLines } from '../../testkit/token-fixtures.js'
import { clearFaultsAndRequests, fx, useTokenFixture } from '../use-token-fixture.js'

const ORG_TOKEN = '/oauth2/v1/token'

useTokenFixture({ before: clearFaultsAndRequests })

const nowSeconds = (): number => Math.floor(Date.now() / 1000)

describe('the token URL is built once and is the assertion aud', () => {
  it.each([
    ['rsa', 'RS256', '300'],
    ['p384', 'ES384', '60']
  ] as const)(
    'org authorization server, %s key: one request, claims iss/sub/aud/jti/iat/exp, kid and alg',
    async (kind, alg, lifetime) => {
      const app = await fx.seedApp({ key: kind })
      const before = nowSeconds()
      const run = await runAction('main', app.inputs({ 'assertion-lifetime': lifetime }))
      const after = nowSeconds()
      expect(run.code).toBe(0)
      const [attempt, ...more] = await attemptsAt(fx.control, ORG_TOKEN)
      expect(more).toHaveLength(0)
      expect(attempt.header).toEqual({ alg, kid: app.kid, typ: 'JWT' })
      const { iss, sub, aud, jti, iat, exp } = attempt.claims as Record<string, number & string>
      expect([iss, sub, aud]).toEqual([app.clientId, app.clientId, `${fx.url}${ORG_TOKEN}`])
      expect(jti).toMatch(UUID)
      expect(iat).toBeGreaterThanOrEqual(before)
      expect(iat).toBeLessThanOrEqual(after)
      expect(exp - iat).toBe(Number(lifetime))
      expect(logLines(run.stdout)).toContain(
        `Token endpoint: ${fx.url}${ORG_TOKEN} (org authorization server)`
      )
    }
  )

  it.each(['default', 'aus1a2b3c4d5e6f7g8h9'])(
    'custom authorization server %s: /oauth2/{id}/v1/token is URL and aud',
    async id => {
      const app = await fx.seedApp()
      await fx.control.createAuthServer({
        id,
        scopes: ['api:read'],
        allowedClients: [app.clientId]
      })
      const run = await runAction(
        'main',
        app.inputs({ 'authorization-server': id, scopes: 'api:read' })
      )
      expect(run.code).toBe(0)
      expect(run.outputs.scope).toBe('api:read')
      const path = `/oauth2/${id}/v1/token`
      const attempts = await attemptsAt(fx.control, path)
      expect(attempts.map(a => a.claims.aud)).toEqual([`${fx.url}${path}`])
      expect(logLines(run.stdout)).toContain(
        `Token endpoint: ${fx.url}${path} (custom authorization server ${id})`
      )
    }
  )

  it('token-endpoint overrides okta-domain and authorization-server', async () => {
    const app = await fx.seedApp()
    await fx.control.createAuthServer({
      id: 'ausOverride',
      scopes: ['api:read'],
      allowedClients: [app.clientId]
    })
    const endpoint = `${fx.url}/oauth2/ausOverride/v1/token`
    const run = await runAction(
      'main',
      app.inputs({
        'okta-domain': '',
        'authorization-server': 'default',
        'token-endpoint': endpoint,
        scopes: 'api:read'
      })
    )
    expect(run.code).toBe(0)
    const attempts = await attemptsAt(fx.control, '/oauth2/ausOverride/v1/token')
    expect(attempts.map(a => a.claims.aud)).toEqual([endpoint])
    expect(logLines(run.stdout)).toContain(`Token endpoint: ${endpoint} (token-endpoint input)`)
    // An Okta token URL has its revoke URL beside it: no metadata lookup.
    expect(run.state['revoke-endpoint']).toBe(`${fx.url}/oauth2/ausOverride/v1/revoke`)
    expect((await fx.control.requests()).map(r => r.path)).toEqual(['/oauth2/ausOverride/v1/token'])
  })
})

describe('outputs', () => {
  it('access-token, token-type, expires-in, expires-at (ISO) and scope', async () => {
    const app = await fx.seedApp({ granted: ['okta.users.read', 'okta.groups.read'] })
    const before = Date.now()
    const run = await runAction('main', app.inputs({ scopes: 'okta.users.read okta.groups.read' }))
    const after = Date.now()
    const issued = (await fx.control.tokens()).filter(t => t.clientId === app.clientId)
    expect(issued).toHaveLength(1)
    expect(run.outputs).toEqual({
      'access-token': issued[0].accessToken,
      'token-type': 'Bearer',
      'expires-in': '3600',
      'expires-at': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      scope: 'okta.users.read okta.groups.read'
    })
    const expiresAt = Date.parse(run.outputs['expires-at'])
    expect(expiresAt).toBeGreaterThanOrEqual(before + 3600_000)
    expect(expiresAt).toBeLessThanOrEqual(after + 3600_000)
    expect(run.warnings).toEqual([])
  })

  it('the key is logged with format, type, size, kid and algorithm, never material', async () => {
    const app = await fx.seedApp()
    const run = await runAction('main', app.inputs())
    expect(logLines(run.stdout)).toContain(
      `Key: PKCS#8 PEM, RSA 2048 bits, kid ${app.kid} (RFC 7638 thumbprint), algorithm RS256`
    )
    const body = app.key.pkcs8.split('\n').filter(line => line && !line.startsWith('-----'))
    for (const line of logLines(run.stdout)) {
      for (const material of body) expect(line).not.toContain(material)
    }
  })

  it('export-env: true exports OKTA_ACCESS_TOKEN and OKTA_TOKEN_TYPE; false exports nothing', async () => {
    const app = await fx.seedApp()
    const on = await runAction('main', app.inputs({ 'export-env': 'true' }))
    expect(on.env).toEqual({
      OKTA_ACCESS_TOKEN: on.outputs['access-token'],
      OKTA_TOKEN_TYPE: 'Bearer'
    })
    const off = await runAction('main', app.inputs({ 'export-env': 'false' }))
    expect(off.code).toBe(0)
    expect(off.env).toEqual({})
  })

  it('the job summary holds facts and no secret; summary: false writes none', async () => {
    const app = await fx.seedApp()
    const on = await runAction('main', app.inputs())
    expect(on.summary).toContain('<h3>Okta access token</h3>')
    for (const fact of [
      app.clientId,
      `${fx.url}${ORG_TOKEN}`,
      app.kid,
      'Bearer',
      'okta.users.read'
    ]) {
      expect(on.summary).toContain(fact)
    }
    expect(on.summary).not.toContain(on.outputs['access-token'])
    const off = await runAction('main', app.inputs({ summary: 'false' }))
    expect(off.code).toBe(0)
    expect(off.summary).toBe('')
  })

  it('GITHUB_STATE holds the token sealed, never in clear text', async () => {
    const app = await fx.seedApp()
    const run = await runAction('main', app.inputs())
    const token = run.outputs['access-token']
    expect(Object.keys(run.state).sort()).toEqual([
      'client-id',
      'expires-at',
      'okta-api-credentials',
      'revoke-endpoint',
      'sealed-token'
    ])
    expect(JSON.stringify(run.state)).not.toContain(token)
    expect(run.state['sealed-token']).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/)
  })
})

describe('masking', () => {
  it('::add-mask:: for the token and the DPoP key comes before anything that carries them', async () => {
    // Without GITHUB_OUTPUT and GITHUB_ENV, @actions/core prints outputs and exported variables
    // as workflow commands on stdout, so the order of masking and output is visible there.
    const app = await fx.seedApp({ dpopRequired: true })
    const run = await runAction('main', app.inputs({ 'export-env': 'true' }), {
      env: { GITHUB_OUTPUT: '', GITHUB_ENV: '' },
      allowLeaks: true
    })
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n')
    const token = /^::set-output name=access-token::(.+)$/m.exec(run.stdout)?.[1] ?? ''
    const dpopKey = /^::set-output name=dpop-key::(.+)$/m.exec(run.stdout)?.[1] ?? ''
    expect(token).not.toBe('')
    expect(dpopKey).toContain('"d":')
    for (const secret of [token, dpopKey]) {
      const maskedAt = lines.indexOf(`::add-mask::${secret}`)
      const firstUse = lines.findIndex(
        line => line.includes(secret) && !line.startsWith('::add-mask::')
      )
      expect(maskedAt).toBeGreaterThanOrEqual(0)
      expect(maskedAt).toBeLessThan(firstUse)
    }
    expect(lines.filter(line => line.includes(token) && !line.startsWith('::add-mask::'))).toEqual([
      `::set-output name=access-token::${token}`,
      `::set-env name=OKTA_ACCESS_TOKEN::${token}`
    ])
    // The only places the scan found them are those commands, which the runner masks.
    expect(new Set(run.leaks.map(leak => leak.where))).toEqual(new Set(['stdout']))
  })

  it('with step debug on, every secret still appears only in ::add-mask:: lines', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    await fx.control.addFault({ match: { path: ORG_TOKEN }, kind: '503' })
    // runAction throws when the scan finds a secret outside ::add-mask::. The 503 adds a retry
    // to what debug prints; the backoff before it is not the point.
    const run = await runAction('main', app.inputs(), { debug: true, clock: noWaitClock })
    expect(run.code).toBe(0)
    expect(run.outputs['token-type']).toBe('DPoP')
    expect(run.leaks).toEqual([])
    // Each assertion, proof, the token and the DPoP key were masked.
    // 503 and "DPoP proof missing" without a proof, then the nonce challenge and the token.
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts.map(a => a.entry.status)).toEqual([503, 400, 400, 200])
    const proofs = attempts.map(a => a.entry.headers.dpop).filter(Boolean)
    expect(proofs).toHaveLength(2)
    for (const attempt of attempts)
      expect(run.masked).toContain(attempt.entry.form?.client_assertion)
    for (const proof of proofs) expect(run.masked).toContain(proof)
    expect(run.masked).toContain(run.outputs['access-token'])
    expect(run.masked).toContain(run.outputs['dpop-key'])
  })
})

describe('DPoP', () => {
  it('auto on an app that requires DPoP: no proof, nonce challenge, success, all fresh', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    const run = await runAction('main', app.inputs())
    expect(run.code).toBe(0)
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts.map(a => [a.entry.status, a.entry.error])).toEqual([
      [400, 'invalid_dpop_proof_missing_header'],
      [400, 'use_dpop_nonce'],
      [200, undefined]
    ])
    expect(attempts[0].dpop).toBeUndefined()
    expect(attempts[1].dpop?.claims.nonce).toBeUndefined()
    expect(attempts[2].dpop?.claims.nonce).toBe(await fx.control.dpopNonce())
    for (const { dpop } of attempts.slice(1)) {
      expect(dpop?.header).toMatchObject({ typ: 'dpop+jwt', alg: 'ES256' })
      expect(dpop?.claims).toMatchObject({ htm: 'POST', htu: `${fx.url}${ORG_TOKEN}` })
    }
    expect(new Set(attempts.map(a => a.claims.jti)).size).toBe(3)
    expect(attempts[1].dpop?.claims.jti).not.toBe(attempts[2].dpop?.claims.jti)

    expect(run.outputs['token-type']).toBe('DPoP')
    const dpopKey = JSON.parse(run.outputs['dpop-key']) as JWK
    expect(dpopKey).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' })
    expect(typeof dpopKey.d).toBe('string')
    expect(run.masked).toContain(run.outputs['dpop-key'])
    expect(run.masked).toContain(dpopKey.d)
    // The token is bound to that key, a separate one from the client key.
    const publicPart = { kty: dpopKey.kty, crv: dpopKey.crv, x: dpopKey.x, y: dpopKey.y }
    const jkt = await calculateJwkThumbprint(publicPart)
    const [token] = (await fx.control.tokens()).filter(t => t.clientId === app.clientId)
    expect(token.jkt).toBe(jkt)
    expect(jkt).not.toBe(app.kid)
    expect(logLines(run.stdout)).toEqual(
      expect.arrayContaining([
        'The app requires DPoP; switching to DPoP with a new ephemeral EC P-256 key',
        'Token endpoint asked for a DPoP nonce; signing a new assertion and proof with it'
      ])
    )
  })

  it('dpop: true sends a proof from the first request: nonce challenge, then success', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    const run = await runAction('main', app.inputs({ dpop: 'true' }))
    expect(run.outputs['token-type']).toBe('DPoP')
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts.map(a => a.entry.status)).toEqual([400, 200])
    expect(attempts.every(a => a.dpop !== undefined)).toBe(true)
    expect(attempts[0].claims.jti).not.toBe(attempts[1].claims.jti)
  })

  it('dpop: false on an app that requires DPoP fails with one line naming the app setting', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    const run = await runAction('main', app.inputs({ dpop: 'false' }))
    const attempts = await attemptsAt(fx.control, ORG_TOKEN)
    expect(attempts).toHaveLength(1)
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `Token request failed: the app requires DPoP ("Require Demonstrating Proof of Possession (DPoP) header in token requests" in the app's General settings) and dpop is false: set dpop to auto or true, or untick that setting. (X-Okta-Request-Id: ${attempts[0].entry.requestId})`
    ])
    expect(run.outputs).toEqual({})
  })

  it('an app without DPoP gets a Bearer token and no dpop-key output', async () => {
    const app = await fx.seedApp()
    const run = await runAction('main', app.inputs())
    expect(run.outputs['token-type']).toBe('Bearer')
    expect(run.outputs).not.toHaveProperty('dpop-key')
    expect((await attemptsAt(fx.control, ORG_TOKEN)).every(a => !a.dpop)).toBe(true)
  })
})

describe('scopes granted vs requested', () => {
  it('a subset granted: the scope output has it and a warning names the missing ones', async () => {
    const app = await fx.seedApp({ granted: ['okta.users.read'] })
    const run = await runAction(
      'main',
      app.inputs({ scopes: 'okta.users.read okta.groups.read okta.apps.read' })
    )
    expect(run.code).toBe(0)
    expect(run.outputs.scope).toBe('okta.users.read')
    expect(run.warnings).toEqual([
      'The token lacks requested scopes okta.groups.read, okta.apps.read: grant them to the app (Okta API Scopes tab, or mode: provision).'
    ])
    expect(run.summary).toContain('okta.groups.read okta.apps.read')
  })

  it('no scope granted: consent_required with the hint', async () => {
    const app = await fx.seedApp({ granted: [] })
    const run = await runAction('main', app.inputs())
    const [attempt] = await attemptsAt(fx.control, ORG_TOKEN)
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      `Token request failed: HTTP 400 consent_required: You are not allowed any of the requested scopes. (X-Okta-Request-Id: ${attempt.entry.requestId}). Grant the scopes to the app first (app > Okta API Scopes, or mode: provision); only a Super Admin can grant them.`
    ])
  })
})

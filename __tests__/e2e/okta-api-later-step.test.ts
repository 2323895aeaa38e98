// okta-api as a later step really runs it: the token step (built dist/) leaves the command on
// PATH through GITHUB_PATH, a later `bash -c` step finds it by name (also with no node on
// PATH) and calls the emulator, which checks every token, DPoP proof and rate limit.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeJwt } from 'jose'
import { leaksIn } from '../../testkit/okta-api-job.js'
import { fx } from '../use-token-fixture.js'
import { apiLog, newJob, useOktaApiJobs } from './okta-api-jobs.js'

useOktaApiJobs()

describe('a later step finds okta-api on PATH', () => {
  it('calls Okta with a Bearer token from a step with no node on PATH, printing the body as it came', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    const token = await job.action(app.inputs())
    expect(token.code).toBe(0)
    const run = await job.run(
      'command -v node || echo "no node"; okta-api "/api/v1/users?limit=2"',
      {
        noNode: true
      }
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const [first, body] = run.stdout.split('\n')
    expect(first).toBe('no node')
    expect(JSON.parse(body)).toHaveLength(2)
    const [call] = await apiLog('users.list')
    expect(call.authorizationScheme).toBe('Bearer')
    expect(leaksIn(token.masked, run)).toEqual([])
  })

  it('signs a fresh DPoP proof per page for a DPoP app and merges the pages into one array', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    const job = newJob()
    const token = await job.action(app.inputs())
    expect(token.outputs['token-type']).toBe('DPoP')
    const run = await job.run('okta-api "/api/v1/users?limit=200" --paginate | jq length')
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe('450')
    const pages = await apiLog('users.list')
    expect(pages).toHaveLength(3)
    const proofs = pages.map(p => decodeJwt(p.headers.dpop))
    expect(new Set(proofs.map(p => p.jti)).size).toBe(3)
    for (const proof of proofs) {
      expect(proof).toMatchObject({ htm: 'GET', htu: `${fx.url}/api/v1/users` })
      expect(typeof proof.ath).toBe('string')
    }
    expect(pages.every(p => p.authorizationScheme === 'DPoP')).toBe(true)
  })

  it('answers a resource server that demands a DPoP nonce with one new proof carrying it', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    const job = newJob()
    await job.action(app.inputs())
    const demand = await fetch(`${fx.url}/__control/resource-nonce`, {
      method: 'POST',
      body: JSON.stringify({ required: true })
    }).then(r => r.json() as Promise<{ nonce: string }>)
    const run = await job.run('okta-api "/api/v1/users?limit=1"')
    expect(run.code).toBe(0)
    const calls = await apiLog('users.list')
    expect(calls.map(c => c.status)).toEqual([401, 200])
    expect(calls[0].error).toBe('use_dpop_nonce')
    expect(decodeJwt(calls[1].headers.dpop).nonce).toBe(demand.nonce)
    expect(decodeJwt(calls[0].headers.dpop).jti).not.toBe(decodeJwt(calls[1].headers.dpop).jti)
  })
})

describe('retries and rate limits', () => {
  it('retries 503 and 429 with a new proof each time, and never a 404', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    const job = newJob()
    await job.action(app.inputs())
    await fx.control.addFault({ match: { path: '/api/v1/users' }, kind: '503' })
    await fx.control.addFault({
      match: { path: '/api/v1/users' },
      kind: '429',
      resetSeconds: 1
    })
    const ok = await job.run('okta-api "/api/v1/users?limit=1" >/dev/null')
    expect(ok.code).toBe(0)
    const tries = await apiLog()
    expect(tries.map(t => t.status)).toEqual([503, 429, 200])
    expect(new Set(tries.map(t => decodeJwt(t.headers.dpop).jti)).size).toBe(3)

    const missing = await job.run('okta-api /api/v1/users/nobody@example.com')
    expect(missing.code).toBe(1)
    const lines = missing.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^okta-api: GET \/api\/v1\/users\/nobody@example.com failed: HTTP 404 E0000007: .*X-Okta-Request-Id: /
    )
    expect((await apiLog()).filter(e => e.path.includes('nobody'))).toHaveLength(1)
  })

  it('waits for the reset after X-Rate-Limit-Remaining: 0 instead of spending a 429', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs())
    await fx.control.setRateLimit({ group: 'users', limit: 2, windowSeconds: 2 })
    const run = await job.run('okta-api "/api/v1/users?limit=100" --paginate --verbose | jq length')
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe('450')
    const pages = await apiLog('users.list')
    expect(pages.map(p => p.status)).toEqual([200, 200, 200, 200, 200])
    // Two calls per 2 s window: the third and fifth waited for a new window.
    expect(pages[2].rateLimit!.reset).toBeGreaterThan(pages[1].rateLimit!.reset)
    expect(run.stderr).toMatch(/rate limit \/api\/v1\/users: 0\/2 left/)
  })

  it('carries the budget to the next okta-api process of the job, so a shell loop waits too', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs())
    await fx.control.setRateLimit({ group: 'users', limit: 1, windowSeconds: 2 })
    const run = await job.run(
      'for i in 1 2; do okta-api "/api/v1/users?limit=1" >/dev/null || exit 1; done'
    )
    expect(run.code).toBe(0)
    const calls = await apiLog('users.list')
    expect(calls.map(c => c.status)).toEqual([200, 200])
  })
})

describe('--batch', () => {
  it('writes each line once, in input order, with failures named and nothing lost or written twice', async () => {
    const app = await fx.seedApp({ granted: ['okta.users.manage', 'okta.users.read'] })
    const job = newJob()
    await job.action(app.inputs({ scopes: 'okta.users.manage' }))
    const logins = Array.from({ length: 30 }, (_, i) => `batch.user.${i}@example.com`)
    const lines = logins.map(login =>
      JSON.stringify({
        method: 'POST',
        path: '/api/v1/users?activate=true',
        body: { profile: { login, email: login, firstName: 'B', lastName: 'U' } }
      })
    )
    lines[4] = JSON.stringify({
      method: 'POST',
      path: '/api/v1/users',
      body: { profile: { login: 'x@example.com' } }
    })
    lines[9] = lines[8] // the same login twice: Okta refuses the second
    writeFileSync(join(job.dir, 'calls.ndjson'), lines.join('\n') + '\n')
    // Two creates fail with 503 first: they are retried, and land once.
    await fx.control.addFault({
      match: { method: 'POST', path: '/api/v1/users' },
      kind: '503',
      skip: 3,
      times: 2
    })
    const run = await job.run('okta-api --batch calls.ndjson --concurrency 5 > answers.ndjson')
    expect(run.code).toBe(1)
    const answers = readFileSync(join(job.dir, 'answers.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map(l => JSON.parse(l))
    expect(answers.map(a => a.index)).toEqual([...Array(30).keys()])
    const failed = answers.filter(a => a.status !== 200).map(a => a.index)
    // Lines 8 and 9 race: whichever lands second is refused.
    expect(failed).toHaveLength(2)
    expect(failed[0]).toBe(4)
    expect([8, 9]).toContain(failed[1])
    expect(answers[4].body.errorCode).toBe('E0000001')
    expect(run.stderr).toMatch(/2 of 30 batch calls failed/)
    const { users } = (await fetch(`${fx.url}/__control/directory`).then(r => r.json())) as {
      users: Array<{ profile: { login: string } }>
    }
    for (const login of logins.filter((_, i) => i !== 4 && i !== 9)) {
      expect(users.filter(u => u.profile.login === login)).toHaveLength(1)
    }
    expect(users.some(u => u.profile.login === 'x@example.com')).toBe(false)
  })
})

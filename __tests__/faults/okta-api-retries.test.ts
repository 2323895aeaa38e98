// okta-api's retries and rate limits, in-process against src/ (testkit/okta-api-in-process.ts)
// on the real clock: the emulator refuses until the reset it announced, so the waits are what
// these tests are about (a few seconds in all, which is why they are here and not in the fast
// unit loop).
import { describe, expect, it } from '@jest/globals'
import { decodeJwt } from 'jose'
import { InProcessJob } from '../../testkit/okta-api-in-process.js'
import { apiLog, useOktaApiJobs } from '../okta-api-jobs.js'
import { fx } from '../use-token-fixture.js'

const newJob = useOktaApiJobs(InProcessJob)

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
    const ok = await job.call(['/api/v1/users?limit=1'])
    expect(ok.code).toBe(0)
    const tries = await apiLog()
    expect(tries.map(t => t.status)).toEqual([503, 429, 200])
    expect(new Set(tries.map(t => decodeJwt(t.headers.dpop).jti)).size).toBe(3)

    const missing = await job.call(['/api/v1/users/nobody@example.com'])
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
    const run = await job.call(['/api/v1/users?limit=100', '--paginate', '--verbose'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toHaveLength(450)
    const pages = await apiLog('users.list')
    expect(pages.map(p => p.status)).toEqual([200, 200, 200, 200, 200])
    // Two calls per 2 s window: the third and fifth waited for a new window.
    expect(pages[2].rateLimit!.reset).toBeGreaterThan(pages[1].rateLimit!.reset)
    expect(run.stderr).toMatch(/rate limit \/api\/v1\/users: 0\/2 left/)
  })

  it('carries the budget to the next okta-api call of the job (its state file), so a shell loop waits too', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs())
    await fx.control.setRateLimit({ group: 'users', limit: 1, windowSeconds: 2 })
    for (let i = 0; i < 2; i++) {
      expect((await job.call(['/api/v1/users?limit=1'])).code).toBe(0)
    }
    const calls = await apiLog('users.list')
    expect(calls.map(c => c.status)).toEqual([200, 200])
  })
})

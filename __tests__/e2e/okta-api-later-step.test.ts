// okta-api as a later step really runs it: the token step (built dist/) leaves the command on
// PATH through GITHUB_PATH, a later `bash -c` step finds it by name (also with no node on
// PATH) and calls the emulator; the credentials are a file the post step (dist/post) deletes.
// What the command does with a call (pages, DPoP proofs and nonces, refusals, bodies, --batch,
// retries and rate limits) is tested in-process: __tests__/unit/okta-api-command.test.ts and
// __tests__/faults/okta-api-retries.test.ts.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Job, leaksIn } from '../../testkit/okta-api-job.js'
import { apiLog, useOktaApiJobs } from '../okta-api-jobs.js'
import { fx } from '../use-token-fixture.js'

const newJob = useOktaApiJobs(Job)

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
})

describe('the credentials', () => {
  it('are a 0600 file keyed by step id; --step picks an earlier step; the post step deletes the file', async () => {
    const bearer = await fx.seedApp()
    const dpop = await fx.seedApp({ dpopRequired: true })
    const job = newJob()
    await job.action(bearer.inputs(), 'first')
    await job.action(dpop.inputs(), 'second')
    const home = join(job.runnerTemp, 'okta-api')
    expect(statSync(join(home, 'first.json')).mode & 0o777).toBe(0o600)
    // The Windows launcher runs the same Node on the same bundle.
    const cmd = readFileSync(join(job.paths[0], 'okta-api.cmd'), 'utf8')
    expect(cmd).toContain(`"${process.execPath}" "`)
    expect(cmd).toMatch(/okta-api[\\/]index\.js" %\*\r\n/)
    expect(readFileSync(job.dir + '/env-1', 'utf8')).toBe('')
    await job.run(
      'okta-api "/api/v1/users?limit=1" && okta-api "/api/v1/users?limit=1" --step first'
    )
    const calls = await apiLog('users.list')
    expect(calls.map(c => [c.clientId, c.authorizationScheme])).toEqual([
      [dpop.clientId, 'DPoP'],
      [bearer.clientId, 'Bearer']
    ])
    const post = await job.post(dpop.inputs(), 'second')
    expect(post.stdout).toMatch(/Deleted the okta-api credentials file/)
    expect(existsSync(join(home, 'second.json'))).toBe(false)
    const after = await job.run('okta-api /api/v1/users')
    expect(after.code).toBe(2)
    expect(after.stderr).toMatch(/has been removed \(its post step ran\)/)
  })

  it('are not written, and nothing goes on PATH, with okta-api: false', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    const token = await job.action(app.inputs({ 'okta-api': 'false' }))
    expect(token.code).toBe(0)
    expect(job.paths).toEqual([])
    expect(existsSync(join(job.runnerTemp, 'okta-api'))).toBe(false)
    const run = await job.run('okta-api /api/v1/users')
    expect(run.code).toBe(127)
  })
})

// okta-api as a later step runs it (see okta-api-later-step.test.ts): what it refuses before
// sending anything, where the credentials live and when they go, and bodies, headers and output.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { leaksIn } from '../../testkit/okta-api-job.js'
import { fx } from '../use-token-fixture.js'
import { apiLog, newJob, useOktaApiJobs } from './okta-api-jobs.js'

useOktaApiJobs()

describe('refusals before any request (exit 2, one line)', () => {
  it('refuses another host, a bad flag, an Authorization header and a step that never ran', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs())
    const cases: Array<[string, RegExp]> = [
      [
        'okta-api https://evil.example.com/api/v1/users',
        /points to https:\/\/evil.example.com, not the org/
      ],
      ['okta-api //evil.example.com/x', /names another host/],
      ['okta-api /api/v1/users --frobnicate', /unknown flag --frobnicate; see okta-api --help$/],
      ["okta-api /api/v1/users -H 'Authorization: Bearer x'", /Authorization is refused/],
      ['okta-api /api/v1/users --step nope', /no credentials for step "nope"/]
    ]
    for (const [script, message] of cases) {
      const run = await job.run(script)
      expect({ script, code: run.code }).toEqual({ script, code: 2 })
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr.trim()).toMatch(message)
    }
    expect(await apiLog()).toEqual([])
  })

  it('refuses an expired token, saying when it expired and that the job must mint a new one', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs(), 'mint')
    const file = join(job.runnerTemp, 'okta-api', 'mint.json')
    const stored = JSON.parse(readFileSync(file, 'utf8'))
    // As if an hour had passed since the token step.
    writeFileSync(
      file,
      JSON.stringify({ ...stored, expiresAt: new Date(Date.now() - 120_000).toISOString() })
    )
    const run = await job.run('okta-api /api/v1/users')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /the access token of step "mint" expired at .* \(2 min ago\); nothing was sent\. The job must mint a new one/
    )
    expect(await apiLog()).toEqual([])
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

describe('bodies, fields, headers and output', () => {
  it('builds nested -f/-F fields, prints -i headers first, and leaks nothing with --verbose and step debug', async () => {
    const app = await fx.seedApp({ dpopRequired: true, granted: ['okta.groups.manage'] })
    const job = newJob()
    const token = await job.action(app.inputs({ scopes: 'okta.groups.manage' }))
    writeFileSync(join(job.dir, 'desc.txt'), 'Builds things')
    const created = await job.run(
      "okta-api -i --verbose /api/v1/groups -f 'profile[name]=Platform Crew' -F 'profile[description]=@desc.txt' -H 'X-Trace: 1'",
      { env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' } }
    )
    expect(created.code).toBe(0)
    const [head, body] = created.stdout.split('\r\n\r\n')
    expect(head).toMatch(/^HTTP\/1.1 200 OK\r\n/)
    expect(head).toMatch(/x-okta-request-id: /i)
    expect(JSON.parse(body).profile).toEqual({
      name: 'Platform Crew',
      description: 'Builds things'
    })
    expect(created.stderr).toMatch(
      /POST http:\/\/127.0.0.1:\d+\/api\/v1\/groups: HTTP 200 in \d+ ms/
    )
    const [call] = await apiLog('groups.create')
    expect(call.headers['x-trace']).toBe('1')
    expect(call.headers['content-type']).toBe('application/json')
    const secrets = [...token.masked, call.headers.dpop, call.headers.authorization.split(' ')[1]]
    expect(leaksIn(secrets, created)).toEqual([])
    expect(created.stderr).not.toMatch(/eyJ/)

    const piped = await job.run(
      `echo '{"profile":{"name":"From stdin"}}' | okta-api /api/v1/groups --input - | jq -r .profile.name`
    )
    expect(piped.stdout.trim()).toBe('From stdin')
  })

  it('prints a usage text like gh api --help', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs())
    const run = await job.run('okta-api --help')
    expect(run.code).toBe(0)
    for (const flag of [
      '--method',
      '--raw-field',
      '--field',
      '--input',
      '--header',
      '--paginate',
      '--include',
      '--batch',
      '--step',
      '--verbose',
      'EXIT CODES'
    ]) {
      expect(run.stdout).toContain(flag)
    }
  })
})

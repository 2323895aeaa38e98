// okta-api's command line in-process against src/ (testkit/okta-api-in-process.ts): the token
// step writes the credentials, runOktaApi reads them as a later step's call would, and the
// emulator checks every token, DPoP proof and body. Its waits for rate limits are in
// __tests__/faults/okta-api-retries.test.ts; what only the built command on PATH can show is
// in __tests__/e2e/okta-api-later-step.test.ts.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeJwt } from 'jose'
import { noWaitClock } from '../../testkit/in-process.js'
import { InProcessJob } from '../../testkit/okta-api-in-process.js'
import { leaksIn } from '../../testkit/okta-api-job.js'
import { apiLog, useOktaApiJobs } from '../okta-api-jobs.js'
import { fx } from '../use-token-fixture.js'

const newJob = useOktaApiJobs(InProcessJob)

describe('calls', () => {
  it('signs a fresh DPoP proof per page for a DPoP app and merges the pages into one array', async () => {
    const app = await fx.seedApp({ dpopRequired: true })
    const job = newJob()
    const token = await job.action(app.inputs())
    expect(token.outputs['token-type']).toBe('DPoP')
    const run = await job.call(['/api/v1/users?limit=200', '--paginate'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toHaveLength(450)
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
    const run = await job.call(['/api/v1/users?limit=1'])
    expect(run.code).toBe(0)
    const calls = await apiLog('users.list')
    expect(calls.map(c => c.status)).toEqual([401, 200])
    expect(calls[0].error).toBe('use_dpop_nonce')
    expect(decodeJwt(calls[1].headers.dpop).nonce).toBe(demand.nonce)
    expect(decodeJwt(calls[0].headers.dpop).jti).not.toBe(decodeJwt(calls[1].headers.dpop).jti)
  })
})

describe('refusals before any request (exit 2, one line)', () => {
  it('refuses another host, a bad flag, an Authorization header and a step that never ran', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs())
    const cases: Array<[string[], RegExp]> = [
      [
        ['https://evil.example.com/api/v1/users'],
        /points to https:\/\/evil.example.com, not the org/
      ],
      [['//evil.example.com/x'], /names another host/],
      [['/api/v1/users', '--frobnicate'], /unknown flag --frobnicate; see okta-api --help$/],
      [['/api/v1/users', '-H', 'Authorization: Bearer x'], /Authorization is refused/],
      [['/api/v1/users', '--step', 'nope'], /no credentials for step "nope"/]
    ]
    for (const [argv, message] of cases) {
      const run = await job.call(argv)
      expect({ argv, code: run.code }).toEqual({ argv, code: 2 })
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr.trim()).toMatch(message)
    }
    expect(await apiLog()).toEqual([])
  })

  it('refuses an expired token, saying when it expired and that the job must mint a new one', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs(), 'mint')
    const file = join(job.home, 'mint.json')
    const stored = JSON.parse(readFileSync(file, 'utf8'))
    // As if an hour had passed since the token step.
    writeFileSync(
      file,
      JSON.stringify({ ...stored, expiresAt: new Date(Date.now() - 120_000).toISOString() })
    )
    const run = await job.call(['/api/v1/users'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /the access token of step "mint" expired at .* \(2 min ago\); nothing was sent\. The job must mint a new one/
    )
    expect(await apiLog()).toEqual([])
  })
})

describe('bodies, fields, headers and output', () => {
  it('builds nested -f/-F fields, prints -i headers first, and leaks nothing with --verbose and step debug', async () => {
    const app = await fx.seedApp({ dpopRequired: true, granted: ['okta.groups.manage'] })
    const job = newJob()
    const token = await job.action(app.inputs({ scopes: 'okta.groups.manage' }))
    writeFileSync(join(job.dir, 'desc.txt'), 'Builds things')
    const created = await job.call(
      [
        '-i',
        '--verbose',
        '/api/v1/groups',
        '-f',
        'profile[name]=Platform Crew',
        '-F',
        'profile[description]=@desc.txt',
        '-H',
        'X-Trace: 1'
      ],
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

    const piped = await job.call(['/api/v1/groups', '--input', '-'], {
      stdin: '{"profile":{"name":"From stdin"}}\n'
    })
    expect(JSON.parse(piped.stdout).profile.name).toBe('From stdin')
  })

  it('prints a usage text like gh api --help', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs())
    const run = await job.call(['--help'])
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
    // Two creates fail with 503 first: they are retried (without the backoff's wait, which is
    // not what this test is about), and land once.
    await fx.control.addFault({
      match: { method: 'POST', path: '/api/v1/users' },
      kind: '503',
      skip: 3,
      times: 2
    })
    const run = await job.call(['--batch', 'calls.ndjson', '--concurrency', '5'], {
      clock: noWaitClock
    })
    expect(run.code).toBe(1)
    const answers = run.stdout
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

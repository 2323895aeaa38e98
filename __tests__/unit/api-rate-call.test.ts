// okta-api single calls and --paginate, in-process against src/ (testkit/okta-api-in-process.ts)
// and the emulator: where -f fields go, what a failed call or page prints and exits with, how
// a page that is not a list, blank or self-linking is handled, and the --verbose attempt lines.
import { describe, expect, it } from '@jest/globals'
import { noWaitClock } from '../../testkit/in-process.js'
import { InProcessJob } from '../../testkit/okta-api-in-process.js'
import { apiLog, useOktaApiJobs } from '../okta-api-jobs.js'
import { fx } from '../use-token-fixture.js'

const newJob = useOktaApiJobs(InProcessJob)

async function readyJob() {
  const app = await fx.seedApp()
  const job = newJob()
  await job.action(app.inputs())
  return job
}

describe('-f fields', () => {
  it('go in the query string for GET, HEAD and --paginate, never in a body', async () => {
    const job = await readyJob()
    const get = await job.call(['/api/v1/users', '-X', 'GET', '-f', 'limit=1'], {
      clock: noWaitClock
    })
    expect({ code: get.code, stderr: get.stderr }).toEqual({ code: 0, stderr: '' })
    expect(JSON.parse(get.stdout)).toHaveLength(1)
    await job.call(['/api/v1/users', '-X', 'HEAD', '-f', 'limit=2'], { clock: noWaitClock })
    await job.call(['/api/v1/users', '--paginate', '-f', 'limit=200'], { clock: noWaitClock })
    const sent = (await apiLog()).map(e => `${e.method} ${e.path}`)
    expect(sent.slice(0, 3)).toEqual([
      'GET /api/v1/users?limit=1',
      'HEAD /api/v1/users?limit=2',
      'GET /api/v1/users?limit=200'
    ])
  })
})

describe('a failed call', () => {
  it('prints the body, says one line naming the call, and exits 1', async () => {
    const job = await readyJob()
    const run = await job.call(['/api/v1/users/nobody'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).errorCode).toBe('E0000007')
    expect(run.stderr).toMatch(
      /^okta-api: GET \/api\/v1\/users\/nobody failed: HTTP 404 E0000007: [^\n]*\n$/
    )
  })

  it('counts any answer outside 2xx as failed, 300 included', async () => {
    const job = await readyJob()
    await fx.control.addFault({ match: { path: '/api/v1/users' }, kind: 'status', status: 300 })
    const single = await job.call(['/api/v1/users'])
    expect(single.code).toBe(1)
    expect(single.stderr).toMatch(/^okta-api: GET \/api\/v1\/users failed: HTTP 300/)
    await fx.control.addFault({
      match: { path: '/api/v1/users' },
      kind: 'status',
      status: 300,
      body: { errorCode: 'E0000001', errorSummary: 'Multiple choices' }
    })
    const paged = await job.call(['/api/v1/users', '--paginate'])
    expect(paged.code).toBe(1)
    expect(paged.stderr).toMatch(/^okta-api: GET \/api\/v1\/users \(page 1\) failed: HTTP 300/)
  })
})

describe('--paginate', () => {
  it('names the page that failed, prints its body, and with -i every page head', async () => {
    const job = await readyJob()
    await fx.control.addFault({
      match: { method: 'GET', path: '/api/v1/users' },
      kind: 'status',
      status: 404,
      skip: 1,
      body: { errorCode: 'E0000007', errorSummary: 'Not found: Resource not found: page' }
    })
    const run = await job.call(['/api/v1/users?limit=200', '--paginate', '-i'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^okta-api: GET \/api\/v1\/users \(page 2\) failed: HTTP 404 E0000007: [^\n]*\n$/
    )
    const heads = run.stdout.match(/^HTTP\/1.1 .*$/gm)
    expect(heads).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 404 Not Found'])
    expect(
      run.stdout.endsWith(
        '{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: page"}'
      )
    ).toBe(true)
  })

  it('prints a page that is not a list as it came, and nothing more', async () => {
    const job = await readyJob()
    const [user] = JSON.parse((await job.call(['/api/v1/users?limit=1'])).stdout) as Array<{
      id: string
    }>
    const single = await job.call([`/api/v1/users/${user.id}`])
    const paged = await job.call([`/api/v1/users/${user.id}`, '--paginate'])
    expect(paged.code).toBe(0)
    expect(JSON.parse(paged.stdout).id).toBe(user.id)
    expect(paged.stdout).toBe(single.stdout)
  })

  it('takes an empty or blank page as an empty list', async () => {
    const job = await readyJob()
    for (const body of ['', ' \n']) {
      await fx.control.addFault({
        match: { path: '/api/v1/users' },
        kind: 'status',
        status: 200,
        body
      })
      const run = await job.call(['/api/v1/users', '--paginate'])
      expect({ body, code: run.code, stdout: run.stdout }).toEqual({ body, code: 0, stdout: '[]' })
    }
  })

  it('refuses a next-page link that repeats a page or leaves the org, naming the page', async () => {
    const job = await readyJob()
    await fx.control.addFault({
      match: { path: '/api/v1/users' },
      kind: 'status',
      status: 200,
      body: [],
      times: 2,
      headers: { Link: `<${fx.url}/api/v1/users?after=x>; rel="next"` }
    })
    const loop = await job.call(['/api/v1/users', '--paginate'])
    expect(loop.code).toBe(1)
    expect(loop.stderr).toBe(
      'okta-api: GET /api/v1/users (page 3) failed: the next-page link repeats an earlier page\n'
    )
    await fx.control.addFault({
      match: { path: '/api/v1/users' },
      kind: 'status',
      status: 200,
      body: [],
      headers: { Link: '<https://evil.example.com/api/v1/users?after=x>; rel="next"' }
    })
    const away = await job.call(['/api/v1/users', '--paginate'])
    expect(away.code).toBe(1)
    expect(away.stderr).toMatch(
      /^okta-api: GET \/api\/v1\/users \(page 1\) failed: Okta sent a link to another host \(https:\/\/evil.example.com\).*so the access token is not sent there.\n$/
    )
  })
})

describe('-i', () => {
  it('prints a status line without a reason phrase for a code that has none', async () => {
    const job = await readyJob()
    await fx.control.addFault({
      match: { path: '/api/v1/users' },
      kind: 'status',
      status: 299,
      body: []
    })
    const run = await job.call(['/api/v1/users', '-i'])
    expect(run.code).toBe(0)
    expect(run.stdout.split('\r\n')[0]).toBe('HTTP/1.1 299')
  })
})

describe('--verbose', () => {
  it('says each attempt: status, time, request id and the family budget, only what it has', async () => {
    const job = await readyJob()
    const started = Date.now()
    const run = await job.call(['/api/v1/users?limit=1', '--verbose'])
    const wallMs = Date.now() - started
    const line = new RegExp(
      `^okta-api: GET ${fx.url}/api/v1/users\\?limit=1: HTTP 200 in (\\d+) ms, X-Okta-Request-Id (\\S+), rate limit /api/v1/users: (\\d+)/600 left, reset in (\\d+) s$`,
      'm'
    )
    const [, ms, id, left] = run.stderr.match(line) ?? []
    expect(Number(ms)).toBeLessThanOrEqual(wallMs)
    expect(id).toBe((await apiLog('users.list'))[0].requestId)
    expect(Number(left)).toBeLessThan(600)

    // An answer with no request id and no rate-limit headers: the line ends after the time.
    await fx.control.addFault({
      match: { path: '/api/v1/groups' },
      kind: 'status',
      status: 200,
      body: [],
      headers: { 'X-Okta-Request-Id': '' }
    })
    const bareGroups = await job.call(['/api/v1/groups', '--verbose'])
    expect(bareGroups.stderr).toMatch(
      new RegExp(`^okta-api: GET ${fx.url}/api/v1/groups: HTTP 200 in \\d+ ms\\n$`)
    )
  })

  it('says an attempt that got no answer, and fails with one line without --verbose', async () => {
    const job = await readyJob()
    const env = { OKTA_API_MAX_ATTEMPTS: '1' }
    await fx.control.addFault({ match: { path: '/api/v1/users' }, kind: 'drop' })
    const started = Date.now()
    const loud = await job.call(['/api/v1/users', '--verbose'], { env, clock: noWaitClock })
    const wallMs = Date.now() - started
    expect(loud.code).toBe(1)
    const [, ms] =
      loud.stderr.match(
        new RegExp(
          `^okta-api: GET ${fx.url}/api/v1/users: no answer \\(.+\\) after (\\d+) ms$`,
          'm'
        )
      ) ?? []
    expect(Number(ms)).toBeLessThanOrEqual(wallMs)
    await fx.control.addFault({ match: { path: '/api/v1/users' }, kind: 'drop' })
    const quiet = await job.call(['/api/v1/users'], { env, clock: noWaitClock })
    expect(quiet.code).toBe(1)
    expect(quiet.stderr.trim().split('\n')).toHaveLength(1)
    expect(quiet.stderr).toMatch(/^okta-api: GET \/api\/v1\/users/)
  })
})

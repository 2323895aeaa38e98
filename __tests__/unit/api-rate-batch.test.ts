// okta-api --batch (src/okta-api/batch.ts): every NDJSON line is checked before anything is
// sent (parseBatch, with the line's number in each refusal), and each answer line says what
// happened to its call, in the emulator, in-process (testkit/okta-api-in-process.ts).
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBatch } from '../../src/okta-api/batch.js'
import { UsageError } from '../../src/okta-api/flags.js'
import { noWaitClock } from '../../testkit/in-process.js'
import { InProcessJob } from '../../testkit/okta-api-in-process.js'
import { apiLog, useOktaApiJobs } from '../okta-api-jobs.js'
import { fx } from '../use-token-fixture.js'

const ORG = 'https://org.example.com'
const toUrl = (path: string) => {
  if (path.startsWith('//')) throw new Error(`The path "${path}" names another host`)
  return new URL(path, ORG).href
}

/** The refusal parseBatch gives for `text`, or 'accepted'. */
function refusal(text: string): string {
  try {
    parseBatch(text, toUrl)
    return 'accepted'
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
}

describe('--batch lines, checked before anything is sent', () => {
  it('reads method (default GET, any case), path and body, skipping blank lines', () => {
    const calls = parseBatch(
      [
        '{"path":"/api/v1/users"}',
        '',
        '   ',
        '{"method":"post","path":"/api/v1/groups","body":{"profile":{"name":"G"}}}'
      ].join('\n'),
      toUrl
    )
    expect(calls).toEqual([
      {
        order: 0,
        index: 0,
        method: 'GET',
        url: `${ORG}/api/v1/users`,
        path: '/api/v1/users',
        body: undefined
      },
      {
        order: 1,
        index: 3,
        method: 'POST',
        url: `${ORG}/api/v1/groups`,
        path: '/api/v1/groups',
        body: '{"profile":{"name":"G"}}'
      }
    ])
  })

  it('refuses a bad line with its number, and a file without calls', () => {
    const ok = '{"path":"/api/v1/users"}'
    const cases: Array<[string, string]> = [
      [`${ok}\n{not json`, '--batch line 2 is not JSON'],
      [`${ok}\n\n[]`, '--batch line 3 must be an object {"method","path","body"}'],
      ['null', '--batch line 1 must be an object {"method","path","body"}'],
      ['5', '--batch line 1 must be an object {"method","path","body"}'],
      ['"GET /x"', '--batch line 1 must be an object {"method","path","body"}'],
      ['{"method":true,"path":"/x"}', '--batch line 1: "method" must be an HTTP method'],
      ['{"method":"G E T","path":"/x"}', '--batch line 1: "method" must be an HTTP method'],
      ['{"method":"1GET","path":"/x"}', '--batch line 1: "method" must be an HTTP method'],
      ['{"method":"GET1","path":"/x"}', '--batch line 1: "method" must be an HTTP method'],
      ['{"method":"","path":"/x"}', '--batch line 1: "method" must be an HTTP method'],
      ['{"method":"GET"}', '--batch line 1: "path" is required'],
      ['{"path":""}', '--batch line 1: "path" is required'],
      ['{"path":5}', '--batch line 1: "path" is required'],
      [
        '{"path":"//evil.example.com/x"}',
        '--batch line 1: The path "//evil.example.com/x" names another host'
      ],
      ['\n  \n', '--batch has no calls (one JSON object per line)']
    ]
    for (const [text, message] of cases) {
      expect({ text, refused: refusal(text) }).toEqual({ text, refused: message })
    }
  })
})

const newJob = useOktaApiJobs(InProcessJob)

async function batch(lines: unknown[], env: Record<string, string> = {}) {
  const app = await fx.seedApp()
  const job = newJob()
  await job.action(app.inputs())
  writeFileSync(join(job.dir, 'calls.ndjson'), lines.map(l => JSON.stringify(l)).join('\n'))
  const run = await job.call(['--batch', 'calls.ndjson', '--concurrency', '2'], {
    env,
    clock: noWaitClock
  })
  const answers = run.stdout
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as Record<string, unknown>)
  return { run, answers }
}

describe('--batch answers', () => {
  it('names a failed line by its number, method and path, and counts it', async () => {
    const { run, answers } = await batch([
      { path: '/api/v1/users?limit=1' },
      { path: '/api/v1/users/nobody' }
    ])
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      /^okta-api: batch line 2: GET \/api\/v1\/users\/nobody failed: HTTP 404 E0000007: /
    )
    expect(lines[1]).toBe('okta-api: 1 of 2 batch calls failed')
    expect(answers.map(a => [a.index, a.status])).toEqual([
      [0, 200],
      [1, 404]
    ])
  })

  it('says "call" for a batch of one, and nothing when every call succeeded', async () => {
    const one = await batch([{ path: '/api/v1/users/nobody' }])
    expect(one.run.code).toBe(1)
    expect(one.run.stderr.trim().split('\n').pop()).toBe('okta-api: 1 of 1 batch call failed')
    const all = await batch([{ path: '/api/v1/users?limit=1' }, { path: '/api/v1/users?limit=2' }])
    expect({ code: all.run.code, stderr: all.run.stderr }).toEqual({ code: 0, stderr: '' })
  })

  it('gives a body null when the answer has none or only blanks, and text that is not JSON as a string', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs())
    // A 2xx that is not JSON is a failed attempt (a proxy page); an error answer may be text.
    const answers: Array<[number, string]> = [
      [200, ''],
      [200, ' \n'],
      [418, 'plain text']
    ]
    for (const [i, [status, body]] of answers.entries()) {
      await fx.control.addFault({
        match: { path: `/api/v1/groups/g${i}` },
        kind: 'status',
        status,
        body
      })
    }
    writeFileSync(
      join(job.dir, 'calls.ndjson'),
      [0, 1, 2].map(i => JSON.stringify({ path: `/api/v1/groups/g${i}` })).join('\n')
    )
    const run = await job.call(['--batch', 'calls.ndjson'], { clock: noWaitClock })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^okta-api: batch line 3: GET \/api\/v1\/groups\/g2 failed: HTTP 418/
    )
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(l => JSON.parse(l) as { status: number; body: unknown })
    expect(lines.map(l => [l.status, l.body])).toEqual([
      [200, null],
      [200, null],
      [418, 'plain text']
    ])
  })

  it('counts an answer outside 2xx as failed, 300 included', async () => {
    await fx.control.addFault({ match: { path: '/api/v1/users' }, kind: 'status', status: 300 })
    const { run, answers } = await batch([{ path: '/api/v1/users' }])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^okta-api: batch line 1: GET \/api\/v1\/users failed: HTTP 300/)
    expect(answers[0]).toMatchObject({ index: 0, status: 300 })
  })

  it('--concurrency 1 sends the next line only once the one before is answered', async () => {
    const app = await fx.seedApp()
    const job = newJob()
    await job.action(app.inputs())
    // The first line teaches the family's budget (an unknown family is probed one call at a
    // time whatever --concurrency says); the second's answer is then held back, so a third
    // call in flight would reach Okta meanwhile.
    await fx.control.addFault({
      match: { path: '/api/v1/users/slow' },
      kind: 'delay',
      delayMs: 300
    })
    writeFileSync(
      join(job.dir, 'calls.ndjson'),
      ['/api/v1/users/first', '/api/v1/users/slow', '/api/v1/users/fast']
        .map(path => JSON.stringify({ path }))
        .join('\n')
    )
    await job.call(['--batch', 'calls.ndjson', '--concurrency', '1'], { clock: noWaitClock })
    const [first, slow, fast] = await apiLog()
    expect(first.rateLimit).toBeDefined()
    expect([slow.path, fast.path]).toEqual(['/api/v1/users/slow', '/api/v1/users/fast'])
    // Both times are the emulator's: when each request arrived, and how long the first took to
    // be answered (whole milliseconds, hence the 1 ms of rounding).
    const answeredAt = Date.parse(slow.time) + (slow.durationMs ?? 0)
    expect(Date.parse(fast.time)).toBeGreaterThanOrEqual(answeredAt - 1)
  })

  it('answers a call that got no answer with its error, and goes on with the others', async () => {
    await fx.control.addFault({ match: { path: '/api/v1/users/nobody' }, kind: 'drop' })
    const { run, answers } = await batch(
      [{ path: '/api/v1/users/nobody' }, { path: '/api/v1/users?limit=1' }],
      { OKTA_API_MAX_ATTEMPTS: '1' }
    )
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines[lines.length - 1]).toBe('okta-api: 1 of 2 batch calls failed')
    expect(lines[0]).toMatch(/^okta-api: batch line 1: GET \/api\/v1\/users\/nobody /)
    expect(answers[0]).toEqual({
      index: 0,
      status: null,
      requestId: null,
      body: null,
      error: lines[0].replace(/^okta-api: /, '')
    })
    expect(answers[1]).toMatchObject({ index: 1, status: 200 })
    expect((await apiLog()).map(e => e.path)).toContain('/api/v1/users?limit=1')
  })
})

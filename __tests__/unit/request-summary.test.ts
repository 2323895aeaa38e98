// What a request-mode run tells the person reading it: the job summary, exactly (every row),
// the line that announces the call (which token, whether it follows Link rel="next"), where
// the body went and how big it is at each unit's edge (bytes, KiB, MiB, and the 1 MiB a step
// output holds), and whether okta-api was put on PATH. The bodies come from status faults, so
// their sizes are known to the byte; the token is minted by the emulator as in any run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction } from '../../testkit/in-process.js'
import { logLines } from '../../testkit/token-fixtures.js'
import { clearFaultsAndRequests, fx, useTokenFixture } from '../use-token-fixture.js'

useTokenFixture({ before: clearFaultsAndRequests })

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'request-summary-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

/** The summary's Fact/Value table, row by row, as @actions/core writes it. */
function summaryTable(rows: [string, string][]): string {
  return (
    '<h3>Okta API request</h3>\n<table><tr><th>Fact</th><th>Value</th></tr>' +
    rows.map(([fact, value]) => `<tr><td>${fact}</td><td>${value}</td></tr>`).join('') +
    '</table>\n'
  )
}

/** `count` user-like items whose JSON array is exactly `bytes` long (ASCII, so bytes = chars). */
function itemsOfSize(count: number, bytes: number): { id: string; note: string }[] {
  const items = Array.from({ length: count }, (_, i) => ({ id: `00u${i}`, note: '' }))
  const missing = bytes - JSON.stringify(items).length
  for (const [i, item] of items.entries()) {
    item.note = 'x'.repeat(Math.floor(missing / count) + (i === count - 1 ? missing % count : 0))
  }
  expect(JSON.stringify(items)).toHaveLength(bytes)
  return items
}

/** One user-like object whose JSON is exactly `bytes` long. */
function objectOfSize(bytes: number): { id: string; note: string } {
  const object = { id: '00usized', note: '' }
  object.note = 'x'.repeat(bytes - JSON.stringify(object).length)
  expect(JSON.stringify(object)).toHaveLength(bytes)
  return object
}

/**
 * The users list answered in two pages of `items` (the first links to the second), which
 * request-paginate joins into one array: JSON.stringify(items), to the byte.
 */
async function twoPages(items: unknown[]): Promise<void> {
  const half = Math.ceil(items.length / 2)
  await fx.control.addFault({
    match: { path: '^/api/v1/users\\?limit=500$' },
    kind: 'status',
    status: 200,
    body: items.slice(0, half),
    headers: { Link: `<${fx.url}/api/v1/users?after=p1&limit=500>; rel="next"` }
  })
  await fx.control.addFault({
    match: { path: '^/api/v1/users\\?after=p1&limit=500$' },
    kind: 'status',
    status: 200,
    body: items.slice(half)
  })
}

const PAGINATED = { 'request-path': '/api/v1/users?limit=500', 'request-paginate': 'true' }

describe('request mode summary and log', () => {
  it('Bearer, one object of 1023 bytes kept in response-body and response-file, okta-api on PATH', async () => {
    const app = await fx.seedApp({ key: 'p256' })
    const object = objectOfSize(1023)
    await fx.control.addFault({
      match: { method: 'GET', path: '/api/v1/users/00usized' },
      kind: 'status',
      status: 200,
      body: object
    })
    const file = join(scratch, 'bearer', 'user.json')
    const run = await runAction(
      'main',
      app.inputs({
        mode: 'request',
        'request-path': '/api/v1/users/00usized?expand=blocks',
        'response-file': file
      })
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['response-body']).toBe(JSON.stringify(object))
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(object))
    expect(run.summary).toBe(
      summaryTable([
        ['Method', 'GET'],
        ['Path', '/api/v1/users/00usized?expand=blocks'],
        ['Token', 'Bearer, scopes okta.users.read'],
        ['Status', '200'],
        ['Pages', '1'],
        // Not a list: no item count.
        ['Items', '-'],
        ['Body', `1023 bytes in response-body and ${file}`]
      ])
    )
    const lines = logLines(run.stdout)
    expect(lines).toEqual(
      expect.arrayContaining([
        'okta-api is on PATH for later steps of this job (Bearer token of step token; the post step deletes it)',
        'Okta API call: GET /api/v1/users/00usized with the Bearer token',
        `Wrote the response body (1023 bytes) to ${file}`
      ])
    )
    expect(run.state['okta-api-credentials']).toMatch(/okta-api/)
    expect(run.warnings).toEqual([])
  })

  it('DPoP, a paginated list of 1024 bytes in response-body only, okta-api false', async () => {
    const app = await fx.seedApp({ key: 'p256', dpopRequired: true })
    const items = itemsOfSize(2, 1024)
    await fx.control.addFault({
      match: { path: '^/api/v1/users\\?limit=500$' },
      kind: 'status',
      status: 200,
      body: items
    })
    const run = await runAction(
      'main',
      app.inputs({ mode: 'request', ...PAGINATED, dpop: 'true', 'okta-api': 'false' })
    )
    expect(run.errors).toEqual([])
    expect(run.outputs['response-body']).toBe(JSON.stringify(items))
    expect(run.summary).toBe(
      summaryTable([
        ['Method', 'GET'],
        ['Path', '/api/v1/users?limit=500'],
        ['Token', 'DPoP, scopes okta.users.read'],
        ['Status', '200'],
        ['Pages', '1'],
        ['Items', '2'],
        ['Body', '1.0 KiB in response-body']
      ])
    )
    const lines = logLines(run.stdout)
    expect(lines).toContain(
      'Okta API call: GET /api/v1/users with the DPoP-bound token and a fresh proof per request, following Link rel="next"'
    )
    expect(lines.filter(l => l.startsWith('okta-api') || l.startsWith('Wrote'))).toEqual([])
    expect(run.state['okta-api-credentials']).toBeUndefined()
    expect(run.warnings).toEqual([])
  })

  it('a token response without scope: the Token row says "(none listed)"', async () => {
    const app = await fx.seedApp({ key: 'p256' })
    // RFC 6749 section 5.1 lets a server leave out scope when it is the scope asked for.
    await fx.control.addFault({
      match: { path: '/oauth2/v1/token' },
      kind: 'status',
      status: 200,
      body: { token_type: 'Bearer', expires_in: 3600, access_token: 'eyJ.no-scope-listed.sig' }
    })
    await fx.control.addFault({
      match: { path: '/api/v1/users' },
      kind: 'status',
      status: 200,
      body: []
    })
    const run = await runAction(
      'main',
      app.inputs({ mode: 'request', 'request-path': '/api/v1/users', revoke: 'false' })
    )
    expect(run.errors).toEqual([])
    expect(run.summary).toContain('<tr><td>Token</td><td>Bearer, scopes (none listed)</td></tr>')
    expect(run.summary).toContain('<tr><td>Body</td><td>2 bytes in response-body</td></tr>')
  })
})

describe('request mode at the 1 MiB a step output holds', () => {
  it('a body of exactly 1 MiB still goes to response-body, with no warning', async () => {
    const app = await fx.seedApp({ key: 'p256' })
    const items = itemsOfSize(1000, 1024 * 1024)
    await twoPages(items)
    const run = await runAction('main', app.inputs({ mode: 'request', ...PAGINATED }))
    expect(run.errors).toEqual([])
    expect(run.outputs['response-body']).toBe(JSON.stringify(items))
    expect(run.warnings).toEqual([])
    expect(run.summary).toContain('<tr><td>Pages</td><td>2</td></tr>')
    expect(run.summary).toContain('<tr><td>Body</td><td>1.00 MiB in response-body</td></tr>')
  })

  it('one byte more without response-file: no response-body, a warning, and "no output"', async () => {
    const app = await fx.seedApp({ key: 'p256' })
    await twoPages(itemsOfSize(1000, 1024 * 1024 + 1))
    const run = await runAction('main', app.inputs({ mode: 'request', ...PAGINATED }))
    expect(run.errors).toEqual([])
    expect(run.outputs['response-status']).toBe('200')
    expect(run.outputs['response-body']).toBeUndefined()
    expect(run.warnings).toEqual([
      'The response body is 1.00 MiB, over the 1 MiB a step output can hold, so response-body is empty: set response-file to keep it.'
    ])
    expect(run.summary).toContain('<tr><td>Body</td><td>1.00 MiB in no output</td></tr>')
  })
})

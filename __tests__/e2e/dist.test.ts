// action.yml and the README's inputs/outputs tables must name the same things, and the
// bundle must run on Node 24, the runtime `using: node24` gives it. That dist/ is exactly what
// src/ builds to is `npm run check-dist` (scripts/check-dist.mjs), which CI runs after npm test.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runJob } from '../../testkit/run-action.js'
import { startTokenFixture, type TokenFixture } from '../../testkit/token-fixtures.js'

/** Names under a top-level key of action.yml (`inputs:` or `outputs:`), in order. */
function actionYmlNames(section: 'inputs' | 'outputs'): string[] {
  const lines = readFileSync(join(ROOT, 'action.yml'), 'utf8').split('\n')
  const start = lines.indexOf(`${section}:`)
  expect(start).toBeGreaterThanOrEqual(0)
  const names: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break
    const match = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (match) names.push(match[1])
  }
  return names
}

/** Names in the first column (`| \`name\` |`) of the tables under a README heading. */
function readmeNames(heading: 'Inputs' | 'Outputs'): string[] {
  const text = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const start = text.search(new RegExp(`^## ${heading}\\s*$`, 'm'))
  expect(start).toBeGreaterThanOrEqual(0)
  const rest = text.slice(start).split('\n').slice(1)
  const end = rest.findIndex(line => /^## /.test(line))
  const names: string[] = []
  for (const line of end < 0 ? rest : rest.slice(0, end)) {
    // A row may list several names in its first cell: | `app-id`, `client-id` | …
    const cell = /^\|([^|]*)\|/.exec(line)?.[1] ?? ''
    for (const match of cell.matchAll(/`([a-z0-9-]+)`/g)) names.push(match[1])
  }
  return names
}

describe("the README's inputs and outputs tables equal action.yml", () => {
  it.each(['Inputs', 'Outputs'] as const)('%s', heading => {
    expect(existsSync(join(ROOT, 'README.md'))).toBe(true)
    const section = heading === 'Inputs' ? 'inputs' : 'outputs'
    expect([...readmeNames(heading)].sort()).toEqual([...actionYmlNames(section)].sort())
  })

  it('action.yml has the inputs and outputs of the token, jwk and assertion modes', () => {
    expect(actionYmlNames('inputs')).toEqual(
      expect.arrayContaining([
        'mode',
        'okta-domain',
        'authorization-server',
        'token-endpoint',
        'audience',
        'client-id',
        'private-key',
        'private-key-passphrase',
        'key-id',
        'algorithm',
        'scopes',
        'assertion-lifetime',
        'dpop',
        'max-attempts',
        'timeout',
        'export-env',
        'revoke',
        'summary',
        'key-type'
      ])
    )
    expect(actionYmlNames('outputs')).toEqual(
      expect.arrayContaining([
        'access-token',
        'token-type',
        'expires-in',
        'expires-at',
        'scope',
        'dpop-key',
        'client-assertion',
        'key-id',
        'jwk',
        'private-key',
        'key-changed'
      ])
    )
  })
})

/** Node 24 from the npm registry; undefined, with the reason, when unavailable. */
function findNode24(): { path?: string; why?: string } {
  try {
    const path = execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000
    }).trim()
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()
    if (!version.startsWith('v24.')) return { why: `npx node@24 gave ${version}` }
    return { path }
  } catch (error) {
    return { why: `npx -y node@24 failed: ${(error as Error).message.split('\n')[0]}` }
  }
}

// `using: node24` is the runtime the action ships for: without Node 24 this proves nothing,
// so a missing Node 24 fails the test (in CI as here), it is never a skip.
const node24 = findNode24()

describe('the bundle on Node 24', () => {
  let fx: TokenFixture
  beforeAll(async () => {
    if (node24.path) fx = await startTokenFixture()
  })
  afterAll(async () => {
    await fx?.stop()
  })

  it('runs a token job, main and post, under Node 24', async () => {
    if (!node24.path) throw new Error(`Node 24 is needed for this test: ${node24.why}`)
    const app = await fx.seedApp({ dpopRequired: true })
    const { main, post } = await runJob(app.inputs(), { node: node24.path })
    expect(main.code).toBe(0)
    expect(main.outputs['token-type']).toBe('DPoP')
    expect(post.code).toBe(0)
    const [token] = (await fx.control.tokens()).filter(t => t.clientId === app.clientId)
    expect(token.revoked).toBe(true)
    expect(main.stderr).toBe('')
  })
})

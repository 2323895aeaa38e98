// The leak scan that every spawned run goes through must itself be able to fail: a secret
// planted in each place a run writes to is found, and a secret only inside ::add-mask:: or a
// masked output is not.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findLeaks, type ScannedText } from '../../testkit/leak-scan.js'
import { runAction } from '../../testkit/run-action.js'
import { startTokenFixture, type TokenFixture } from '../../testkit/token-fixtures.js'

const TOKEN = 'eyJraWQiOiJ0ZXN0In0.c2VjcmV0LXRva2VuLWJvZHk.c2lnbmF0dXJl'
const clean = (): ScannedText => ({
  stdout: `::add-mask::${TOKEN}\nAccess token: Bearer, expires in 3600 s\n`,
  stderr: '',
  output: `access-token<<ghadelimiter_1\n${TOKEN}\nghadelimiter_1\ntoken-type<<ghadelimiter_2\nBearer\nghadelimiter_2\n`,
  state: 'sealed-token<<ghadelimiter_3\nAbC.dEf.GhI.jKl\nghadelimiter_3\n',
  env: '',
  summary: '<h3>Okta access token</h3>'
})

describe('findLeaks', () => {
  it('finds nothing when the secret is only in ::add-mask:: and a masked output', () => {
    expect(findLeaks([TOKEN], clean())).toEqual([])
  })

  it.each<[string, (text: ScannedText) => void]>([
    ['stdout', t => (t.stdout += `curl -H "Authorization: Bearer ${TOKEN}"\n`)],
    ['stderr', t => (t.stderr += `debug: ${TOKEN}\n`)],
    ['GITHUB_STATE', t => (t.state += `token<<d\n${TOKEN}\nd\n`)],
    ['GITHUB_STEP_SUMMARY', t => (t.summary += `<td>${TOKEN}</td>`)],
    ['GITHUB_OUTPUT (non-secret outputs)', t => (t.output += `scope<<d\n${TOKEN}\nd\n`)],
    ['GITHUB_ENV', t => (t.env += `OKTA_ACCESS_TOKEN<<d\n${TOKEN}\nd\n`)]
  ])('finds a secret planted in %s', (where, plant) => {
    const text = clean()
    plant(text)
    const leaks = findLeaks([TOKEN], text)
    expect(leaks).toEqual([
      { where, secretPreview: `${TOKEN.slice(0, 4)}… (${TOKEN.length} chars)` }
    ])
    // The report itself never repeats the secret.
    expect(JSON.stringify(leaks)).not.toContain(TOKEN)
  })

  it('a secret on an ::add-mask:: line followed by other text on the next line is a leak', () => {
    const text = clean()
    text.stdout = `::add-mask::x\n${TOKEN}\n`
    expect(findLeaks([TOKEN], text).map(l => l.where)).toEqual(['stdout'])
  })

  it('GITHUB_ENV is allowed to hold it only with export-env', () => {
    const text = { ...clean(), env: `OKTA_ACCESS_TOKEN<<d\n${TOKEN}\nd\n` }
    expect(findLeaks([TOKEN], text, { allowEnvSecrets: true })).toEqual([])
    expect(findLeaks([TOKEN], text).map(l => l.where)).toEqual(['GITHUB_ENV'])
  })

  it('each line of a multi-line secret counts, PEM armour and short tails do not', () => {
    const pem =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\nAAEC\n-----END PRIVATE KEY-----'
    const text = clean()
    text.stderr = 'parse error near MIIEvQIBADANBgkqhkiG9w0BAQEF'
    expect(findLeaks([pem], text).map(l => l.where)).toEqual(['stderr'])
    text.stderr = '-----BEGIN PRIVATE KEY----- AAEC'
    expect(findLeaks([pem], text)).toEqual([])
  })

  it('a key pasted with literal \\n is split on those too', () => {
    const text = clean()
    text.summary = 'line 2 is QUJDREVGR0hJSktMTU5P'
    expect(
      findLeaks(['-----BEGIN X-----\\nQUJDREVGR0hJSktMTU5P\\n-----END X-----'], text)
    ).toHaveLength(1)
  })
})

describe('the scan in runAction catches a leak planted in a real run', () => {
  let fx: TokenFixture
  let dir: string
  let leakyNode: string

  beforeAll(async () => {
    fx = await startTokenFixture()
    // Stands in for `node`: runs the real dist entry, then writes a secret where the scan must
    // find it. A shebang script, not sh, so hyphenated INPUT_ names survive.
    dir = mkdtempSync(join(tmpdir(), 'leaky-node-'))
    leakyNode = join(dir, 'leaky-node.mjs')
    writeFileSync(
      leakyNode,
      `#!${process.execPath}
import { spawnSync } from 'node:child_process'
import { appendFileSync, readFileSync } from 'node:fs'
const { status } = spawnSync(process.execPath, process.argv.slice(2), { stdio: 'inherit' })
const env = process.env
const token = /^access-token<<(.+)\\n(.*)\\n\\1$/m.exec(readFileSync(env.GITHUB_OUTPUT, 'utf8'))[2]
const keyLine = env['INPUT_PRIVATE-KEY'].split('\\n')[3]
const plant = {
  stdout: () => console.log('Authorization: Bearer ' + token),
  stderr: () => console.error('key line: ' + keyLine),
  state: () => appendFileSync(env.GITHUB_STATE, 'raw<<EOF\\n' + token + '\\nEOF\\n'),
  summary: () => appendFileSync(env.GITHUB_STEP_SUMMARY, 'token: ' + token + '\\n'),
  output: () => appendFileSync(env.GITHUB_OUTPUT, 'note<<EOF\\n' + token + '\\nEOF\\n'),
  env: () => appendFileSync(env.GITHUB_ENV, 'TOKEN<<EOF\\n' + token + '\\nEOF\\n')
}
plant[env.PLANT_LEAK_IN]()
process.exit(status)
`
    )
    chmodSync(leakyNode, 0o755)
  })
  afterAll(async () => {
    await fx?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it.each([
    ['stdout', 'stdout'],
    ['stderr', 'stderr'],
    ['state', 'GITHUB_STATE'],
    ['summary', 'GITHUB_STEP_SUMMARY'],
    ['output', 'GITHUB_OUTPUT (non-secret outputs)'],
    ['env', 'GITHUB_ENV']
  ])('planted in %s: found, and runAction fails the run', async (place, where) => {
    const app = await fx.seedApp()
    const options = { node: leakyNode, env: { PLANT_LEAK_IN: place } }
    const run = await runAction('main', app.inputs(), { ...options, allowLeaks: true })
    expect(run.code).toBe(0)
    expect(run.leaks.map(leak => leak.where)).toEqual([where])
    await expect(runAction('main', app.inputs(), options)).rejects.toThrow(
      `Secret leaked in ${where}`
    )
  })

  it('the same run without the planted leak is clean', async () => {
    const app = await fx.seedApp()
    const run = await runAction('main', app.inputs())
    expect(run.code).toBe(0)
    expect(run.leaks).toEqual([])
    expect(run.masked).toContain(run.outputs['access-token'])
  })
})

// The leak scan that every spawned run goes through must itself be able to fail: a secret
// planted in each place a run writes to is found, and a secret only inside ::add-mask:: or a
// masked output is not.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findLeaks, findUnmasked, type ScannedText } from '../../testkit/leak-scan.js'
import { runAction, uniqueLabel } from '../../testkit/run-action.js'
import {
  startTokenFixture,
  type SeededApp,
  type TokenFixture
} from '../../testkit/token-fixtures.js'

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
    text.stdout = `::add-mask::${TOKEN}\n${TOKEN}\n`
    expect(findLeaks([TOKEN], text).map(l => l.where)).toEqual(['stdout'])
  })

  it('GITHUB_ENV is allowed to hold it only with export-env', () => {
    const text = { ...clean(), env: `OKTA_ACCESS_TOKEN<<d\n${TOKEN}\nd\n` }
    expect(findLeaks([TOKEN], text, { allowEnvSecrets: true })).toEqual([])
    expect(findLeaks([TOKEN], text).map(l => l.where)).toEqual(['GITHUB_ENV'])
  })

  it('each line of a multi-line secret counts, PEM armour does not', () => {
    const pem =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\nAAEC\n-----END PRIVATE KEY-----'
    const text = clean()
    text.stderr = 'parse error near MIIEvQIBADANBgkqhkiG9w0BAQEF'
    expect(findLeaks([pem], text).map(l => l.where)).toEqual(['stderr'])
    text.stderr = '-----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY-----'
    expect(findLeaks([pem], text)).toEqual([])
  })

  it('a short secret is found standing alone, not inside a longer word or base64 run', () => {
    const text = clean()
    // A 4-character PEM tail and a 6-character passphrase: no length floor.
    text.stderr = 'tail AAEC\n'
    expect(findLeaks(['AAEC'], text).map(l => l.where)).toEqual(['stderr'])
    text.stderr = 'passphrase="Tr0ub4"\n'
    expect(findLeaks(['Tr0ub4'], text).map(l => l.where)).toEqual(['stderr'])
    text.stderr = 'eyJhbGciOiJAAECUzI1NiJ9 and xTr0ub4y\n'
    expect(findLeaks(['AAEC', 'Tr0ub4'], text)).toEqual([])
    // A long one is found even glued to its neighbours (a key printed without newlines).
    text.stderr = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAAEC'
    expect(findLeaks(['MIIEvQIBADANBgkqhkiG9w0BAQEF'], text)).toHaveLength(1)
  })

  it('a key given base64-wrapped is looked for as the PEM lines it decodes to', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nQUJDREVGR0hJSktMTU5PUFFS\n-----END PRIVATE KEY-----\n'
    const text = clean()
    text.stdout += 'QUJDREVGR0hJSktMTU5PUFFS\n'
    expect(findLeaks([Buffer.from(pem).toString('base64')], text).map(l => l.where)).toEqual([
      'stdout'
    ])
  })

  it('a secret output is exempt only when the run masked it', () => {
    const text = clean()
    text.stdout = 'Access token: Bearer\n'
    expect(findLeaks([TOKEN], text).map(l => l.where)).toEqual([
      'GITHUB_OUTPUT (non-secret outputs)'
    ])
  })

  it('a secret the run handled but never masked is a finding', () => {
    expect(findUnmasked([TOKEN, 'Tr0ub4'], `::add-mask::${TOKEN}\n`)).toEqual([
      { where: 'never masked', secretPreview: '(6 chars)' }
    ])
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
const env = process.env
const child = spawnSync(process.execPath, process.argv.slice(2), {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8'
})
// PLANT_UNMASK: the run as it would print without its ::add-mask:: lines.
process.stdout.write(
  env.PLANT_UNMASK
    ? child.stdout.split('\\n').filter(l => !l.startsWith('::add-mask::')).join('\\n')
    : child.stdout
)
const output = name =>
  new RegExp('^' + name + '<<(.+)\\\\n([\\\\s\\\\S]*?)\\\\n\\\\1$', 'm').exec(
    readFileSync(env.GITHUB_OUTPUT, 'utf8')
  )[2]
const logged = async pick => {
  const log = await (await fetch(env['INPUT_OKTA-DOMAIN'] + '/__control/requests')).json()
  return log.map(pick).filter(Boolean).at(-1)
}
const secrets = {
  token: () => output('access-token'),
  'key-line': () => env['INPUT_PRIVATE-KEY'].split('\\n')[3],
  'base64-key-line': () =>
    Buffer.from(env['INPUT_PRIVATE-KEY'], 'base64').toString('utf8').split('\\n')[3],
  passphrase: () => env['INPUT_PRIVATE-KEY-PASSPHRASE'],
  'github-token': () => env['INPUT_GITHUB-TOKEN'],
  'api-token': () => env['INPUT_API-TOKEN'],
  assertion: () => logged(entry => entry.form?.client_assertion),
  proof: () => logged(entry => entry.headers.dpop),
  'generated-key-line': () => output('private-key').split('\\n')[2],
  nothing: () => undefined
}
const secret = await secrets[env.PLANT_WHAT]()
const plant = {
  stdout: () => console.log('Authorization: Bearer ' + secret),
  stderr: () => console.error('key line: ' + secret),
  state: () => appendFileSync(env.GITHUB_STATE, 'raw<<EOF\\n' + secret + '\\nEOF\\n'),
  summary: () => appendFileSync(env.GITHUB_STEP_SUMMARY, 'token: ' + secret + '\\n'),
  output: () => appendFileSync(env.GITHUB_OUTPUT, 'note<<EOF\\n' + secret + '\\nEOF\\n'),
  env: () => appendFileSync(env.GITHUB_ENV, 'TOKEN<<EOF\\n' + secret + '\\nEOF\\n'),
  none: () => {}
}
plant[env.PLANT_LEAK_IN]()
process.exit(child.status)
`
    )
    chmodSync(leakyNode, 0o755)
  })
  afterAll(async () => {
    await fx?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const plantIn = (what: string, place: string, unmask = false) => ({
    node: leakyNode,
    env: { PLANT_WHAT: what, PLANT_LEAK_IN: place, ...(unmask ? { PLANT_UNMASK: '1' } : {}) },
    plant: `${what} in ${place}${unmask ? ', all masks dropped' : ''}`
  })

  it.each([
    ['stdout', 'stdout'],
    ['stderr', 'stderr'],
    ['state', 'GITHUB_STATE'],
    ['summary', 'GITHUB_STEP_SUMMARY'],
    ['output', 'GITHUB_OUTPUT (non-secret outputs)'],
    ['env', 'GITHUB_ENV']
  ])('the issued token planted in %s: found, and runAction fails the run', async (place, where) => {
    const app = await fx.seedApp()
    const options = plantIn('token', place)
    const run = await runAction('main', app.inputs(), { ...options, allowLeaks: true })
    expect(run.code).toBe(0)
    expect(run.leaks.map(leak => leak.where)).toEqual([where])
    await expect(runAction('main', app.inputs(), options)).rejects.toThrow(
      new RegExp(`^Secret leaked: \\S+… \\(\\d+ chars\\) in ${where.replace(/[()]/g, '\\$&')}:`)
    )
  })

  // Each kind of secret the test knows, whether or not the action masked it.
  const passphrase = 'Tr0ub4'
  it.each<[string, string, (app: SeededApp) => Promise<Record<string, string>>]>([
    ['key-line', 'a line of the PEM key input', async app => app.inputs()],
    [
      'base64-key-line',
      'a decoded line of a key given base64-wrapped',
      async app => app.inputs({ 'private-key': Buffer.from(app.key.pkcs8).toString('base64') })
    ],
    [
      'passphrase',
      'a 6-character private-key-passphrase',
      async app =>
        app.inputs({
          'private-key': app.key.privateKey
            .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase })
            .toString(),
          'private-key-passphrase': passphrase
        })
    ],
    [
      'github-token',
      'the github-token input',
      async app => app.inputs({ 'github-token': `ghs_${'Q7x'.repeat(12)}` })
    ],
    [
      'api-token',
      'the api-token input',
      async app => app.inputs({ 'api-token': `00${'Zt9'.repeat(14)}` })
    ],
    ['assertion', 'the client assertion the emulator received', async app => app.inputs()],
    ['proof', 'the DPoP proof the emulator received', async app => app.inputs({ dpop: 'true' })]
  ])('%s (%s) planted in stderr is found', async (what, _label, inputsFor) => {
    const app = await fx.seedApp()
    const inputs = await inputsFor(app)
    const run = await runAction('main', inputs, { ...plantIn(what, 'stderr'), allowLeaks: true })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(new Set(run.leaks.map(leak => leak.where))).toEqual(new Set(['stderr']))
  })

  // Known from the emulator's log only: the run's ::add-mask:: lines are dropped as well, so
  // the scan cannot have learnt these values from what the action masked.
  it.each([
    ['assertion', 'the client assertion the emulator received', {}],
    ['proof', 'the DPoP proof the emulator received', { dpop: 'true' }]
  ])('%s (%s), unmasked and planted in stderr, is found', async (what, _label, extra) => {
    const app = await fx.seedApp()
    const options = plantIn(what, 'stderr', true)
    const run = await runAction('main', app.inputs(extra), { ...options, allowLeaks: true })
    expect(run.code).toBe(0)
    expect(run.masked).toEqual([])
    expect(run.leaks.map(leak => leak.where)).toContain('stderr')
    expect(run.leaks.map(leak => leak.where)).toContain('never masked')
  })

  it('a line of the key provision generated, planted in the summary, is found', async () => {
    const apiToken = (await fx.control.createApiToken({ role: 'SUPER_ADMIN' })).token
    const inputs = {
      mode: 'provision',
      'okta-domain': fx.url,
      'api-token': apiToken,
      'app-label': uniqueLabel(),
      scopes: 'okta.users.read'
    }
    const options = plantIn('generated-key-line', 'summary')
    const run = await runAction('main', inputs, { ...options, allowLeaks: true })
    expect(run.code).toBe(0)
    expect(run.leaks.map(leak => leak.where)).toEqual(['GITHUB_STEP_SUMMARY'])
  })

  it('a secret output set without its ::add-mask:: is a leak, and so is the unmasked token', async () => {
    const app = await fx.seedApp()
    const run = await runAction('main', app.inputs(), {
      ...plantIn('nothing', 'none', true),
      allowLeaks: true
    })
    expect(run.code).toBe(0)
    expect(run.leaks.map(leak => leak.where)).toContain('GITHUB_OUTPUT (non-secret outputs)')
    expect(run.leaks.map(leak => leak.where)).toContain('never masked')
  })

  it('the same run without the planted leak is clean', async () => {
    const app = await fx.seedApp()
    const run = await runAction('main', app.inputs())
    expect(run.code).toBe(0)
    expect(run.leaks).toEqual([])
    expect(run.masked).toContain(run.outputs['access-token'])
  })
})

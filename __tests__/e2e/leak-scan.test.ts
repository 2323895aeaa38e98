// The leak scan that every spawned run goes through must itself be able to fail: a secret
// planted by a stand-in for `node` in each place a real run of dist/ writes to is found, and
// runAction then fails the run. The scan on its own: unit/leak-scan.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, uniqueLabel } from '../../testkit/run-action.js'
import {
  startTokenFixture,
  type SeededApp,
  type TokenFixture
} from '../../testkit/token-fixtures.js'

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
  ])('the issued token planted in %s is found', async (place, where) => {
    const app = await fx.seedApp()
    const run = await runAction('main', app.inputs(), {
      ...plantIn('token', place),
      allowLeaks: true
    })
    expect(run.code).toBe(0)
    expect(run.leaks.map(leak => leak.where)).toEqual([where])
  })

  it('runAction fails a run whose scan found a leak, naming the secret by preview and where', async () => {
    const app = await fx.seedApp()
    await expect(runAction('main', app.inputs(), plantIn('token', 'env'))).rejects.toThrow(
      /^Secret leaked: \S+… \(\d+ chars\) in GITHUB_ENV:/
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

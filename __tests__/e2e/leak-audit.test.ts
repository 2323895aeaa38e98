// The leak audit on real jobs with step debug logging on (ACTIONS_STEP_DEBUG, RUNNER_DEBUG):
// a token job (main and post) and a provision job that generates a key print every secret
// they handle only inside ::add-mask:: lines and masked outputs. runAction scans each run and
// throws on a leak; the planted leak proves that scan would see one in these very runs.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import { testKey } from '../../testkit/keys.js'
import { findLeaks } from '../../testkit/leak-scan.js'
import { runAction, runJob, uniqueLabel, type ActionRun } from '../../testkit/run-action.js'

const key = testKey('rsa')
let emulator: EmulatorHandle

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator?.stop()
})

const debugLines = (run: ActionRun) => run.stdout.split('\n').filter(l => l.startsWith('::debug::'))
const scanned = (run: ActionRun) => ({
  stdout: run.stdout,
  stderr: run.stderr,
  output: '',
  state: '',
  env: '',
  summary: run.summary
})

it('a debug token job leaks neither key, assertion, proof nor token, and a planted token is caught', async () => {
  const app = await emulator.control.createApp({
    keys: [{ ...key.publicJwk, kid: 'audit' }],
    grantedScopes: ['okta.users.read'],
    dpopRequired: true
  })
  const inputs = {
    'okta-domain': emulator.url,
    'client-id': app.clientId,
    'private-key': key.pkcs8,
    'key-id': 'audit',
    scopes: 'okta.users.read'
  }
  const { main, post } = await runJob(inputs, { debug: true })
  expect(main.code).toBe(0)
  expect(post.code).toBe(0)
  const token = main.outputs['access-token']
  // Masked: the token, the DPoP key, and at least one assertion and one DPoP proof.
  expect(main.masked).toContain(token)
  expect(main.masked).toContain(main.outputs['dpop-key'])
  expect(main.masked.filter(v => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(v)).length).toBeGreaterThan(2)
  expect(main.leaks).toEqual([])
  expect(post.leaks).toEqual([])

  // Planted: the same run, with the token copied into its job summary.
  const planted = { ...scanned(main), summary: `${main.summary}\nToken: ${token}\n` }
  expect(findLeaks([...main.masked, key.pkcs8], planted)).toEqual([
    { where: 'GITHUB_STEP_SUMMARY', secretPreview: `${token.slice(0, 4)}… (${token.length} chars)` }
  ])
  // And a debug line that prints one of the run's assertions.
  const assertion = main.masked.find(v => v.startsWith('eyJ') && v !== token)!
  const debugLeak = { ...scanned(main), stdout: `${main.stdout}::debug::body ${assertion}\n` }
  expect(findLeaks(main.masked, debugLeak).map(l => l.where)).toEqual(['stdout'])
})

it('a debug provision job leaks neither the API token nor the generated key', async () => {
  const apiToken = (await emulator.control.createApiToken({ role: 'SUPER_ADMIN' })).token
  const run = await runAction(
    'main',
    {
      mode: 'provision',
      'okta-domain': emulator.url,
      'api-token': apiToken,
      'app-label': uniqueLabel(),
      scopes: 'okta.users.read',
      'admin-roles': 'READ_ONLY_ADMIN'
    },
    { debug: true }
  )
  expect(run.errors).toEqual([])
  expect(run.code).toBe(0)
  expect(debugLines(run).length).toBeGreaterThan(0)
  const generated = run.outputs['private-key']
  expect(generated).toMatch(/^-----BEGIN PRIVATE KEY-----/)
  expect(run.masked).toContain(apiToken)
  expect(run.leaks).toEqual([])

  // Planted: one line of the generated key in stderr is found.
  const keyLine = generated.split('\n')[1]
  const planted = { ...scanned(run), stderr: `${run.stderr}${keyLine}\n` }
  expect(findLeaks([generated], planted).map(l => l.where)).toEqual(['stderr'])
})

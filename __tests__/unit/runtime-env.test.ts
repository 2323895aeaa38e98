// The Runtime's env is the step's environment: src/ reads nothing from process.env but in
// defaultRuntime, so in-process runs (and tests) can differ in environment side by side.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as actionsCore from '@actions/core'
import { defaultRuntime } from '../../src/default-runtime.js'
import { systemClock } from '../../src/http/retrying-client.js'
import { maskedBeforeOutput, runAction } from '../../testkit/in-process.js'
import { recordingCore } from '../../testkit/recording-core.js'
import { ROOT } from '../../testkit/run-action.js'
import { startTokenFixture, type TokenFixture } from '../../testkit/token-fixtures.js'
import { closedPort } from '../../testkit/loopback.js'

let fx: TokenFixture
let proxyPort: number

beforeAll(async () => {
  fx = await startTokenFixture()
  // A port nothing listens on: a proxy there refuses every connection.
  proxyPort = await closedPort()
})
afterAll(async () => {
  await fx?.stop()
})

const saved = { ...process.env }
afterEach(() => {
  for (const name of ['HTTPS_PROXY', 'HTTP_PROXY', 'GITHUB_STEP_SUMMARY', 'GITHUB_REPOSITORY']) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]
  )
}

describe('the environment comes from the Runtime', () => {
  it("no file under src/ but the two default runtimes (the action's and okta-api's) reads process.env", () => {
    const readers = sourceFiles(join(ROOT, 'src'))
      .filter(file => /\bprocess\.env\b/.test(readFileSync(file, 'utf8')))
      .map(file => file.slice(ROOT.length + 1))
    expect(readers.sort()).toEqual(['src/default-runtime.ts', 'src/okta-api/main.ts'])
  })

  it('a proxy named in the step env is used; one only in process.env is not', async () => {
    const app = await fx.seedApp()
    const proxy = `http://127.0.0.1:${proxyPort}`
    const viaStep = await runAction('main', app.inputs({ 'max-attempts': '1' }), {
      env: { HTTPS_PROXY: proxy, HTTP_PROXY: proxy }
    })
    expect(viaStep.code).toBe(1)
    expect(viaStep.errors[0]).toContain('through the proxy')

    process.env.HTTPS_PROXY = proxy
    process.env.HTTP_PROXY = proxy
    const direct = await runAction('main', app.inputs())
    expect([direct.code, direct.errors]).toEqual([0, []])
  })

  it('the summary follows GITHUB_STEP_SUMMARY in the step env, not process.env', async () => {
    const app = await fx.seedApp()
    process.env.GITHUB_STEP_SUMMARY = join(ROOT, 'never-written')
    const without = await runAction('main', app.inputs(), { env: { GITHUB_STEP_SUMMARY: '' } })
    expect(without.code).toBe(0)
    expect(without.summary).toBe('')
    const withFile = await runAction('main', app.inputs())
    expect(withFile.summary).toContain('Okta access token')
  })

  it('the repository in a dry-run plan is GITHUB_REPOSITORY of the step env', async () => {
    process.env.GITHUB_REPOSITORY = 'process-org/process-repo'
    const { token } = await fx.control.createApiToken({ role: 'SUPER_ADMIN' })
    const run = await runAction(
      'main',
      {
        mode: 'provision',
        'okta-domain': fx.url,
        'api-token': token,
        'app-label': 'env-plan',
        scopes: 'okta.users.read',
        'dry-run': 'true',
        'github-token': 'github_pat_not_used_in_a_dry_run'
      },
      { env: { GITHUB_REPOSITORY: 'step-org/step-repo' } }
    )
    expect([run.code, run.errors]).toEqual([0, []])
    expect(run.stdout).toContain('in step-org/step-repo')
    expect(run.stdout).not.toContain('process-org')
  })
})

describe("the runner's runtime (defaultRuntime)", () => {
  // What the entries in dist/ run with: only the spawned e2e runs use it otherwise.
  it("is @actions/core, this process's environment, the system clock and the entry's folder", () => {
    const runtime = defaultRuntime()
    expect(runtime.core).toBe(actionsCore)
    expect(runtime.env).toBe(process.env)
    expect(runtime.clock).toBe(systemClock)
    expect(runtime.actionDir).toBe(dirname(process.argv[1]))
    expect(runtime.actionDir).not.toBe('.')
  })

  it('its transport reaches a server', async () => {
    const response = await defaultRuntime().transport(
      { method: 'GET', url: `${fx.url}/.well-known/oauth-authorization-server`, headers: {} },
      5000
    )
    expect(response.status).toBe(200)
    expect(JSON.parse(response.text)).toMatchObject({ token_endpoint: `${fx.url}/oauth2/v1/token` })
  })
})

describe('the recording core keeps the order of calls', () => {
  it('the access token is masked before it is output', async () => {
    const app = await fx.seedApp()
    const run = await runAction('main', app.inputs())
    expect(run.code).toBe(0)
    expect(maskedBeforeOutput(run.events, 'access-token')).toBe(true)
    expect(run.events.find(e => e.kind === 'output')).toMatchObject({ name: 'access-token' })
  })

  it('an output that was never masked is reported as such', () => {
    expect(
      maskedBeforeOutput(
        [
          { kind: 'output', name: 'access-token', value: 'token-value' },
          { kind: 'mask', value: 'token-value' }
        ],
        'access-token'
      )
    ).toBe(false)
  })

  it('added paths go to the step env and the GITHUB_PATH contents, in order', () => {
    const env: NodeJS.ProcessEnv = { PATH: '/usr/bin' }
    const core = recordingCore(env)
    core.addPath('/opt/tool/bin')
    expect(env.PATH).toBe('/opt/tool/bin:/usr/bin')
    expect(core.files().path).toBe('/opt/tool/bin\n')
    expect(core.events).toEqual([{ kind: 'path', value: '/opt/tool/bin' }])
  })
})

// The token step's half of okta-api, in-process against src/okta-api/install.ts: the folder
// it puts on PATH and the launchers in it. The sh launcher is run as a later step would run
// it (executed directly, so its #! line counts), on a probe bundle that prints what it got;
// the .cmd launcher, which only Windows runs, is read line by line.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ModeContext } from '../../src/context.js'
import type { MintedToken } from '../../src/modes/access-token.js'
import { installOktaApi, type InstallOptions } from '../../src/okta-api/install.js'
import { readCredentials } from '../../src/okta-api/credentials.js'

let root: string
let actionDir: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'api-cli-install-'))
  actionDir = join(root, 'action')
  mkdirSync(join(actionDir, 'okta-api'), { recursive: true })
  // Stands in for dist/okta-api/index.js: prints its arguments and the launcher's folder.
  writeFileSync(
    join(actionDir, 'okta-api', 'index.js'),
    'process.stdout.write(JSON.stringify({ argv: process.argv.slice(2), dir: process.env.OKTA_API_CREDENTIALS_DIR }))\n'
  )
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const token: MintedToken = {
  accessToken: 'eyJraWQiOiJ0ZXN0In0.api-cli-install.signature',
  tokenType: 'Bearer',
  expiresIn: 3600,
  scope: 'okta.users.read',
  tokenEndpoint: 'https://acme.okta.com/oauth2/v1/token',
  expiresAt: '2030-01-01T00:00:00.000Z',
  missingScopes: [],
  requests: 1
}

/** The token step's install, recording what it tells the runner (core) and the log. */
function install(options: InstallOptions) {
  const events: string[] = []
  const ctx = {
    actionDir,
    core: {
      addPath: (path: string) => events.push(`addPath ${path}`),
      saveState: (name: string, value: string) => events.push(`saveState ${name}=${value}`)
    },
    log: {
      info: (m: string) => events.push(`info ${m}`),
      warning: (m: string) => events.push(`warning ${m}`),
      debug: () => undefined
    }
  } as unknown as ModeContext
  installOktaApi(ctx, token, options)
  return events
}

describe('install', () => {
  it("puts a folder with the two launchers only on PATH, readable by the runner's user alone", () => {
    // A quote in the path: the sh launcher must quote it as POSIX sh reads quotes.
    const runnerTemp = join(root, "it's temp")
    mkdirSync(runnerTemp)
    const home = join(runnerTemp, 'okta-api')
    const bin = join(home, 'bin')
    expect(install({ runnerTemp, step: 'mint' })).toEqual([
      `addPath ${bin}`,
      `saveState okta-api-credentials=${join(home, 'mint.json')}`,
      'info okta-api is on PATH for later steps of this job (Bearer token of step mint; the post step deletes it)'
    ])
    expect(readdirSync(bin).sort()).toEqual(['okta-api', 'okta-api.cmd'])
    expect(statSync(bin).mode & 0o777).toBe(0o700)
    // glibc's execvp and the shells run a script without #! through sh, but a caller that
    // execs directly (execve: Python's subprocess, Go's os/exec) gets ENOEXEC without it.
    expect(readFileSync(join(bin, 'okta-api'), 'utf8')).toMatch(/^#!\/bin\/sh\n/)

    const run = spawnSync(join(bin, 'okta-api'), ['/api/v1/users', "it's", '$HOME', 'a b'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH }
    })
    expect(run.error).toBeUndefined()
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual({
      argv: ['/api/v1/users', "it's", '$HOME', 'a b'],
      dir: home
    })
  })

  it("installs again for a second token step of the job, over the first one's launchers", () => {
    const runnerTemp = join(root, 'temp-twice')
    mkdirSync(runnerTemp)
    const bin = join(runnerTemp, 'okta-api', 'bin')
    install({ runnerTemp, step: 'mint' })
    expect(install({ runnerTemp, step: 'mint-again' })).toContain(`addPath ${bin}`)
    expect(readdirSync(bin).sort()).toEqual(['okta-api', 'okta-api.cmd'])
    expect(readFileSync(join(runnerTemp, 'okta-api', 'latest-step'), 'utf8')).toBe('mint-again')
  })

  it('writes a Windows launcher that sets the folder, passes every argument and the exit code', () => {
    const runnerTemp = join(root, 'temp')
    mkdirSync(runnerTemp)
    install({ runnerTemp, step: 'mint', node: 'C:\\node\\node.exe' })
    const home = join(runnerTemp, 'okta-api')
    const text = readFileSync(join(home, 'bin', 'okta-api.cmd'), 'utf8')
    expect(text.split('\r\n')).toEqual([
      '@echo off',
      'setlocal',
      `set "OKTA_API_CREDENTIALS_DIR=${home}"`,
      `"C:\\node\\node.exe" "${join(actionDir, 'okta-api', 'index.js')}" %*`,
      'exit /b %ERRORLEVEL%',
      ''
    ])
  })

  it('keys the credentials by "token" when the step has no id', () => {
    const runnerTemp = join(root, 'temp')
    mkdirSync(runnerTemp)
    const events = install({ runnerTemp, step: undefined })
    expect(events[2]).toBe(
      'info okta-api is on PATH for later steps of this job (Bearer token of step token; the post step deletes it)'
    )
    expect(readCredentials(join(runnerTemp, 'okta-api'), 'token').accessToken).toBe(
      token.accessToken
    )
  })

  it('installs nothing, with a warning, off a runner or without its bundle', () => {
    expect(install({ runnerTemp: undefined, step: 'mint' })).toEqual([
      'warning okta-api is not installed: RUNNER_TEMP is not set (not a GitHub runner?)'
    ])
    const runnerTemp = join(root, 'temp')
    mkdirSync(runnerTemp)
    const entry = join(root, 'missing', 'index.js')
    expect(install({ runnerTemp, step: 'mint', entry })).toEqual([
      `warning okta-api is not installed: its bundle ${entry} is missing from the action`
    ])
    expect(readdirSync(runnerTemp)).toEqual([])
  })
})

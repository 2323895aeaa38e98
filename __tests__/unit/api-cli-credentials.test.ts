// okta-api's start, in-process against src/okta-api/{cli,credentials,uninstall}.ts with
// credentials files written here: what it says when the token step's file is missing, removed,
// unreadable or expired, how OKTA_API_MAX_ATTEMPTS is read, which exit code a refusal, a failed
// call and a bad field get, and the post step deleting the file. The org is a closed port on
// 127.0.0.1: these cases either send nothing or fail to connect, so no emulator is needed.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runOktaApi } from '../../src/okta-api/cli.js'
import {
  removeCredentials,
  writeCredentials,
  type OktaApiCredentials
} from '../../src/okta-api/credentials.js'
import { removeOktaApiCredentials } from '../../src/okta-api/uninstall.js'
import { createTransport } from '../../src/http/transport.js'
import type { Clock } from '../../src/http/retrying-client.js'
import { closedPort } from '../../testkit/loopback.js'

// The name the launchers export, spelt out: a renamed variable would strand every later step.
const DIR_ENV = 'OKTA_API_CREDENTIALS_DIR'
const TOKEN = 'eyJraWQiOiJ0ZXN0In0.api-cli-token.signature'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'api-cli-credentials-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function credentials(
  step: string,
  more: Partial<OktaApiCredentials> = {}
): Promise<OktaApiCredentials> {
  const stored: OktaApiCredentials = {
    version: 1,
    step,
    orgUrl: `http://127.0.0.1:${await closedPort()}`,
    accessToken: TOKEN,
    tokenType: 'Bearer',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    scope: 'okta.users.read',
    ...more
  }
  writeCredentials(dir, stored)
  return stored
}

const noWait = (now = () => Date.now()): Clock => ({
  now,
  sleep: () => Promise.resolve(),
  random: () => 0
})

async function call(
  argv: string[],
  env: Record<string, string> = { [DIR_ENV]: dir },
  clock = noWait(),
  readFile: (path: string) => string = () => ''
) {
  let stdout = ''
  let stderr = ''
  const code = await runOktaApi(
    argv,
    {
      env,
      stdout: text => (stdout += text),
      stderr: text => (stderr += text),
      readFile
    },
    { transport: createTransport({}), clock }
  )
  return { code, stdout, stderr }
}

describe('no usable credentials: exit 2, one line saying what to do', () => {
  it('outside a job whose token step ran (no folder in the environment)', async () => {
    expect(await call(['/api/v1/users'], {})).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'okta-api: no credentials: run the token step (mode: token or request, okta-api not false) earlier in this job, then call okta-api from a later step\n'
    })
  })

  it('when no token step has left a token yet', async () => {
    expect(await call(['/api/v1/users'])).toMatchObject({
      code: 2,
      stderr:
        'okta-api: no credentials: no token step of this job has left a token; run the token step first\n'
    })
  })

  it('when the post step of the latest token step has removed its file', async () => {
    await credentials('mint')
    removeCredentials(join(dir, 'mint.json'))
    expect(existsSync(join(dir, 'mint.json'))).toBe(false)
    expect(await call(['/api/v1/users'])).toMatchObject({
      code: 2,
      stderr:
        'okta-api: no credentials: the token of step "mint" has been removed (its post step ran); mint a new one\n'
    })
  })

  it.each([
    ['another version', { version: 2 }],
    ['no token', { accessToken: '' }],
    ['no org', { orgUrl: '' }]
  ])('when the file has %s', async (_, change) => {
    const stored = await credentials('mint')
    writeFileSync(join(dir, 'mint.json'), JSON.stringify({ ...stored, ...change }))
    expect(await call(['/api/v1/users'])).toMatchObject({
      code: 2,
      stderr: 'okta-api: the credentials of step "mint" are not readable; mint a new token\n'
    })
  })

  it.each([
    ['cut short', '{"version":1,"step":"mi'],
    ['not JSON', 'not json'],
    ['JSON null', 'null']
  ])('when the file is %s', async (_, text) => {
    await credentials('mint')
    writeFileSync(join(dir, 'mint.json'), text)
    expect(await call(['/api/v1/users'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'okta-api: the credentials of step "mint" are not readable; mint a new token\n'
    })
  })

  it('keeps step ids that differ only in characters a file name cannot hold apart', async () => {
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString()
    const twoHoursAgo = new Date(Date.now() - 7_200_000).toISOString()
    await credentials('a.b', { expiresAt: twoHoursAgo })
    await credentials('ab', { expiresAt: hourAgo })
    const run = await call(['/api/v1/users', '--step', 'a.b'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(`step "a.b" expired at ${twoHoursAgo} (120 min ago)`)
  })

  it('refuses a token whose expiry is this very millisecond', async () => {
    const stored = await credentials('mint')
    const expiry = Date.parse(stored.expiresAt)
    const run = await call(
      ['/api/v1/users'],
      { [DIR_ENV]: dir },
      noWait(() => expiry)
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `okta-api: the access token of step "mint" expired at ${stored.expiresAt} (1 min ago); nothing was sent. The job must mint a new one: run the token step again before this step.\n`
    )
  })
})

describe('the credentials folder the token step writes', () => {
  it('is private to the runner user: the folder 0700, the token file and latest-step 0600', async () => {
    const stored = await credentials('mint')
    const home = join(dir, 'runner-temp', 'okta-api')
    // A file an earlier run of the step left readable to all is replaced with mode 0600.
    mkdirSync(home, { recursive: true })
    writeFileSync(join(home, 'mint.json'), '{}', { mode: 0o644 })
    writeCredentials(home, stored)
    const modeOf = (path: string) => statSync(path).mode & 0o777
    expect(modeOf(join(home, 'mint.json'))).toBe(0o600)
    expect(modeOf(join(home, 'latest-step'))).toBe(0o600)
    expect(readFileSync(join(home, 'latest-step'), 'utf8')).toBe('mint')
    const fresh = join(dir, 'fresh', 'okta-api')
    writeCredentials(fresh, stored)
    expect(modeOf(fresh)).toBe(0o700)
  })
})

describe('OKTA_API_MAX_ATTEMPTS', () => {
  it.each(['0', '11', '1.5', 'four'])('refuses %j before sending anything', async raw => {
    await credentials('mint')
    const run = await call(['/api/v1/users', '--verbose'], {
      [DIR_ENV]: dir,
      OKTA_API_MAX_ATTEMPTS: raw
    })
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `okta-api: OKTA_API_MAX_ATTEMPTS must be a whole number from 1 to 10, got "${raw}"; see okta-api --help\n`
    })
  })

  /** The attempts one call makes to an org that refuses every connection. */
  async function attempts(raw: string | undefined) {
    await credentials('mint')
    const env: Record<string, string> = { [DIR_ENV]: dir }
    if (raw !== undefined) env.OKTA_API_MAX_ATTEMPTS = raw
    const run = await call(['/api/v1/users', '--verbose'], env)
    const lines = run.stderr.trim().split('\n')
    return {
      code: run.code,
      tries: lines.filter(line => / no answer \(/.test(line)).length,
      retries: lines.filter(line => /; retrying in .* \(attempt \d+ of \d+\)$/.test(line)).length,
      last: lines[lines.length - 1]
    }
  }

  it('sends as many attempts as it says, and fails with exit 1 naming them', async () => {
    expect(await attempts('2')).toEqual({
      code: 1,
      tries: 2,
      retries: 1,
      last: expect.stringMatching(/^okta-api: GET \/api\/v1\/users failed after 2 attempts: /)
    })
    expect(await attempts('1')).toEqual({
      code: 1,
      tries: 1,
      retries: 0,
      last: expect.stringMatching(/^okta-api: GET \/api\/v1\/users failed after 1 attempt: /)
    })
    expect(await attempts('10')).toMatchObject({ code: 1, tries: 10, retries: 9 })
  })

  it('defaults to 4 attempts when unset or empty', async () => {
    expect(await attempts(undefined)).toMatchObject({ code: 1, tries: 4, retries: 3 })
    expect(await attempts('')).toMatchObject({ code: 1, tries: 4, retries: 3 })
  })
})

describe('exit codes of what goes wrong after the credentials are read', () => {
  it('a field key that conflicts with an earlier one: exit 2 with the --help pointer, nothing sent', async () => {
    await credentials('mint')
    const run = await call(['/api/v1/users', '--verbose', '-f', 'a=1', '-f', 'a[b]=2'])
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'okta-api: field key "a[b]" conflicts with an earlier field; see okta-api --help\n'
    })
  })

  it('a path on another host: exit 2, the message naming the path', async () => {
    await credentials('mint')
    const run = await call(['https://evil.example.com/api/v1/users'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^okta-api: The path "https:\/\/evil.example.com\/api\/v1\/users" /)
  })
})

describe('a file a flag names that cannot be read: exit 2, one line naming the flag', () => {
  it.each([
    ['--input', ['/api/v1/users', '-X', 'POST']],
    ['--batch', []]
  ])('%s', async (flag, argv) => {
    await credentials('mint')
    const missing = join(dir, 'missing.json')
    const run = await call([...argv, flag, missing], undefined, undefined, path =>
      readFileSync(path, 'utf8')
    )
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `okta-api: ${flag} ${missing}: cannot read ${missing} (ENOENT); see okta-api --help\n`
    })
  })
})

describe('the post step', () => {
  function core(file: string) {
    const lines: string[] = []
    removeOktaApiCredentials({
      getState: name => (name === 'okta-api-credentials' ? file : ''),
      info: message => lines.push(`info: ${message}`),
      warning: message => lines.push(`warning: ${String(message)}`)
    })
    return lines
  }

  it('deletes the credentials file, and says so', async () => {
    await credentials('mint')
    const file = join(dir, 'mint.json')
    expect(core(file)).toEqual(['info: Deleted the okta-api credentials file.'])
    expect(existsSync(file)).toBe(false)
  })

  it('counts a file that is already gone as deleted', () => {
    expect(core(join(dir, 'gone.json'))).toEqual(['info: Deleted the okta-api credentials file.'])
  })

  it('warns, and goes on, when the file cannot be deleted', () => {
    const folder = join(dir, 'mint.json')
    mkdirSync(folder)
    const lines = core(folder)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^warning: Could not delete the okta-api credentials file: .+/)
  })
})

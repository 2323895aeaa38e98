// The repository store (provision and rotate with github-token) on its own, against the GitHub
// double: Octokit's requests go through the action's RetryingClient, so GitHub gets the same
// retries and one-line failures as Okta; a variable can be put back as it was.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  githubError,
  NEEDED_PERMISSIONS,
  openRepositoryStore,
  repositoryFromEnv
} from '../../src/github/repository-secrets.js'
import { ActionError } from '../../src/errors.js'
import { RetryingClient, type Clock } from '../../src/http/retrying-client.js'
import { createTransport } from '../../src/http/transport.js'
import { startGithubDouble, type GithubDouble } from '../../testkit/github-double.js'
import { startHttpProxy } from '../../testkit/http-proxy.js'
import { closedPort } from '../../testkit/loopback.js'

const TOKEN = 'github_pat_store_test_write'
const env = (url: string) => ({ GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_API_URL: url })

function http(maxAttempts = 3) {
  const logged: string[] = []
  const clock: Clock = { now: () => Date.now(), sleep: async () => {}, random: () => 0 }
  const log = { info: (m: string) => logged.push(m), warning: () => {}, debug: () => {} }
  return {
    client: new RetryingClient(createTransport({}), clock, log, {
      maxAttempts,
      timeoutMs: 5000
    }),
    logged
  }
}

let github: GithubDouble
beforeAll(async () => {
  github = await startGithubDouble({ owner: 'octo-org', repo: 'octo-repo', writeTokens: [TOKEN] })
})
afterAll(async () => {
  await github?.stop()
})

describe('the repository store', () => {
  it('retries a GitHub 5xx through the retrying client, and the secret arrives sealed', async () => {
    github.failNext({ method: 'GET', path: /\/secrets\/public-key$/ }, 503)
    const { client, logged } = http()
    const store = await openRepositoryStore(TOKEN, client, env(github.url))
    expect(await store.storeSecret('STORE_TEST_KEY', 'the private key')).toBe('created')
    expect(github.secretPlaintext('STORE_TEST_KEY')).toBe('the private key')
    expect(logged).toEqual([
      expect.stringMatching(
        /^GitHub GET \/repos\/octo-org\/octo-repo\/actions\/secrets\/public-key: HTTP 503; retrying in/
      )
    ])
  })

  it('stores a variable, reports its previous value, and puts it back', async () => {
    const { client } = http()
    const store = await openRepositoryStore(TOKEN, client, env(github.url))
    expect(await store.storeVariable('STORE_TEST_NEW', 'a')).toEqual({ outcome: 'created' })
    await store.restoreVariable('STORE_TEST_NEW', undefined)
    expect(github.variable('STORE_TEST_NEW')).toBeUndefined()

    github.seedVariable('STORE_TEST_OLD', 'before')
    expect(await store.storeVariable('STORE_TEST_OLD', 'after')).toEqual({
      outcome: 'updated',
      previous: 'before'
    })
    await store.restoreVariable('STORE_TEST_OLD', 'before')
    expect(github.variable('STORE_TEST_OLD')).toBe('before')
  })

  it('refuses a redirect instead of taking it for success, and says what to check', async () => {
    github.failNext({ method: 'PUT', path: /\/actions\/secrets\/STORE_TEST_MOVED$/ }, 307)
    const { client } = http()
    const store = await openRepositoryStore(TOKEN, client, env(github.url))
    await expect(store.storeSecret('STORE_TEST_MOVED', 'x')).rejects.toThrow(
      /^Storing secret STORE_TEST_MOVED in octo-org\/octo-repo failed: GitHub PUT \/repos\/octo-org\/octo-repo\/actions\/secrets\/STORE_TEST_MOVED answered HTTP 307: set GITHUB_API_URL to the API's own URL, or check that the repository was not renamed$/
    )
    expect(github.secretPlaintext('STORE_TEST_MOVED')).toBeUndefined()
  })

  it('names GitHub, not Okta, when no attempt gets an answer', async () => {
    const port = await closedPort()
    const { client } = http(2)
    const store = await openRepositoryStore(TOKEN, client, env(`http://127.0.0.1:${port}`))
    await expect(store.storeSecret('STORE_TEST_KEY', 'x')).rejects.toThrow(
      new RegExp(
        `^Storing secret STORE_TEST_KEY in octo-org/octo-repo failed: GitHub GET /repos/octo-org/octo-repo/actions/secrets/public-key failed after 2 attempts: .*\\. Check the network path to the GitHub API \\(GITHUB_API_URL\\), or raise max-attempts or timeout\\.$`
      )
    )
  })
})

describe('the repository store, call by call', () => {
  const repo = 'octo-org/octo-repo'
  const open = async () => openRepositoryStore(TOKEN, http().client, env(github.url))
  /** The writes (method and status) the store sent while `act` ran. */
  const writesDuring = async (act: () => Promise<unknown>) => {
    const before = github.requests().length
    await act()
    return github
      .requests()
      .slice(before)
      .filter(r => r.method !== 'GET')
      .map(r => `${r.method} ${r.status}`)
  }

  it('says created for a new secret (201) and updated when it replaces one (204)', async () => {
    const store = await open()
    expect(await store.storeSecret('CALL_SECRET', 'one')).toBe('created')
    expect(await store.storeSecret('CALL_SECRET', 'two')).toBe('updated')
    expect(github.secretPlaintext('CALL_SECRET')).toBe('two')
  })

  it('leaves a variable that already holds the value alone: no write at all', async () => {
    github.seedVariable('CALL_SAME', 'v')
    const store = await open()
    let stored: unknown
    expect(
      await writesDuring(async () => (stored = await store.storeVariable('CALL_SAME', 'v')))
    ).toEqual([])
    expect(stored).toEqual({ outcome: 'unchanged', previous: 'v' })
  })

  it('updates an existing variable without trying to create it first', async () => {
    github.seedVariable('CALL_OLD', 'before')
    const store = await open()
    expect(await writesDuring(() => store.storeVariable('CALL_OLD', 'after'))).toEqual([
      'PATCH 204'
    ])
  })

  it('takes a 409 on create as a create that did happen, updates, and still says created', async () => {
    // The variable exists (an earlier attempt created it) but the read said 404: the create
    // gets GitHub's 409 "Already exists" and the store updates instead.
    github.seedVariable('CALL_LOST', 'earlier')
    github.failNext({ method: 'GET', path: /\/actions\/variables\/CALL_LOST$/ }, 404)
    const store = await open()
    let stored: unknown
    expect(
      await writesDuring(async () => (stored = await store.storeVariable('CALL_LOST', 'x')))
    ).toEqual(['POST 409', 'PATCH 204'])
    expect(stored).toEqual({ outcome: 'created' })
    expect(github.variable('CALL_LOST')).toBe('x')
  })

  it('stops on any other answer to reading or creating a variable, naming the call', async () => {
    github.failNext({ method: 'GET', path: /\/actions\/variables\/CALL_READ$/ }, 403)
    await expect((await open()).storeVariable('CALL_READ', 'x')).rejects.toThrow(
      `Storing variable CALL_READ in ${repo} failed: HTTP 403 (Server Error). ${NEEDED_PERMISSIONS}.`
    )
    github.failNext({ method: 'POST', path: /\/actions\/variables$/ }, 422)
    await expect((await open()).storeVariable('CALL_CREATE', 'x')).rejects.toThrow(
      `Storing variable CALL_CREATE in ${repo} failed: HTTP 422 (Server Error).`
    )
    expect(github.variable('CALL_CREATE')).toBeUndefined()
  })

  it('names the variable it could not put back', async () => {
    github.seedVariable('CALL_RESTORE', 'now')
    github.failNext({ method: 'PATCH', path: /\/actions\/variables\/CALL_RESTORE$/ }, 401)
    await expect((await open()).restoreVariable('CALL_RESTORE', 'before')).rejects.toThrow(
      `Restoring variable CALL_RESTORE in ${repo} failed: HTTP 401 (Server Error). github-token is invalid or expired: create a new one.`
    )
    expect(github.variable('CALL_RESTORE')).toBe('now')
  })

  it.each([300, 399])('refuses HTTP %i as a redirect, but not a 304 or a 400', async status => {
    github.failNext({ method: 'GET', path: /\/secrets\/public-key$/ }, status)
    await expect((await open()).storeSecret('CALL_3XX', 'x')).rejects.toThrow(
      `answered HTTP ${status}: set GITHUB_API_URL to the API's own URL`
    )
  })

  it.each([304, 400])("takes HTTP %i as GitHub's answer, not a redirect", async status => {
    github.failNext({ method: 'GET', path: /\/secrets\/public-key$/ }, status)
    await expect((await open()).storeSecret('CALL_NOT_3XX', 'x')).rejects.toThrow(
      `Storing secret CALL_NOT_3XX in ${repo} failed: HTTP ${status}`
    )
  })

  it('says where a redirect pointed: origin and path, not the query', async () => {
    const moved = createHttpServer((_req, res) =>
      res.writeHead(301, { location: 'https://ghe.example.test/api/v3/x?token=no' }).end()
    )
    await new Promise<void>(resolve => moved.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = moved.address() as AddressInfo
      const store = await openRepositoryStore(TOKEN, http().client, env(`http://127.0.0.1:${port}`))
      await expect(store.storeSecret('CALL_MOVED', 'x')).rejects.toThrow(
        `answered HTTP 301 (moved to https://ghe.example.test/api/v3/x): set GITHUB_API_URL`
      )
    } finally {
      await new Promise<void>(resolve => moved.close(() => resolve()))
    }
  })

  it('talks to api.github.com when GITHUB_API_URL is not set', async () => {
    const proxy = await startHttpProxy({ refuse: true })
    try {
      const client = new RetryingClient(
        createTransport({ HTTPS_PROXY: proxy.url }),
        { now: () => Date.now(), sleep: async () => {}, random: () => 0 },
        { info: () => {}, warning: () => {}, debug: () => {} },
        { maxAttempts: 1, timeoutMs: 5000 }
      )
      const store = await openRepositoryStore(TOKEN, client, { GITHUB_REPOSITORY: repo })
      await expect(store.storeSecret('CALL_DEFAULT', 'x')).rejects.toThrow(ActionError)
      expect(proxy.log.map(entry => `${entry.method} ${entry.target}`)).toEqual([
        'CONNECT api.github.com:443'
      ])
    } finally {
      await proxy.stop()
    }
  })
})

describe('GITHUB_REPOSITORY', () => {
  it.each(['', 'octo-org', 'octo-org/', '/octo-repo', 'octo-org/octo-repo/extra'])(
    'refuses %j: it is not owner/repo',
    value => {
      expect(() => repositoryFromEnv({ GITHUB_REPOSITORY: value })).toThrow(
        'GITHUB_REPOSITORY is not set to owner/repo, so the repository to store the secret in is unknown; run this inside GitHub Actions or leave github-token empty.'
      )
    }
  )

  it('reads owner/repo', () => {
    expect(repositoryFromEnv({ GITHUB_REPOSITORY: 'octo-org/octo-repo' })).toEqual({
      owner: 'octo-org',
      repo: 'octo-repo'
    })
  })
})

describe("githubError: one line from GitHub's answer", () => {
  const line = (error: unknown) => githubError('Storing secret K', 'o/r', error).message

  it("names the fix for 404, and quotes GitHub's message on one line without the docs link", () => {
    expect(
      line({
        status: 404,
        message: 'Not  Found\n  here  -  https://docs.github.com/rest/actions/secrets#get'
      })
    ).toBe(
      'Storing secret K failed: HTTP 404 (Not Found here). github-token cannot see o/r: give a fine-grained token access to this repository.'
    )
  })

  it('leaves out the parentheses when GitHub gave no message', () => {
    expect(line({ status: 403, message: '' })).toBe(
      `Storing secret K failed: HTTP 403. ${NEEDED_PERMISSIONS}.`
    )
  })

  it('keeps a status it has no advice for, and cuts a long message at 200 characters', () => {
    expect(line({ status: 502, message: 'x'.repeat(300) })).toBe(
      `Storing secret K failed: HTTP 502 (${'x'.repeat(200)}).`
    )
  })

  it('says "no answer" when there is neither status nor message', () => {
    for (const error of [undefined, null, { message: '' }]) {
      expect(line(error)).toBe(
        'Storing secret K failed: no answer. Check the network path to the GitHub API (GITHUB_API_URL).'
      )
    }
  })

  it("passes on the transport's own line when no attempt got an answer", () => {
    const cause = new ActionError('GitHub GET /x failed after 2 attempts: refused.')
    expect(line({ status: 500, message: 'wrapped', cause })).toBe(
      'Storing secret K failed: GitHub GET /x failed after 2 attempts: refused.'
    )
  })

  it('takes a status only when it is a number', () => {
    expect(line({ status: '403', message: 'Forbidden' })).toBe(
      'Storing secret K failed: Forbidden. Check the network path to the GitHub API (GITHUB_API_URL).'
    )
  })
})

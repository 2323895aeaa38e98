// The repository store (provision and rotate with github-token) on its own, against the GitHub
// double: Octokit's requests go through the action's RetryingClient, so GitHub gets the same
// retries and one-line failures as Okta; a variable can be put back as it was.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { openRepositoryStore } from '../../src/github/repository-secrets.js'
import { RetryingClient, type Clock } from '../../src/http/retrying-client.js'
import { createFetchTransport } from '../../src/http/transport.js'
import { startGithubDouble, type GithubDouble } from '../../testkit/github-double.js'

const TOKEN = 'github_pat_store_test_write'
const env = (url: string) => ({ GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_API_URL: url })

function http(maxAttempts = 3) {
  const logged: string[] = []
  const clock: Clock = { now: () => Date.now(), sleep: async () => {}, random: () => 0 }
  const log = { info: (m: string) => logged.push(m), warning: () => {}, debug: () => {} }
  return {
    client: new RetryingClient(createFetchTransport({}), clock, log, {
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
    // A port that was free a moment ago: nothing listens there.
    const server = createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise<void>(resolve => server.close(() => resolve()))
    const { client } = http(2)
    const store = await openRepositoryStore(TOKEN, client, env(`http://127.0.0.1:${port}`))
    await expect(store.storeSecret('STORE_TEST_KEY', 'x')).rejects.toThrow(
      new RegExp(
        `^Storing secret STORE_TEST_KEY in octo-org/octo-repo failed: GitHub GET /repos/octo-org/octo-repo/actions/secrets/public-key failed after 2 attempts: .*\\. Check the network path to the GitHub API \\(GITHUB_API_URL\\), or raise max-attempts or timeout\\.$`
      )
    )
  })
})

// For the provision and rotate tests that write to Okta and to the repository: per test, a
// Super Admin's API token in the emulator (useEmulator() runs first) and a GitHub double for
// octo-org/octo-repo that takes `writeToken`. `apiToken` and `github` are live bindings: read
// them inside tests, after the beforeEach has run.
import { afterEach, beforeEach } from '@jest/globals'
import type { PublicJwk } from '../emulator/state.js'
import { startGithubDouble, type GithubDouble } from '../testkit/github-double.js'
import { testKey } from '../testkit/keys.js'
import { emulator } from './emulator/fixture.js'

export let apiToken: string
export let github: GithubDouble

export function useApiTokenAndGithub(tokenName: string, writeToken: string): void {
  beforeEach(async () => {
    apiToken = (await emulator.control.createApiToken({ name: tokenName, role: 'SUPER_ADMIN' }))
      .token
    github = await startGithubDouble({
      owner: 'octo-org',
      repo: 'octo-repo',
      writeTokens: [writeToken],
      readOnlyTokens: []
    })
  })
  afterEach(async () => {
    await github.stop()
  })
}

/** The run's test key of `kind` as a public JWK with `kid`. */
export const jwkOf = (kind: 'rsa' | 'p256', kid: string): PublicJwk =>
  ({ ...(testKey(kind).publicJwk as PublicJwk), kid }) as PublicJwk

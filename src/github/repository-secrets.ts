import { ActionError } from '../errors.js'
import type { RetryingClient } from '../http/retrying-client.js'

/**
 * Stores values in the workflow's own repository: an Actions secret (sealed with the
 * repository's public key in a libsodium sealed box, base64 ORIGINAL variant, as GitHub's
 * docs show) and an Actions variable (created or updated). Provision stores the generated
 * private key and the client id; rotate replaces the private key.
 *
 * @actions/github and libsodium are imported here, dynamically, only when a github-token is
 * set: token mode never loads them (ncc puts each in its own chunk).
 *
 * Octokit's requests go through the action's one HTTP client (octokitFetch), so GitHub calls get
 * the same per-attempt timeout, retries on network errors and 5xx, and proxy support as Okta's.
 *
 * The job's GITHUB_TOKEN cannot write secrets or variables; a 403 says which permissions the
 * token needs.
 */

export interface Repository {
  owner: string
  repo: string
}

export interface RepositoryStore {
  /** `owner/repo`. */
  readonly repository: string
  /** Seals `value` and PUTs it: 'created' (201) or 'updated' (204). */
  storeSecret(name: string, value: string): Promise<'created' | 'updated'>
  /**
   * Creates the variable, or updates it when it exists with another value. `previous` is the
   * value it had (undefined: there was none), for restoreVariable.
   */
  storeVariable(name: string, value: string): Promise<StoredVariable>
  /** Puts a variable back as it was before storeVariable: its previous value, or deleted. */
  restoreVariable(name: string, previous: string | undefined): Promise<void>
}

export interface StoredVariable {
  outcome: 'created' | 'updated' | 'unchanged'
  previous?: string
}

/** The workflow's repository, from GITHUB_REPOSITORY (`owner/repo`). */
export function repositoryFromEnv(env: NodeJS.ProcessEnv): Repository {
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo || extra !== undefined) {
    throw new ActionError(
      'GITHUB_REPOSITORY is not set to owner/repo, so the repository to store the secret in is unknown; run this inside GitHub Actions or leave github-token empty.'
    )
  }
  return { owner, repo }
}

export const NEEDED_PERMISSIONS =
  'github-token needs a fine-grained token with "Secrets: write" and "Variables: write" on this repository (or a classic PAT with the repo scope); the job\'s GITHUB_TOKEN cannot write secrets or variables'

/**
 * A store for the workflow's repository. The API base is GITHUB_API_URL (GitHub Enterprise
 * Server, or a test double), else api.github.com.
 */
export async function openRepositoryStore(
  token: string,
  http: RetryingClient,
  env: NodeJS.ProcessEnv
): Promise<RepositoryStore> {
  const target = repositoryFromEnv(env)
  const repository = `${target.owner}/${target.repo}`
  const [{ getOctokit }, sodiumModule] = await Promise.all([
    import('@actions/github'),
    import('libsodium-wrappers')
  ])
  const sodium = sodiumModule.default
  await sodium.ready
  const octokit = getOctokit(token, {
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    request: { fetch: octokitFetch(http) }
  })

  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (error) {
      throw githubError(what, repository, error)
    }
  }

  return {
    repository,
    async storeSecret(name, value) {
      const what = `Storing secret ${name} in ${repository}`
      const { data: publicKey } = await call(what, () =>
        octokit.rest.actions.getRepoPublicKey({ ...target })
      )
      const original = sodium.base64_variants.ORIGINAL
      const sealed = sodium.crypto_box_seal(
        sodium.from_string(value),
        sodium.from_base64(publicKey.key, original)
      )
      const response = await call(what, () =>
        octokit.rest.actions.createOrUpdateRepoSecret({
          ...target,
          secret_name: name,
          encrypted_value: sodium.to_base64(sealed, original),
          key_id: publicKey.key_id
        })
      )
      return response.status === 201 ? 'created' : 'updated'
    },
    async storeVariable(name, value) {
      const what = `Storing variable ${name} in ${repository}`
      let previous: string | undefined
      try {
        previous = (await octokit.rest.actions.getRepoVariable({ ...target, name })).data.value
      } catch (error) {
        if (statusOf(error) !== 404) throw githubError(what, repository, error)
      }
      if (previous === value) return { outcome: 'unchanged', previous }
      if (previous === undefined) {
        try {
          await octokit.rest.actions.createRepoVariable({ ...target, name, value })
          return { outcome: 'created' }
        } catch (error) {
          // 409 "Already exists": a create whose answer was lost did happen; update instead.
          if (statusOf(error) !== 409) throw githubError(what, repository, error)
        }
      }
      await call(what, () => octokit.rest.actions.updateRepoVariable({ ...target, name, value }))
      return { outcome: previous === undefined ? 'created' : 'updated', previous }
    },
    async restoreVariable(name, previous) {
      const what = `Restoring variable ${name} in ${repository}`
      await call(what, () =>
        previous === undefined
          ? octokit.rest.actions.deleteRepoVariable({ ...target, name })
          : octokit.rest.actions.updateRepoVariable({ ...target, name, value: previous })
      )
    }
  }
}

/**
 * A fetch for Octokit that sends through the action's RetryingClient. Every GitHub call made
 * here is idempotent (GET, PUT, PATCH, DELETE) except creating a variable, whose lost-answer
 * retry storeVariable turns from 409 into an update.
 */
export function octokitFetch(client: RetryingClient): typeof fetch {
  // GitHub names its wait in Retry-After, which the client honours for any server.
  const http = client.withPeer({ name: 'the GitHub API (GITHUB_API_URL)' })
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    const method = (init?.method ?? 'GET').toUpperCase()
    const headers: Record<string, string> = {}
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value
    })
    const body = typeof init?.body === 'string' ? init.body : undefined
    const response = await http.send(`GitHub ${method} ${new URL(url).pathname}`, () => ({
      method,
      url,
      headers: { ...headers },
      body
    }))
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      // The transport never follows redirects (a token must not travel on by itself), and
      // Octokit would take a 3xx for success: say where GitHub pointed instead.
      const location = response.headers.get('location')
      const target = location ? new URL(location, url) : undefined
      throw new ActionError(
        `GitHub ${method} ${new URL(url).pathname} answered HTTP ${response.status}${target ? ` (moved to ${target.origin}${target.pathname})` : ''}: set GITHUB_API_URL to the API's own URL, or check that the repository was not renamed`
      )
    }
    // A Response with one of these statuses may not have a body (a HEAD's text is empty anyway).
    const empty = [204, 205, 304].includes(response.status)
    return new Response(empty ? null : response.text, {
      status: response.status,
      headers: response.headers
    })
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' ? status : undefined
}

/** One line per failure, naming the fix; GitHub's message is short and holds no secret. */
export function githubError(what: string, repository: string, error: unknown): ActionError {
  // No attempt got an answer: octokitFetch's own message (Octokit wraps it as a 500).
  const cause = (error as { cause?: unknown })?.cause
  if (cause instanceof ActionError) return new ActionError(`${what} failed: ${cause.message}`)
  const status = statusOf(error)
  const given = (error as { message?: unknown })?.message ?? error
  const raw = typeof given === 'string' ? given : ''
  const message = raw.replace(/\s+-\s+https:\/\/docs\.github\.com\S*/, '').replace(/\s+/g, ' ')
  const said = message ? ` (${message.slice(0, 200)})` : ''
  switch (status) {
    case 403:
      return new ActionError(`${what} failed: HTTP 403${said}. ${NEEDED_PERMISSIONS}.`)
    case 401:
      return new ActionError(
        `${what} failed: HTTP 401${said}. github-token is invalid or expired: create a new one.`
      )
    case 404:
      return new ActionError(
        `${what} failed: HTTP 404${said}. github-token cannot see ${repository}: give a fine-grained token access to this repository.`
      )
    case undefined:
      return new ActionError(
        `${what} failed: ${message || 'no answer'}. Check the network path to the GitHub API (GITHUB_API_URL).`
      )
    default:
      return new ActionError(`${what} failed: HTTP ${status}${said}.`)
  }
}

/**
 * A GitHub REST API double for repository Actions secrets and variables: a real HTTP server on
 * 127.0.0.1 (port 0) that Octokit talks to through `baseUrl` (the action honours GITHUB_API_URL).
 *
 * It runs in-process: libsodium-wrappers works inside jest's VM, and a real server (not undici
 * interception or nock) is what reaches global fetch from inside jest.
 *
 * Unlike GitHub, it opens every sealed secret (crypto_box_seal_open) with its private key and
 * answers 422 when that fails, so a test proves the action sealed the exact plaintext with the
 * repository's key, base64 ORIGINAL variant. Secret and variable names are case-insensitive on
 * GitHub and come back upper-cased, so the double stores them upper-cased too.
 *
 * Auth mirrors a GitHub App installation token: unknown or missing token → 401 Bad credentials;
 * a read-only token may GET but gets 403 "Resource not accessible by integration" on writes.
 */
import { randomInt } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import sodium from 'libsodium-wrappers'

export interface GithubDoubleOptions {
  owner: string
  repo: string
  /** Tokens with `secrets: write` and `variables: write`. */
  writeTokens: string[]
  /** Tokens that may read but not write (403 on PUT/POST/PATCH/DELETE). */
  readOnlyTokens?: string[]
}

export interface GithubDoubleRequest {
  method: string
  /** URL path without the query string, e.g. /repos/o/r/actions/secrets/public-key */
  path: string
  status: number
}

export interface GithubDouble {
  /** Base URL for Octokit's `baseUrl` / GITHUB_API_URL (no trailing slash). */
  url: string
  /** The repository public key as served by GET …/secrets/public-key. */
  publicKey(): { keyId: string; key: string }
  /** Replaces the key pair, so a sealed value carrying the previous key_id now gets 422. */
  rotatePublicKey(): void
  /** The decrypted value of a stored secret (name is case-insensitive). */
  secretPlaintext(name: string): string | undefined
  /** Every stored secret, upper-cased name → plaintext. */
  secrets(): Record<string, string>
  /** The value of a stored variable (name is case-insensitive). */
  variable(name: string): string | undefined
  /** Every stored variable, upper-cased name → value. */
  variables(): Record<string, string>
  /** Stores a variable directly, so a test can start from "already exists". */
  seedVariable(name: string, value: string): void
  /**
   * The next `times` requests whose method and path match answer `status` (a 5xx with
   * GitHub's error body) without being carried out, as a flaky GitHub or proxy would.
   */
  failNext(match: { method: string; path: RegExp }, status: number, times?: number): void
  /** Every request received, in order. */
  requests(): GithubDoubleRequest[]
  stop(): Promise<void>
}

interface Stored {
  value: string
  createdAt: string
  updatedAt: string
}

const docs = 'https://docs.github.com/rest/actions'
const secretDocs = `${docs}/secrets`
const variableDocs = `${docs}/variables`
// GitHub's secret and variable name rule; names starting with GITHUB_ are reserved.
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/
// Padded standard base64, the only form GitHub's schema accepts for encrypted_value.
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentationUrl: string
  ) {
    super(message)
  }
}

/** GitHub's timestamps have second precision: 2024-01-02T03:04:05Z. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function newKeyPair(): { keyId: string; publicKey: Uint8Array; privateKey: Uint8Array } {
  const { publicKey, privateKey } = sodium.crypto_box_keypair()
  // GitHub's key_id is an 18- or 19-digit decimal string.
  const keyId = `${randomInt(100_000_000, 999_999_999)}${randomInt(100_000_000, 999_999_999)}`
  return { keyId, publicKey, privateKey }
}

function validName(name: string, kind: 'Secret' | 'Variable', documentationUrl: string): string {
  if (!namePattern.test(name) || /^GITHUB_/i.test(name)) {
    throw new HttpError(
      422,
      `${kind} names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or ` +
        'underscores (_), must not start with a number, and must not start with GITHUB_.',
      documentationUrl
    )
  }
  return name.toUpperCase()
}

async function readJson(req: IncomingMessage, documentationUrl: string): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > 1_048_576) throw new HttpError(413, 'Payload too large', documentationUrl)
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  try {
    return text ? JSON.parse(text) : {}
  } catch {
    throw new HttpError(400, 'Problems parsing JSON', documentationUrl)
  }
}

function stringField(body: unknown, field: string, documentationUrl: string): string {
  const value = (body as Record<string, unknown> | null)?.[field]
  if (typeof value !== 'string') {
    throw new HttpError(
      422,
      `Invalid request.\n\n"${field}" wasn't supplied or is not a string.`,
      documentationUrl
    )
  }
  return value
}

export async function startGithubDouble(opts: GithubDoubleOptions): Promise<GithubDouble> {
  await sodium.ready

  const writeTokens = new Set(opts.writeTokens)
  const readOnlyTokens = new Set(opts.readOnlyTokens ?? [])
  let keys = newKeyPair()
  const secrets = new Map<string, Stored>()
  const variables = new Map<string, Stored>()
  const log: GithubDoubleRequest[] = []
  const failures: { method: string; path: RegExp; status: number; remaining: number }[] = []

  const repoPath = /^\/repos\/([^/]+)\/([^/]+)\/actions\/(secrets|variables)(?:\/([^/]+))?\/?$/

  /** Resolves one request to [status, JSON body or undefined for an empty body]. */
  async function route(req: IncomingMessage, path: string): Promise<[number, unknown]> {
    const method = req.method ?? 'GET'

    // GitHub authenticates before routing: a bad token gets 401 whatever the path.
    const match = /^(?:bearer|token)\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    const token = match?.[1]
    const canWrite = token !== undefined && writeTokens.has(token)
    if (!canWrite && (token === undefined || !readOnlyTokens.has(token))) {
      throw new HttpError(401, 'Bad credentials', 'https://docs.github.com/rest')
    }

    const parts = repoPath.exec(path)
    if (
      !parts ||
      parts[1].toLowerCase() !== opts.owner.toLowerCase() ||
      parts[2].toLowerCase() !== opts.repo.toLowerCase()
    ) {
      throw new HttpError(404, 'Not Found', 'https://docs.github.com/rest')
    }
    const collection = parts[3] as 'secrets' | 'variables'
    const name = parts[4] === undefined ? undefined : decodeURIComponent(parts[4])
    const documentationUrl = collection === 'secrets' ? secretDocs : variableDocs

    if (method !== 'GET' && method !== 'HEAD' && !canWrite) {
      throw new HttpError(403, 'Resource not accessible by integration', documentationUrl)
    }

    if (collection === 'secrets') {
      if (name === undefined && method === 'GET') {
        const list = [...secrets].map(([n, s]) => ({
          name: n,
          created_at: s.createdAt,
          updated_at: s.updatedAt
        }))
        return [200, { total_count: list.length, secrets: list }]
      }
      if (name === 'public-key' && method === 'GET') {
        return [
          200,
          { key_id: keys.keyId, key: sodium.to_base64(keys.publicKey, base64Original()) }
        ]
      }
      if (name !== undefined && method === 'GET') {
        const stored = secrets.get(name.toUpperCase())
        if (!stored) throw new HttpError(404, 'Not Found', documentationUrl)
        return [
          200,
          { name: name.toUpperCase(), created_at: stored.createdAt, updated_at: stored.updatedAt }
        ]
      }
      if (name !== undefined && method === 'PUT') {
        const key = validName(name, 'Secret', documentationUrl)
        const body = await readJson(req, documentationUrl)
        const encrypted = stringField(body, 'encrypted_value', documentationUrl)
        const keyId = stringField(body, 'key_id', documentationUrl)
        if (keyId !== keys.keyId) {
          throw new HttpError(
            422,
            `Invalid request.\n\nkey_id ${keyId} is not the repository's current public key.`,
            documentationUrl
          )
        }
        if (!base64Pattern.test(encrypted)) {
          throw new HttpError(
            422,
            'Invalid request.\n\nencrypted_value must be padded standard base64.',
            documentationUrl
          )
        }
        let plaintext: string
        try {
          const sealed = sodium.from_base64(encrypted, base64Original())
          plaintext = sodium.crypto_box_seal_open(sealed, keys.publicKey, keys.privateKey, 'text')
        } catch {
          throw new HttpError(
            422,
            'Invalid request.\n\nencrypted_value is not a sealed box for the repository public key.',
            documentationUrl
          )
        }
        const existing = secrets.get(key)
        const now = timestamp()
        secrets.set(key, {
          value: plaintext,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now
        })
        // 201 with an empty object when created, 204 when an existing secret was replaced.
        return existing ? [204, undefined] : [201, {}]
      }
      if (name !== undefined && name !== 'public-key' && method === 'DELETE') {
        if (!secrets.delete(name.toUpperCase())) {
          throw new HttpError(404, 'Not Found', documentationUrl)
        }
        return [204, undefined]
      }
      throw new HttpError(404, 'Not Found', documentationUrl)
    }

    if (name === undefined && method === 'GET') {
      const list = [...variables].map(([n, v]) => ({
        name: n,
        value: v.value,
        created_at: v.createdAt,
        updated_at: v.updatedAt
      }))
      return [200, { total_count: list.length, variables: list }]
    }
    if (name === undefined && method === 'POST') {
      const body = await readJson(req, documentationUrl)
      const key = validName(
        stringField(body, 'name', documentationUrl),
        'Variable',
        documentationUrl
      )
      const value = stringField(body, 'value', documentationUrl)
      if (variables.has(key)) {
        throw new HttpError(409, 'Already exists - Variable already exists', documentationUrl)
      }
      const now = timestamp()
      variables.set(key, { value, createdAt: now, updatedAt: now })
      return [201, {}]
    }
    if (name !== undefined && method === 'GET') {
      const stored = variables.get(name.toUpperCase())
      if (!stored) throw new HttpError(404, 'Not Found', documentationUrl)
      return [
        200,
        {
          name: name.toUpperCase(),
          value: stored.value,
          created_at: stored.createdAt,
          updated_at: stored.updatedAt
        }
      ]
    }
    if (name !== undefined && method === 'PATCH') {
      const key = name.toUpperCase()
      const stored = variables.get(key)
      if (!stored) throw new HttpError(404, 'Not Found', documentationUrl)
      const body = (await readJson(req, documentationUrl)) as Record<string, unknown>
      // PATCH may rename the variable as well as (or instead of) changing its value.
      const newKey =
        body.name === undefined
          ? key
          : validName(stringField(body, 'name', documentationUrl), 'Variable', documentationUrl)
      const value =
        body.value === undefined ? stored.value : stringField(body, 'value', documentationUrl)
      if (newKey !== key && variables.has(newKey)) {
        throw new HttpError(409, 'Already exists - Variable already exists', documentationUrl)
      }
      variables.delete(key)
      variables.set(newKey, { value, createdAt: stored.createdAt, updatedAt: timestamp() })
      return [204, undefined]
    }
    if (name !== undefined && method === 'DELETE') {
      if (!variables.delete(name.toUpperCase())) {
        throw new HttpError(404, 'Not Found', documentationUrl)
      }
      return [204, undefined]
    }
    throw new HttpError(404, 'Not Found', documentationUrl)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://double').pathname
    let status: number
    let body: unknown
    const failure = failures.find(
      f => f.remaining > 0 && f.method === req.method && f.path.test(path)
    )
    try {
      if (failure) {
        failure.remaining--
        throw new HttpError(failure.status, 'Server Error', docs)
      }
      ;[status, body] = await route(req, path)
    } catch (error) {
      if (error instanceof HttpError) {
        status = error.status
        // GitHub's error shape; it sends status as a string.
        body = {
          message: error.message,
          documentation_url: error.documentationUrl,
          status: String(error.status)
        }
      } else {
        status = 500
        body = { message: error instanceof Error ? error.message : String(error) }
      }
    }
    log.push({ method: req.method ?? 'GET', path, status })
    // Drain an unread request body so the keep-alive connection stays usable.
    req.resume()
    if (body === undefined) {
      res.writeHead(status).end()
    } else {
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify(body))
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  const snapshot = (map: Map<string, Stored>): Record<string, string> =>
    Object.fromEntries([...map].map(([k, v]) => [k, v.value]))

  return {
    url: `http://127.0.0.1:${port}`,
    publicKey: () => ({
      keyId: keys.keyId,
      key: sodium.to_base64(keys.publicKey, base64Original())
    }),
    rotatePublicKey: () => {
      keys = newKeyPair()
    },
    secretPlaintext: name => secrets.get(name.toUpperCase())?.value,
    secrets: () => snapshot(secrets),
    variable: name => variables.get(name.toUpperCase())?.value,
    variables: () => snapshot(variables),
    seedVariable: (name, value) => {
      const now = timestamp()
      variables.set(name.toUpperCase(), { value, createdAt: now, updatedAt: now })
    },
    failNext: (match, status, times = 1) => {
      failures.push({ ...match, status, remaining: times })
    },
    requests: () => log.map(entry => ({ ...entry })),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()))
        // Octokit's fetch keeps connections alive; without this close() waits for them to idle out.
        server.closeAllConnections()
      })
  }
}

/** base64_variants is only populated once sodium.ready has resolved, so read it lazily. */
function base64Original(): number {
  return sodium.base64_variants.ORIGINAL
}

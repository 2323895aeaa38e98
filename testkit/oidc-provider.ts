/**
 * Starts oidc-provider-server.ts as a child process and reads its endpoints from stdout.
 *
 * A child process, not an in-process server: inside jest's VM context oidc-provider rejects the
 * client's JWKS (jose's KeyObject instanceof checks fail across realms).
 *
 * Client assertions: oidc-provider accepts as `aud` the issuer identifier, the token endpoint URL,
 * or the URL of the endpoint being called (e.g. the revocation endpoint URL for revocation), as a
 * string or as an array containing one of them. It requires `exp` and `jti`, `iss` equal to the
 * client_id, and refuses a `jti` it has already seen (so every request needs a fresh assertion,
 * including the retry after `use_dpop_nonce`, because client authentication runs before the DPoP
 * check and has already consumed the first assertion).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { nodeArgsFor } from './child-script.js'

export interface OidcProviderOptions {
  clientId: string
  /** Public JWKs registered for private_key_jwt (never include private members). */
  jwks: { keys: object[] }
  /** 'required': tokens must be DPoP-bound and every proof must carry a server nonce. */
  dpop: 'required' | 'optional'
  /** Custom scopes the client may request; default ['api:read', 'api:write']. */
  scopes?: string[]
  /** Default 'opaque': oidc-provider refuses to revoke or introspect JWT access tokens. */
  accessTokenFormat?: 'opaque' | 'jwt'
  /** Resource indicator tokens are issued for (their `aud`); default 'https://api.conformance.test'. */
  resource?: string
}

export interface OidcProviderHandle {
  issuer: string
  tokenEndpoint: string
  revocationEndpoint: string
  introspectionEndpoint: string
  /** The resource indicator the access tokens are issued for. */
  resource: string
  /** Everything the server wrote to stderr so far (error events), for failure messages. */
  stderr(): string
  /**
   * Waits until stderr contains `text` and returns all of it; after `timeoutMs` returns what
   * arrived. The server logs an error event on its own pipe, which may reach us after the HTTP
   * answer, so a test that reads stderr right after a response can miss the line.
   */
  stderrWith(text: string, timeoutMs?: number): Promise<string>
  stop(): Promise<void>
}

const serverScript = fileURLToPath(new URL('./oidc-provider-server.ts', import.meta.url))
// `--import tsx` is resolved from the working directory, so run from the repository root.
const repoRoot = fileURLToPath(new URL('../', import.meta.url))
const startTimeoutMs = 30_000

export async function startOidcProvider(opts: OidcProviderOptions): Promise<OidcProviderHandle> {
  const resource = opts.resource ?? 'https://api.conformance.test'
  const child = spawn(process.execPath, nodeArgsFor(serverScript), {
    cwd: repoRoot,
    env: {
      ...process.env,
      OP_CLIENT_ID: opts.clientId,
      OP_CLIENT_JWKS: JSON.stringify(opts.jwks),
      OP_DPOP: opts.dpop,
      OP_SCOPES: (opts.scopes ?? ['api:read', 'api:write']).join(' '),
      OP_ACCESS_TOKEN_FORMAT: opts.accessTokenFormat ?? 'opaque',
      OP_RESOURCE: resource
    },
    // stdin stays a pipe the child watches: if this process dies, EOF stops the server.
    stdio: ['pipe', 'pipe', 'pipe']
  })

  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk
  })

  let values: Map<string, string>
  try {
    values = await readEndpoints(child, () => stderr)
  } catch (error) {
    await stopChild(child)
    throw error
  }

  const get = (key: string): string => {
    const value = values.get(key)
    if (!value) throw new Error(`oidc-provider-server printed no ${key}`)
    return value
  }

  return {
    issuer: get('OP_ISSUER'),
    tokenEndpoint: get('OP_TOKEN_ENDPOINT'),
    revocationEndpoint: get('OP_REVOCATION_ENDPOINT'),
    introspectionEndpoint: get('OP_INTROSPECTION_ENDPOINT'),
    resource,
    stderr: () => stderr,
    stderrWith: (text, timeoutMs = 5_000) => stderrWith(child, () => stderr, text, timeoutMs),
    stop: () => stopChild(child)
  }
}

function stderrWith(
  child: ChildProcess,
  stderr: () => string,
  text: string,
  timeoutMs: number
): Promise<string> {
  if (stderr().includes(text)) return Promise.resolve(stderr())
  return new Promise(resolve => {
    const done = (): void => {
      clearTimeout(timer)
      child.stderr?.off('data', onData)
      resolve(stderr())
    }
    // Our own 'data' listener was added first, so stderr() already holds this chunk.
    const onData = (): void => {
      if (stderr().includes(text)) done()
    }
    const timer = setTimeout(done, timeoutMs)
    child.stderr?.on('data', onData)
  })
}

/** Collects KEY=value lines from the child's stdout until OP_READY=1. */
function readEndpoints(child: ChildProcess, stderr: () => string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const values = new Map<string, string>()
    let buffered = ''
    const fail = (message: string): void => {
      clearTimeout(timer)
      reject(new Error(`${message}\n--- oidc-provider-server stderr ---\n${stderr()}`))
    }
    const timer = setTimeout(
      () => fail(`oidc-provider-server did not start within ${startTimeoutMs} ms`),
      startTimeoutMs
    )
    child.once('error', error => fail(`could not spawn oidc-provider-server: ${error.message}`))
    child.once('exit', code => fail(`oidc-provider-server exited with code ${code} before ready`))
    child.stdout?.setEncoding('utf8')
    child.stdout?.on('data', (chunk: string) => {
      buffered += chunk
      let newline: number
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim()
        buffered = buffered.slice(newline + 1)
        const eq = line.indexOf('=')
        if (eq > 0) values.set(line.slice(0, eq), line.slice(eq + 1))
        if (line === 'OP_READY=1') {
          clearTimeout(timer)
          child.removeAllListeners('exit')
          child.removeAllListeners('error')
          resolve(values)
          return
        }
      }
    })
  })
}

/** SIGTERM, then SIGKILL if the child has not exited within 5 s; resolves once it has exited. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise(resolve => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(killTimer)
      resolve()
    })
    child.stdin?.end()
    child.kill('SIGTERM')
  })
}

import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * What the token step leaves for `okta-api` in later steps of the job: the token, its type and
 * expiry, the org it is for, the granted scopes and, for a DPoP-bound token, the proof key's
 * private JWK. One file per token step (keyed by GITHUB_ACTION, the step's id), mode 0600 in a
 * 0700 folder under RUNNER_TEMP, so only the runner's user can read it; nothing of it goes to
 * GITHUB_ENV. The post step deletes it after revoking the token.
 */
export interface OktaApiCredentials {
  version: 1
  step: string
  /** Scheme, host and port of the org: the only origin the token is sent to. */
  orgUrl: string
  accessToken: string
  tokenType: 'Bearer' | 'DPoP'
  /** ISO time, from the token step's expires_in. */
  expiresAt: string
  scope: string
  /** Private JWK of the DPoP proof key (DPoP tokens only). */
  dpopKey?: Record<string, unknown>
}

/** The env var the launchers set, naming the folder of credentials files. */
export const CREDENTIALS_DIR_ENV = 'OKTA_API_CREDENTIALS_DIR'
const LATEST = 'latest-step'

export function oktaApiHome(runnerTemp: string): string {
  return join(runnerTemp, 'okta-api')
}

/** A step id as a file name: ids are [A-Za-z0-9_-], but GITHUB_ACTION may carry more. */
export function credentialsFile(dir: string, step: string): string {
  return join(dir, `${step.replace(/[^A-Za-z0-9_-]/g, '_')}.json`)
}

/** Writes the step's file (0600) and marks the step as the job's latest token step. */
export function writeCredentials(dir: string, credentials: OktaApiCredentials): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const file = credentialsFile(dir, credentials.step)
  // A file left by an earlier run of the same step is replaced; its mode is set again too.
  rmSync(file, { force: true })
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 })
  chmodSync(file, 0o600)
  writeFileSync(join(dir, LATEST), credentials.step, { mode: 0o600 })
  return file
}

export class NoCredentialsError extends Error {
  override name = 'NoCredentialsError'
}

/** The credentials of `step`, or of the latest token step; NoCredentialsError says why not. */
export function readCredentials(dir: string | undefined, step?: string): OktaApiCredentials {
  if (!dir) {
    throw new NoCredentialsError(
      'no credentials: run the token step (mode: token or request, okta-api not false) earlier in this job, then call okta-api from a later step'
    )
  }
  let wanted = step
  if (!wanted) {
    try {
      wanted = readFileSync(join(dir, LATEST), 'utf8').trim()
    } catch {
      throw new NoCredentialsError(
        'no credentials: no token step of this job has left a token; run the token step first'
      )
    }
  }
  let text: string
  try {
    text = readFileSync(credentialsFile(dir, wanted), 'utf8')
  } catch {
    throw new NoCredentialsError(
      step
        ? `no credentials for step "${step}": --step must name the id of a token step that ran earlier in this job (and whose post step has not run)`
        : `no credentials: the token of step "${wanted}" has been removed (its post step ran); mint a new one`
    )
  }
  const parsed = parseJson(text) as Partial<OktaApiCredentials> | undefined
  if (parsed?.version !== 1 || !parsed.accessToken || !parsed.orgUrl) {
    throw new NoCredentialsError(
      `the credentials of step "${wanted}" are not readable; mint a new token`
    )
  }
  return parsed as OktaApiCredentials
}

/** A damaged file (cut short, or not JSON) is unreadable credentials, not a crash. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Post step: the file goes once the token is revoked (or when it could not be). */
export function removeCredentials(file: string): void {
  if (file) rmSync(file, { force: true })
}

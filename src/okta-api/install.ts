import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ModeContext } from '../context.js'
import type { MintedToken } from '../modes/access-token.js'
import { CREDENTIALS_DIR_ENV, oktaApiHome, writeCredentials } from './credentials.js'

/**
 * The token step's half of `okta-api`: the credentials file, and launchers on PATH for every
 * later step of the job (core.addPath writes GITHUB_PATH). The launchers run the token step's
 * own Node (process.execPath) on dist/okta-api/index.js, so a later step needs no Node on PATH
 * and pays only for that small bundle: `okta-api` (sh) for Linux and macOS, `okta-api.cmd`
 * for Windows.
 */
export interface InstallOptions {
  runnerTemp: string | undefined
  /** GITHUB_ACTION: the step's id. */
  step: string | undefined
  /** The bundle the launchers run; default: okta-api/index.js in the action's dist/ folder. */
  entry?: string
  node?: string
}

export const CREDENTIALS_STATE = 'okta-api-credentials'

export function installOktaApi(
  ctx: ModeContext,
  token: MintedToken,
  options: InstallOptions
): void {
  const entry = options.entry ?? join(ctx.actionDir, 'okta-api', 'index.js')
  if (!options.runnerTemp) {
    ctx.log.warning('okta-api is not installed: RUNNER_TEMP is not set (not a GitHub runner?)')
    return
  }
  if (!existsSync(entry)) {
    ctx.log.warning(`okta-api is not installed: its bundle ${entry} is missing from the action`)
    return
  }
  const home = oktaApiHome(options.runnerTemp)
  const step = options.step || 'token'
  const file = writeCredentials(home, {
    version: 1,
    step,
    orgUrl: new URL(token.tokenEndpoint).origin,
    accessToken: token.accessToken,
    tokenType: token.tokenType,
    expiresAt: token.expiresAt,
    scope: token.scope,
    dpopKey: token.dpopKey
      ? (JSON.parse(token.dpopKey.privateJwkJson) as Record<string, unknown>)
      : undefined
  })
  const bin = join(home, 'bin')
  mkdirSync(bin, { recursive: true, mode: 0o700 })
  const node = options.node ?? process.execPath
  writeFileSync(join(bin, 'okta-api'), shLauncher(node, entry, home), { mode: 0o755 })
  chmodSync(join(bin, 'okta-api'), 0o755)
  writeFileSync(join(bin, 'okta-api.cmd'), cmdLauncher(node, entry, home))
  ctx.core.addPath(bin)
  ctx.core.saveState(CREDENTIALS_STATE, file)
  ctx.log.info(
    `okta-api is on PATH for later steps of this job (${token.tokenType} token of step ${step}; the post step deletes it)`
  )
}

/** POSIX sh: single quotes hold anything but a single quote, written as '\''. */
const shQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`

function shLauncher(node: string, entry: string, home: string): string {
  return [
    '#!/bin/sh',
    '# Written by the Okta private_key_jwt action: runs okta-api with the Node of the token step.',
    `${CREDENTIALS_DIR_ENV}=${shQuote(home)}`,
    `export ${CREDENTIALS_DIR_ENV}`,
    `exec ${shQuote(node)} ${shQuote(entry)} "$@"`,
    ''
  ].join('\n')
}

function cmdLauncher(node: string, entry: string, home: string): string {
  return [
    '@echo off',
    'setlocal',
    `set "${CREDENTIALS_DIR_ENV}=${home}"`,
    `"${node}" "${entry}" %*`,
    'exit /b %ERRORLEVEL%',
    ''
  ].join('\r\n')
}

import { ActionError } from '../errors.js'
import { systemClock, type Clock, type Logger } from '../http/retrying-client.js'
import type { Transport } from '../http/transport.js'
import { orgRequestUrl } from '../inputs/urls.js'
import { runBatch } from './batch.js'
import { runCall } from './call.js'
import {
  CREDENTIALS_DIR_ENV,
  NoCredentialsError,
  readCredentials,
  type OktaApiCredentials
} from './credentials.js'
import { parseArgs, UsageError, type OktaApiArgs } from './flags.js'
import { Redactor, stderrLines, type CliIo } from './io.js'
import { loadRateState, saveRateState } from './rate-state.js'
import { startSession, type Session } from './session.js'
import { USAGE } from './usage.js'

/** okta-api's exit codes (contract): 0 2xx, 1 an HTTP error or failed batch line, 2 refused. */
export const EXIT = { ok: 0, failed: 1, refused: 2 } as const

export interface CliDeps {
  transport: Transport
  clock?: Clock
}

/** Runs one okta-api command line and returns its exit code; nothing else ends the process. */
export async function runOktaApi(argv: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const redactor = new Redactor()
  const say = stderrLines(io, redactor)
  let args: OktaApiArgs
  let credentials: OktaApiCredentials
  let maxAttempts: number
  const clock = deps.clock ?? systemClock
  try {
    args = parseArgs(argv)
    if (args.help) {
      io.stdout(USAGE)
      return EXIT.ok
    }
    credentials = readCredentials(io.env[CREDENTIALS_DIR_ENV], args.step)
    redactor.add(credentials.accessToken)
    redactor.add(credentials.dpopKey?.d as string | undefined)
    refuseExpired(credentials, clock.now())
    maxAttempts = attemptsFrom(io.env.OKTA_API_MAX_ATTEMPTS)
  } catch (error) {
    if (error instanceof UsageError) {
      say(`${error.message}; see okta-api --help`)
      return EXIT.refused
    }
    if (error instanceof NoCredentialsError || error instanceof ActionError) {
      say(error.message)
      return EXIT.refused
    }
    throw error
  }

  const verbose = args.verbose ? say : undefined
  const log: Logger = { info: m => verbose?.(m), warning: say, debug: () => undefined }
  const session: Session = startSession({
    credentials,
    transport: deps.transport,
    clock,
    log,
    mask: proof => redactor.add(proof),
    verbose,
    maxAttempts,
    timeoutMs: 30_000
  })
  const dir = io.env[CREDENTIALS_DIR_ENV]
  loadRateState(dir, session.buckets)
  const toUrl = (path: string) => orgRequestUrl(credentials.orgUrl, path, `The path "${path}"`)
  try {
    if (args.batch !== undefined) return await runBatch(args, io, session, toUrl, say)
    return await runCall(args, io, session, toUrl(args.path!), say)
  } catch (error) {
    return exitFor(error, say)
  } finally {
    saveRateState(dir, session.buckets)
  }
}

function exitFor(error: unknown, say: (line: string) => void): number {
  if (error instanceof UsageError) {
    say(`${error.message}; see okta-api --help`)
    return EXIT.refused
  }
  if (error instanceof ActionError && error.name === 'InputError') {
    // orgRequestUrl refused the URL: nothing was sent.
    say(error.message)
    return EXIT.refused
  }
  if (error instanceof ActionError) {
    say(error.message)
    return EXIT.failed
  }
  throw error
}

/** The token step stored when its token expires; a later step must not send a dead token. */
function refuseExpired(credentials: OktaApiCredentials, now: number): void {
  const expires = Date.parse(credentials.expiresAt)
  if (Number.isNaN(expires) || expires > now) return
  const minutes = Math.max(1, Math.round((now - expires) / 60_000))
  throw new ActionError(
    `the access token of step "${credentials.step}" expired at ${credentials.expiresAt} (${minutes} min ago); nothing was sent. The job must mint a new one: run the token step again before this step.`
  )
}

function attemptsFrom(raw: string | undefined): number {
  const n = Number(raw)
  if (raw === undefined || raw === '') return 4
  if (!Number.isInteger(n) || n < 1 || n > 10) {
    throw new UsageError(`OKTA_API_MAX_ATTEMPTS must be a whole number from 1 to 10, got "${raw}"`)
  }
  return n
}

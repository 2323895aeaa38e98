import { decodeJwt } from 'jose'
import type { FaultKind, FaultSpec } from '../emulator/faults.js'
import type { RequestLogEntry } from './emulator/control-client.js'
import type { ActionRun } from './run-action.js'

/**
 * The faults the emulator can inject, with what each must look like once it outlasts
 * max-attempts: the cause named in one line. Shared by the fault-matrix suites so every kind
 * of call meets the same faults.
 */
export interface FaultCase {
  kind: FaultKind
  /** Extra fault settings: a delay longer than the 1 s timeout the suites use. */
  spec: Partial<FaultSpec>
  /** The cause the final one-line error must name, after `<what> failed`. */
  cause: RegExp
  /**
   * The retry must really wait: a 429 with X-Rate-Limit-Reset keeps its path refused until
   * the reset (as Okta does), so a run that skips its waits would meet the refusal again.
   */
  waitsForReset?: true
}

/** The suites run the action with these, so a recovery costs one short backoff. */
export const RETRY_INPUTS = { 'max-attempts': '2', timeout: '1' }
export const MAX_ATTEMPTS = 2

const CONNECTION_CUT = /after 2 attempts: connection closed before the response was complete/

export const FAULT_CASES: FaultCase[] = [
  {
    kind: '429',
    spec: { resetSeconds: 1 },
    cause: /HTTP 429 E0000047: .*Okta rate limit reached/,
    waitsForReset: true
  },
  { kind: '429-no-headers', spec: {}, cause: /HTTP 429 E0000047: .*Okta rate limit reached/ },
  { kind: '500', spec: {}, cause: /HTTP 500 .*(server_error|E0000009)/ },
  { kind: '502-html', spec: {}, cause: /HTTP 502 .*server error/ },
  { kind: '503', spec: {}, cause: /HTTP 503/ },
  { kind: 'drop', spec: {}, cause: CONNECTION_CUT },
  {
    kind: 'delay',
    spec: { delayMs: 1600 },
    cause: /after 2 attempts: no answer from \S+ within 1 s/
  },
  { kind: 'truncated-200', spec: {}, cause: CONNECTION_CUT },
  { kind: 'non-json-200', spec: {}, cause: /HTTP 200 with a body that is not JSON/ }
]

/** The request log entries for one exact path (query ignored), oldest first. */
export function attemptsOn(
  log: RequestLogEntry[],
  method: string,
  path: string
): RequestLogEntry[] {
  return log
    .filter(entry => entry.method === method && entry.path.split('?')[0] === path)
    .sort((a, b) => a.seq - b.seq)
}

/** The jti of the client assertion an attempt carried (read from the form: faults fire first). */
export function assertionJti(entry: RequestLogEntry): string {
  const assertion = entry.form?.client_assertion
  if (!assertion) throw new Error(`request ${entry.seq} carried no client_assertion`)
  return String(decodeJwt(assertion).jti)
}

/** The jti of the DPoP proof an attempt carried, if any. */
export function dpopJti(entry: RequestLogEntry): string | undefined {
  const proof = entry.headers.dpop
  return proof ? String(decodeJwt(proof).jti) : undefined
}

/** A clean failure: one ::error:: line, no stack trace anywhere, exit code 1. */
export function expectCleanFailure(run: ActionRun): string {
  if (run.code !== 1) throw new Error(`exit code ${run.code}, expected 1\n${run.stdout}`)
  if (run.errors.length !== 1)
    throw new Error(`expected one error, got ${JSON.stringify(run.errors)}`)
  const [message] = run.errors
  if (message.includes('\n')) throw new Error(`error spans lines: ${message}`)
  if (/\n\s+at .+:\d+:\d+/.test(run.stdout + run.stderr)) {
    throw new Error(`stack trace printed:\n${run.stdout}\n${run.stderr}`)
  }
  return message
}

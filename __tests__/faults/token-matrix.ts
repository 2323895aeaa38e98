// Every fault the emulator can inject, on the two calls token mode makes: the token request
// (main step) and the revocation (post step). One fault is survived within max-attempts with
// a newly signed assertion (and DPoP proof) per attempt; faults on every attempt end in one
// clean line naming the cause (an error for the token, a warning for the revocation).
//
// The suite is written once and run twice: in full in-process (__tests__/faults, src/ called with
// the runtime a runner gives a step), and for a few cases against the built bundle
// (__tests__/e2e), where what the bundle itself does (its fetch, timers, exit code) matters.
import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import { mapWithConcurrency, recordFigure } from '../../testkit/audit.js'
import {
  FAULT_CASES,
  MAX_ATTEMPTS,
  RETRY_INPUTS,
  assertionJti,
  attemptsOn,
  dpopJti,
  expectCleanFailure,
  type FaultCase
} from '../../testkit/fault-table.js'
import { testKey } from '../../testkit/keys.js'
import type { ActionRun } from '../../testkit/run-action.js'
import { clockFor, eachFault, type MatrixOptions, type StepRunner } from './step-runner.js'

type Call = 'token' | 'revoke'
type Outcome = 'recovers' | 'fails'

export interface TokenFaultCase {
  call: Call
  fault: FaultCase
  outcome: Outcome
}

interface Result {
  main: ActionRun
  post?: ActionRun
  /** Requests the emulator saw on the faulted path, oldest first. */
  attempts: RequestLogEntry[]
  revoked: boolean
}

type Case = TokenFaultCase

const ALL_CASES: Case[] = (['token', 'revoke'] as const).flatMap(call =>
  FAULT_CASES.flatMap(fault =>
    (['recovers', 'fails'] as const).map(outcome => ({ call, fault, outcome }))
  )
)

const key = testKey('p256')

/**
 * Defines the token-mode fault matrix: every case `select` keeps, each run by `runAction`
 * (in-process or the spawned bundle), `concurrency` at a time.
 */
export function tokenFaultMatrix(
  runAction: StepRunner,
  {
    select = () => true,
    concurrency,
    audit = true,
    quickClock
  }: MatrixOptions<Case> & { concurrency: number }
): void {
  const figure = (entry: Record<string, unknown>) => audit && recordFigure('faults', entry)
  const CASES = ALL_CASES.filter(select)
  let emulator: EmulatorHandle
  const results = new Map<Case, Result>()

  // Each case has its own app and custom authorization server, so its faults (matched on the
  // server's token or revoke path) touch no other case and the cases can run side by side.
  async function runCase(c: Case, index: number): Promise<Result> {
    const serverId = `aus${c.call}${index}`
    const app = await emulator.control.createApp({
      label: serverId,
      keys: [{ ...key.publicJwk, kid: serverId }]
    })
    await emulator.control.createAuthServer({
      id: serverId,
      scopes: ['ci.deploy'],
      allowedClients: [app.clientId]
    })
    const faultedPath = `/oauth2/${serverId}/v1/${c.call === 'token' ? 'token' : 'revoke'}`
    await emulator.control.addFault({
      ...c.fault.spec,
      kind: c.fault.kind,
      match: { method: 'POST', path: faultedPath },
      times: c.outcome === 'recovers' ? 1 : MAX_ATTEMPTS
    })
    const inputs = {
      'okta-domain': emulator.url,
      'authorization-server': serverId,
      'client-id': app.clientId,
      'private-key': key.pkcs8,
      'key-id': serverId,
      scopes: 'ci.deploy',
      // DPoP on: every token attempt must carry a fresh proof as well as a fresh assertion.
      dpop: c.call === 'token' ? 'true' : 'false',
      ...RETRY_INPUTS
    }
    const clock = clockFor(c.fault, quickClock)
    const main = await runAction('main', inputs, { clock })
    const post =
      c.call === 'revoke'
        ? await runAction('post', inputs, { state: main.state, clock })
        : undefined
    const attempts = attemptsOn(await emulator.control.requests(), 'POST', faultedPath)
    const token = (await emulator.control.tokens()).find(
      t => t.accessToken === main.outputs['access-token']
    )
    return { main, post, attempts, revoked: token?.revoked ?? false }
  }

  beforeAll(async () => {
    emulator = await startEmulator()
    const all = await mapWithConcurrency(CASES, concurrency, runCase)
    CASES.forEach((c, i) => results.set(c, all[i]))
  }, 180_000)

  afterAll(async () => {
    await emulator?.stop()
  })

  const faulted = (attempts: RequestLogEntry[]) => attempts.filter(a => a.fault).length

  function expectFreshCredentials(attempts: RequestLogEntry[], withDpop: boolean): void {
    const jtis = attempts.map(assertionJti)
    expect(new Set(jtis).size).toBe(jtis.length)
    if (withDpop) {
      const proofs = attempts.map(dpopJti)
      expect(proofs.every(Boolean)).toBe(true)
      expect(new Set(proofs).size).toBe(proofs.length)
    }
  }

  describe.each(['token', 'revoke'] as const)('the %s call', call => {
    const cases = CASES.filter(c => c.call === call)

    eachFault(
      cases.filter(c => c.outcome === 'recovers'),
      'recovers from one %s with a newly signed request',
      c => {
        const { main, post, attempts, revoked } = results.get(c)!
        expect(main.code).toBe(0)
        expect(main.outputs['access-token']).toBeTruthy()
        expect(faulted(attempts)).toBe(1)
        expect(attempts[0].fault).toBe(c.fault.kind)
        expect(attempts.at(-1)!.status).toBe(200)
        expectFreshCredentials(attempts, call === 'token')
        const retried = call === 'token' ? main : post!
        expect(retried.stdout).toMatch(/retrying in \d+\.\d s .*\(attempt 2 of 2\)/)
        if (call === 'revoke') {
          expect(post!.code).toBe(0)
          expect(post!.warnings).toEqual([])
          expect(post!.stdout).toContain('Revoked the access token')
          expect(revoked).toBe(true)
        }
        figure({
          call,
          kind: c.fault.kind,
          outcome: 'recovered',
          injected: 1,
          // What the emulator received: one client assertion jti per attempt, all distinct.
          credential: 'jti',
          attempts: attempts.length,
          freshCredentials: new Set(attempts.map(assertionJti)).size
        })
      }
    )

    eachFault(
      cases.filter(c => c.outcome === 'fails'),
      'names the cause in one line when %s outlasts max-attempts',
      c => {
        const { main, post, attempts } = results.get(c)!
        expect(attempts).toHaveLength(MAX_ATTEMPTS)
        expect(faulted(attempts)).toBe(MAX_ATTEMPTS)
        expectFreshCredentials(attempts, call === 'token')
        if (call === 'token') {
          const message = expectCleanFailure(main)
          expect(message).toMatch(/^Token request failed/)
          expect(message).toMatch(c.fault.cause)
          expect(main.outputs['access-token']).toBeUndefined()
        } else {
          // A failed revocation warns and never fails the job (contract: post step).
          expect(main.code).toBe(0)
          expect(post!.code).toBe(0)
          expect(post!.errors).toEqual([])
          expect(post!.warnings).toHaveLength(1)
          expect(post!.warnings[0]).toMatch(
            /^Could not revoke the access token: Token revocation failed/
          )
          expect(post!.warnings[0]).toMatch(c.fault.cause)
          expect(post!.warnings[0]).not.toContain('\n')
          expect(post!.stdout).not.toContain('Revoked the access token')
        }
        figure({
          call,
          kind: c.fault.kind,
          outcome: 'failed cleanly',
          injected: MAX_ATTEMPTS
        })
      }
    )
  })
}

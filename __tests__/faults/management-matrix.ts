// Every fault the emulator can inject, on the management calls provision and rotate make
// (list apps, create app, grant a scope, assign a role, register a key) and on a page of a
// request-mode call: one fault is survived within max-attempts; faults on every attempt end in
// one line naming the cause, and nothing is lost: no half-made app after a failed provision,
// the old key still ACTIVE after a failed rotation, and a stored secret always matches a key
// registered in Okta (checked in the GitHub double, which really decrypts it).
//
// Written once and run twice, as the token matrix is (token-matrix.ts): in full in-process, and for a
// few cases against the built bundle.
import { afterAll, beforeAll, describe, expect } from '@jest/globals'
import { createPublicKey } from 'node:crypto'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import type { FaultMatch } from '../../emulator/faults.js'
import type { App } from '../../emulator/state.js'
import type { RequestLogEntry } from '../../testkit/emulator/control-client.js'
import { mapWithConcurrency, recordFigure } from '../../testkit/audit.js'
import {
  FAULT_CASES,
  MAX_ATTEMPTS,
  RETRY_INPUTS,
  dpopJti,
  expectCleanFailure,
  type FaultCase
} from '../../testkit/fault-table.js'
import { startGithubDouble, type GithubDouble } from '../../testkit/github-double.js'
import { testKey } from '../../testkit/keys.js'
import type { ActionRun } from '../../testkit/run-action.js'
import { clockFor, eachFault, type MatrixOptions, type StepRunner } from './step-runner.js'

type Call =
  'list apps' | 'create app' | 'grant scope' | 'assign role' | 'register key' | 'request page'
type Outcome = 'recovers' | 'fails'
export interface ManagementFaultCase {
  call: Call
  fault: FaultCase
  outcome: Outcome
}
interface Result {
  run: ActionRun
  label: string
  secretName: string
  appsWithLabel: App[]
  /** register key: the app being rotated, after the run. */
  rotated?: App
  attempts: RequestLogEntry[]
}

const CALLS: { call: Call; match: FaultMatch; what: RegExp }[] = [
  {
    call: 'list apps',
    match: { method: 'GET', path: '^/api/v1/apps\\?' },
    what: /^Looking up app/
  },
  { call: 'create app', match: { method: 'POST', path: '/api/v1/apps' }, what: /^Creating app/ },
  {
    call: 'grant scope',
    match: { method: 'POST', path: '^/api/v1/apps/[^/]+/grants$' },
    what: /^Granting/
  },
  {
    call: 'assign role',
    match: { method: 'POST', path: '^/oauth2/v1/clients/[^/]+/roles$' },
    what: /^Assigning/
  },
  {
    call: 'register key',
    match: { method: 'POST', path: '^/api/v1/apps/[^/]+/credentials/jwks$' },
    what: /^Adding/
  },
  // The second page, so a fault mid-pagination is covered.
  {
    call: 'request page',
    match: { method: 'GET', path: '^/api/v1/users\\?.*after=' },
    what: /^Okta API call GET \/api\/v1\/users \(page 2\)/
  }
]

// A create/grant/assign/register POST that times out may still be carried out by Okta (no
// idempotency keys): the client looks the change up before sending it again, so the delay
// fault on a write must end in one app, one grant, one role, one key.
const WRITES: Call[] = ['create app', 'grant scope', 'assign role', 'register key']

type Case = ManagementFaultCase

const ALL_CASES: Case[] = CALLS.flatMap(({ call }) =>
  FAULT_CASES.flatMap(fault =>
    (['recovers', 'fails'] as const).map(outcome => ({ call, fault, outcome }))
  )
)

const oldKey = testKey('p256')
const WRITE_TOKEN = 'github_pat_fault_matrix_writer'

function matches(entry: RequestLogEntry, match: FaultMatch): boolean {
  if (entry.method !== match.method) return false
  const pattern = match.path!
  return pattern.startsWith('^')
    ? new RegExp(pattern).test(entry.path)
    : entry.path.split('?')[0] === pattern
}

/**
 * Every case shares its emulator's management bucket; only the injected 429s are wanted. Also
 * after a 429 with a reset, which keeps its path refused until then (as at Okta): the next
 * case on that emulator, which may not wait (`quickClock`), starts without the refusal.
 */
async function unlimited(control: EmulatorHandle['control']): Promise<void> {
  await control.reset()
  await control.setRateLimit({ group: 'management', limit: 100_000, windowSeconds: 60 })
}

/** The public JWK members of a PKCS#8 PEM, to compare with a key registered in Okta. */
function publicPartOf(pem: string): string {
  const jwk = createPublicKey(pem).export({ format: 'jwk' })
  return `${jwk.x}.${jwk.y}`
}
const activeKeys = (app: App) =>
  app.keys.filter(k => k.status === 'ACTIVE').map(k => `${k.x}.${k.y}`)

/**
 * Defines the management fault matrix: every case `select` keeps, each run by `runAction`
 * (in-process or the spawned bundle), spread over `shards` emulators.
 */
export function managementFaultMatrix(
  runAction: StepRunner,
  {
    select = () => true,
    shards: SHARDS,
    audit = true,
    quickClock
  }: MatrixOptions<Case> & { shards: number }
): void {
  const figure = (entry: Record<string, unknown>) => audit && recordFigure('faults', entry)
  const CASES = ALL_CASES.filter(select)
  let emulators: EmulatorHandle[]
  let github: GithubDouble
  const results = new Map<Case, Result>()

  async function runCase(emulator: EmulatorHandle, c: Case, index: number): Promise<Result> {
    const { control } = emulator
    const label = `fault-${index}`
    const secretName = `OKTA_KEY_${index}`
    const spec = CALLS.find(x => x.call === c.call)!
    const apiToken = (await control.createApiToken({ role: 'SUPER_ADMIN' })).token
    const common = { 'okta-domain': emulator.url, ...RETRY_INPUTS }
    let inputs: Record<string, string>
    let appId: string | undefined
    if (c.call === 'register key') {
      const app = await control.createApp({
        label,
        keys: [{ ...oldKey.publicJwk, kid: 'old' }],
        grantedScopes: ['okta.users.read']
      })
      appId = app.id
      inputs = {
        ...common,
        mode: 'rotate',
        'api-token': apiToken,
        'client-id': app.clientId,
        'key-type': 'EC-P256',
        'github-token': WRITE_TOKEN,
        'private-key-secret': secretName
      }
    } else if (c.call === 'request page') {
      const app = await control.createApp({
        label,
        keys: [{ ...oldKey.publicJwk, kid: 'old' }],
        grantedScopes: ['okta.users.read']
      })
      inputs = {
        ...common,
        mode: 'request',
        'client-id': app.clientId,
        'private-key': oldKey.pkcs8,
        'key-id': 'old',
        scopes: 'okta.users.read',
        dpop: 'true',
        'request-path': '/api/v1/users?limit=200',
        'request-paginate': 'true'
      }
    } else {
      inputs = {
        ...common,
        mode: 'provision',
        'api-token': apiToken,
        'app-label': label,
        'key-type': 'EC-P256',
        scopes: 'okta.users.read',
        'admin-roles': 'READ_ONLY_ADMIN',
        'github-token': WRITE_TOKEN,
        'private-key-secret': secretName,
        'client-id-variable': `OKTA_CLIENT_${index}`
      }
    }
    await control.clearRequests()
    await control.addFault({
      ...c.fault.spec,
      kind: c.fault.kind,
      match: spec.match,
      times: c.outcome === 'recovers' ? 1 : MAX_ATTEMPTS
    })
    const run = await runAction('main', inputs, {
      env: { GITHUB_API_URL: github.url },
      clock: clockFor(c.fault, quickClock)
    })
    await control.clearFaults()
    // A delayed request was carried out at once and is answered late, after the run gave up on
    // the answer: let the late answers go out, so nothing is still on the wire when we look.
    if (c.fault.kind === 'delay') await new Promise(resolve => setTimeout(resolve, 1000))
    const log = await control.requests()
    const attempts = log.filter(entry => entry.fault === c.fault.kind || matches(entry, spec.match))
    const apps = await control.apps()
    if (c.fault.waitsForReset) await unlimited(control)
    return {
      run,
      label,
      secretName,
      appsWithLabel: apps.filter(app => app.label === label && !appId),
      rotated: appId ? apps.find(app => app.id === appId) : undefined,
      attempts
    }
  }

  beforeAll(async () => {
    emulators = await Promise.all(Array.from({ length: SHARDS }, () => startEmulator()))
    await Promise.all(emulators.map(e => unlimited(e.control)))
    github = await startGithubDouble({
      owner: 'octo-org',
      repo: 'octo-repo',
      writeTokens: [WRITE_TOKEN]
    })
    // One worker per emulator: the create and list paths are global, so cases on one emulator
    // run one after the other.
    const shards = Array.from({ length: SHARDS }, (_, s) =>
      CASES.map((c, i) => [c, i] as const).filter((_, i) => i % SHARDS === s)
    )
    await mapWithConcurrency(shards, SHARDS, async (shard, s) => {
      for (const [c, i] of shard) results.set(c, await runCase(emulators[s], c, i))
    })
  }, 300_000)

  afterAll(async () => {
    await Promise.all([...(emulators ?? []).map(e => e.stop()), github?.stop()])
  })

  function expectNothingLost(c: Case, r: Result, succeeded: boolean): void {
    const stored = github.secretPlaintext(r.secretName)
    if (c.call === 'register key') {
      // Never an app without a working key: the old key stays until the new one is proven.
      const active = activeKeys(r.rotated!)
      expect(active.length).toBeGreaterThan(0)
      if (succeeded) {
        // The old key and exactly one new key: the registration was not repeated.
        expect(r.rotated!.keys).toHaveLength(2)
        expect(stored).toBeDefined()
        expect(active).toContain(publicPartOf(stored!))
      } else {
        expect(active).toEqual([publicPartOf(oldKey.pkcs8)])
        expect(stored).toBeUndefined()
      }
    } else if (c.call !== 'request page') {
      if (succeeded) {
        // One app, one grant, one role, one key: no write was carried out twice.
        expect(r.appsWithLabel).toHaveLength(1)
        const [app] = r.appsWithLabel
        expect(app.grants.map(g => g.scopeId)).toEqual(['okta.users.read'])
        expect(app.roles.map(role => role.type)).toEqual(['READ_ONLY_ADMIN'])
        expect(app.keys).toHaveLength(1)
        expect(stored).toBeDefined()
        expect(activeKeys(app)).toContain(publicPartOf(stored!))
      } else {
        // No half-made app: the one this run created was deactivated and deleted.
        expect(r.appsWithLabel).toEqual([])
        expect(stored).toBeUndefined()
      }
    }
  }

  /**
   * The fault landed on the call the case names (the emulator's log: every faulted request is
   * that call's method and path), and the action's line about it names that call (`what`).
   */
  function expectFaultOn(call: Call, r: Result, line: string | undefined): void {
    const { match, what } = CALLS.find(x => x.call === call)!
    const faulted = r.attempts.filter(a => a.fault)
    expect(faulted.length).toBeGreaterThan(0)
    expect(faulted.filter(a => !matches(a, match)).map(a => `${a.method} ${a.path}`)).toEqual([])
    expect(line).toMatch(what)
  }

  describe.each(CALLS.map(c => c.call))('the %s call', call => {
    const cases = CASES.filter(c => c.call === call)

    eachFault(
      cases.filter(c => c.outcome === 'recovers'),
      'recovers from one %s',
      c => {
        const r = results.get(c)!
        expect(r.run.errors).toEqual([])
        expect(r.run.code).toBe(0)
        expect(r.attempts.filter(a => a.fault)).toHaveLength(1)
        expect(r.run.stdout).toMatch(/retrying in \d+\.\d s .*\(attempt 2 of 2\)/)
        expectFaultOn(
          call,
          r,
          // The retry line about the injected fault: a 429 left by an earlier case on this
          // emulator (its endpoint stays refused until Reset, as at Okta) is a rate-limit retry.
          r.run.stdout
            .split('\n')
            .find(
              line =>
                /retrying in/.test(line) &&
                (c.fault.kind.startsWith('429') || !line.includes('(rate limit:'))
            )
        )
        if (call === 'request page') {
          expect(JSON.parse(r.run.outputs['response-body'])).toHaveLength(450)
          // Each attempt at the page carried its own DPoP proof.
          const proofs = r.attempts.map(dpopJti)
          expect(new Set(proofs).size).toBe(proofs.length)
        }
        expectNothingLost(c, r, true)
        figure({
          call,
          kind: c.fault.kind,
          outcome: 'recovered',
          injected: 1,
          // An SSWS call carries no jti; a page carries one DPoP proof per attempt.
          credential: call === 'request page' ? 'proof' : 'SSWS',
          attempts: r.attempts.length,
          freshCredentials: call === 'request page' ? new Set(r.attempts.map(dpopJti)).size : 0,
          writeChecked: call !== 'request page'
        })
      }
    )

    // A write whose answers were all lost was still carried out by Okta once each delay ended:
    // the client finds it instead of failing or sending it again.
    const lostAnswerWrites = cases.filter(
      c => c.outcome === 'fails' && c.fault.kind === 'delay' && WRITES.includes(call)
    )
    eachFault(
      lostAnswerWrites,
      'finds the write it made when every answer was lost (%s), instead of repeating it',
      c => {
        const r = results.get(c)!
        expect(r.run.errors).toEqual([])
        expect(r.run.code).toBe(0)
        expect(r.run.stdout).toMatch(
          /the earlier attempt took effect at Okta; not sending it again/
        )
        expectNothingLost(c, r, true)
        figure({
          call,
          kind: c.fault.kind,
          outcome: 'recovered',
          injected: r.attempts.filter(a => a.fault).length,
          credential: 'SSWS',
          writeChecked: true
        })
      }
    )

    eachFault(
      cases.filter(c => c.outcome === 'fails' && !lostAnswerWrites.includes(c)),
      'names the cause in one line, and loses nothing, when %s outlasts max-attempts',
      c => {
        const r = results.get(c)!
        const message = expectCleanFailure(r.run)
        expect(message).toMatch(c.fault.cause)
        expectFaultOn(call, r, message)
        expect(r.attempts.filter(a => a.fault)).toHaveLength(MAX_ATTEMPTS)
        expectNothingLost(c, r, false)
        figure({
          call,
          kind: c.fault.kind,
          outcome: 'failed cleanly',
          injected: MAX_ATTEMPTS,
          writeChecked: call !== 'request page'
        })
      }
    )
  })
}

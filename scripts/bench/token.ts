// Token mode as the runner runs it (`node dist/index.js`) against the floor (floor.mjs: one
// hand-signed assertion, one fetch), interleaved in the same loop; its peak RSS; and the
// token-endpoint requests per run, read from the emulator's request log.
import type { EmulatorHandle } from '../../testkit/emulator/process.js'
import { canMeasureRss, runChildOk } from './child.js'
import {
  ACTION_MAIN,
  FLOOR,
  createServiceApp,
  floorEnv,
  isTokenRequest,
  type BenchApp
} from './fixtures.js'
import { compare, interleave, summarize, type Comparison, type Summary } from './stats.js'

export interface NodeBinary {
  label: string
  path: string
  version: string
}

export interface TokenTiming {
  node: string
  latencyMs: number
  /** action vs floor */
  vsFloor: Comparison
  /** `node -e 0`, for how much of either is Node's own start. */
  bareNode: Summary
}

export async function benchTokenTiming(
  emulator: EmulatorHandle,
  latencyMs: number,
  node: NodeBinary,
  iterations: number
): Promise<TokenTiming> {
  const app = await createServiceApp(emulator)
  const samples = await interleave(iterations, {
    action: async () => (await runAction(node.path, app)).ms,
    floor: async () =>
      (
        await runChildOk(
          { node: node.path, args: [FLOOR], inputs: app.inputs, env: floorEnv },
          'floor'
        )
      ).ms,
    bare: async () =>
      (await runChildOk({ node: node.path, args: ['-e', '0'], inputs: {} }, 'node -e 0')).ms
  })
  return {
    node: node.label,
    latencyMs,
    vsFloor: compare(samples.action, samples.floor),
    bareNode: summarize(samples.bare)
  }
}

function runAction(node: string, app: BenchApp, inputs: Record<string, string> = {}) {
  return runChildOk(
    { node, args: [ACTION_MAIN], inputs: { ...app.inputs, ...inputs } },
    'token mode'
  )
}

export interface PeakRss {
  node: string
  action: Summary
  floor: Summary
}

/** Peak RSS in MB through /usr/bin/time -v (separate runs: the wrapper would skew timings). */
export async function benchTokenRss(
  emulator: EmulatorHandle,
  node: NodeBinary,
  iterations: number
): Promise<PeakRss | { unavailable: string }> {
  if (!canMeasureRss()) return { unavailable: '/usr/bin/time is not installed' }
  const app = await createServiceApp(emulator)
  const measure =
    (args: string[], env: Record<string, string> = {}) =>
    async () => {
      const run = await runChildOk(
        { node: node.path, args, inputs: app.inputs, env, measureRss: true },
        args[0]
      )
      if (run.maxRssKb === undefined) throw new Error(`no RSS figure for ${args[0]}`)
      return run.maxRssKb / 1024
    }
  const samples = await interleave(iterations, {
    action: measure([ACTION_MAIN]),
    floor: measure([FLOOR], floorEnv)
  })
  return { node: node.label, action: summarize(samples.action), floor: summarize(samples.floor) }
}

export interface TokenRequestCount {
  case: string
  requests: number
  tokenType: string
  /** The protocol minimum: the figure the action must not exceed. */
  minimum: number
}

/**
 * Token-endpoint requests per run: a Bearer app needs 1; a DPoP app with dpop auto needs 3
 * (no proof → "DPoP proof missing", proof → use_dpop_nonce, proof with nonce); with dpop
 * true 2 (Okta always asks for a nonce first).
 */
export async function benchTokenRequests(
  emulator: EmulatorHandle,
  node: NodeBinary
): Promise<TokenRequestCount[]> {
  const bearer = await createServiceApp(emulator)
  const dpop = await createServiceApp(emulator, { dpopRequired: true })
  const cases: [string, BenchApp, Record<string, string>, number][] = [
    ['Bearer app, dpop auto', bearer, {}, 1],
    ['DPoP app, dpop auto', dpop, {}, 3],
    ['DPoP app, dpop true', dpop, { dpop: 'true' }, 2]
  ]
  const counts: TokenRequestCount[] = []
  for (const [name, app, inputs, minimum] of cases) {
    await emulator.control.clearRequests()
    const run = await runAction(node.path, app, inputs)
    const requests = (await emulator.control.requests()).filter(isTokenRequest).length
    counts.push({ case: name, requests, tokenType: run.outputs['token-type'] ?? '?', minimum })
  }
  return counts
}

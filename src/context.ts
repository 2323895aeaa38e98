import type * as core from '@actions/core'
import type { Inputs } from './inputs.js'
import { RetryingClient, type Clock, type Logger } from './http/retrying-client.js'
import type { Transport } from './http/transport.js'
import { ClockSkew } from './oauth/clock-skew.js'
import type { Mask } from './secret-inputs.js'

/**
 * What a mode works with. Collaborators (the runner's core functions, the clock, the HTTP
 * transport) come in as parameters so modules can be called from tests with fakes.
 */
export type ActionCore = Pick<
  typeof core,
  | 'getInput'
  | 'setSecret'
  | 'setOutput'
  | 'info'
  | 'warning'
  | 'debug'
  | 'setFailed'
  | 'exportVariable'
  | 'saveState'
  | 'getState'
  | 'summary'
  | 'addPath'
>

export interface Runtime {
  core: ActionCore
  clock: Clock
  transport: Transport
  /** The step's environment (GITHUB_REPOSITORY, GITHUB_STEP_SUMMARY, proxies, …). */
  env: NodeJS.ProcessEnv
  /** The folder of the running entry (dist/ on a runner): okta-api's bundle sits in it. */
  actionDir: string
}

/** `runtime` when given, else the runner's, loaded only then (src/default-runtime.ts). */
export async function runtimeOrDefault(runtime?: Runtime): Promise<Runtime> {
  return runtime ?? (await import('./default-runtime.js')).defaultRuntime()
}

export interface ModeContext {
  core: ActionCore
  log: Logger
  clock: Clock
  env: NodeJS.ProcessEnv
  actionDir: string
  http: RetryingClient
  /** One HTTP exchange without retries, for a remote key service spoken to directly (Vault). */
  transport: Transport
  skew: ClockSkew
  mask: (secret: string) => void
  /** Masks, then sets: a secret output never exists unmasked, not even for one log line. */
  secretOutput(name: string, value: string): void
  output(name: string, value: string | number | boolean): void
  /** Writes the job summary when `summary` is on and the runner provides the file. */
  writeSummary(build: (summary: ActionCore['summary']) => void): Promise<void>
}

export function createModeContext(runtime: Runtime, inputs: Inputs, mask: Mask): ModeContext {
  const { core: c, clock } = runtime
  const log: Logger = { info: m => c.info(m), warning: m => c.warning(m), debug: m => c.debug(m) }
  return {
    core: c,
    log,
    clock,
    env: runtime.env,
    actionDir: runtime.actionDir,
    http: new RetryingClient(runtime.transport, clock, log, {
      maxAttempts: inputs.maxAttempts,
      timeoutMs: inputs.timeoutSeconds * 1000
    }),
    transport: runtime.transport,
    skew: new ClockSkew(() => clock.now()),
    mask,
    secretOutput(name, value) {
      for (const line of value.split(/\r?\n/)) mask(line.trim())
      mask(value)
      c.setOutput(name, value)
    },
    output: (name, value) => c.setOutput(name, String(value)),
    async writeSummary(build) {
      if (!inputs.summary || !runtime.env.GITHUB_STEP_SUMMARY) return
      build(c.summary)
      await c.summary.write()
    }
  }
}

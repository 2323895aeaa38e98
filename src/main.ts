import { createModeContext, runtimeOrDefault, type Runtime } from './context.js'
import { ActionError } from './errors.js'
import { readInputs, type Inputs } from './inputs.js'
import type { Mode } from './domain.js'
import { maskSecretInputs } from './secret-inputs.js'
import { closeRemoteKeys } from './signing/opened.js'
import type { ModeContext } from './context.js'

type ModeRunner = (ctx: ModeContext, inputs: Inputs) => Promise<void>

// Each mode is loaded only when chosen: token mode never pays for @actions/github or
// libsodium (ncc puts each dynamic import in its own chunk).
const MODES: Partial<Record<Mode, () => Promise<ModeRunner>>> = {
  token: async () => (await import('./modes/token.js')).runTokenMode,
  jwk: async () => (await import('./modes/jwk.js')).runJwkMode,
  assertion: async () => (await import('./modes/assertion.js')).runAssertionMode,
  request: async () => (await import('./modes/request.js')).runRequestMode,
  provision: async () => (await import('./modes/provision.js')).runProvisionMode,
  rotate: async () => (await import('./modes/rotate.js')).runRotateMode
}

export async function run(given?: Runtime): Promise<void> {
  const runtime = await runtimeOrDefault(given)
  const { core } = runtime
  try {
    const mask = maskSecretInputs(runtime)
    const inputs = await readInputs(name => core.getInput(name))
    const runMode = await MODES[inputs.mode]!()
    await runMode(createModeContext(runtime, inputs, mask), inputs)
  } catch (error) {
    reportFailure(runtime, error)
  } finally {
    await closeRemoteKeys()
  }
}

/** Expected failures are one line; anything else is a bug and keeps its stack for the report. */
export function reportFailure(runtime: Runtime, error: unknown): void {
  if (error instanceof ActionError) {
    runtime.core.setFailed(error.message)
    return
  }
  const err = error instanceof Error ? error : new Error(String(error))
  runtime.core.debug(err.stack ?? '')
  runtime.core.setFailed(`Unexpected error (please report it): ${err.message}`)
}

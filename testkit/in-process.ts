import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { systemClock, type Clock } from '../src/http/retrying-client.js'
import { createTransport, type Transport } from '../src/http/transport.js'
import { run } from '../src/main.js'
import { run as runPost } from '../src/post-step.js'
import type { Runtime } from '../src/context.js'
import { markEmulator } from './emulator-secrets.js'
import { scanRun } from './scan-run.js'
import { recordingCore, type CoreEvent } from './recording-core.js'
import {
  actionRun,
  addStepInputs,
  parseFileCommand,
  ROOT,
  runnerVariables,
  type ActionRun,
  type RunOptions
} from './run-action.js'

export { uniqueLabel, type ActionRun } from './run-action.js'

/**
 * Runs the action's source in this process: `run(runtime)` (src/main.ts) or the post step
 * (src/post-step.ts) with a recording core and the environment a runner gives a step (inputs
 * as INPUT_<NAME>, state as STATE_<name>, the command file variables, GITHUB_REPOSITORY),
 * never process.env. No build needed, and runs can overlap: nothing is shared between them.
 *
 * The answer has the shape the spawned runner (run-action.ts) returns, built the same way
 * from what @actions/core would have printed and written, and is scanned for leaks the
 * same way; `events` adds every core call in order.
 */
export interface InProcessOptions extends Omit<RunOptions, 'node' | 'timeoutMs'> {
  clock?: Clock
  transport?: Transport
}

/**
 * The real time, but no wait between attempts: for runs whose backoff is not what is tested.
 * A 429 that names its reset still needs the real clock (the server refuses until then).
 */
export const noWaitClock: Clock = {
  now: () => Date.now(),
  sleep: () => Promise.resolve(),
  random: () => Math.random()
}

export interface InProcessRun extends ActionRun {
  events: CoreEvent[]
}

// The runner's folders for the steps this test file runs. The GITHUB_* command files are never
// written (the recording core keeps their contents in memory), but RUNNER_TEMP is: a token step
// leaves okta-api's credentials file and launchers there, and the post step deletes them. So
// each test file (a module registry of its own) gets its own folder: files that run at the same
// time, in two jest workers or two jest runs, must not delete each other's credentials.
const RUNNER_DIR = mkdtempSync(join(tmpdir(), 'okta-action-in-process-'))

export function stepEnvironment(
  inputs: Record<string, string>,
  options: InProcessOptions
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = runnerVariables(RUNNER_DIR)
  addStepInputs(env, inputs, options)
  return env
}

export async function runAction(
  entry: 'main' | 'post',
  inputs: Record<string, string>,
  options: InProcessOptions = {}
): Promise<InProcessRun> {
  const env = stepEnvironment(inputs, options)
  const core = recordingCore(env)
  const runtime: Runtime = {
    core,
    env,
    clock: options.clock ?? systemClock,
    transport: options.transport ?? createTransport(env),
    // As on a runner, the entry runs from dist/, where okta-api's bundle is built.
    actionDir: join(ROOT, 'dist')
  }
  const mark = await markEmulator(inputs)
  const started = Date.now()
  await (entry === 'main' ? run(runtime) : runPost(runtime))
  const durationMs = Date.now() - started

  const stdout = core.stdout()
  const raw = core.files()
  const masked = core.events.flatMap(e => (e.kind === 'mask' ? [e.value] : []))
  const outputs = parseFileCommand(raw.output)
  const texts = { stdout, stderr: '', ...raw }
  const leaks = await scanRun(entry, inputs, texts, masked, outputs, mark, options)
  if (leaks.length && !options.allowLeaks) {
    throw new Error(
      `Secret leaked: ${leaks.map(l => `${l.secretPreview} in ${l.where}`).join('; ')}:\n${stdout}`
    )
  }
  return {
    ...actionRun(core.exitCode(), texts, { masked, outputs, leaks, durationMs }),
    events: core.events
  }
}

/** Runs main, then post with the state main saved: one job as the runner runs it. */
export async function runJob(
  inputs: Record<string, string>,
  options: InProcessOptions = {}
): Promise<{ main: InProcessRun; post: InProcessRun }> {
  const main = await runAction('main', inputs, options)
  const post = await runAction('post', inputs, { ...options, state: main.state })
  return { main, post }
}

/**
 * Whether every value output as `name` was masked first: the order the runner needs, since it
 * can only hide from the log what it was told to mask before the value reached it.
 */
export function maskedBeforeOutput(events: CoreEvent[], name: string): boolean {
  const masked = new Set<string>()
  let seen = false
  for (const event of events) {
    if (event.kind === 'mask') masked.add(event.value)
    if (event.kind === 'output' && event.name === name) {
      seen = true
      if (!masked.has(event.value)) return false
    }
  }
  return seen
}

import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { markEmulator } from './emulator-secrets.js'
import type { Leak } from './leak-scan.js'
import { scanRun, type StepTexts } from './scan-run.js'

/**
 * Runs the built action exactly as the GitHub runner does: `node dist/index.js` (or
 * dist/post/index.js) with inputs as INPUT_<NAME> env (upper-cased, hyphens kept), and the
 * GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV / GITHUB_STEP_SUMMARY files. Spawned with node
 * directly: sh would drop env names that contain a hyphen.
 *
 * Every run is scanned for leaks of every secret the test knows, whatever the action masked:
 * its secret inputs (in each form they were given in), every secret output, every value the
 * action masked, and, when it talks to the emulator, every token, assertion and proof the
 * emulator issued or received (emulator-secrets.ts). The secret inputs and what the run sent
 * to or got from the emulator must also have been masked. A finding fails the run unless
 * `allowLeaks` is set.
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export interface RunOptions {
  /** State saved by a main step, handed to a post step as STATE_<name>. */
  state?: Record<string, string>
  env?: Record<string, string>
  /** Extra secrets the scan must look for (the inputs' secrets are always included). */
  secrets?: string[]
  /** Node binary (default: the one running the tests). */
  node?: string
  /** Step debug logging (ACTIONS_STEP_DEBUG and RUNNER_DEBUG). */
  debug?: boolean
  allowLeaks?: boolean
  /** The kind of leak this run plants on purpose (leak-scan tests): recorded for the audit. */
  plant?: string
  timeoutMs?: number
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  env: Record<string, string>
  summary: string
  /** Values the action masked (::add-mask::), in order. */
  masked: string[]
  /** `::error::…` message(s), unescaped. */
  errors: string[]
  warnings: string[]
  leaks: Leak[]
  durationMs: number
}

/**
 * A fresh folder with the runner's command files (empty), and the environment a runner gives
 * a step: those files, the workspace, the repository, PATH and HOME, plus `extra`.
 */
export function runnerWorkspace(prefix: string, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const files = runnerFiles(dir)
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    ...runnerVariables(dir),
    ...extra
  }
  return { dir, files, env }
}

/** The runner's command files, in the folder `dir`. */
function runnerFiles(dir: string) {
  return {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_PATH: join(dir, 'path')
  }
}

/** The variables a runner gives every step, with `dir` as its temp folder and workspace. */
export function runnerVariables(dir: string): Record<string, string> {
  return {
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    ...runnerFiles(dir)
  }
}

export { SECRET_INPUT_NAMES } from './scan-run.js'

export async function runAction(
  entry: 'main' | 'post',
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<ActionRun> {
  const { dir, files, env } = runnerWorkspace('okta-action-')
  addStepInputs(env, inputs, options)

  const mark = await markEmulator(inputs)
  const script = join(ROOT, entry === 'main' ? 'dist/index.js' : 'dist/post/index.js')
  const started = Date.now()
  const { code, stdout, stderr } = await new Promise<{
    code: number | null
    stdout: string
    stderr: string
  }>((resolvePromise, reject) => {
    const child = spawn(options.node ?? process.execPath, [script], { env, cwd: dir })
    let out = ''
    let err = ''
    child.stdout.on('data', chunk => (out += chunk))
    child.stderr.on('data', chunk => (err += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', exitCode => {
      clearTimeout(timer)
      resolvePromise({ code: exitCode, stdout: out, stderr: err })
    })
  })
  const durationMs = Date.now() - started
  const raw = {
    output: readFileSync(files.GITHUB_OUTPUT, 'utf8'),
    state: readFileSync(files.GITHUB_STATE, 'utf8'),
    env: readFileSync(files.GITHUB_ENV, 'utf8'),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
  }
  rmSync(dir, { recursive: true, force: true })

  const masked = [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map(m => unescapeData(m[1]))
  const outputs = parseFileCommand(raw.output)
  const leaks = await scanRun(
    entry,
    inputs,
    { stdout, stderr, ...raw },
    masked,
    outputs,
    mark,
    options
  )
  const run = actionRun(code, { stdout, stderr, ...raw }, { masked, outputs, leaks, durationMs })
  if (leaks.length && !options.allowLeaks) {
    throw new Error(
      `Secret leaked: ${leaks.map(l => `${l.secretPreview} in ${l.where}`).join('; ')}:\n${stdout}\n${stderr}`
    )
  }
  return run
}

/**
 * What a runner adds to a step's environment besides its workspace: step debug when asked,
 * the inputs as INPUT_<NAME> (upper-cased, spaces as underscores, hyphens kept), the state a
 * main step saved as STATE_<name>, then `options.env`.
 */
export function addStepInputs(
  env: NodeJS.ProcessEnv,
  inputs: Record<string, string>,
  options: Pick<RunOptions, 'state' | 'env' | 'debug'>
): void {
  if (options.debug) Object.assign(env, { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' })
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value
  Object.assign(env, options.env)
}

/** The answer both runners give, from what the step printed and left in the command files. */
export function actionRun(
  code: number | null,
  texts: StepTexts,
  found: Pick<ActionRun, 'masked' | 'outputs' | 'leaks' | 'durationMs'>
): ActionRun {
  return {
    code,
    stdout: texts.stdout,
    stderr: texts.stderr,
    outputs: found.outputs,
    state: parseFileCommand(texts.state),
    env: parseFileCommand(texts.env),
    summary: texts.summary,
    masked: found.masked,
    errors: commandMessages(texts.stdout, 'error'),
    warnings: commandMessages(texts.stdout, 'warning'),
    leaks: found.leaks,
    durationMs: found.durationMs
  }
}

/** Reads a GITHUB_OUTPUT-style file: `name<<DELIM\nvalue\nDELIM` (or `name=value`). */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i])
      out[heredoc[1]] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

export function commandMessages(stdout: string, kind: string): string[] {
  return [...stdout.matchAll(new RegExp(`^::${kind}(?: [^:]*)?::(.*)$`, 'gm'))].map(m =>
    unescapeData(m[1])
  )
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** Runs main, then post with the state main saved: one job as the runner runs it. */
export async function runJob(
  inputs: Record<string, string>,
  options: RunOptions = {}
): Promise<{ main: ActionRun; post: ActionRun }> {
  const main = await runAction('main', inputs, options)
  const post = await runAction('post', inputs, { ...options, state: main.state })
  return { main, post }
}

export const uniqueLabel = (): string => `app-${randomUUID().slice(0, 8)}`

// Runs one Node script as the GitHub runner runs an action step, and times it from the
// outside: wall time from spawn to exit, as a workflow pays it. Inputs travel as INPUT_<NAME>
// env (hyphens kept, so node is spawned directly, never through sh), with the runner's
// GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV / GITHUB_STEP_SUMMARY files.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { parseFileCommand, runnerWorkspace } from '../../testkit/run-action.js'

export interface ChildRun {
  code: number | null
  /** Wall time from spawn to exit. */
  ms: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** Peak resident set size in KiB, when run with `measureRss`. */
  maxRssKb?: number
}

export interface ChildOptions {
  node: string
  /** Script and arguments after the node binary. */
  args: string[]
  inputs: Record<string, string>
  env?: Record<string, string>
  /** Wrap the run in `/usr/bin/time -v` to read the peak RSS (not for timing runs). */
  measureRss?: boolean
}

export const TIME_BIN = '/usr/bin/time'
export const canMeasureRss = (): boolean => existsSync(TIME_BIN)

export async function runChild(options: ChildOptions): Promise<ChildRun> {
  const { dir, files, env } = runnerWorkspace('okta-bench-', options.env)
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  const [command, args] = options.measureRss
    ? [TIME_BIN, ['-v', options.node, ...options.args]]
    : [options.node, options.args]

  const started = process.hrtime.bigint()
  const { code, stdout, stderr, ms } = await new Promise<{
    code: number | null
    stdout: string
    stderr: string
    ms: number
  }>((resolve, reject) => {
    const child = spawn(command, args, { env, cwd: dir })
    let out = ''
    let err = ''
    child.stdout.on('data', chunk => (out += chunk))
    child.stderr.on('data', chunk => (err += chunk))
    child.on('error', reject)
    // 'exit' (not 'close'): the process is gone; stdio may still be draining.
    child.on('exit', exitCode => {
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6
      child.on('close', () => resolve({ code: exitCode, stdout: out, stderr: err, ms: elapsed }))
    })
  })
  const outputs = parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
  rmSync(dir, { recursive: true, force: true })
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
  return {
    code,
    ms,
    stdout,
    stderr,
    outputs,
    ...(rss ? { maxRssKb: Number(rss[1]) } : {})
  }
}

/** Runs and insists on success: a benchmark of a failing run would measure the wrong thing. */
export async function runChildOk(options: ChildOptions, what: string): Promise<ChildRun> {
  const run = await runChild(options)
  if (run.code !== 0) {
    const errors = run.stdout
      .split('\n')
      .filter(line => line.startsWith('::error'))
      .join('\n')
    throw new Error(`${what} exited with ${run.code}\n${errors}\n${run.stderr.slice(-2000)}`)
  }
  return run
}

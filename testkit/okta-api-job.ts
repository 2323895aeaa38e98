import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { findLeaks, type Leak } from './leak-scan.js'
import { parseFileCommand, ROOT } from './run-action.js'

/**
 * One GitHub Actions job as the runner runs it, for okta-api: the token step (built dist/)
 * with its own GITHUB_OUTPUT/STATE/ENV/PATH files, then later `run:` steps in `bash -c` with
 * the PATH and env the runner builds from GITHUB_PATH and GITHUB_ENV, then the post step with
 * the state the main step saved. RUNNER_TEMP lives for the whole job, as on a runner.
 */
export interface StepRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  masked: string[]
}

export class Job {
  readonly dir = mkdtempSync(join(tmpdir(), 'okta-api-job-'))
  readonly runnerTemp = join(this.dir, 'temp')
  /** Folders added with GITHUB_PATH, newest first (the runner prepends each). */
  readonly paths: string[] = []
  readonly env: Record<string, string> = {}
  private steps = 0
  private states = new Map<string, Record<string, string>>()

  constructor() {
    mkdirSync(this.runnerTemp)
  }

  private baseEnv(files: Record<string, string>, stepId: string): Record<string, string> {
    return {
      HOME: process.env.HOME ?? this.dir,
      RUNNER_TEMP: this.runnerTemp,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.dir,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_ACTION: stepId,
      ...this.env,
      ...files
    }
  }

  private stepFiles(): Record<string, string> {
    const n = ++this.steps
    const files = {
      GITHUB_OUTPUT: join(this.dir, `output-${n}`),
      GITHUB_STATE: join(this.dir, `state-${n}`),
      GITHUB_ENV: join(this.dir, `env-${n}`),
      GITHUB_PATH: join(this.dir, `path-${n}`),
      GITHUB_STEP_SUMMARY: join(this.dir, `summary-${n}`)
    }
    for (const file of Object.values(files)) writeFileSync(file, '')
    return files
  }

  /** What the runner does after a step: GITHUB_PATH lines prepend, GITHUB_ENV lines set. */
  private absorb(files: Record<string, string>): void {
    const added = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean)
    for (const path of added) this.paths.unshift(path)
    Object.assign(this.env, parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')))
  }

  /** The action's main step (`uses:` with `id: stepId`). */
  async action(
    inputs: Record<string, string>,
    stepId = 'okta',
    node = process.execPath
  ): Promise<StepRun> {
    const files = this.stepFiles()
    const env: Record<string, string> = {
      ...this.baseEnv(files, stepId),
      PATH: this.pathValue(false)
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    const run = await spawnStep(node, [join(ROOT, 'dist/index.js')], env, this.dir)
    const state = parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8'))
    this.states.set(stepId, state)
    this.absorb(files)
    return { ...run, outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')), state }
  }

  /** A later `run:` step: `bash -c script` with the job's PATH, optionally without node. */
  async run(
    script: string,
    options: { noNode?: boolean; env?: Record<string, string>; stepId?: string } = {}
  ): Promise<StepRun> {
    const files = this.stepFiles()
    const env = {
      ...this.baseEnv(files, options.stepId ?? '__run'),
      PATH: this.pathValue(!!options.noNode),
      ...options.env
    }
    const run = await spawnStep('/bin/bash', ['-c', script], env, this.dir)
    this.absorb(files)
    return { ...run, outputs: {}, state: {} }
  }

  /** The action's post step for `stepId`, with the state its main step saved. */
  async post(inputs: Record<string, string>, stepId = 'okta'): Promise<StepRun> {
    const files = this.stepFiles()
    const env: Record<string, string> = {
      ...this.baseEnv(files, stepId),
      PATH: this.pathValue(false)
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    for (const [name, value] of Object.entries(this.states.get(stepId) ?? {}))
      env[`STATE_${name}`] = value
    const run = await spawnStep(process.execPath, [join(ROOT, 'dist/post/index.js')], env, this.dir)
    return { ...run, outputs: {}, state: {} }
  }

  /**
   * PATH for a step. Without node: the job's folders and a folder of a few shell tools only,
   * so `okta-api` must run without any node on PATH.
   */
  private pathValue(noNode: boolean): string {
    if (!noNode) return [...this.paths, process.env.PATH ?? ''].join(delimiter)
    const tools = join(this.dir, 'tools')
    if (!existsSync(tools)) {
      mkdirSync(tools)
      for (const tool of ['sh', 'bash', 'jq', 'cat', 'env', 'echo', 'wc', 'head', 'tail', 'grep']) {
        const found = ['/usr/bin', '/bin']
          .map(dir => join(dir, tool))
          .find(path => existsSync(path))
        if (found) symlinkSync(found, join(tools, tool))
      }
    }
    return [...this.paths, tools].join(delimiter)
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

function spawnStep(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd: string
): Promise<Omit<StepRun, 'outputs' | 'state'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      const masked = [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map(m => m[1])
      resolve({ code, stdout, stderr, masked })
    })
  })
}

/** Secrets of the token step (everything it masked) found in a later step's output. */
export function leaksIn(secrets: string[], run: Pick<StepRun, 'stdout' | 'stderr'>): Leak[] {
  return findLeaks(secrets, {
    stdout: run.stdout,
    stderr: run.stderr,
    output: '',
    state: '',
    env: '',
    summary: ''
  })
}

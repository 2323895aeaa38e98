import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runOktaApi } from '../src/okta-api/cli.js'
import { CREDENTIALS_DIR_ENV, oktaApiHome } from '../src/okta-api/credentials.js'
import { createTransport } from '../src/http/transport.js'
import type { Clock } from '../src/http/retrying-client.js'
import { runAction, type InProcessRun } from './in-process.js'

/**
 * One job's token step and okta-api calls, in this process against src/: the token step runs
 * through testkit/in-process.ts with the job's own RUNNER_TEMP and step id (so it writes the
 * credentials file as on a runner), and each call is okta-api's command line
 * (runOktaApi, src/okta-api/cli.ts) with the environment its launcher gives it and the job's
 * folder as working directory. What only the built command can show (the launchers on PATH,
 * a step with no node, separate processes) stays in __tests__/e2e/okta-api-later-step.test.ts.
 */
export interface CallRun {
  code: number
  stdout: string
  stderr: string
}

export class InProcessJob {
  readonly dir = mkdtempSync(join(tmpdir(), 'okta-api-in-process-'))
  readonly runnerTemp = join(this.dir, 'temp')
  private states = new Map<string, Record<string, string>>()

  constructor() {
    mkdirSync(this.runnerTemp)
  }

  /** Where the token step keeps the credentials (and okta-api its rate-limit state). */
  get home(): string {
    return oktaApiHome(this.runnerTemp)
  }

  /** The action's main step with `id: stepId`. */
  async action(inputs: Record<string, string>, stepId = 'okta'): Promise<InProcessRun> {
    const run = await runAction('main', inputs, { env: this.stepEnv(stepId) })
    this.states.set(stepId, run.state)
    return run
  }

  /** The post step of `stepId`, with the state its main step saved. */
  post(inputs: Record<string, string>, stepId = 'okta'): Promise<InProcessRun> {
    return runAction('post', inputs, {
      env: this.stepEnv(stepId),
      state: this.states.get(stepId) ?? {}
    })
  }

  /** One okta-api command line; `stdin` is what `--input -` reads. */
  async call(
    argv: string[],
    options: { env?: Record<string, string>; stdin?: string; clock?: Clock } = {}
  ): Promise<CallRun> {
    const env = { [CREDENTIALS_DIR_ENV]: this.home, ...options.env }
    let stdout = ''
    let stderr = ''
    const code = await runOktaApi(
      argv,
      {
        env,
        stdout: text => (stdout += text),
        stderr: text => (stderr += text),
        readFile: path =>
          path === '-' ? (options.stdin ?? '') : readFileSync(resolve(this.dir, path), 'utf8')
      },
      { transport: createTransport(env), clock: options.clock }
    )
    return { code, stdout, stderr }
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }

  private stepEnv(stepId: string): Record<string, string> {
    return { RUNNER_TEMP: this.runnerTemp, GITHUB_ACTION: stepId }
  }
}

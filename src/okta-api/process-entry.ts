import { createTransport } from '../http/transport.js'
import { runOktaApi } from './cli.js'
import { readText, type ReadFile } from './fields.js'

/** What okta-api takes from its process: src/okta-api/main.ts passes `process` itself. */
export interface OktaApiProcess {
  argv: string[]
  env: NodeJS.ProcessEnv
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

/** Runs okta-api with a process's arguments, environment and streams; returns its exit code. */
export async function runOktaApiProcess(
  proc: OktaApiProcess,
  readFile: ReadFile = readText
): Promise<number> {
  try {
    return await runOktaApi(
      proc.argv.slice(2),
      {
        env: proc.env,
        stdout: text => proc.stdout.write(text),
        stderr: text => proc.stderr.write(text),
        readFile
      },
      { transport: createTransport(proc.env) }
    )
  } catch (error) {
    // A bug, not an expected failure: one line, and the stack only when asked for.
    const err = error instanceof Error ? error : new Error(String(error))
    proc.stderr.write(`okta-api: unexpected error (please report it): ${err.message}\n`)
    if (proc.env.RUNNER_DEBUG === '1') proc.stderr.write(`${err.stack}\n`)
    return 1
  }
}

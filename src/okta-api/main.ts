// okta-api's entry (dist/okta-api/index.js), started by the launchers the token step put on
// PATH. Like src/default-runtime.ts for the action, the one place of okta-api that reads
// process.env. Sets the exit code and returns, so stdout drains before the process ends.
import { readFileSync } from 'node:fs'
import { createTransport } from '../http/transport.js'
import { runOktaApi } from './cli.js'

try {
  process.exitCode = await runOktaApi(
    process.argv.slice(2),
    {
      env: process.env,
      stdout: text => process.stdout.write(text),
      stderr: text => process.stderr.write(text),
      readFile: path => readFileSync(path === '-' ? 0 : path, 'utf8')
    },
    { transport: createTransport(process.env) }
  )
} catch (error) {
  // A bug, not an expected failure: one line, and the stack only when asked for.
  const err = error instanceof Error ? error : new Error(String(error))
  process.stderr.write(`okta-api: unexpected error (please report it): ${err.message}\n`)
  if (process.env.RUNNER_DEBUG === '1') process.stderr.write(`${err.stack}\n`)
  process.exitCode = 1
}

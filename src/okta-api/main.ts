// okta-api's entry (dist/okta-api/index.js), started by the launchers the token step put on
// PATH. Like src/default-runtime.ts for the action, the one place of okta-api that reads
// process.env. Sets the exit code and returns, so stdout drains before the process ends.
import { runOktaApiProcess } from './process-entry.js'

process.exitCode = await runOktaApiProcess({
  argv: process.argv,
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
})

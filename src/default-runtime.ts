import { dirname } from 'node:path'
import * as core from '@actions/core'
import { fetch } from 'undici'
import type { Runtime } from './context.js'
import { systemClock } from './http/retrying-client.js'
import { createTransport } from './http/transport.js'

/**
 * The runner's runtime: @actions/core, the system clock, the network. The one place under
 * src/ that reads process.env: everything else gets `env` from here. Loaded only when `run()`
 * is called without a runtime (the entries, local-action): @actions/core brings its OIDC
 * client and with it undici's package, which an in-process run that passes its own runtime
 * never needs. Since the package is loaded anyway, requests go through its fetch rather than
 * Node's built-in copy, which would be a second HTTP stack to load (about 12 ms of CPU of a
 * token run, measured with --cpu-prof; docs/performance.md).
 */
export const defaultRuntime = (): Runtime => ({
  core,
  clock: systemClock,
  transport: createTransport(process.env, fetch),
  env: process.env,
  actionDir: dirname(process.argv[1] ?? '.')
})

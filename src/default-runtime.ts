import { dirname } from 'node:path'
import * as core from '@actions/core'
import type { Runtime } from './context.js'
import { systemClock } from './http/retrying-client.js'
import { createTransport } from './http/transport.js'

/**
 * The runner's runtime: @actions/core, the system clock, the network. The one place under
 * src/ that reads process.env: everything else gets `env` from here. Loaded only when `run()`
 * is called without a runtime (the entries, local-action): @actions/core brings its OIDC
 * client and with it undici, which an in-process run that passes its own runtime never needs.
 */
export const defaultRuntime = (): Runtime => ({
  core,
  clock: systemClock,
  transport: createTransport(process.env),
  env: process.env,
  actionDir: dirname(process.argv[1] ?? '.')
})

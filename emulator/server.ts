// The composition root: builds the runtime (Okta data, faults, rate limits, request log),
// registers the route modules on one Router and serves them over HTTP on 127.0.0.1. What a
// request goes through is in pipeline.ts; what each endpoint does is in its route module.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { EmulatorState } from './state.js'
import { FaultStore } from './faults.js'
import { RateLimiter } from './rate-limits.js'
import { handleRequest } from './pipeline.js'
import { Router, type EmulatorRuntime, type RouteModule } from './router.js'
import { registerOAuthRoutes } from './oauth.js'
import { registerResourceRoutes } from './resources.js'
import { registerAppRoutes } from './management/apps.js'
import { registerGrantRoutes } from './management/grants.js'
import { registerRoleRoutes } from './management/roles.js'
import { registerKeyRoutes } from './management/keys.js'
import { registerControlRoutes } from './control.js'
import { registerResourceNonceRoutes } from './resource-nonce.js'
import { registerResourceWriteRoutes } from './resource-writes.js'

/** Every Okta surface the emulator serves, plus its control API. Order decides 405 `Allow`. */
export const DEFAULT_ROUTE_MODULES: RouteModule[] = [
  registerOAuthRoutes,
  registerResourceRoutes,
  registerAppRoutes,
  registerGrantRoutes,
  registerRoleRoutes,
  registerKeyRoutes,
  registerResourceWriteRoutes,
  registerResourceNonceRoutes,
  registerControlRoutes
]

export interface EmulatorOptions {
  latencyMs?: number
  clockOffsetSeconds?: number
  routeModules?: RouteModule[]
}

export interface RunningEmulator {
  server: Server
  runtime: EmulatorRuntime
  url: string
  close(): Promise<void>
}

export function createRuntime(options: EmulatorOptions = {}): EmulatorRuntime {
  const initial = {
    latencyMs: options.latencyMs ?? 0,
    clockOffsetSeconds: options.clockOffsetSeconds ?? 0
  }
  const state = new EmulatorState(initial.clockOffsetSeconds)
  const runtime: EmulatorRuntime = {
    state,
    faults: new FaultStore(),
    rateLimits: new RateLimiter(state.clock),
    latencyMs: initial.latencyMs,
    requestLog: [],
    initial,
    reset() {
      state.reset(initial.clockOffsetSeconds)
      runtime.faults.clear()
      runtime.rateLimits.reset()
      runtime.latencyMs = initial.latencyMs
      runtime.requestLog.length = 0
    }
  }
  return runtime
}

export async function startEmulatorServer(
  options: EmulatorOptions & { port?: number; host?: string } = {}
): Promise<RunningEmulator> {
  const runtime = createRuntime(options)
  const router = new Router()
  for (const register of options.routeModules ?? DEFAULT_ROUTE_MODULES) register(router, runtime)
  let seq = 0
  const server = createServer((req, res) => {
    handleRequest(req, res, router, runtime, ++seq).catch(err => {
      console.error('emulator: unexpected error', err)
      if (!res.headersSent) res.writeHead(500).end()
    })
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  runtime.state.baseUrl = `http://${host}:${port}`
  return {
    server,
    runtime,
    url: runtime.state.baseUrl,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

// Entry point: `node --import tsx emulator/cli.ts [--port N] [--latency-ms N] [--clock-offset-s N]
// [--seed [--env-path PATH]]`. Prints `EMULATOR_URL=http://127.0.0.1:<port>` as its first line
// once listening, and exits on SIGTERM/SIGINT. --seed then adds a Bearer and a DPoP app and
// writes their inputs for local-action to PATH (default .env) and PATH.dpop (emulator/seed.ts).
import { parseArgs } from 'node:util'
import { startEmulatorServer } from './server.js'

function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n)) {
    console.error(`--${name} must be a number, got ${value}`)
    process.exit(2)
  }
  return n
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'latency-ms': { type: 'string' },
    'clock-offset-s': { type: 'string' },
    seed: { type: 'boolean', default: false },
    'env-path': { type: 'string', default: '.env' }
  },
  strict: true
})

const emulator = await startEmulatorServer({
  port: intOption(values.port, 'port'),
  latencyMs: intOption(values['latency-ms'], 'latency-ms'),
  clockOffsetSeconds: intOption(values['clock-offset-s'], 'clock-offset-s')
})
process.stdout.write(`EMULATOR_URL=${emulator.url}\n`)

if (values.seed) {
  // Loaded only for --seed, so that the tests' emulators start exactly as before.
  const { seedApps, seedSummary, writeEnvFiles } = await import('./seed.js')
  const envFile = values['env-path']
  const apps = await seedApps(emulator.url)
  const files = writeEnvFiles(emulator.url, apps, app =>
    app.tokenType === 'Bearer' ? envFile : `${envFile}.dpop`
  )
  process.stdout.write(seedSummary(emulator.url, files))
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  })
}

// Entry point: `node --import tsx emulator/cli.ts [--port N] [--latency-ms N] [--clock-offset-s N]`.
// Prints exactly one line, `EMULATOR_URL=http://127.0.0.1:<port>`, once listening, and exits
// on SIGTERM/SIGINT.
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
    'clock-offset-s': { type: 'string' }
  },
  strict: true
})

const emulator = await startEmulatorServer({
  port: intOption(values.port, 'port'),
  latencyMs: intOption(values['latency-ms'], 'latency-ms'),
  clockOffsetSeconds: intOption(values['clock-offset-s'], 'clock-offset-s')
})
process.stdout.write(`EMULATOR_URL=${emulator.url}\n`)

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  })
}

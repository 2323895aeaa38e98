// `npm run bench:okta-api`: only the okta-api section of `npm run bench`.
import { startEmulator } from '../../testkit/emulator/process.js'
import { currentNode, node24 } from './node-binaries.js'
import { reportOktaApi } from './okta-api-report.js'
import type { NodeBinary } from './token.js'

const runs = Number(process.env.BENCH_RUNS ?? 15)
const nodes: NodeBinary[] = [currentNode()]
const n24 = process.versions.node.startsWith('24.') ? undefined : node24()
if (n24 && 'unavailable' in n24) console.log(`Node 24 unavailable: ${n24.unavailable}`)
else if (n24) nodes.push(n24)
const emulator = await startEmulator({ latencyMs: 50 })
try {
  await reportOktaApi(emulator, nodes, runs)
} finally {
  await emulator.stop()
}

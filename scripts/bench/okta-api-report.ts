// The okta-api section of `npm run bench` (issue 11's three targets), printed as tables.
import type { EmulatorHandle } from '../../testkit/emulator/process.js'
import { benchOktaApiBatch, benchOktaApiGet, benchOktaApiPaced } from './okta-api.js'
import { formatSummary } from './stats.js'
import { table, verdict } from './table.js'
import type { NodeBinary } from './token.js'

export const OKTA_API_TARGET = { getRatio: 1.3, batchSpeedup: 8, pacedRatio: 1.15, tooMany: 3 }

export async function reportOktaApi(
  emulator50: EmulatorHandle,
  nodes: NodeBinary[],
  runs: number
): Promise<Record<string, unknown>> {
  const T = OKTA_API_TARGET
  console.log('\n## okta-api in a later step, 50 ms latency\n')
  const gets = []
  for (const node of nodes) gets.push(await benchOktaApiGet(emulator50, node, runs))
  console.log(
    table(
      ['Node', 'okta-api GET', 'bare fetch script', 'ratio', 'target'],
      gets.map(g => [
        g.node,
        formatSummary(g.subject),
        formatSummary(g.baseline),
        `${g.ratio}×`,
        `≤ ${T.getRatio}×: ${verdict(g.ratio <= T.getRatio)}`
      ])
    )
  )
  const batch = await benchOktaApiBatch(emulator50, 1000, Math.max(1, Math.min(runs, 2)))
  const paced = await benchOktaApiPaced(emulator50)
  console.log('')
  console.log(
    table(
      ['case', 'time', 'baseline', 'figure', 'target'],
      [
        [
          '--batch 1,000 creates, no rate limit',
          formatSummary(batch.concurrent),
          `${formatSummary(batch.sequential)} one after another`,
          `${batch.speedup}× faster`,
          `≥ ${T.batchSpeedup}×: ${verdict(batch.speedup >= T.batchSpeedup)}`
        ],
        [
          '--batch 300 creates, bucket 100 per 5 s',
          `${paced.ms} ms`,
          `${paced.minimumMs} ms bucket minimum`,
          `${paced.ratio}×, ${paced.tooMany} × 429, ${paced.written} written, ${paced.duplicates} twice`,
          `≤ ${T.pacedRatio}×, ≤ ${T.tooMany} × 429, 300 once: ${verdict(
            paced.ratio <= T.pacedRatio &&
              paced.tooMany <= T.tooMany &&
              paced.written === 300 &&
              paced.duplicates === 0
          )}`
        ]
      ]
    )
  )
  return { gets, batch, paced }
}

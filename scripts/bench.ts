/**
 * `npm run bench`: the action measured against the physical floor (issue 6). Starts the Okta
 * emulator at 0 ms and 50 ms latency per request and runs the BUILT action (dist/) as the
 * runner does, interleaved with its baselines so that drift hits both sides alike. Prints
 * medians (min–max) and side-by-side ratios, and writes every figure to .bench/results.json.
 * Timings are benchmark figures, never test assertions; the round-trip counts are asserted in
 * __tests__/e2e/round-trips.test.ts.
 *
 * BENCH_RUNS (default 15) sets the repetitions of the timed comparisons.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { startEmulator, type EmulatorHandle } from '../testkit/emulator/process.js'
import { ROOT } from '../testkit/run-action.js'
import { bundleReport, modeChunks } from './bench/bundle.js'
import { ACTION_MAIN, createServiceApp } from './bench/fixtures.js'
import { currentNode, node24 } from './bench/node-binaries.js'
import { benchProvision, type ProvisionTiming } from './bench/provision.js'
import { benchRateLimitWait } from './bench/rate-limit-wait.js'
import { benchRequest, type RequestTiming } from './bench/request.js'
import { reportOktaApi } from './bench/okta-api-report.js'
import { formatSummary } from './bench/stats.js'
import { table, verdict } from './bench/table.js'
import {
  benchTokenRequests,
  benchTokenRss,
  benchTokenTiming,
  type NodeBinary,
  type PeakRss,
  type TokenTiming
} from './bench/token.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const LATENCIES = [0, 50]
/** Targets of issue 6. */
const TARGET = {
  tokenRatio: 1.5,
  tokenOverheadMs: 60,
  provisionRatio: 0.35,
  overshootMs: 1200,
  rssMb: 90
}

if (!existsSync(ACTION_MAIN)) {
  console.error('dist/index.js is missing: run `npm run build` first.')
  process.exit(1)
}

const machine = {
  cpu: /model name\s*:\s*(.*)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? cpus()[0]?.model ?? '?',
  nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString()
}
console.log(
  `Machine: ${machine.cpu}, ${machine.nproc} CPUs, ${machine.memoryGb} GB; bench on Node ${machine.node}; ${RUNS} runs per timed comparison`
)

const nodes: NodeBinary[] = [currentNode()]
const n24 = process.versions.node.startsWith('24.') ? undefined : node24()
if (n24 && 'unavailable' in n24) console.log(`Node 24 unavailable: ${n24.unavailable}`)
else if (n24) nodes.push(n24)
const registered = Object.keys(modeChunks())

const emulators: Record<number, EmulatorHandle> = {}
const results: Record<string, unknown> = { machine, runs: RUNS, targets: TARGET }
try {
  for (const latency of LATENCIES) emulators[latency] = await startEmulator({ latencyMs: latency })

  // 1. Token mode vs the floor ------------------------------------------------------------
  const tokenTimings: TokenTiming[] = []
  for (const latency of LATENCIES) {
    for (const node of nodes) {
      tokenTimings.push(await benchTokenTiming(emulators[latency], latency, node, RUNS))
    }
  }
  results.tokenVsFloor = tokenTimings
  section('Token mode (node dist/index.js) vs the floor (floor.mjs: one signature, one fetch)')
  console.log(
    table(
      ['Node', 'latency', 'action', 'floor', 'ratio', 'overhead', 'node -e 0', 'target'],
      tokenTimings.map(t => {
        const gated = t.latencyMs === 50 && t.node === nodes[0].label
        return [
          t.node,
          `${t.latencyMs} ms`,
          formatSummary(t.vsFloor.subject),
          formatSummary(t.vsFloor.baseline),
          `${t.vsFloor.ratio}×`,
          `${t.vsFloor.overheadMs} ms`,
          formatSummary(t.bareNode),
          gated
            ? `≤ ${TARGET.tokenRatio}×, < ${TARGET.tokenOverheadMs} ms: ${verdict(t.vsFloor.ratio <= TARGET.tokenRatio && t.vsFloor.overheadMs < TARGET.tokenOverheadMs)}`
            : ''
        ]
      })
    )
  )
  console.log(
    'ratio and overhead: medians of the per-iteration ratio and difference (action − floor).'
  )

  // 2. Peak RSS ---------------------------------------------------------------------------
  const rss: (PeakRss | { node: string; unavailable: string })[] = []
  for (const node of nodes) {
    const figure = await benchTokenRss(emulators[0], node, Math.min(RUNS, 5))
    rss.push('unavailable' in figure ? { node: node.label, ...figure } : figure)
  }
  results.peakRss = rss
  section('Peak RSS of a token run (/usr/bin/time -v, MB)')
  console.log(
    table(
      ['Node', 'action', 'floor', 'target'],
      rss.map(r =>
        'unavailable' in r
          ? [r.node, r.unavailable, '', '']
          : [
              r.node,
              formatSummary(r.action, 'MB'),
              formatSummary(r.floor, 'MB'),
              `< ${TARGET.rssMb} MB: ${verdict(r.action.max < TARGET.rssMb)}`
            ]
      )
    )
  )

  // 3. Token-endpoint requests per run -----------------------------------------------------
  const counts = await benchTokenRequests(emulators[0], nodes[0])
  results.tokenRequests = counts
  section('Token-endpoint requests per run (emulator request log)')
  console.log(
    table(
      ['case', 'requests', 'token type', 'protocol minimum'],
      counts.map(c => [
        c.case,
        String(c.requests),
        c.tokenType,
        `${c.minimum}: ${verdict(c.requests <= c.minimum)}`
      ])
    )
  )

  // 4. Provision ---------------------------------------------------------------------------
  section('Provision: 20 scopes + 3 admin roles, 50 ms latency, vs the same 25 calls in sequence')
  if (registered.includes('provision')) {
    const provision: ProvisionTiming = await benchProvision(emulators[50], 50, Math.min(RUNS, 9))
    results.provision = provision
    const p = provision.vsSequential
    console.log(
      table(
        ['action', 'sequential bound', 'ratio', 'target'],
        [
          [
            formatSummary(p.subject),
            formatSummary(p.baseline),
            `${p.ratio}×`,
            `≤ ${TARGET.provisionRatio}×: ${verdict(p.ratio <= TARGET.provisionRatio)}`
          ]
        ]
      )
    )
    console.log(
      `Calls per run: ${Object.entries(provision.calls)
        .map(([route, n]) => `${route} ${n}`)
        .join(', ')}`
    )
    console.log('The bound: this process making the 25 calls one after another (no Node start).')
  } else {
    results.provision = { unavailable: 'provision mode is not registered in dist/index.js' }
    console.log('provision mode is not registered in dist/index.js yet: skipped.')
  }

  // 5. Request mode ------------------------------------------------------------------------
  section('Request mode: GET /api/v1/users, paginated (450 users), 50 ms latency')
  if (registered.includes('request')) {
    const requests: RequestTiming[] = []
    for (const pageSize of [200, 100]) {
      requests.push(await benchRequest(emulators[50], 50, pageSize, Math.min(RUNS, 5)))
    }
    results.request = requests
    console.log(
      table(
        ['page size', 'time', 'token calls', 'page calls', 'minimum', 'items'],
        requests.map(r => [
          String(r.pageSize),
          formatSummary(r.time),
          String(r.tokenRequests),
          String(r.pageRequests),
          `1 + ${r.pagesNeeded}: ${verdict(r.tokenRequests === 1 && r.pageRequests === r.pagesNeeded)}`,
          String(r.items)
        ])
      )
    )
  } else {
    results.request = { unavailable: 'request mode is not registered in dist/index.js' }
    console.log('request mode is not registered in dist/index.js yet: skipped.')
  }

  // 6. The wait after a 429 ---------------------------------------------------------------
  const wait = await benchRateLimitWait(emulators[0], 1, RUNS)
  results.rateLimitWait = wait
  section('Wait after a 429 (token endpoint, X-Rate-Limit-Reset = now + 1 s), 0 ms latency')
  console.log(
    table(
      ['overshoot past the reset', 'wait after the 429', 'target'],
      [
        [
          formatSummary(wait.overshoot),
          formatSummary(wait.wait),
          `≥ 0 and < ${TARGET.overshootMs} ms: ${verdict(wait.overshoot.min >= 0 && wait.overshoot.max < TARGET.overshootMs)}`
        ]
      ]
    )
  )
  if (wait.ambiguous) console.log(`${wait.ambiguous} run(s) straddled a second: not counted.`)

  // 6b. okta-api in a later step (issue 11) -------------------------------------------------
  results.oktaApi = await reportOktaApi(emulators[50], nodes, RUNS)

  // 7. Bundle ------------------------------------------------------------------------------
  const bundle = await bundleReport((await createServiceApp(emulators[0])).inputs)
  results.bundle = bundle
  section('Bundle (dist/)')
  console.log(
    table(
      ['file', 'KB', 'loaded by'],
      bundle.files.map(f => [
        f.file,
        String(f.kb),
        f.loadedBy ? `${f.loadedBy.join(', ') || '(no mode: a chunk of a chunk)'}` : 'entry'
      ])
    )
  )
  console.log(`Total: ${bundle.totalKb} KB`)
  console.log(
    Array.isArray(bundle.tokenRunReads)
      ? `Files of dist/ a token run reads (strace): ${bundle.tokenRunReads.join(', ')}`
      : `Files a token run reads: ${bundle.tokenRunReads.unavailable}`
  )
} finally {
  await Promise.all(Object.values(emulators).map(e => e.stop()))
}

const out = resolve(ROOT, '.bench')
mkdirSync(out, { recursive: true })
writeFileSync(resolve(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nWrote .bench/results.json')

function section(title: string): void {
  console.log(`\n## ${title}\n`)
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

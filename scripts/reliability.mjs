// `npm run reliability`: builds dist/, runs the reliability suites with the audit on (every
// spawned run is leak-scanned and appends what the scan found; each suite appends, after its
// assertions held, what the emulator's log and state showed), and prints one summary. Every
// number and every "none" below is computed from those records; a claim that does not hold
// (a test failed, a leak found, a planted leak missed, a replayed jti) exits non-zero.
//
// `npm run reliability -- --write` also puts the summary, with when and where it was measured,
// between the `reliability-summary` marker comments of README.md and docs/reliability.md, so no
// figure there is typed by hand. It writes only when every claim held.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { checkMarkers, summaryBlock, treeDescription, writeBlock } from './doc-blocks.mjs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'

const WRITE = process.argv.includes('--write')
const DOCS = ['README.md', 'docs/reliability.md']
const BLOCK = 'reliability-summary'
// Refuse a --write that could not land before spending minutes on the suites.
if (WRITE) checkMarkers(DOCS, BLOCK)

const AUDIT = '.audit'
const RESULTS = join(AUDIT, 'jest-results.json')
rmSync(AUDIT, { recursive: true, force: true })

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const started = Date.now()
const loadAtStart = loadavg()[0]
spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    // The suites whose figures are printed; the whole suite is `npm test`.
    'fault-matrix',
    'bad-inputs',
    'leak-',
    'burst',
    'clock-skew',
    'proxy',
    'promises-',
    '--json',
    `--outputFile=${RESULTS}`,
    '--silent'
  ],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, RELIABILITY_AUDIT: '1', LEAK_AUDIT_FILE: 'leaks.jsonl' }
  }
)
const seconds = ((Date.now() - started) / 1000).toFixed(0)

const lines = name => {
  const file = join(AUDIT, name)
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line))
}
const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : undefined
if (!results) {
  console.error('jest wrote no results')
  process.exit(1)
}

const suite = pattern => results.testResults.filter(r => pattern.test(r.name))
const counts = suites => {
  const tests = suites.flatMap(s => s.assertionResults)
  return { total: tests.length, passed: tests.filter(t => t.status === 'passed').length }
}
const green = ({ total, passed }) => `${passed}/${total} green`

const faults = lines('faults.jsonl')
const injected = faults.reduce((sum, f) => sum + f.injected, 0)
const recoveredWith = credential =>
  faults.filter(f => f.outcome === 'recovered' && f.credential === credential)
const signed = [...recoveredWith('jti'), ...recoveredWith('proof')]
const replayedInRecovery = signed.filter(f => f.freshCredentials !== f.attempts).length
const sswsRecovered = recoveredWith('SSWS').length
const failedCleanly = faults.filter(f => f.outcome === 'failed cleanly').length
const writesChecked = faults.filter(f => f.writeChecked).length
const calls = [...new Set(faults.map(f => f.call))]
const kinds = [...new Set(faults.map(f => f.kind))]

const badInputs = lines('bad-inputs.jsonl')
const distinctBadInputs = new Set(badInputs.map(b => b.inputs)).size
const MODES = ['token', 'provision', 'rotate', 'jwk', 'assertion', 'request']
const badInputModes = MODES.filter(mode => badInputs.some(b => b.mode === mode))
const badModeValues = badInputs.filter(b => !MODES.includes(b.mode)).length

const runs = lines('leaks.jsonl')
const scanned = runs.filter(r => !r.plant)
const debugRuns = scanned.filter(r => r.debug).length
const emulatorRuns = scanned.filter(r => r.emulator).length
const leaks = scanned.reduce((sum, r) => sum + r.leaks, 0)
const planted = runs.filter(r => r.plant)
const caught = planted.filter(r => r.leaks > 0)
const plantedKinds = new Set(planted.map(r => r.plant.split(' in ')[0]))

const [burst] = lines('burst.jsonl')
const burstReplays = burst ? burst.requests - burst.distinctJtis : 0
const skew = lines('clock-skew.jsonl')
const proxy = lines('proxy.jsonl')
const none = n => (n === 0 ? 'none' : String(n))

const all = { total: results.numTotalTests, passed: results.numPassedTests }
const summary = [
  'Reliability summary (npm run reliability)',
  `  faults injected:  ${injected} (${kinds.length} kinds on ${calls.length} calls: ${calls.join(', ')}); ${signed.length} recovered with a fresh jti or DPoP proof on every attempt (replayed: ${none(replayedInRecovery)}), ${sswsRecovered} SSWS calls recovered, ${failedCleanly} outlasted max-attempts and failed in one clean line; ${writesChecked} provision/rotate cases checked for half-made apps and repeated writes  [${green(counts(suite(/fault-matrix[^/]*\.test\.ts$/)))}]`,
  `  bad inputs tried: ${distinctBadInputs} distinct (${badInputs.length} refused runs: modes ${badInputModes.join(', ')}, and ${badModeValues} bad values of mode itself), each one exact line, exit 1, no stack, scanned for secrets  [${green(counts(suite(/bad-inputs[^/]*\.test\.ts$/)))}]`,
  `  leak audit:       ${scanned.length} runs scanned (${scanned.length - debugRuns} normal, ${debugRuns} with step debug; ${emulatorRuns} also against the emulator's log and state), leaks found: ${none(leaks)}; ${planted.length} runs with a leak planted on purpose (${plantedKinds.size} kinds), ${caught.length} caught  [${green(counts(suite(/leak-(audit|scan)\.test\.ts$/)))}]`,
  burst
    ? `  burst:            ${burst.jobs} concurrent jobs, bucket ${burst.limit} per ${burst.windowSeconds} s (held empty until every job had asked: ${burst.minimumWaitSeconds} s minimum), ${burst.limited} answered 429, all succeeded in ${(burst.elapsedMs / 1000).toFixed(1)} s, jti replayed: ${none(burstReplays)}  [${green(counts(suite(/burst\.test\.ts$/)))}]`
    : '  burst:            not run',
  `  clock skew:       ${skew.filter(s => s.outcome === 'corrected').length} skewed clocks corrected from Date, ${skew.filter(s => s.outcome === 'accepted').length} accepted as is, ${skew.filter(s => s.outcome !== 'corrected' && s.outcome !== 'accepted').length} beyond 15 min refused with a clock message  [${green(counts(suite(/clock-skew\.test\.ts$/)))}]`,
  `  proxies:          ${proxy.length} cases (through HTTPS_PROXY, NO_PROXY bypass, refusing proxy, closed proxy port)  [${green(counts(suite(/proxy\.test\.ts$/)))}]`,
  `  promises:         ${green(counts(suite(/promises-[^/]*\.test\.ts$/)))} (foreign next link, waits after 429, concurrency bound, rotate refusals, provision reusing an INACTIVE app, a kid with other key material, App Admin privilege lines, a DPoP nonce that changes: measured at the emulator)`,
  `  suites run:       ${all.passed}/${all.total} tests green in ${results.numTotalTestSuites} files, ${seconds} s`
]
console.log(summary.join('\n'))
const broken = [
  !results.success || all.passed !== all.total ? 'a test failed' : '',
  leaks > 0 ? `${leaks} leaks found` : '',
  scanned.length === 0 ? 'no run was scanned' : '',
  caught.length !== planted.length ? `${planted.length - caught.length} planted leaks missed` : '',
  planted.length === 0 ? 'no planted leak ran' : '',
  replayedInRecovery + burstReplays > 0 ? 'a jti or proof was replayed' : '',
  faults.length === 0 || badInputs.length === 0 ? 'a suite recorded nothing' : ''
].filter(Boolean)
if (broken.length) {
  for (const r of results.testResults.filter(r => r.status !== 'passed')) {
    console.error(`FAILED: ${r.name}\n${r.message}`)
  }
  console.error(`reliability claims do not hold: ${broken.join('; ')}`)
  if (WRITE) console.error(`--write: ${DOCS.join(' and ')} left as they were`)
  process.exit(1)
}
if (WRITE) {
  const block = summaryBlock(
    'npm run reliability -- --write',
    `${treeDescription(['src', '__tests__', 'testkit'])}, Node ${process.versions.node}, ${availableParallelism()} cores, load average ${loadAtStart.toFixed(1)} when the suites started.`,
    summary
  )
  writeBlock(DOCS, BLOCK, block)
  console.log(`wrote the summary into ${DOCS.join(' and ')}`)
}

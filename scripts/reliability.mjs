// `npm run reliability`: builds dist/, runs the whole jest suite with the reliability audit on
// (every spawned run is leak-scanned; the reliability suites record what they injected), and
// prints one summary. Exits non-zero unless every test passed and no leak was found.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const AUDIT = '.audit'
const RESULTS = join(AUDIT, 'jest-results.json')
rmSync(AUDIT, { recursive: true, force: true })

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const started = Date.now()
spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
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
const recovered = faults.filter(f => f.outcome === 'recovered').length
const failedCleanly = faults.filter(f => f.outcome === 'failed cleanly').length
const calls = [...new Set(faults.map(f => f.call))]
const kinds = [...new Set(faults.map(f => f.kind))]

const badInputs = lines('bad-inputs.jsonl')
const MODES = ['token', 'provision', 'rotate', 'jwk', 'assertion', 'request']
const badInputModes = MODES.filter(mode => badInputs.some(b => b.mode === mode))
const tokenBadInputs = counts(suite(/bad-inputs-token\.test\.ts$/))

const runs = lines('leaks.jsonl')
const debugRuns = runs.filter(r => r.debug).length
const leaks = runs.filter(r => !r.planted).reduce((sum, r) => sum + r.leaks, 0)
const planted = runs.filter(r => r.planted && r.leaks > 0).length

const [burst] = lines('burst.jsonl')
const skew = lines('clock-skew.jsonl')
const proxy = lines('proxy.jsonl')

const all = { total: results.numTotalTests, passed: results.numPassedTests }
const summary = [
  'Reliability summary (npm run reliability)',
  `  faults injected:  ${injected} (${kinds.length} kinds on ${calls.length} calls: ${calls.join(', ')}); ${recovered} recovered within max-attempts with a fresh jti per attempt, ${failedCleanly} outlasted max-attempts and failed in one clean line; nothing half-made, no write repeated  [${green(counts(suite(/fault-matrix[^/]*\.test\.ts$/)))}]`,
  `  bad inputs tried: ${badInputs.length + tokenBadInputs.total} (${badInputs.length} across modes ${badInputModes.join(', ')}; ${tokenBadInputs.total} tests in bad-inputs-token.test.ts), each one exact line, exit 1, no stack, no secret  [${green(counts(suite(/bad-inputs[^/]*\.test\.ts$/)))}]`,
  `  leak audit:       ${runs.length} runs scanned (${runs.length - debugRuns} normal, ${debugRuns} with step debug), ${leaks} leaks found; ${planted} runs with a leak planted on purpose, each caught  [${green(counts(suite(/leak-(audit|scan)\.test\.ts$/)))}]`,
  burst
    ? `  burst:            ${burst.jobs} concurrent jobs, bucket ${burst.limit} per ${burst.windowSeconds} s (emptied first: ${burst.minimumWaitSeconds} s minimum), ${burst.limited} answered 429, all succeeded in ${(burst.elapsedMs / 1000).toFixed(1)} s, no jti replayed  [${green(counts(suite(/burst\.test\.ts$/)))}]`
    : '  burst:            not run',
  `  clock skew:       ${skew.filter(s => s.outcome === 'corrected').length} skewed clocks corrected from Date, ${skew.filter(s => s.outcome === 'accepted').length} accepted as is, ${skew.filter(s => s.outcome !== 'corrected' && s.outcome !== 'accepted').length} beyond 15 min refused with a clock message  [${green(counts(suite(/clock-skew\.test\.ts$/)))}]`,
  `  proxies:          ${proxy.length} cases (through HTTPS_PROXY, NO_PROXY bypass, refusing proxy, closed proxy port)  [${green(counts(suite(/proxy\.test\.ts$/)))}]`,
  `  whole suite:      ${all.passed}/${all.total} tests green in ${results.numTotalTestSuites} files, ${seconds} s`
]
console.log(summary.join('\n'))
const ok = results.success && all.passed === all.total && leaks === 0 && runs.length > 0
if (!ok) {
  for (const r of results.testResults.filter(r => r.status !== 'passed')) {
    console.error(`FAILED: ${r.name}\n${r.message}`)
  }
  process.exit(1)
}

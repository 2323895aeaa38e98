// `npm run test-times`: runs `npm test` exactly as CI does and prints where its time went: the
// whole run (wall, and the CPU of every process it started, from bash's `times`), each static
// check (scripts/checks.mjs prints their times), and jest per project and its slowest files
// (from jest's --json results). The load average is printed beside the times: on a shared
// machine it changes them more than any edit does.
//
// `npm run test-times -- --write` also puts the summary between the `test-times` marker
// comments of README.md, so no figure there is typed by hand. It writes only when npm test
// passed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { checkMarkers, summaryBlock, treeDescription, writeBlock } from './doc-blocks.mjs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const WRITE = process.argv.includes('--write')
const README = 'README.md'
const BLOCK = 'test-times'
if (WRITE) checkMarkers([README], BLOCK)

// Outside the tree, where prettier and eslint do not look.
const DIR = mkdtempSync(join(tmpdir(), 'test-times-'))
const RESULTS = join(DIR, 'jest-results.json')

const loadAtStart = loadavg()[0]
const started = Date.now()
// `times` prints the shell's own CPU, then that of its finished children: npm and all it ran.
const run = spawnSync(
  'bash',
  ['-c', `npm test -- --json --outputFile=${RESULTS}; code=$?; times >&2; exit $code`],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 }
)
const wallSeconds = (Date.now() - started) / 1000
const loadAtEnd = loadavg()[0]
const timesLines = run.stderr.trim().split('\n').slice(-2)
const [user, sys] = [...timesLines[1].matchAll(/(\d+)m([\d.]+)s/g)].map(
  ([, m, s]) => Number(m) * 60 + Number(s)
)

const checks = [...run.stdout.matchAll(/^(typecheck|eslint|prettier): (.+) in ([\d.]+) s$/gm)].map(
  ([, name, verdict, seconds]) => `${name} ${seconds} s${verdict === 'ok' ? '' : ` (${verdict})`}`
)
const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : undefined
rmSync(DIR, { recursive: true, force: true })

const seconds = ms => (ms / 1000).toFixed(1)
const summary = [
  'npm test, timed (npm run test-times)',
  `  whole run:  ${wallSeconds.toFixed(0)} s wall, CPU ${user.toFixed(0)} s user + ${sys.toFixed(0)} s sys, exit ${run.status}`,
  `  checks:     ${checks.length ? checks.join(', ') : 'did not run'} (at the same time)`
]
if (results) {
  const files = results.testResults.map(r => ({
    name: relative(process.cwd(), r.name),
    ms: r.endTime - r.startTime,
    tests: r.assertionResults.length
  }))
  const jestEnd = Math.max(...results.testResults.map(r => r.endTime))
  summary.push(
    `  jest:       ${results.numPassedTests}/${results.numTotalTests} tests green in ${results.numTotalTestSuites} files, ${seconds(jestEnd - results.startTime)} s wall (with coverage)`
  )
  const projects = new Map()
  for (const file of files) {
    const project = file.name.split('/')[1]
    const sum = projects.get(project) ?? { files: 0, tests: 0, ms: 0 }
    projects.set(project, {
      files: sum.files + 1,
      tests: sum.tests + file.tests,
      ms: sum.ms + file.ms
    })
  }
  for (const [project, sum] of [...projects].sort((a, b) => b[1].ms - a[1].ms)) {
    summary.push(
      `    ${project.padEnd(10)} ${String(sum.files).padStart(3)} files, ${String(sum.tests).padStart(4)} tests, ${seconds(sum.ms).padStart(6)} s summed over files`
    )
  }
  summary.push('  slowest files:')
  for (const file of files.sort((a, b) => b.ms - a.ms).slice(0, 6)) {
    summary.push(`    ${seconds(file.ms).padStart(6)} s  ${file.name} (${file.tests} tests)`)
  }
}
console.log(summary.join('\n'))
if (run.status !== 0) {
  console.error(run.stdout.slice(-5000))
  for (const file of results?.testResults ?? []) {
    if (file.status === 'passed') continue
    const failed = file.assertionResults.filter(test => test.status === 'failed')
    console.error(`FAILED: ${relative(process.cwd(), file.name)}`)
    for (const test of failed)
      console.error(`  ${test.fullName}: ${test.failureMessages[0]?.split('\n')[0]}`)
    if (!failed.length) console.error(`  ${file.message.split('\n').slice(0, 3).join(' ')}`)
  }
  console.error(`npm test failed (exit ${run.status})${WRITE ? `: ${README} left as it was` : ''}`)
  process.exit(1)
}
if (WRITE) {
  const block = summaryBlock(
    'npm run test-times -- --write',
    `${treeDescription()}, Node ${process.versions.node}, ${availableParallelism()} cores, load average ${loadAtStart.toFixed(1)} at the start and ${loadAtEnd.toFixed(1)} at the end.`,
    summary
  )
  writeBlock([README], BLOCK, block)
  console.log(`wrote the summary into ${README}`)
}

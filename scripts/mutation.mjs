// npm run mutation: StrykerJS over src/ with the in-process jest suite, then one summary whose
// last line is `mutation score: NN.N%`. The score counts a mutant as detected when a test failed
// (Killed) or the run hung (Timeout), and as undetected when every test passed (Survived) or no
// test ran its code (NoCoverage); mutants that do not compile are not counted (Stryker's rule).
// Survivors are listed with file, line and the mutation; each is killed by a test or explained
// as equivalent in docs/mutation.md. Each mutated file's result is then kept in
// mutation/results/ (scripts/mutation-record.mjs), from which `npm run mutation:total` adds up
// the figure over the whole of src/.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import compileChildren from '../testkit/jest-global-setup.mjs'
import removeCompiledChildren from '../testkit/jest-global-teardown.mjs'
import { mutableSources, mutatedBy, mutateSpecs, recordReport } from './mutation-record.mjs'

const report = 'reports/mutation/mutation.json'
const started = Date.now()
// What jest's global setup does for npm test, once for the whole run (jest.mutation.config.js
// has no global setup: Stryker would run it for every mutant): the emulator and the other child
// programs compiled to JavaScript, and the folder that keeps one test key of each kind, named
// in the environment Stryker's workers inherit. Without it each emulator start compiles
// through tsx and each test file generates its keys again.
await compileChildren()
const run = spawnSync(
  process.execPath,
  ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', ...process.argv.slice(2)],
  {
    stdio: 'inherit'
  }
)
removeCompiledChildren()
if (run.status !== 0) {
  console.error(`mutation: stryker exited ${run.status}; see its output above`)
  process.exit(run.status ?? 1)
}

// Only the files this run mutated: an --incremental report also carries the earlier results of
// files outside --mutate, which this run did not test (scripts/mutation-record.mjs, mutatedBy).
const mutate = mutateSpecs(process.argv.slice(2))
const mutated = mutatedBy(mutate)
const counts = {}
const survivors = []
const files = Object.entries(JSON.parse(readFileSync(report, 'utf8')).files)
for (const [file, { mutants }] of files.filter(([file]) => mutated(file))) {
  for (const m of mutants) {
    counts[m.status] = (counts[m.status] ?? 0) + 1
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      survivors.push(
        `  ${m.status.padEnd(10)} ${file}:${m.location.start.line} ${m.mutatorName} -> ${JSON.stringify(m.replacement ?? '')}`
      )
    }
  }
}
const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0)
const undetected = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0)
const minutes = ((Date.now() - started) / 60000).toFixed(1)
console.log(`\nundetected mutants (${survivors.length}):`)
for (const line of survivors) console.log(line)
console.log(
  `\nmutants: ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; ${minutes} min`
)
// A record stands for a whole file: a run limited to line ranges (`src/x.ts:10-20`) is not kept.
if (mutate.some(spec => /:\d/.test(spec))) console.log('records: none (a run over line ranges)')
else
  console.log(
    `records: ${recordReport(report, process.cwd(), mutated, await mutableSources()).length} file(s) in mutation/results/`
  )
console.log(
  `mutation score: ${((100 * detected) / Math.max(1, detected + undetected)).toFixed(1)}%`
)

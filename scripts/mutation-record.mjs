// Keeps what a Stryker run measured, one compact record per mutated file, so that runs over
// different folders add up to a figure for the whole of src/ (npm run mutation:total,
// scripts/mutation-total.ts). A record holds the sha256 of the source Stryker mutated, taken from
// the report itself: the total counts it only while today's file still has that hash.
//
// npm run mutation calls this after each run; on its own,
// `node scripts/mutation-record.mjs [reports/mutation/mutation.json]` records a report a run left
// (for example one made in another checkout). The report's layout is
// mutation-testing-report-schema (https://github.com/stryker-mutator/mutation-testing-elements/
// tree/master/packages/report-schema): `files[path].source` and `files[path].mutants[]` with
// `location.start`, `mutatorName`, `replacement` and `status`.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

export const RESULTS_DIR = 'mutation/results'

/**
 * One record per file of a report. `tests` names the test files the run used (MUTATION_TESTS),
 * or is empty when it used every in-process test.
 * @param {{ files: Record<string, { source: string, mutants: Array<{ location: { start: { line: number, column: number } }, mutatorName: string, replacement?: string, status: string }> }> }} report
 * @param {{ root: string, measured: string, tests: string[] }} run
 */
export function recordsOf(report, run) {
  return Object.entries(report.files).map(([name, file]) => {
    const path = (isAbsolute(name) ? relative(run.root, name) : name).split(sep).join('/')
    const mutants = file.mutants
      .map(m => ({
        line: m.location.start.line,
        column: m.location.start.column,
        mutator: m.mutatorName,
        replacement: m.replacement ?? '',
        status: m.status
      }))
      .sort((a, b) => a.line - b.line || a.column - b.column || a.mutator.localeCompare(b.mutator))
    return {
      file: path,
      sha256: createHash('sha256').update(file.source).digest('hex'),
      measured: run.measured,
      tests: run.tests,
      mutants
    }
  })
}

/**
 * Which of a report's files a run mutated, from its `--mutate` specs (each may hold several,
 * comma-separated; globs with `*`, `**` and `?`; `!` excludes). An `--incremental` run's report
 * also carries the earlier results of files outside its `--mutate`, which it did not test: they
 * are neither counted in its score nor recorded again (their own records stay as they are).
 * No specs: every file (the run mutated what stryker.config.mjs names).
 * @param {string[]} specs
 * @returns {(path: string) => boolean}
 */
export function mutatedBy(specs) {
  const patterns = specs
    .flatMap(spec => spec.split(','))
    .map(p => p.trim())
    .filter(Boolean)
  const include = patterns.filter(p => !p.startsWith('!')).map(globToRegExp)
  const exclude = patterns.filter(p => p.startsWith('!')).map(p => globToRegExp(p.slice(1)))
  return path =>
    (include.length === 0 || include.some(r => r.test(path))) && !exclude.some(r => r.test(path))
}

// A glob as a regular expression: `**` then a slash is any folders (or none), `**` anything,
// `*` anything within one folder, `?` one character.
function globToRegExp(glob) {
  let pattern = ''
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      pattern += '(?:.*/)?'
      i += 2
    } else if (glob.startsWith('**', i)) {
      pattern += '.*'
      i += 1
    } else if (glob[i] === '*') pattern += '[^/]*'
    else if (glob[i] === '?') pattern += '[^/]'
    else pattern += glob[i].replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${pattern}$`)
}

/** JSON with one mutant a line: compact, and a re-run's diff shows which mutants changed. */
export function formatRecord({ mutants, ...head }) {
  const lines = Object.entries(head).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`
  )
  const rows = mutants.map(m => `    ${JSON.stringify(m)}`).join(',\n')
  const list = rows ? `[\n${rows}\n  ]` : '[]'
  return `{\n${lines.join('\n')}\n  "mutants": ${list}\n}\n`
}

/** Writes each record to mutation/results/<source path>.json; returns the paths written. */
export function writeRecords(records, root) {
  return records.map(record => {
    const target = join(root, RESULTS_DIR, `${record.file}.json`)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, formatRecord(record))
    return target
  })
}

/** Records the files the run mutated (`mutated`, see mutatedBy) of a report, in `root`. */
export function recordReport(reportPath, root = process.cwd(), mutated = () => true, sources = []) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'))
  const tests = (process.env.MUTATION_TESTS ?? '').split(',').map(t => t.trim())
  const run = {
    root,
    measured: new Date().toISOString().slice(0, 10),
    tests: tests.filter(Boolean)
  }
  const records = recordsOf(report, run).filter(record => mutated(record.file))
  // A file the run mutated that the report leaves out is one Stryker found nothing to mutate in
  // (types and re-exports only): recorded with no mutants, at its source as the run read it.
  const inReport = new Set(records.map(record => record.file))
  for (const file of sources.filter(f => mutated(f) && !inReport.has(f))) {
    const source = readFileSync(join(root, file), 'utf8')
    records.push(...recordsOf({ files: { [file]: { source, mutants: [] } } }, run))
  }
  return writeRecords(records, root)
}

/**
 * The files `npm run mutation` can mutate: every `src/**` TypeScript file stryker.config.mjs's
 * `mutate` patterns take (its `!` exclusions left out), as paths from `root`.
 */
export async function mutableSources(root = process.cwd()) {
  const config = (await import(pathToFileURL(join(root, 'stryker.config.mjs')).href)).default
  const src = join(root, 'src')
  if (!existsSync(src)) return []
  const inConfig = mutatedBy(config.mutate)
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .map(name => `src/${name.split(sep).join('/')}`)
    .filter(path => path.endsWith('.ts') && inConfig(path))
    .sort()
}

/** The `--mutate` (`-m`) values among a command line's arguments. */
export function mutateSpecs(args) {
  return args.flatMap((arg, i) => (args[i - 1] === '--mutate' || args[i - 1] === '-m' ? [arg] : []))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // node scripts/mutation-record.mjs <report> [--mutate <specs>]: the specs the run was given.
  const args = process.argv.slice(2)
  const reportPath =
    args[0] && !args[0].startsWith('-') ? args[0] : 'reports/mutation/mutation.json'
  const written = recordReport(
    reportPath,
    process.cwd(),
    mutatedBy(mutateSpecs(args)),
    await mutableSources()
  )
  for (const path of written) console.log(`recorded ${relative(process.cwd(), path)}`)
}

// The whole-src/ mutation figure from the per-file records that runs left in mutation/results/
// (scripts/mutation-record.mjs). A record counts only while today's source still has the hash
// the run mutated: a file changed since is "stale" and listed, a file no run recorded is "never
// measured", and the score is over the mutants of current files only. Pure functions; the
// command that reads the files is scripts/mutation-total.ts.

export interface MutantRecord {
  line: number
  column: number
  mutator: string
  replacement: string
  /** Stryker's status: Killed, Timeout, Survived, NoCoverage, CompileError, RuntimeError, Ignored. */
  status: string
}

export interface FileRecord {
  file: string
  sha256: string
  measured: string
  tests: string[]
  mutants: MutantRecord[]
}

export interface Tally {
  files: number
  current: number
  stale: string[]
  never: string[]
  detected: number
  undetected: number
}

export interface Total {
  folders: Array<{ folder: string } & Tally>
  all: Tally
  /** Records whose file is no longer in src/. */
  gone: string[]
}

// Stryker's rule, as scripts/mutation.mjs prints it: a mutant is detected when a test failed or
// the run hung, undetected when every test passed or none ran its code; mutants that did not
// compile or threw in the runner, and ignored ones, are left out.
const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

/** src/okta/apps.ts -> src/okta; src/signing/providers/x.ts -> src/signing; src/main.ts -> src/*.ts */
export function folderOf(file: string): string {
  const parts = file.split('/')
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : `${parts[0]}/*.ts`
}

function emptyTally(): Tally {
  return { files: 0, current: 0, stale: [], never: [], detected: 0, undetected: 0 }
}

/**
 * @param records the records kept, by source path
 * @param sources today's hash of each file the mutation run covers, by source path
 */
export function totalOf(records: FileRecord[], sources: Map<string, string>): Total {
  const byFile = new Map(records.map(r => [r.file, r]))
  const folders = new Map<string, Tally>()
  const all = emptyTally()
  for (const file of [...sources.keys()].sort()) {
    const folder = folderOf(file)
    const tally = folders.get(folder) ?? emptyTally()
    folders.set(folder, tally)
    for (const t of [tally, all]) t.files += 1
    const record = byFile.get(file)
    if (!record) {
      for (const t of [tally, all]) t.never.push(file)
      continue
    }
    if (record.sha256 !== sources.get(file)) {
      for (const t of [tally, all]) t.stale.push(file)
      continue
    }
    const detected = record.mutants.filter(m => DETECTED.has(m.status)).length
    const undetected = record.mutants.filter(m => UNDETECTED.has(m.status)).length
    for (const t of [tally, all]) {
      t.current += 1
      t.detected += detected
      t.undetected += undetected
    }
  }
  return {
    folders: [...folders].map(([folder, tally]) => ({ folder, ...tally })),
    all,
    gone: records
      .map(r => r.file)
      .filter(file => !sources.has(file))
      .sort()
  }
}

/** NN.N%, or "-" when no mutant counts. */
export function scoreOf(tally: Tally): string {
  const counted = tally.detected + tally.undetected
  return counted === 0 ? '-' : `${((100 * tally.detected) / counted).toFixed(1)}%`
}

/** The lines `npm run mutation:total` prints; the last is the whole-src/ figure. */
export function totalLines(total: Total): string[] {
  const row = (name: string, t: Tally) =>
    `${name.padEnd(16)} ${String(t.current).padStart(3)} of ${String(t.files).padStart(3)} files current, ` +
    `${String(t.stale.length).padStart(2)} stale, ${String(t.never.length).padStart(3)} never measured; ` +
    `${String(t.detected + t.undetected).padStart(5)} mutants, score ${scoreOf(t)}`
  const lines = total.folders.map(f => row(f.folder, f))
  lines.push(row('src/ (all)', total.all))
  if (total.all.stale.length > 0) {
    lines.push('', 'stale (source changed since its run; not counted):')
    lines.push(...total.all.stale.map(file => `  ${file}`))
  }
  if (total.all.never.length > 0) {
    lines.push('', 'never measured:')
    lines.push(...total.all.never.map(file => `  ${file}`))
  }
  if (total.gone.length > 0) {
    lines.push('', 'records of files no longer in src/ (not counted):')
    lines.push(...total.gone.map(file => `  ${file}`))
  }
  const a = total.all
  lines.push(
    '',
    `mutation score over src/: ${scoreOf(a)} (${a.current} of ${a.files} files, ${a.detected + a.undetected} mutants)`
  )
  return lines
}

// npm run mutation:total adds up the per-file records of mutation runs (scripts/mutation-score.ts,
// scripts/mutation-record.mjs). Checked on a tiny made-up record set: a file whose source changed
// since its run is not counted, a file no run recorded is listed, and the score is Stryker's
// (killed + timed out) / (those + survived + no coverage), over the current files only.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import {
  folderOf,
  totalLines,
  totalOf,
  type FileRecord,
  type MutantRecord
} from '../../scripts/mutation-score.js'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

function mutants(statuses: string[]): MutantRecord[] {
  return statuses.map((status, i) => ({
    line: i + 1,
    column: 1,
    mutator: 'ConditionalExpression',
    replacement: 'true',
    status
  }))
}

function record(file: string, source: string, statuses: string[]): FileRecord {
  return {
    file,
    sha256: sha(source),
    measured: '2026-12-06',
    tests: [],
    mutants: mutants(statuses)
  }
}

// Today's sources: two current files in src/a, one changed since its run, one never run, and a
// top-level file; plus a record of a file that is gone.
const sources = new Map([
  ['src/a/one.ts', sha('one')],
  ['src/a/deep/two.ts', sha('two')],
  ['src/a/three.ts', sha('three, edited')],
  ['src/b/four.ts', sha('four')],
  ['src/main.ts', sha('main')]
])
const records = [
  // 3 killed + 1 timeout detected, 1 survived + 1 no coverage undetected, 2 left out.
  record('src/a/one.ts', 'one', [
    'Killed',
    'Killed',
    'Killed',
    'Timeout',
    'Survived',
    'NoCoverage',
    'CompileError',
    'RuntimeError'
  ]),
  record('src/a/deep/two.ts', 'two', ['Killed', 'Survived']),
  record('src/a/three.ts', 'three', ['Survived', 'Survived', 'Survived']),
  record('src/main.ts', 'main', ['Killed', 'Killed', 'Ignored']),
  record('src/gone.ts', 'gone', ['Survived'])
]

describe('the whole-src/ total', () => {
  const total = totalOf(records, sources)

  it('groups files by their folder under src/, top-level files together', () => {
    expect(folderOf('src/signing/providers/pkcs11.ts')).toBe('src/signing')
    expect(folderOf('src/main.ts')).toBe('src/*.ts')
    expect(total.folders.map(f => f.folder)).toEqual(['src/a', 'src/b', 'src/*.ts'])
  })

  it('counts only files measured at their current source, and lists the rest', () => {
    const a = total.folders.find(f => f.folder === 'src/a')!
    expect(a).toMatchObject({ files: 3, current: 2, stale: ['src/a/three.ts'], never: [] })
    expect(a).toMatchObject({ detected: 5, undetected: 3 })
    expect(total.folders.find(f => f.folder === 'src/b')).toMatchObject({
      files: 1,
      current: 0,
      never: ['src/b/four.ts'],
      detected: 0,
      undetected: 0
    })
    expect(total.all).toMatchObject({ files: 5, current: 3, detected: 7, undetected: 3 })
    expect(total.gone).toEqual(['src/gone.ts'])
  })

  it('prints each folder, the lists, and the score over current mutants last', () => {
    const lines = totalLines(total)
    expect(lines.find(l => l.startsWith('src/a '))).toMatch(
      /2 of +3 files current, +1 stale, +0 never measured; +8 mutants, score 62\.5%$/
    )
    expect(lines.find(l => l.startsWith('src/b '))).toMatch(/0 mutants, score -$/)
    expect(lines.find(l => l.startsWith('src/*.ts '))).toMatch(/2 mutants, score 100\.0%$/)
    expect(lines.join('\n')).toContain(
      'stale (source changed since its run; not counted):\n  src/a/three.ts'
    )
    expect(lines.join('\n')).toContain('never measured:\n  src/b/four.ts')
    expect(lines.join('\n')).toContain(
      'records of files no longer in src/ (not counted):\n  src/gone.ts'
    )
    // 7 detected of 10 counted mutants in the 3 current files of 5.
    expect(lines.at(-1)).toBe('mutation score over src/: 70.0% (3 of 5 files, 10 mutants)')
  })
})

describe("a run's records", () => {
  it("hash the source Stryker mutated, so today's unchanged file is current", async () => {
    // A variable path: the record script is plain JavaScript (npm run mutation runs it).
    const script = '../../scripts/mutation-record.mjs'
    const { recordsOf } = (await import(script)) as {
      recordsOf: (report: unknown, run: object) => FileRecord[]
    }
    const report = {
      files: {
        '/repo/src/a/one.ts': {
          source: 'one',
          mutants: [
            {
              location: { start: { line: 9, column: 3 } },
              mutatorName: 'StringLiteral',
              replacement: '""',
              status: 'Survived'
            },
            {
              location: { start: { line: 2, column: 5 } },
              mutatorName: 'BooleanLiteral',
              status: 'Killed'
            }
          ]
        }
      }
    }
    const [kept] = recordsOf(report, { root: '/repo', measured: '2026-12-06', tests: ['t.ts'] })
    expect(kept).toEqual({
      file: 'src/a/one.ts',
      sha256: sha('one'),
      measured: '2026-12-06',
      tests: ['t.ts'],
      mutants: [
        { line: 2, column: 5, mutator: 'BooleanLiteral', replacement: '', status: 'Killed' },
        { line: 9, column: 3, mutator: 'StringLiteral', replacement: '""', status: 'Survived' }
      ]
    })
    expect(totalOf([kept], new Map([['src/a/one.ts', sha('one')]])).all).toMatchObject({
      current: 1,
      detected: 1,
      undetected: 1
    })
  })
})

describe('an --incremental run over fewer files than its earlier report', () => {
  // Its report carries the earlier results of files outside --mutate: only the files the run
  // mutated are counted and recorded, so their own records are not replaced by older results.
  type Script = {
    mutatedBy: (specs: string[]) => (path: string) => boolean
    mutateSpecs: (args: string[]) => string[]
    recordReport: (
      report: string,
      root: string,
      mutated: (path: string) => boolean,
      sources?: string[]
    ) => string[]
    mutableSources: (root: string) => Promise<string[]>
  }
  const load = async (): Promise<Script> => {
    const script = '../../scripts/mutation-record.mjs'
    return (await import(script)) as Script
  }

  it('reads --mutate and -m from the command line, each value possibly a list', async () => {
    const { mutateSpecs } = await load()
    expect(
      mutateSpecs(['--mutate', 'src/a.ts,src/b.ts', '--concurrency', '2', '-m', 'src/c/**/*.ts'])
    ).toEqual(['src/a.ts,src/b.ts', 'src/c/**/*.ts'])
    expect(mutateSpecs(['--incremental'])).toEqual([])
  })

  it.each<[string, string[], string[], string[]]>([
    [
      'a folder glob',
      ['src/keys/**/*.ts'],
      ['src/keys/a.ts', 'src/keys/sub/b.ts'],
      ['src/keysx/a.ts', 'src/jwt/a.ts', 'src/keys/a.tsx']
    ],
    [
      'a list of files',
      ['src/okta/apps.ts, src/okta/grants.ts'],
      ['src/okta/apps.ts', 'src/okta/grants.ts'],
      ['src/okta/app-keys.ts', 'src/okta/appsXts', 'src/okta/apps.ts.bak', 'x/src/okta/apps.ts']
    ],
    ['one file of a folder', ['src/*.ts'], ['src/main.ts'], ['src/okta/apps.ts']],
    ['a one-character wildcard', ['src/a?.ts'], ['src/ab.ts'], ['src/a/.ts', 'src/abc.ts']],
    ['an exclusion', ['src/**/*.ts', '!src/index.ts'], ['src/main.ts'], ['src/index.ts']],
    ['no --mutate: the configured files', [], ['src/any/file.ts'], []]
  ])('%s', async (_what, specs, matched, unmatched) => {
    const mutated = (await load()).mutatedBy(specs)
    for (const path of matched) expect([path, mutated(path)]).toEqual([path, true])
    for (const path of unmatched) expect([path, mutated(path)]).toEqual([path, false])
  })

  it('records only the files the run mutated', async () => {
    const { mutatedBy, recordReport } = await load()
    const root = mkdtempSync(join(tmpdir(), 'mutation-record-'))
    try {
      const file = (source: string) => ({ source, mutants: [] })
      writeFileSync(
        join(root, 'report.json'),
        JSON.stringify({ files: { 'src/a/one.ts': file('one'), 'src/a/two.ts': file('two') } })
      )
      const written = recordReport(join(root, 'report.json'), root, mutatedBy(['src/a/two.ts']))
      expect(written.map(path => relative(root, path))).toEqual([
        'mutation/results/src/a/two.ts.json'
      ])
      expect(existsSync(join(root, 'mutation/results/src/a/one.ts.json'))).toBe(false)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('records a file it mutated where Stryker found nothing to mutate, with no mutants', async () => {
    const { mutableSources, mutatedBy, recordReport } = await load()
    const root = mkdtempSync(join(tmpdir(), 'mutation-record-'))
    try {
      mkdirSync(join(root, 'src/a'), { recursive: true })
      writeFileSync(join(root, 'src/index.ts'), 'run()')
      writeFileSync(join(root, 'src/a/one.ts'), 'one')
      writeFileSync(join(root, 'src/a/types.ts'), 'export type T = string')
      writeFileSync(join(root, 'src/a/notes.md'), 'not code')
      writeFileSync(
        join(root, 'stryker.config.mjs'),
        "export default { mutate: ['src/**/*.ts', '!src/index.ts'] }"
      )
      const sources = await mutableSources(root)
      expect(sources).toEqual(['src/a/one.ts', 'src/a/types.ts'])
      writeFileSync(
        join(root, 'report.json'),
        JSON.stringify({ files: { 'src/a/one.ts': { source: 'one', mutants: [] } } })
      )
      // A run over src/a/one.ts alone records nothing for types.ts; one over src/a/ does.
      const alone = mutatedBy(['src/a/one.ts'])
      expect(recordReport(join(root, 'report.json'), root, alone, sources)).toHaveLength(1)
      const folder = mutatedBy(['src/a/*.ts'])
      recordReport(join(root, 'report.json'), root, folder, sources)
      const types = JSON.parse(
        readFileSync(join(root, 'mutation/results/src/a/types.ts.json'), 'utf8')
      ) as FileRecord
      expect(types).toMatchObject({
        file: 'src/a/types.ts',
        sha256: sha('export type T = string'),
        mutants: []
      })
      expect(existsSync(join(root, 'mutation/results/src/index.ts.json'))).toBe(false)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

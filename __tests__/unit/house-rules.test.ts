// The layout rules the codebase promises (README, Development), checked on the source so that a
// change that breaks one fails here instead of in a review: no import cycle of values, small
// files, scripts that build on testkit/ and never on tests, and references a reader can follow.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { ROOT } from '../../testkit/run-action.js'

const CODE_FOLDERS = ['src', 'emulator', 'testkit', 'fakes', 'scripts', '__tests__']

function filesUnder(folder: string, names = /\.(ts|mjs)$/): string[] {
  const dir = join(ROOT, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && names.test(entry.name))
    .map(entry => relative(ROOT, join(entry.parentPath, entry.name)))
}

const codeFiles = CODE_FOLDERS.flatMap(folder => filesUnder(folder))

/**
 * The project files `file` loads when it is loaded: its static imports and re-exports that are
 * not type-only. An `import { type A }` counts, since verbatimModuleSyntax keeps it as an
 * import of the module; a dynamic import() does not, as it runs later, on demand.
 */
function valueImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false)
  const targets: string[] = []
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      specifier = statement.moduleSpecifier
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier
    }
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue
    const target = resolve(ROOT, dirname(file), specifier.text)
    const candidates = [target.replace(/\.js$/, '.ts'), target]
    const found = candidates.find(candidate => existsSync(candidate))
    if (found) targets.push(relative(ROOT, found))
  }
  return targets
}

/** Every cycle of the graph, each as the files around it (Tarjan's strongly connected sets). */
function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (node: string): void => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) !== index.get(node)) return
    const members: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      members.push(member)
    } while (member !== node)
    const selfLoop = (graph.get(node) ?? []).includes(node)
    if (members.length > 1 || selfLoop) cycles.push(members.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}

describe('house rules', () => {
  it('no import cycle of values anywhere in the project', () => {
    const graph = new Map(
      codeFiles.map(file => [file, valueImports(file, readFileSync(join(ROOT, file), 'utf8'))])
    )
    expect(importCycles(graph)).toEqual([])
  })

  it('finds a planted cycle, and ignores type-only and dynamic imports', () => {
    const a = valueImports('src/a.ts', "import { b } from './main.js'\n")
    expect(a).toEqual(['src/main.ts'])
    expect(valueImports('src/a.ts', "import type { B } from './main.js'\n")).toEqual([])
    expect(valueImports('src/a.ts', "export type { B } from './main.js'\n")).toEqual([])
    expect(valueImports('src/a.ts', "const m = await import('./main.js')\n")).toEqual([])
    expect(valueImports('src/a.ts', "import { type B } from './main.js'\n")).toEqual([
      'src/main.ts'
    ])
    expect(valueImports('src/a.ts', "export { b } from './main.js'\n")).toEqual(['src/main.ts'])
    const planted = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']]
    ])
    expect(importCycles(planted)).toEqual([['a', 'b', 'c'], ['d']])
  })

  it('no file in src/ over 250 lines, none of the emulator management routes over 300', () => {
    const lines = (file: string) => readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1
    const long = [
      ...filesUnder('src').filter(file => lines(file) > 250),
      ...filesUnder('emulator/management').filter(file => lines(file) > 300)
    ]
    expect(long).toEqual([])
  })

  it('scripts/ and testkit/ build on testkit/ and src/, never on __tests__/', () => {
    const reachIntoTests = [...filesUnder('scripts'), ...filesUnder('testkit')].filter(file =>
      /from '(\.\.\/)+__tests__\//.test(readFileSync(join(ROOT, file), 'utf8'))
    )
    expect(reachIntoTests).toEqual([])
  })

  it("code cites the project's docs/ or public pages, never the team's notes outside it", () => {
    const notes =
      /\b(okta-api\.md|okta-errors\.md|okta-admin-and-kms\.md|field-notes|toolchain\.md|style\.md|action-contract\.md)\b|\.\.\/shared\//
    const citing = [...codeFiles, 'README.md', ...filesUnder('docs', /\.md$/), 'action.yml'].filter(
      file =>
        existsSync(join(ROOT, file)) &&
        file !== '__tests__/unit/house-rules.test.ts' &&
        notes.test(readFileSync(join(ROOT, file), 'utf8'))
    )
    expect(citing).toEqual([])
  })
})

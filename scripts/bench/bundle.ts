// The bundle: sizes of dist/index.js, its chunk files and the post step, and which files of
// dist/ a token run actually reads (traced with strace when it is installed): the proof that
// token mode loads neither @actions/github nor libsodium, whose chunks sit unread beside it.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { ROOT } from '../../testkit/run-action.js'
import { runChild } from './child.js'
import { ACTION_MAIN } from './fixtures.js'

const DIST = resolve(ROOT, 'dist')

export interface BundleFile {
  file: string
  kb: number
  /** Which mode chunks (by the MODES table in dist/index.js) load this file. */
  loadedBy?: string[]
}

export interface BundleReport {
  files: BundleFile[]
  totalKb: number
  /** dist files opened by a token run, or why that could not be traced. */
  tokenRunReads: string[] | { unavailable: string }
}

export function bundleFiles(): BundleFile[] {
  const modes = modeChunks()
  const files: BundleFile[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.js')) {
        const file = relative(ROOT, path)
        const loadedBy = Object.entries(modes)
          .filter(([, chunks]) => chunks.includes(name))
          .map(([mode]) => mode)
        files.push({
          file,
          kb: Math.round(statSync(path).size / 102.4) / 10,
          ...(dir === DIST && name !== 'index.js' ? { loadedBy } : {})
        })
      }
    }
  }
  walk(DIST)
  return files
}

/**
 * The chunk files each mode's dynamic import loads, read from the MODES table that ncc
 * compiles to `mode: async () => (await Promise.all([__nccwpck_require__.e(40), …`.
 */
export function modeChunks(indexJs = readFileSync(resolve(DIST, 'index.js'), 'utf8')) {
  const modes: Record<string, string[]> = {}
  for (const line of indexJs.split('\n')) {
    const entry = /^\s*([a-z-]+|'[a-z-]+'): async \(\) =>.*__nccwpck_require__\.e\(/.exec(line)
    if (!entry) continue
    const chunks = [...line.matchAll(/__nccwpck_require__\.e\((?:\/\*[^*]*\*\/\s*)?(\d+)\)/g)]
    modes[entry[1].replace(/'/g, '')] = chunks.map(m => `${m[1]}.index.js`)
  }
  return modes
}

export async function bundleReport(tokenInputs: Record<string, string>): Promise<BundleReport> {
  const files = bundleFiles()
  const totalKb = Math.round(files.reduce((sum, f) => sum + f.kb, 0) * 10) / 10
  return { files, totalKb, tokenRunReads: await tracedReads(tokenInputs) }
}

async function tracedReads(inputs: Record<string, string>): Promise<BundleReport['tokenRunReads']> {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' })
  } catch {
    return { unavailable: 'strace is not installed' }
  }
  const dir = mkdtempSync(join(tmpdir(), 'okta-bench-strace-'))
  const log = join(dir, 'trace')
  try {
    const run = await runChild({
      node: 'strace',
      args: ['-f', '-e', 'trace=open,openat', '-o', log, process.execPath, ACTION_MAIN],
      inputs
    })
    if (run.code !== 0 || !existsSync(log)) {
      return { unavailable: `strace run failed (exit ${run.code}): ${run.stderr.slice(0, 200)}` }
    }
    const opened = new Set<string>()
    for (const match of readFileSync(log, 'utf8').matchAll(/open(?:at)?\(.*?"([^"]+)"/g)) {
      if (match[1].startsWith(DIST) && match[1].endsWith('.js'))
        opened.add(relative(ROOT, match[1]))
    }
    return [...opened].sort()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

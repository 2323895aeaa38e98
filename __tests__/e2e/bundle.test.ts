// The built bundle keeps every mode's start small (issue 6): @actions/github (Octokit, about
// 220 KB) and libsodium (about 440 KB) are only needed to store a secret in the repository
// (provision and rotate with github-token), so they live in chunk files that ncc loads on a
// dynamic import, never in dist/index.js, the post step, or the chunks a mode loads at start. Checks the committed dist/: run `npm run build`
// after changing src.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { modeChunks } from '../../scripts/bench/bundle.js'
import { ROOT } from '../../testkit/run-action.js'

/** Strings that only the library's own code contains, and the file of it that proves so. */
const LIBRARIES = [
  {
    name: '@octokit/core (through @actions/github)',
    marker: 'octokit-core.js/',
    source: 'node_modules/@octokit/core/dist-src/index.js'
  },
  {
    name: '@octokit/endpoint (through @actions/github)',
    marker: 'octokit-endpoint.js/',
    source: 'node_modules/@octokit/endpoint/dist-bundle/index.js'
  },
  {
    name: 'libsodium-wrappers',
    marker: 'crypto_box_sealbytes',
    source: 'node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs'
  }
]

const dist = (file: string) => readFileSync(resolve(ROOT, 'dist', file), 'utf8')
const entry = dist('index.js')
const chunkFiles = readdirSync(resolve(ROOT, 'dist')).filter(f => /^\d+\.index\.js$/.test(f))

describe.each(LIBRARIES)('$name', ({ marker, source }) => {
  it('is recognised by its marker', () => {
    expect(readFileSync(resolve(ROOT, source), 'utf8')).toContain(marker)
  })

  it('is bundled in a chunk file that no mode loads at start, only when a secret is stored', () => {
    const holders = chunkFiles.filter(file => dist(file).includes(marker))
    expect(holders).not.toEqual([])
    const modes = modeChunks(entry)
    const loadedAtStart = Object.keys(modes).filter(mode =>
      modes[mode].some(chunk => holders.includes(chunk))
    )
    expect(loadedAtStart).toEqual([])
  })

  it('is not in dist/index.js, which every mode loads at start', () => {
    expect(entry).not.toContain(marker)
  })

  it('is not in the post step, which only revokes', () => {
    expect(dist('post/index.js')).not.toContain(marker)
  })
})

describe('the MODES table of dist/index.js', () => {
  it('lazy-loads token mode from chunk files', () => {
    const modes = modeChunks(entry)
    expect(modes.token?.length).toBeGreaterThan(0)
    for (const chunk of modes.token) expect(chunkFiles).toContain(chunk)
  })
})

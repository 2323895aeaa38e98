// The one ncc invocation behind dist/: scripts/build.mjs writes dist/ with it and
// scripts/check-dist.mjs rebuilds into a temporary folder with it to compare, so the two can
// never build differently.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const NCC = 'node_modules/@vercel/ncc/dist/ncc/cli.js'

/**
 * Entry -> folder under dist/ (scripts/build-entries.json): main, post, and okta-api, the
 * command later steps run, in a small bundle of its own so that a call does not load the
 * action's.
 */
export function buildEntries() {
  return Object.entries(JSON.parse(readFileSync('scripts/build-entries.json', 'utf8')))
}

/**
 * Bundles every entry into `outDir` (each into its folder), all at once: each ncc is its own
 * process and they write to different folders, so they run in parallel. Rejects with the
 * entries that failed; ncc's own messages go to stderr as they come.
 */
export async function buildAll(outDir) {
  const results = await Promise.all(
    buildEntries().map(([entry, folder]) => ncc(entry, join(outDir, folder)))
  )
  const failed = results.filter(result => result.code !== 0)
  if (failed.length > 0) {
    throw new Error(
      `ncc failed for ${failed.map(result => `${result.entry} (exit ${result.code})`).join(', ')}`
    )
  }
}

function ncc(entry, out) {
  return new Promise((resolve, reject) => {
    // ESM for this ESM project, plus package.json ({"type":"module"}) and one chunk file per
    // dynamic import(); licenses.txt lists what the bundle includes.
    const child = spawn(
      process.execPath,
      [NCC, 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'],
      { stdio: ['ignore', 'inherit', 'inherit'] }
    )
    child.on('error', reject)
    child.on('close', code => resolve({ entry, code }))
  })
}

// `npm run mutation:total`: the mutation figure over the whole of src/, from the records the
// runs kept in mutation/results/ (scripts/mutation-record.mjs) and today's sources. The files are
// the ones `npm run mutation` mutates: every src/**/*.ts but the exclusions (`!…`) of
// stryker.config.mjs. Rules and output: scripts/mutation-score.ts.
//
// `npm run mutation:total -- --write` also puts the per-folder lines and the total between the
// `mutation-total` marker comments of docs/mutation.md and README.md, so no figure there is
// typed by hand.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkMarkers, summaryBlock, treeDescription, writeBlock } from './doc-blocks.mjs'
import { mutableSources } from './mutation-record.mjs'
import { totalLines, totalOf, type FileRecord } from './mutation-score.js'

const RESULTS = 'mutation/results'
const DOCS = ['docs/mutation.md', 'README.md']
const BLOCK = 'mutation-total'
const WRITE = process.argv.includes('--write')
if (WRITE) checkMarkers(DOCS, BLOCK)

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map(name => join(dir, name).split('\\').join('/'))
    .filter(path => path.endsWith(suffix))
    .sort()
}

// The files the mutation run covers, by the same rule its records are written with.
const sources = new Map(
  (await mutableSources()).map(file => [
    file,
    createHash('sha256').update(readFileSync(file, 'utf8')).digest('hex')
  ])
)
const records = filesUnder(RESULTS, '.ts.json').map(
  path => JSON.parse(readFileSync(path, 'utf8')) as FileRecord
)
const lines = totalLines(totalOf(records, sources))
console.log(lines.join('\n'))

if (WRITE) {
  // The folder lines and the total; the lists of stale and unmeasured files stay in the output.
  const summary = lines.filter(line => /^(src|mutation score)/.test(line))
  const block = summaryBlock(
    'npm run mutation:total -- --write',
    `${treeDescription(['src', 'mutation'])}; each folder's runs, tests and times: docs/mutation.md.`,
    summary
  )
  writeBlock(DOCS, BLOCK, block)
  console.log(`wrote the total into ${DOCS.join(' and ')}`)
}

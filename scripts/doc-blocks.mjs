// The generated blocks of README.md and docs/: each sits between a line that opens with
// `<!-- NAME:begin` and the line `<!-- NAME:end -->`, one pair per file. A script writes its
// block there with `--write` (npm run reliability, test-times, mutation:total), so no figure
// there is typed by hand.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

/** Where NAME's block goes in `text`: after its begin line, up to its end line. */
export function markedRange(text, file, name) {
  const begin = text.indexOf(`<!-- ${name}:begin`)
  const end = text.indexOf(`<!-- ${name}:end -->`)
  if (
    begin < 0 ||
    end < begin ||
    text.indexOf(`<!-- ${name}:begin`, begin + 1) >= 0 ||
    text.indexOf(`<!-- ${name}:end -->`, end + 1) >= 0
  ) {
    throw new Error(
      `--write: ${file} needs exactly one "<!-- ${name}:begin ... -->" line followed by one "<!-- ${name}:end -->" line`
    )
  }
  return [text.indexOf('-->', begin) + 3, end]
}

/** Stops before any work when a file cannot take the block: a long run then writes for sure. */
export function checkMarkers(files, name) {
  for (const file of files) rangeOrExit(readFileSync(file, 'utf8'), file, name)
}

/** Replaces NAME's block in each file with `block`. */
export function writeBlock(files, name, block) {
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const [from, to] = rangeOrExit(text, file, name)
    writeFileSync(file, `${text.slice(0, from)}\n\n${block}\n\n${text.slice(to)}`)
  }
}

/** For the scripts: the one line that says which markers are missing, and exit 1. */
function rangeOrExit(text, file, name) {
  try {
    return markedRange(text, file, name)
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}

/** The block: who printed it and when, where (`context`), then the summary lines as code. */
export function summaryBlock(command, context, lines) {
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ')
  return [`Printed by \`${command}\` on ${when} UTC:`, context, '', '```', ...lines, '```'].join(
    '\n'
  )
}

/** "commit abc1234", with " with uncommitted changes" when any of `paths` differs from it. */
export function treeDescription(paths = []) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' })
  if (commit.status !== 0) return 'a tree outside git'
  const changed = paths.length
    ? spawnSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8' }).stdout
    : ''
  return `commit ${commit.stdout.trim()}${changed?.trim() ? ' with uncommitted changes' : ''}`
}

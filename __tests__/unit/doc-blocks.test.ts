// scripts/doc-blocks.mjs: where `--write` puts a script's block (reliability, test-times,
// mutation:total), and that a file without exactly one pair of markers is refused.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { markedRange, summaryBlock, writeBlock } from '../../scripts/doc-blocks.mjs'

const BEGIN = '<!-- figures:begin (written by a script) -->'
const END = '<!-- figures:end -->'

describe('doc blocks', () => {
  it('replaces what is between the begin line and the end line, and nothing else', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'doc-blocks-')), 'README.md')
    writeFileSync(file, `# Title\n\n${BEGIN}\n\nold figures\n\n${END}\n\nAfter.\n`)
    writeBlock([file], 'figures', 'new figures')
    expect(readFileSync(file, 'utf8')).toBe(
      `# Title\n\n${BEGIN}\n\nnew figures\n\n${END}\n\nAfter.\n`
    )
    const text = readFileSync(file, 'utf8')
    const [from, to] = markedRange(text, file, 'figures')
    expect(text.slice(from, to)).toBe('\n\nnew figures\n\n')
  })

  it.each([
    ['no markers', 'text'],
    ['no end', `${BEGIN}\n`],
    ['the end first', `${END}\n${BEGIN}\n`],
    ['two begins', `${BEGIN}\n${BEGIN}\n${END}\n`],
    ['two ends', `${BEGIN}\n${END}\n${END}\n`],
    ["another block's markers", '<!-- other:begin -->\n<!-- other:end -->\n']
  ])('refuses a file with %s', (_, text) => {
    expect(() => markedRange(text, 'README.md', 'figures')).toThrow(
      '--write: README.md needs exactly one "<!-- figures:begin ... -->" line followed by one "<!-- figures:end -->" line'
    )
  })

  it('a summary block says who printed it, when and where, then the lines as code', () => {
    expect(summaryBlock('npm run x -- --write', 'commit abc1234', ['a: 1', 'b: 2'])).toMatch(
      /^Printed by `npm run x -- --write` on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC:\ncommit abc1234\n\n```\na: 1\nb: 2\n```$/
    )
  })
})

// A release is a tag vX.Y.Z whose notes are CHANGELOG.md's section X.Y.Z (scripts/changelog.ts,
// used by .github/workflows/release.yml). package.json's version must be that newest release, so
// that a tag cut from main cannot publish notes for another version.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { latestRelease, parseChangelog, releaseNotesFor } from '../../scripts/changelog.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
}

describe('CHANGELOG.md and package.json agree', () => {
  it("package.json's version is the changelog's newest release", () => {
    expect(latestRelease(parseChangelog(changelog))?.version).toBe(version)
  })

  it('starts with an Unreleased section, then releases newest first, each dated', () => {
    const sections = parseChangelog(changelog)
    expect(sections[0].version).toBe('Unreleased')
    const releases = sections.slice(1)
    expect(releases.length).toBeGreaterThan(0)
    for (const release of releases) expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const dates = releases.map(release => release.date)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('gives the release workflow the notes of the tagged version', () => {
    const notes = releaseNotesFor(`v${version}`, changelog, version)
    expect(notes).toMatch(/^### Added\n/)
    expect(notes).not.toMatch(/^## /m)
  })
})

describe('a release that disagrees fails in one line', () => {
  const CHANGELOG = [
    '# Changelog',
    '## [Unreleased]',
    '### Fixed',
    '- Something.',
    '## [1.1.0] - 2026-12-01',
    '### Added',
    '- A mode.',
    '## [1.0.0] - 2026-11-25',
    '### Added',
    '- Everything.',
    '[1.1.0]: https://example.test/v1.1.0'
  ].join('\n')

  it('takes the notes of the newest release only', () => {
    expect(releaseNotesFor('v1.1.0', CHANGELOG, '1.1.0')).toBe('### Added\n- A mode.\n')
  })
  it.each([
    [
      'package.json is behind the tag',
      'v1.1.0',
      CHANGELOG,
      '1.0.0',
      /package.json says version 1.0.0 but the tag is v1.1.0/
    ],
    [
      'the changelog has no section for the tag',
      'v1.2.0',
      CHANGELOG,
      '1.2.0',
      /newest release is 1.1.0, not 1.2.0/
    ],
    ['the tag is not vX.Y.Z', 'v1.1', CHANGELOG, '1.1.0', /"v1.1" is not vX.Y.Z/],
    [
      'a release heading without a date',
      'v1.1.0',
      CHANGELOG.replace(' - 2026-12-01', ''),
      '1.1.0',
      /"1.1.0" needs a version X.Y.Z and a date/
    ],
    [
      'a heading that is not a version',
      'v1.1.0',
      CHANGELOG.replace('## [1.0.0]', '## 1.0.0'),
      '1.1.0',
      /"## 1.0.0 - 2026-11-25" is not a/
    ]
  ])('when %s', (_when, tag, text, packageVersion, message) => {
    expect(() => releaseNotesFor(tag, text, packageVersion)).toThrow(message)
  })
})

// Reads CHANGELOG.md in the Keep a Changelog 1.1.0 layout (https://keepachangelog.com/en/1.1.0/):
// `## [Unreleased]` first, then one `## [X.Y.Z] - YYYY-MM-DD` section per release, newest first.
// The release workflow takes its notes from here and the tests hold package.json to it.

export interface ChangelogSection {
  /** `Unreleased` or a version such as `1.0.0`. */
  version: string
  /** YYYY-MM-DD for a release, undefined for Unreleased. */
  date?: string
  /** The section's text below its heading, trimmed. */
  body: string
}

const HEADING = /^## \[(?<version>[^\]]+)\](?: - (?<date>\d{4}-\d{2}-\d{2}))?\s*$/
const SEMVER = /^\d+\.\d+\.\d+$/

export function parseChangelog(text: string): ChangelogSection[] {
  const sections: ChangelogSection[] = []
  let current: { version: string; date?: string; lines: string[] } | undefined
  const close = () => {
    if (current) {
      sections.push({
        version: current.version,
        date: current.date,
        body: current.lines.join('\n').trim()
      })
    }
  }
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('## ')) {
      const match = HEADING.exec(line)
      if (!match?.groups) {
        throw new Error(
          `CHANGELOG.md: "${line}" is not a "## [X.Y.Z] - YYYY-MM-DD" or "## [Unreleased]" heading`
        )
      }
      close()
      current = { version: match.groups.version, date: match.groups.date, lines: [] }
      continue
    }
    // Link references at the bottom ("[1.0.0]: https://…") belong to no section.
    if (/^\[[^\]]+\]:\s/.test(line)) continue
    current?.lines.push(line)
  }
  close()
  for (const section of sections) {
    if (section.version === 'Unreleased') continue
    if (!SEMVER.test(section.version) || !section.date) {
      throw new Error(
        `CHANGELOG.md: the section "${section.version}" needs a version X.Y.Z and a date (## [X.Y.Z] - YYYY-MM-DD)`
      )
    }
  }
  return sections
}

/** The newest released section (the first one that is not Unreleased). */
export function latestRelease(sections: ChangelogSection[]): ChangelogSection | undefined {
  return sections.find(section => section.version !== 'Unreleased')
}

/**
 * The release notes for tag `vX.Y.Z`: that version's changelog section, after checking that
 * package.json says the same version and that it is the newest release in the changelog.
 */
export function releaseNotesFor(tag: string, changelog: string, packageVersion: string): string {
  const version = /^v(\d+\.\d+\.\d+)$/.exec(tag)?.[1]
  if (!version) throw new Error(`The tag "${tag}" is not vX.Y.Z: tag releases as v1.2.3`)
  if (packageVersion !== version) {
    throw new Error(
      `package.json says version ${packageVersion} but the tag is ${tag}: set "version": "${version}" and tag again`
    )
  }
  const sections = parseChangelog(changelog)
  const latest = latestRelease(sections)
  if (latest?.version !== version) {
    throw new Error(
      `CHANGELOG.md's newest release is ${latest?.version ?? 'missing'}, not ${version}: move the Unreleased entries to "## [${version}] - YYYY-MM-DD"`
    )
  }
  if (latest.body === '') throw new Error(`CHANGELOG.md's section ${version} is empty`)
  return `${latest.body}\n`
}

// `tsx scripts/release-notes.ts vX.Y.Z`: prints that version's CHANGELOG.md section for the
// GitHub release (.github/workflows/release.yml), or fails in one line when package.json or the
// changelog disagree with the tag.
import { readFileSync } from 'node:fs'
import { releaseNotesFor } from './changelog.js'

const tag = process.argv[2] ?? ''
try {
  const changelog = readFileSync('CHANGELOG.md', 'utf8')
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
  process.stdout.write(releaseNotesFor(tag, changelog, version))
} catch (error) {
  console.error(`release-notes: ${(error as Error).message}`)
  process.exit(1)
}

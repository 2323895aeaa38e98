// The workflows are code that runs with the repository's token, so they are tested like code:
// a workflow linter (@action-validator/cli, SchemaStore's workflow schema) over every file, every
// action pinned to a full commit SHA (a tag can be moved to other code; a SHA cannot), least
// permissions per job, checkouts that keep no credentials, and a Dependabot file that fits its
// schema. GitHub's hardening guide: https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { dependabotProblems } from './dependabot-schema.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const WORKFLOWS = join(ROOT, '.github/workflows')
const VALIDATOR = join(ROOT, 'node_modules/@action-validator/cli/cli.mjs')
const files = readdirSync(WORKFLOWS).filter(name => /\.ya?ml$/.test(name))

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  permissions?: unknown
  steps?: Step[]
  needs?: string | string[]
}
interface Workflow {
  on?: unknown
  permissions?: unknown
  jobs?: Record<string, Job>
}

interface Verdict {
  status: number | null
  output: string
}

/** The linter's verdict on one file: exit status and what it printed. */
function lint(path: string): Promise<Verdict> {
  return new Promise(resolve => {
    execFile(process.execPath, [VALIDATOR, path], { encoding: 'utf8' }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0
      resolve({ status, output: `${stdout}${stderr}` })
    })
  })
}

/** `uses:` lines that are not `owner/repo[/path]@<40 hex> # vX.Y.Z` (local ./ actions aside). */
function unpinnedUses(text: string): string[] {
  return text
    .split('\n')
    .filter(line => /^\s*(-\s+)?uses:/.test(line))
    .filter(line => !/uses:\s+\.\//.test(line))
    .filter(line => !/uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s+#\s+v\d+\.\d+\.\d+\s*$/.test(line))
    .map(line => line.trim())
}

/** Permission problems: the workflow grants nothing to all jobs; each job says what it needs. */
function permissionProblems(workflow: Workflow): string[] {
  const problems: string[] = []
  const top = workflow.permissions
  if (top === undefined) problems.push('no top-level permissions (the default token is too broad)')
  else if (typeof top === 'string' || Object.values(top as object).includes('write')) {
    problems.push(`top-level permissions grant ${JSON.stringify(top)}; grant per job instead`)
  }
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    if (job.permissions === undefined) problems.push(`job ${name} does not declare permissions`)
    else if (typeof job.permissions === 'string') {
      problems.push(`job ${name} has permissions ${job.permissions}; list the scopes it needs`)
    }
  }
  return problems
}

function checkoutsKeepingCredentials(workflow: Workflow): string[] {
  return Object.entries(workflow.jobs ?? {}).flatMap(([name, job]) =>
    (job.steps ?? [])
      .filter(step => step.uses?.startsWith('actions/checkout@'))
      .filter(step => step.with?.['persist-credentials'] !== false)
      .map(() => `job ${name}: actions/checkout without persist-credentials: false`)
  )
}

// Parsed YAML under test: loosely typed so that a plant can put anything anywhere.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>

const read = (name: string) => readFileSync(join(WORKFLOWS, name), 'utf8')

describe('every workflow passes the workflow linter', () => {
  // Each run of the linter loads its WebAssembly module: every file, and the planted one below,
  // is linted side by side before the tests read their verdicts.
  const dir = mkdtempSync(join(tmpdir(), 'workflow-lint-'))
  const planted = join(dir, 'ci.yml')
  const verdicts = new Map<string, Verdict>()
  beforeAll(async () => {
    writeFileSync(planted, read('ci.yml').replace('runs-on:', 'run-on:'))
    const paths = [...files.map(name => join(WORKFLOWS, name)), planted]
    const results = await Promise.all(paths.map(lint))
    paths.forEach((path, i) => verdicts.set(path, results[i]))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('finds the workflows', () => {
    expect(files.sort()).toEqual(['check-dist.yml', 'ci.yml', 'codeql.yml', 'release.yml'])
  })

  it.each(files)('%s', name => {
    const { status, output } = verdicts.get(join(WORKFLOWS, name))!
    expect(output).toBe('')
    expect(status).toBe(0)
  })

  it('fails a workflow with a misspelt key (the linter is really checking)', () => {
    const { status, output } = verdicts.get(planted)!
    expect(status).not.toBe(0)
    expect(output).toMatch(/run-on/)
  })
})

describe('every workflow is hardened', () => {
  it.each(files)('%s pins every action to a commit SHA, with its version in a comment', name => {
    expect(unpinnedUses(read(name))).toEqual([])
  })

  it.each(files)('%s grants least permissions per job', name => {
    expect(permissionProblems(parse(read(name)) as Workflow)).toEqual([])
  })

  it.each(files)('%s checks out without keeping the token in .git/config', name => {
    expect(checkoutsKeepingCredentials(parse(read(name)) as Workflow)).toEqual([])
  })

  it('names each kind of violation', () => {
    expect(
      unpinnedUses(
        [
          '      - uses: actions/checkout@v4',
          '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1',
          '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
          '      - uses: ./local-action'
        ].join('\n')
      )
    ).toEqual([
      '- uses: actions/checkout@v4',
      '- uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1'
    ])
    expect(permissionProblems({ jobs: { a: { permissions: {} } } })).toEqual([
      'no top-level permissions (the default token is too broad)'
    ])
    expect(
      permissionProblems({ permissions: 'write-all', jobs: { a: { permissions: 'read-all' } } })
    ).toEqual([
      'top-level permissions grant "write-all"; grant per job instead',
      'job a has permissions read-all; list the scopes it needs'
    ])
    expect(permissionProblems({ permissions: { contents: 'write' }, jobs: { a: {} } })).toEqual([
      'top-level permissions grant {"contents":"write"}; grant per job instead',
      'job a does not declare permissions'
    ])
    expect(
      checkoutsKeepingCredentials({
        jobs: {
          a: { steps: [{ uses: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1' }] }
        }
      })
    ).toEqual(['job a: actions/checkout without persist-credentials: false'])
  })
})

describe('the release workflow', () => {
  const release = parse(read('release.yml')) as Workflow & {
    on: { push: { tags: string[] } }
  }

  it('starts on a vX.Y.Z tag only', () => {
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
  })

  it('publishes only after the tests, the dist/ check and the notes, with contents: write', () => {
    const jobs = release.jobs!
    expect(jobs.release.needs).toEqual(['test', 'notes'])
    expect(jobs.release.permissions).toEqual({ contents: 'write' })
    expect(jobs.test.permissions).toEqual({ contents: 'read' })
    expect(jobs.notes.permissions).toEqual({ contents: 'read' })
    const testRuns = JSON.stringify(jobs.test.steps)
    expect(testRuns).toContain('npm test')
    expect(testRuns).toContain('npm run build')
    const notesRuns = JSON.stringify(jobs.notes.steps)
    expect(notesRuns).toContain('merge-base --is-ancestor')
    expect(notesRuns).toContain('scripts/release-notes.ts')
    const releaseRuns = JSON.stringify(jobs.release.steps)
    expect(releaseRuns).toContain('gh release create')
    expect(releaseRuns).toContain('refs/tags/$major')
  })

  it('runs no dependency code in the job that holds the write token', () => {
    const steps = release.jobs!.release.steps ?? []
    expect(steps.filter(step => step.uses !== undefined)).toEqual([])
    expect(JSON.stringify(steps)).not.toMatch(/\bnpm\b|\bnpx\b/)
  })
})

describe('.github/dependabot.yml', () => {
  const config = parse(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
    updates: Record<string, unknown>[]
  }

  it("fits Dependabot's schema", () => {
    expect(dependabotProblems(config)).toEqual([])
  })

  it('updates npm and GitHub Actions weekly, in groups', () => {
    expect(config.updates.map(update => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm'
    ])
    for (const update of config.updates) {
      expect(update.schedule).toEqual({ interval: 'weekly' })
      expect(Object.keys(update.groups as object).length).toBeGreaterThan(0)
    }
  })

  it.each([
    [
      'a misspelt key',
      (c: Json) => (c.updates[0]['schedul'] = c.updates[0].schedule),
      /unknown key schedul/
    ],
    [
      'an unknown ecosystem',
      (c: Json) => (c.updates[0]['package-ecosystem'] = 'npmjs'),
      /"npmjs" is not one/
    ],
    ['version 1', (c: Json) => (c.version = 1), /version must be 2/],
    [
      'a fortnightly schedule',
      (c: Json) => (c.updates[1].schedule = { interval: 'fortnightly' }),
      /interval must be one of/
    ],
    ['a relative directory', (c: Json) => (c.updates[1].directory = '.'), /starting with \//],
    [
      'an empty group',
      (c: Json) => (c.updates[1].groups = { all: {} }),
      /groups.all needs patterns/
    ],
    [
      'a wrong ignore update type',
      (c: Json) => ((c.updates[0].ignore as Json[])[1]['update-types'] = ['major']),
      /update-types must list version-update/
    ]
  ])('names %s', (_what, plant, message) => {
    const planted = structuredClone(config) as unknown as Json
    plant(planted)
    const problems = dependabotProblems(planted)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })
})

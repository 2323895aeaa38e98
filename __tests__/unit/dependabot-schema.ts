// A check of .github/dependabot.yml against Dependabot's configuration schema (version 2), for
// the keys GitHub documents in "Dependabot options reference"
// (https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference).
// The workflow linter does not read this file, and a typo here only shows as Dependabot silently
// doing nothing, so unknown keys and values are problems too.

const ECOSYSTEMS = [
  'bun',
  'bundler',
  'cargo',
  'composer',
  'devcontainers',
  'docker',
  'docker-compose',
  'dotnet-sdk',
  'elm',
  'github-actions',
  'gitsubmodule',
  'gomod',
  'gradle',
  'helm',
  'maven',
  'mix',
  'npm',
  'nuget',
  'pip',
  'pub',
  'swift',
  'terraform',
  'uv'
]
const INTERVALS = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron']
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const UPDATE_KEYS = [
  'package-ecosystem',
  'directory',
  'directories',
  'schedule',
  'allow',
  'assignees',
  'commit-message',
  'cooldown',
  'exclude-paths',
  'groups',
  'ignore',
  'insecure-external-code-execution',
  'labels',
  'milestone',
  'open-pull-requests-limit',
  'pull-request-branch-name',
  'rebase-strategy',
  'registries',
  'reviewers',
  'target-branch',
  'vendor',
  'versioning-strategy'
]
const GROUP_KEYS = ['applies-to', 'dependency-type', 'patterns', 'exclude-patterns', 'update-types']
const IGNORE_UPDATE_TYPES = [
  'version-update:semver-major',
  'version-update:semver-minor',
  'version-update:semver-patch'
]

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every(item => typeof item === 'string')

function unknownKeys(where: string, value: Json, allowed: string[], problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push(`${where}: unknown key ${key}`)
  }
}

function checkGroups(where: string, groups: unknown, problems: string[]): void {
  if (!isObject(groups)) return void problems.push(`${where}.groups must be a map of groups`)
  for (const [name, group] of Object.entries(groups)) {
    const at = `${where}.groups.${name}`
    if (!isObject(group)) {
      problems.push(`${at} must be a map`)
      continue
    }
    unknownKeys(at, group, GROUP_KEYS, problems)
    if (!['patterns', 'dependency-type', 'update-types'].some(key => key in group)) {
      problems.push(`${at} needs patterns, dependency-type or update-types`)
    }
    const type = group['dependency-type']
    if (type !== undefined && type !== 'development' && type !== 'production') {
      problems.push(`${at}.dependency-type must be development or production`)
    }
    const applies = group['applies-to']
    if (applies !== undefined && applies !== 'version-updates' && applies !== 'security-updates') {
      problems.push(`${at}.applies-to must be version-updates or security-updates`)
    }
    for (const key of ['patterns', 'exclude-patterns'] as const) {
      if (key in group && !isStringList(group[key])) problems.push(`${at}.${key} must list strings`)
    }
    const types = group['update-types']
    if (
      types !== undefined &&
      !(isStringList(types) && types.every(t => ['major', 'minor', 'patch'].includes(t)))
    ) {
      problems.push(`${at}.update-types must list major, minor or patch`)
    }
  }
}

function checkIgnore(where: string, ignore: unknown, problems: string[]): void {
  if (!Array.isArray(ignore)) return void problems.push(`${where}.ignore must be a list`)
  ignore.forEach((rule: unknown, i) => {
    const at = `${where}.ignore[${i}]`
    if (!isObject(rule)) return void problems.push(`${at} must be a map`)
    unknownKeys(at, rule, ['dependency-name', 'versions', 'update-types'], problems)
    if (typeof rule['dependency-name'] !== 'string') problems.push(`${at} needs dependency-name`)
    const versions = rule.versions
    if (versions !== undefined && typeof versions !== 'string' && !isStringList(versions)) {
      problems.push(`${at}.versions must be a string or a list of strings`)
    }
    const types = rule['update-types']
    if (
      types !== undefined &&
      !(isStringList(types) && types.every(t => IGNORE_UPDATE_TYPES.includes(t)))
    ) {
      problems.push(`${at}.update-types must list ${IGNORE_UPDATE_TYPES.join(', ')}`)
    }
  })
}

/** Every way the parsed file breaks the schema, one line each (empty: it fits). */
export function dependabotProblems(config: unknown): string[] {
  const problems: string[] = []
  if (!isObject(config)) return ['the file is not a map']
  unknownKeys(
    'top level',
    config,
    ['version', 'updates', 'registries', 'enable-beta-ecosystems'],
    problems
  )
  if (config.version !== 2) problems.push(`version must be 2, not ${String(config.version)}`)
  if (!Array.isArray(config.updates) || config.updates.length === 0) {
    problems.push('updates must be a non-empty list')
    return problems
  }
  config.updates.forEach((update: unknown, i) => {
    const at = `updates[${i}]`
    if (!isObject(update)) return void problems.push(`${at} must be a map`)
    unknownKeys(at, update, UPDATE_KEYS, problems)
    const ecosystem = update['package-ecosystem']
    if (typeof ecosystem !== 'string' || !ECOSYSTEMS.includes(ecosystem)) {
      problems.push(`${at}.package-ecosystem "${String(ecosystem)}" is not one Dependabot knows`)
    }
    const directory = update.directory
    if (directory === undefined && !isStringList(update.directories)) {
      problems.push(`${at} needs directory or directories`)
    } else if (
      directory !== undefined &&
      (typeof directory !== 'string' || !directory.startsWith('/'))
    ) {
      problems.push(`${at}.directory must be a path from the repository root, starting with /`)
    }
    const schedule = update.schedule
    if (!isObject(schedule)) {
      problems.push(`${at}.schedule is required`)
    } else {
      unknownKeys(
        `${at}.schedule`,
        schedule,
        ['interval', 'day', 'time', 'timezone', 'cronjob'],
        problems
      )
      if (typeof schedule.interval !== 'string' || !INTERVALS.includes(schedule.interval)) {
        problems.push(`${at}.schedule.interval must be one of ${INTERVALS.join(', ')}`)
      }
      if (schedule.day !== undefined && !DAYS.includes(String(schedule.day))) {
        problems.push(`${at}.schedule.day must be a weekday name`)
      }
      if (schedule.interval === 'cron' && typeof schedule.cronjob !== 'string') {
        problems.push(`${at}.schedule.cronjob is required with interval cron`)
      }
    }
    if (update.groups !== undefined) checkGroups(at, update.groups, problems)
    if (update.ignore !== undefined) checkIgnore(at, update.ignore, problems)
  })
  return problems
}

// action.yml is what the Marketplace lists and what the runner starts. The schema that
// @action-validator/cli ships does not know `using: node24` yet, so these rules are checked here:
// GitHub's metadata syntax (name, description, branding, runs) and the Marketplace's listing
// rules (https://docs.github.com/en/actions/sharing-automations/creating-actions/publishing-actions-in-github-marketplace),
// plus this project's own: every input's description ends with the modes that read it.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { FEATHER_ICONS_GITHUB_LEAVES_OUT, MARKETPLACE_ICONS } from './marketplace-icons.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface ActionMetadata {
  name?: unknown
  description?: unknown
  branding?: { icon?: unknown; color?: unknown }
  inputs?: Record<string, { description?: unknown }>
  runs?: { using?: unknown; main?: unknown; post?: unknown }
}

const MODES = ['token', 'request', 'provision', 'rotate', 'jwk', 'assertion'] as const
type Mode = (typeof MODES)[number]
const NETWORK_MODES: Mode[] = ['token', 'request', 'provision', 'rotate']
const ALL_MODES: Mode[] = [...MODES]

/** The modes that read each input: the action's contract, which src/modes/ implements. */
const INPUT_MODES: Record<string, Mode[]> = {
  mode: ALL_MODES,
  'okta-domain': ['token', 'request', 'provision', 'rotate', 'assertion'],
  'authorization-server': ['token', 'request', 'rotate'],
  'token-endpoint': ['token', 'assertion'],
  audience: ['token', 'assertion'],
  'client-id': ['token', 'request', 'assertion', 'rotate'],
  'private-key': ['token', 'request', 'assertion', 'jwk', 'provision', 'rotate'],
  'private-key-passphrase': ['token', 'request', 'assertion', 'jwk', 'provision', 'rotate'],
  'key-id': ['token', 'request', 'assertion', 'jwk', 'provision'],
  algorithm: ['token', 'request', 'assertion'],
  scopes: ['token', 'request', 'provision', 'rotate'],
  'assertion-lifetime': ['token', 'request', 'assertion', 'rotate'],
  dpop: ['token', 'request', 'rotate'],
  'max-attempts': NETWORK_MODES,
  timeout: NETWORK_MODES,
  'export-env': ['token'],
  revoke: ['token'],
  summary: ALL_MODES,
  'api-token': ['provision', 'rotate'],
  'app-label': ['provision'],
  'admin-roles': ['provision'],
  'require-dpop': ['provision'],
  'key-type': ['provision', 'rotate', 'jwk'],
  'retire-old-keys': ['rotate'],
  'dry-run': ['provision', 'rotate'],
  'github-token': ['provision', 'rotate'],
  'private-key-secret': ['provision', 'rotate'],
  'client-id-variable': ['provision'],
  'request-method': ['request'],
  'request-path': ['request'],
  'request-body': ['request'],
  'request-paginate': ['request'],
  'response-file': ['request'],
  // Inputs the contract adds for the okta-api command, admin OAuth and remote signing.
  'okta-api': ['token', 'request'],
  'admin-client-id': ['provision', 'rotate'],
  'admin-private-key': ['provision', 'rotate'],
  'admin-private-key-passphrase': ['provision', 'rotate'],
  'admin-key-id': ['provision', 'rotate'],
  'signing-key': ['token', 'request', 'assertion', 'jwk', 'provision', 'rotate'],
  'admin-signing-key': ['provision', 'rotate'],
  'new-signing-key': ['rotate']
}

/** GitHub's branding colours (metadata syntax, branding.color). */
const BRANDING_COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark'
]

/**
 * The modes named by a description's closing parenthesis: "(token, request)" or "(all modes)".
 * Undefined when the description does not end with one.
 */
function modesNamedBy(description: string): string[] | undefined {
  const match = /\(([^()]*)\)\.?\s*$/.exec(description)
  if (!match) return undefined
  if (match[1].trim() === 'all modes') return [...ALL_MODES]
  return match[1].split(/\s*,\s*|\s+and\s+|\s+or\s+/).map(word => word.trim())
}

/** Every way action.yml breaks the rules above, one line each (empty: it follows them). */
function metadataProblems(action: ActionMetadata, root: string): string[] {
  const problems: string[] = []
  if (typeof action.name !== 'string' || action.name.trim() === '') problems.push('name is missing')
  else if (/^github\b/i.test(action.name)) {
    problems.push(`name "${action.name}" starts with GitHub, which the Marketplace reserves`)
  }
  if (typeof action.description !== 'string' || action.description.trim() === '') {
    problems.push('description is missing')
  } else if (action.description.length >= 125) {
    problems.push(
      `description has ${action.description.length} characters; the Marketplace shows fewer than 125`
    )
  }
  const icon = action.branding?.icon
  if (typeof icon !== 'string' || !MARKETPLACE_ICONS.has(icon)) {
    problems.push(`branding.icon "${String(icon)}" is not one of GitHub's supported Feather icons`)
  }
  const color = action.branding?.color
  if (typeof color !== 'string' || !BRANDING_COLORS.includes(color)) {
    problems.push(`branding.color "${String(color)}" is not one of ${BRANDING_COLORS.join(', ')}`)
  }
  if (action.runs?.using !== 'node24') {
    problems.push(`runs.using is "${String(action.runs?.using)}", not node24`)
  }
  for (const entry of ['main', 'post'] as const) {
    const file = action.runs?.[entry]
    if (typeof file !== 'string' || !existsSync(join(root, file))) {
      problems.push(`runs.${entry} "${String(file)}" is not a file in the repository`)
    }
  }
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const description = typeof input.description === 'string' ? input.description : ''
    const expected = INPUT_MODES[name]
    if (!expected) {
      problems.push(`input ${name} is not in the contract's input table (INPUT_MODES)`)
      continue
    }
    const named = modesNamedBy(description)
    const want = [...expected].sort().join(', ')
    if (!named) {
      problems.push(`input ${name}: the description does not end with its modes "(${want})"`)
      continue
    }
    const got = [...new Set(named)].sort().join(', ')
    if (got !== want) problems.push(`input ${name}: the description names (${got}), not (${want})`)
  }
  return problems
}

function readAction(): ActionMetadata {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata
}

describe('action.yml follows the Marketplace rules', () => {
  it('has no problem', () => {
    expect(metadataProblems(readAction(), ROOT)).toEqual([])
  })

  it('knows the thirteen Feather icons GitHub leaves out', () => {
    expect(FEATHER_ICONS_GITHUB_LEAVES_OUT).toHaveLength(13)
    for (const icon of FEATHER_ICONS_GITHUB_LEAVES_OUT)
      expect(MARKETPLACE_ICONS.has(icon)).toBe(false)
  })

  // Each rule must be able to fail: one planted violation each, one line naming it.
  const plants: [string, (action: ActionMetadata) => void, RegExp][] = [
    ['the old key icon', a => (a.branding!.icon = 'key'), /branding.icon "key"/],
    ['an icon outside Feather', a => (a.branding!.icon = 'okta'), /branding.icon "okta"/],
    ['a colour GitHub lacks', a => (a.branding!.color = 'pink'), /branding.color "pink"/],
    ['a 125-character description', a => (a.description = 'x'.repeat(125)), /125 characters/],
    ['no name', a => delete a.name, /^name is missing$/],
    ['a name that starts with GitHub', a => (a.name = 'GitHub Okta'), /reserves/],
    ['using: node20', a => (a.runs!.using = 'node20'), /runs.using is "node20"/],
    [
      'a main that does not exist',
      a => (a.runs!.main = 'dist/main.js'),
      /runs.main "dist\/main.js"/
    ],
    [
      'a post that does not exist',
      a => (a.runs!.post = 'dist/post.js'),
      /runs.post "dist\/post.js"/
    ],
    [
      'an input description without its modes',
      a => (a.inputs!['export-env'].description = 'Export the token.'),
      /input export-env: the description does not end with its modes "\(token\)"/
    ],
    [
      'an input description with the wrong modes',
      a => (a.inputs!['dry-run'].description = 'Change nothing (provision).'),
      /input dry-run: the description names \(provision\), not \(provision, rotate\)/
    ],
    [
      'an input the contract does not have',
      a => (a.inputs!['made-up'] = { description: 'x (token)' }),
      /input made-up is not in the contract's input table/
    ]
  ]
  it.each(plants)('fails on %s', (_what, plant, message) => {
    const action = readAction()
    plant(action)
    const problems = metadataProblems(action, ROOT)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })
})

describe('the entry points export run(), as @github/local-action loads them', () => {
  // action.yml's main and post are bundles of src/index.ts and src/post.ts (scripts/build.mjs);
  // each only calls the run() of one module, which local-action imports and calls itself.
  it.each([
    ['src/index.ts', 'main'],
    ['src/post.ts', 'post']
  ])('%s only calls run() from a module that exports it', async (entry, _step) => {
    const text = readFileSync(join(ROOT, entry), 'utf8')
    const from = /^import \{ run \} from '(\.\/[^']+)\.js'$/m.exec(text)?.[1]
    expect(from).toBeDefined()
    expect(text).toMatch(/^await run\(\)$/m)
    const module = (await import(join(ROOT, 'src', `${from}.ts`))) as { run?: unknown }
    expect(typeof module.run).toBe('function')
  })
})

import { InputError } from './errors.js'
import { normalizeOktaDomain, parseEndpointUrl } from './okta/endpoints.js'
import { orgRequestUrl } from './okta/request-url.js'

/**
 * Every input is read and validated here, once, into a typed value: nothing else calls
 * core.getInput, and every input error message is written in this file.
 */

export const MODES = ['token', 'provision', 'rotate', 'jwk', 'assertion', 'request'] as const
export type Mode = (typeof MODES)[number]

export const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'] as const
export type Algorithm = (typeof ALGORITHMS)[number]

export const KEY_TYPES = [
  'RSA-2048',
  'RSA-3072',
  'RSA-4096',
  'EC-P256',
  'EC-P384',
  'EC-P521'
] as const
export type KeyType = (typeof KEY_TYPES)[number]

export const DPOP_MODES = ['auto', 'true', 'false'] as const
export type DpopMode = (typeof DPOP_MODES)[number]

export const RETIRE_MODES = ['deactivate', 'delete', 'keep'] as const
export type RetireMode = (typeof RETIRE_MODES)[number]

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** Okta's standard admin role types (okta-errors.md). */
export const ADMIN_ROLES = [
  'SUPER_ADMIN',
  'ORG_ADMIN',
  'APP_ADMIN',
  'USER_ADMIN',
  'GROUP_MEMBERSHIP_ADMIN',
  'HELP_DESK_ADMIN',
  'READ_ONLY_ADMIN',
  'REPORT_ADMIN',
  'API_ACCESS_MANAGEMENT_ADMIN',
  'WORKFLOWS_ADMIN',
  'ACCESS_CERTIFICATIONS_ADMIN',
  'ACCESS_REQUESTS_ADMIN'
]

export interface Inputs {
  mode: Mode
  /** Org origin, e.g. https://acme.okta.com; empty when not given. */
  oktaDomain: string
  authorizationServer: string
  tokenEndpoint: string
  audience: string
  clientId: string
  privateKey: string
  privateKeyPassphrase: string
  keyId: string
  algorithm: Algorithm | undefined
  scopes: string[]
  assertionLifetime: number
  dpop: DpopMode
  maxAttempts: number
  timeoutSeconds: number
  exportEnv: boolean
  /** Leave the okta-api command on PATH for later steps (token and request modes). */
  oktaApi: boolean
  revoke: boolean
  summary: boolean
  apiToken: string
  appLabel: string
  adminRoles: string[]
  requireDpop: boolean
  keyType: KeyType
  retireOldKeys: RetireMode
  dryRun: boolean
  githubToken: string
  privateKeySecret: string
  clientIdVariable: string
  requestMethod: HttpMethod
  /** request mode: the absolute URL to call, checked to be on okta-domain's origin. */
  requestUrl: string
  requestBody: string
  requestPaginate: boolean
  responseFile: string
}

/** Reads one raw input by its kebab-case name (core.getInput in the action). */
export type ReadInput = (name: string) => string

/** Inputs that hold secrets: masked by main.ts before anything else runs. */
export const SECRET_INPUTS = [
  'private-key',
  'private-key-passphrase',
  'api-token',
  'github-token'
] as const

/** Which inputs each mode cannot do without. */
const REQUIRED: Record<Mode, string[]> = {
  token: ['client-id', 'private-key', 'scopes'],
  request: ['okta-domain', 'client-id', 'private-key', 'scopes', 'request-path'],
  assertion: ['client-id', 'private-key'],
  jwk: [],
  provision: ['okta-domain', 'api-token'],
  rotate: ['okta-domain', 'client-id', 'api-token']
}

// An input in this list that resolves to empty is most often a secret the workflow cannot
// see: pull requests from forks and Dependabot runs get no repository secrets.
const SECRET_HINT = new Set(['private-key', 'client-id', 'api-token', 'okta-domain'])

export function parseInputs(read: ReadInput): Inputs {
  const mode = oneOf('mode', read('mode') || 'token', MODES)
  const get = (name: string): string => read(name)

  for (const name of REQUIRED[mode]) {
    if (!get(name)) throw missing(name, mode)
  }

  const tokenEndpointRaw = get('token-endpoint')
  const domainRaw = get('okta-domain')
  // token and assertion modes can work from token-endpoint alone (any OAuth server); assertion
  // mode also from an explicit audience. The message names every way out.
  if (mode === 'token' && !domainRaw && !tokenEndpointRaw) {
    throw missing('okta-domain', mode, 'token-endpoint')
  }
  if (mode === 'assertion' && !domainRaw && !tokenEndpointRaw && !get('audience')) {
    throw missing('okta-domain', mode, 'token-endpoint, or audience')
  }

  const inputs: Inputs = {
    mode,
    oktaDomain: domainRaw ? normalizeOktaDomain(domainRaw) : '',
    authorizationServer: authorizationServer(get('authorization-server')),
    tokenEndpoint: tokenEndpointRaw ? parseEndpointUrl(tokenEndpointRaw, 'token-endpoint') : '',
    audience: get('audience') ? parseEndpointUrl(get('audience'), 'audience') : '',
    clientId: clientId(get('client-id')),
    privateKey: get('private-key'),
    privateKeyPassphrase: get('private-key-passphrase'),
    keyId: keyId(get('key-id')),
    algorithm: get('algorithm') ? oneOf('algorithm', get('algorithm'), ALGORITHMS) : undefined,
    scopes: list(get('scopes')),
    assertionLifetime: integer('assertion-lifetime', get('assertion-lifetime'), 300, 1, 3600),
    dpop: oneOf('dpop', get('dpop') || 'auto', DPOP_MODES),
    maxAttempts: integer('max-attempts', get('max-attempts'), 4, 1, 10),
    timeoutSeconds: integer('timeout', get('timeout'), 30, 1, 600),
    exportEnv: boolean('export-env', get('export-env'), false),
    oktaApi: boolean('okta-api', get('okta-api'), true),
    revoke: boolean('revoke', get('revoke'), true),
    summary: boolean('summary', get('summary'), true),
    apiToken: get('api-token'),
    appLabel: label(get('app-label') || 'GitHub Actions service app'),
    adminRoles: list(get('admin-roles')).map(r => r.toUpperCase()),
    requireDpop: boolean('require-dpop', get('require-dpop'), false),
    keyType: oneOf('key-type', get('key-type') || 'RSA-2048', KEY_TYPES),
    retireOldKeys: oneOf('retire-old-keys', get('retire-old-keys') || 'deactivate', RETIRE_MODES),
    dryRun: boolean('dry-run', get('dry-run'), false),
    githubToken: get('github-token'),
    privateKeySecret: secretName(
      'private-key-secret',
      get('private-key-secret') || 'OKTA_PRIVATE_KEY'
    ),
    clientIdVariable: secretName(
      'client-id-variable',
      get('client-id-variable') || 'OKTA_CLIENT_ID'
    ),
    requestMethod: oneOf(
      'request-method',
      (get('request-method') || 'GET').toUpperCase(),
      HTTP_METHODS
    ),
    requestUrl:
      mode === 'request' ? orgRequestUrl(normalizeOktaDomain(domainRaw), get('request-path')) : '',
    requestBody: jsonText('request-body', get('request-body')),
    requestPaginate: boolean('request-paginate', get('request-paginate'), false),
    responseFile: get('response-file')
  }

  if (inputs.mode === 'token' || inputs.mode === 'request') {
    if (inputs.scopes.length === 0) throw missing('scopes', mode)
    validateScopes(inputs.scopes)
  }
  if (inputs.mode === 'rotate') {
    validateScopes(inputs.scopes)
    // The app's okta.* grants (the default proof scopes) only apply to the org server.
    if (inputs.scopes.length === 0 && (inputs.authorizationServer || inputs.tokenEndpoint)) {
      throw new InputError(
        'scopes',
        'Input scopes is required in rotate mode with a custom authorization server: name a scope that server grants the app, for the token that proves the new key.'
      )
    }
  }
  if (inputs.mode === 'provision') {
    validateScopes(inputs.scopes)
    // Only okta.* scopes can be granted to an app (they come from the org authorization
    // server); a typo would otherwise surface as an Okta 400 after the app was created.
    const notOkta = inputs.scopes.filter(scope => !/^okta\.[A-Za-z]+\.[A-Za-z]+$/.test(scope))
    if (notOkta.length) {
      throw new InputError(
        'scopes',
        `Input scopes in provision mode takes Okta API scopes such as okta.users.read; not: ${notOkta.map(printable).join(', ')}.`
      )
    }
    const unknownRoles = inputs.adminRoles.filter(role => !ADMIN_ROLES.includes(role))
    if (unknownRoles.length) {
      throw new InputError(
        'admin-roles',
        `Input admin-roles has unknown role type${unknownRoles.length > 1 ? 's' : ''} ${unknownRoles.map(printable).join(', ')}; allowed values: ${ADMIN_ROLES.join(', ')}.`
      )
    }
  }
  if (inputs.requestBody && inputs.requestMethod === 'GET') {
    throw new InputError(
      'request-body',
      'Input request-body cannot be sent with request-method GET; use POST, PUT, PATCH or DELETE.'
    )
  }
  if (inputs.requestPaginate && inputs.requestMethod !== 'GET') {
    throw new InputError(
      'request-paginate',
      'Input request-paginate only works with request-method GET.'
    )
  }
  return inputs
}

function missing(name: string, mode: Mode, alternative?: string): InputError {
  const or = alternative ? ` (or ${alternative})` : ''
  const hint = SECRET_HINT.has(name)
    ? ' If it comes from a secret or variable, that value may not be available in this context (pull requests from forks and Dependabot runs get no secrets).'
    : ''
  return new InputError(name, `Input ${name}${or} is required in ${mode} mode but is empty.${hint}`)
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const value = raw.trim()
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(
    name,
    `Input ${name} has an unknown value "${printable(value)}"; allowed values: ${allowed.join(', ')}.`
  )
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput. */
function boolean(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim()
  if (!value) return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(name, `Input ${name} must be true or false, not "${printable(value)}".`)
}

function integer(name: string, raw: string, fallback: number, min: number, max: number): number {
  const value = raw.trim()
  if (!value) return fallback
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      name,
      `Input ${name} must be a whole number from ${min} to ${max}, not "${printable(value)}".`
    )
  }
  return Number(value)
}

/** Lists split on spaces, commas and newlines, trimmed, empties dropped, duplicates removed. */
export function list(raw: string): string[] {
  return [...new Set(raw.split(/[\s,]+/).filter(Boolean))]
}

function validateScopes(scopes: string[]): void {
  for (const scope of scopes) {
    // RFC 6749 §3.3 scope-token: printable ASCII except space, quote and backslash.
    if (!/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope)) {
      throw new InputError('scopes', `Input scopes has an invalid scope "${printable(scope)}".`)
    }
  }
}

function authorizationServer(raw: string): string {
  const value = raw.trim()
  if (value && !/^[A-Za-z0-9_-]+$/.test(value)) {
    throw new InputError(
      'authorization-server',
      `Input authorization-server must be empty (org server), "default" or an authorization server id such as aus1a2b3c4d5e6f7g8h9, not "${printable(value)}".`
    )
  }
  return value
}

function clientId(raw: string): string {
  const value = raw.trim()
  if (value && !/^[\x21-\x7e]+$/.test(value)) {
    throw new InputError(
      'client-id',
      'Input client-id contains spaces or control characters; paste the client id alone (e.g. 0oa1b2c3d4e5f6g7h8i9).'
    )
  }
  if (value.length > 255) {
    throw new InputError('client-id', 'Input client-id is longer than 255 characters.')
  }
  return value
}

function keyId(raw: string): string {
  const value = raw.trim()
  if (value && !/^[\x21-\x7e]{1,255}$/.test(value)) {
    throw new InputError(
      'key-id',
      'Input key-id must be 1 to 255 printable characters without spaces.'
    )
  }
  return value
}

function label(raw: string): string {
  const value = raw.trim()
  if (value.length > 100 || /[\x00-\x1f\x7f]/.test(value)) {
    throw new InputError(
      'app-label',
      'Input app-label must be at most 100 characters without control characters.'
    )
  }
  return value
}

function secretName(name: string, raw: string): string {
  const value = raw.trim()
  // GitHub: alphanumerics and underscores, not starting with a digit or GITHUB_.
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value) || /^GITHUB_/i.test(value)) {
    throw new InputError(
      name,
      `Input ${name} must contain only letters, digits and underscores, not start with a digit or GITHUB_: "${printable(value)}".`
    )
  }
  return value
}

function jsonText(name: string, raw: string): string {
  if (!raw.trim()) return ''
  try {
    JSON.parse(raw)
  } catch (error) {
    // V8's message quotes the text itself; keep only the position so no value is echoed.
    const at = /position (\d+)/.exec((error as Error).message)
    throw new InputError(
      name,
      `Input ${name} is not valid JSON${at ? ` (syntax error at position ${at[1]})` : ''}.`
    )
  }
  return raw
}

/** Echoes an input value in an error safely: short, and control characters escaped. */
function printable(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value
  return cut.replace(/[\x00-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

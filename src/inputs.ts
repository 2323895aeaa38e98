import {
  ALGORITHMS,
  DPOP_MODES,
  HTTP_METHODS,
  KEY_TYPES,
  MODES,
  RETIRE_MODES,
  type Algorithm,
  type DpopMode,
  type HttpMethod,
  type KeyType,
  type Mode,
  type RetireMode
} from './domain.js'
import { InputError } from './errors.js'
import { adminInputs, type AdminInputs } from './inputs/admin-credential.js'
import type { KeyUri } from './signing/provider.js'
import { keyUriParserFor, remoteKeys, type KeyUriParser } from './inputs/remote-keys.js'
import { checkModeCombinations } from './inputs/combinations.js'
import { normalizeOktaDomain, orgRequestUrl, parseEndpointUrl } from './inputs/urls.js'
import {
  authorizationServer,
  boolean,
  clientId,
  integer,
  jsonText,
  keyId,
  label,
  list,
  oneOf,
  secretName
} from './inputs/values.js'

/**
 * Every input is read and validated here, once, into a typed value: nothing else calls
 * core.getInput, and every input error is raised here or in the parsers under inputs/
 * (values.ts for one value, urls.ts for the URL inputs). Only what the key itself holds is
 * checked later, when keys/ parses it.
 */

export interface Inputs extends AdminInputs {
  mode: Mode
  /** Org origin, e.g. https://acme.okta.com; empty when not given. */
  oktaDomain: string
  authorizationServer: string
  tokenEndpoint: string
  audience: string
  clientId: string
  privateKey: string
  privateKeyPassphrase: string
  /** signing-key: a key URI (src/signing/key-uri.ts) instead of private-key. */
  signingKey: KeyUri | undefined
  /** new-signing-key (rotate): the remote key to rotate to, instead of private-key. */
  newSigningKey: KeyUri | undefined
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
  'github-token',
  'admin-private-key',
  'admin-private-key-passphrase'
] as const

/** Which inputs each mode cannot do without. */
const REQUIRED: Record<Mode, string[]> = {
  token: ['client-id', 'private-key', 'scopes'],
  request: ['okta-domain', 'client-id', 'private-key', 'scopes', 'request-path'],
  assertion: ['client-id', 'private-key'],
  jwk: [],
  // and one admin credential (inputs/admin-credential.ts)
  provision: ['okta-domain'],
  rotate: ['okta-domain', 'client-id']
}

// An input in this list that resolves to empty is most often a secret the workflow cannot
// see: pull requests from forks and Dependabot runs get no repository secrets.
const SECRET_HINT = new Set(['private-key', 'client-id', 'api-token', 'okta-domain'])

/**
 * Reads and checks every input before anything else runs: what main.ts and the post step call.
 * The key-URI parser loads only when a key-URI input is set (a PEM run does not load it).
 */
export async function readInputs(read: ReadInput): Promise<Inputs> {
  return parseInputs(read, await keyUriParserFor(read))
}

/** parseInputs with the key-URI parser given (readInputs loads it; tests pass it directly). */
export function parseInputs(read: ReadInput, parseKeyUri: KeyUriParser): Inputs {
  const mode = oneOf('mode', read('mode') || 'token', MODES)
  const get = (name: string): string => read(name)

  for (const name of REQUIRED[mode]) {
    // A key URI in signing-key stands in for private-key.
    if (name === 'private-key' && get('signing-key')) continue
    if (!get(name)) throw missing(name, mode)
  }
  const admin = adminInputs(
    mode,
    get,
    (name, alternative) => missing(name, mode, alternative),
    parseKeyUri
  )
  const keys = remoteKeys(mode, get, admin.adminCredential === 'self', parseKeyUri)

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
    ...admin,
    mode,
    oktaDomain: domainRaw ? normalizeOktaDomain(domainRaw) : '',
    authorizationServer: authorizationServer(get('authorization-server')),
    tokenEndpoint: tokenEndpointRaw ? parseEndpointUrl(tokenEndpointRaw, 'token-endpoint') : '',
    audience: get('audience') ? parseEndpointUrl(get('audience'), 'audience') : '',
    clientId: clientId(get('client-id')),
    privateKey: get('private-key'),
    privateKeyPassphrase: get('private-key-passphrase'),
    ...keys,
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

  if ((inputs.mode === 'token' || inputs.mode === 'request') && inputs.scopes.length === 0) {
    throw missing('scopes', mode)
  }
  checkModeCombinations(inputs)
  return inputs
}

function missing(name: string, mode: Mode, alternative?: string): InputError {
  const or = alternative ? ` (or ${alternative})` : ''
  const hint = SECRET_HINT.has(name)
    ? ' If it comes from a secret or variable, that value may not be available in this context (pull requests from forks and Dependabot runs get no secrets).'
    : ''
  return new InputError(name, `Input ${name}${or} is required in ${mode} mode but is empty.${hint}`)
}

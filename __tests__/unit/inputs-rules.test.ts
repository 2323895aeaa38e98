// The input rules inputs.test.ts leaves implicit, one call each: which input an error names
// (InputError.input, which load-admin-key.ts re-labels), values given with spaces around them,
// the bounds of each length, the anchors of each pattern, and the combinations of inputs that
// are allowed as well as those refused. Found by mutation testing src/inputs/ (docs/mutation.md).
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { parseInputs, type Inputs } from '../../src/inputs.js'
import { keyUriParserFor } from '../../src/inputs/remote-keys.js'
import { parseKeyUri } from '../../src/signing/key-uri.js'

const TOKEN = {
  'okta-domain': 'acme.okta.com',
  'client-id': '0oa1b2c3d4e5f6g7h8i9',
  'private-key': 'pem',
  scopes: 'okta.users.read'
}
const PROVISION = { mode: 'provision', 'okta-domain': 'acme.okta.com', 'api-token': 'SSWS-value' }
const ROTATE = { mode: 'rotate', 'okta-domain': 'acme.okta.com', 'client-id': '0oa1' }
const REQUEST = { ...TOKEN, mode: 'request', 'request-path': '/api/v1/users' }
const KEY_URI = 'awskms:///alias/next'
// Okta's standard admin role types, written out here (not imported) so that a change to the
// list in src/domain.ts is a change a test sees.
const STANDARD_ROLES = [
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

function parse(values: Record<string, string>, base: Record<string, string> = TOKEN): Inputs {
  const all: Record<string, string> = { ...base, ...values }
  return parseInputs(name => all[name] ?? '', parseKeyUri)
}

/** The InputError's input and message (fails the test when the inputs are accepted). */
function refusal(values: Record<string, string>, base?: Record<string, string>): string[] {
  try {
    parse(values, base)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return [(error as InputError).input, (error as InputError).message]
  }
  throw new Error('parseInputs accepted the inputs')
}

describe('each error names its input, which load-admin-key.ts re-labels', () => {
  it.each([
    ['scopes (a malformed scope)', { scopes: 'x"y' }, TOKEN, 'scopes'],
    [
      'authorization-server (an authorization-server with a slash)',
      { 'authorization-server': 'a/b' },
      TOKEN,
      'authorization-server'
    ],
    [
      'app-label (a 101-character app-label)',
      { 'app-label': 'x'.repeat(101) },
      PROVISION,
      'app-label'
    ],
    ['okta-api (okta-api not a boolean)', { 'okta-api': 'maybe' }, TOKEN, 'okta-api'],
    [
      'request-paginate (request-paginate not a boolean)',
      { 'request-paginate': 'maybe' },
      REQUEST,
      'request-paginate'
    ],
    ['request-body (a body with GET)', { 'request-body': '{}' }, REQUEST, 'request-body'],
    [
      'request-paginate (pagination with POST)',
      { 'request-paginate': 'true', 'request-method': 'POST' },
      REQUEST,
      'request-paginate'
    ],
    [
      'request-path (a path naming another host)',
      { 'request-path': '//evil.test/x' },
      REQUEST,
      'request-path'
    ],
    ['scopes (a provision scope not okta.*)', { scopes: 'api:read' }, PROVISION, 'scopes'],
    [
      'new-signing-key (new-signing-key outside rotate)',
      { 'new-signing-key': KEY_URI },
      TOKEN,
      'new-signing-key'
    ],
    [
      'api-token (api-token with admin-client-id)',
      { 'admin-client-id': '0oaadmin' },
      PROVISION,
      'api-token'
    ],
    [
      'admin-private-key (admin-client-id without its key)',
      { 'api-token': '', 'admin-client-id': '0oaadmin' },
      PROVISION,
      'admin-private-key'
    ],
    [
      'admin-client-id (admin-private-key without admin-client-id)',
      { 'api-token': '', 'admin-private-key': 'pem' },
      PROVISION,
      'admin-client-id'
    ],
    [
      'admin-private-key-passphrase (an admin passphrase without the admin app)',
      { 'admin-private-key-passphrase': 'x' },
      PROVISION,
      'admin-private-key-passphrase'
    ],
    [
      'admin-key-id (an admin key-id without the admin app)',
      { 'admin-key-id': 'k' },
      PROVISION,
      'admin-key-id'
    ],
    ['private-key (self-rotation without the current key)', {}, ROTATE, 'private-key']
  ] as const)('%s', (_title, values, base, input) => {
    expect(refusal(values, base)[0]).toBe(input)
  })
})

describe('values are trimmed', () => {
  it('for every kind of parser', () => {
    const inputs = parse({
      mode: ' token ',
      'export-env': ' true ',
      'max-attempts': ' 7 ',
      'authorization-server': ' default ',
      'client-id': ' 0oa1 ',
      'private-key-secret': ' MY_KEY ',
      'token-endpoint': ' https://as.example.com/token '
    })
    expect(inputs).toMatchObject({
      mode: 'token',
      exportEnv: true,
      maxAttempts: 7,
      authorizationServer: 'default',
      clientId: '0oa1',
      privateKeySecret: 'MY_KEY',
      tokenEndpoint: 'https://as.example.com/token'
    })
    expect(parse({ 'app-label': ' My app ' }, PROVISION).appLabel).toBe('My app')
  })

  it('a request-body of spaces is no body; a request-path with spaces around is the path', () => {
    const inputs = parse({ 'request-body': '  \n ', 'request-path': ' /api/v1/users ' }, REQUEST)
    expect(inputs.requestBody).toBe('')
    expect(inputs.requestUrl).toBe('https://acme.okta.com/api/v1/users')
  })
})

describe('the values parseInputs hands on', () => {
  it('okta-api defaults to true and takes false; the tokens and response-file as given', () => {
    expect(parse({}).oktaApi).toBe(true)
    expect(parse({ 'okta-api': 'false' }).oktaApi).toBe(false)
    const inputs = parse(
      { 'github-token': 'ghs_x', 'response-file': 'out.json', 'request-paginate': 'true' },
      REQUEST
    )
    expect(inputs).toMatchObject({
      githubToken: 'ghs_x',
      responseFile: 'out.json',
      requestPaginate: true
    })
    expect(parse({}, PROVISION).apiToken).toBe('SSWS-value')
  })

  it('requestUrl is empty outside request mode', () => {
    expect(parse({ 'request-path': '/api/v1/users' }).requestUrl).toBe('')
  })

  it('request mode needs scopes that are not just separators', () => {
    expect(refusal({ scopes: ' , ' }, REQUEST)[1]).toBe(
      'Input scopes is required in request mode but is empty.'
    )
  })
})

describe('lengths, at their bounds', () => {
  it('a 255-character client-id and a 100-character app-label are accepted', () => {
    expect(parse({ 'client-id': 'c'.repeat(255) }).clientId).toHaveLength(255)
    expect(parse({ 'app-label': 'l'.repeat(100) }, PROVISION).appLabel).toHaveLength(100)
  })
})

describe('patterns, whole value only', () => {
  it('a scope with a quote anywhere is refused', () => {
    expect(refusal({ scopes: 'x"y' })[1]).toBe('Input scopes has an invalid scope "x"y".')
  })

  it('only names starting with GITHUB_ are reserved', () => {
    expect(parse({ 'private-key-secret': 'MY_GITHUB_KEY' }).privateKeySecret).toBe('MY_GITHUB_KEY')
  })

  it('provision scopes are okta.<resource>.<operation> exactly', () => {
    expect(refusal({ scopes: 'x.okta.users.read okta.users.read.all' }, PROVISION)[1]).toBe(
      'Input scopes in provision mode takes Okta API scopes such as okta.users.read; not: x.okta.users.read, okta.users.read.all.'
    )
  })

  it('two unknown admin roles are "role types"', () => {
    expect(refusal({ 'admin-roles': 'ROOT, BOSS' }, PROVISION)[1]).toBe(
      `Input admin-roles has unknown role types ROOT, BOSS; allowed values: ${STANDARD_ROLES.join(', ')}.`
    )
  })

  it("every one of Okta's standard admin role types is accepted", () => {
    expect(parse({ 'admin-roles': STANDARD_ROLES.join(', ') }, PROVISION).adminRoles).toEqual(
      STANDARD_ROLES
    )
  })
})

describe('scopes by mode', () => {
  it('token and request modes refuse a malformed scope; jwk and assertion do not read scopes', () => {
    expect(refusal({ scopes: 'a\\b' }, REQUEST)[1]).toBe(
      'Input scopes has an invalid scope "a\\b".'
    )
    expect(parse({ mode: 'assertion', scopes: 'a\\b' }).scopes).toEqual(['a\\b'])
  })

  it('token mode takes scopes of any authorization server, not only okta.*', () => {
    expect(parse({ scopes: 'api:read' }).scopes).toEqual(['api:read'])
  })

  it('rotate refuses a malformed scope', () => {
    expect(refusal({ 'private-key': 'pem', scopes: 'a"b' }, ROTATE)[1]).toBe(
      'Input scopes has an invalid scope "a"b".'
    )
  })

  it('rotate needs scopes with a custom authorization server or token-endpoint, not without', () => {
    const self = { ...ROTATE, 'private-key': 'pem' }
    const message =
      'Input scopes is required in rotate mode with a custom authorization server: name a scope that server grants the app, for the token that proves the new key.'
    expect(refusal({ 'authorization-server': 'default' }, self)).toEqual(['scopes', message])
    expect(refusal({ 'token-endpoint': 'https://as.example.com/token' }, self)[1]).toBe(message)
    expect(parse({}, self).scopes).toEqual([])
    expect(parse({ 'authorization-server': 'default', scopes: 'api:rotate' }, self).scopes).toEqual(
      ['api:rotate']
    )
  })
})

describe('request options', () => {
  it('a body goes with POST; pagination with GET', () => {
    expect(parse({ 'request-method': 'post', 'request-body': '{}' }, REQUEST).requestBody).toBe(
      '{}'
    )
    expect(parse({ 'request-method': 'POST' }, REQUEST).requestPaginate).toBe(false)
    expect(parse({ 'request-paginate': 'true' }, REQUEST).requestPaginate).toBe(true)
  })
})

describe('key URIs and the admin credential', () => {
  it('a required private-key may be a signing-key; other required inputs may not', () => {
    expect(parse({ 'private-key': '', 'signing-key': KEY_URI }).signingKey?.input).toBe(
      'signing-key'
    )
    expect(refusal({ 'client-id': '', 'signing-key': KEY_URI, 'private-key': '' })[0]).toBe(
      'client-id'
    )
  })

  it('self-rotation takes the current key and new-signing-key side by side', () => {
    const inputs = parse({ 'private-key': 'pem', 'new-signing-key': KEY_URI }, ROTATE)
    expect(inputs.adminCredential).toBe('self')
    expect(inputs.newSigningKey?.input).toBe('new-signing-key')
    expect(parse({ 'signing-key': KEY_URI }, ROTATE).adminCredential).toBe('self')
  })

  it('with an admin credential, new-signing-key is the key to rotate to, given once', () => {
    const withToken = { ...ROTATE, 'api-token': 'SSWS-value' }
    expect(parse({ 'new-signing-key': KEY_URI }, withToken).newSigningKey?.input).toBe(
      'new-signing-key'
    )
    expect(refusal({ 'signing-key': KEY_URI, 'new-signing-key': KEY_URI }, withToken)).toEqual([
      'new-signing-key',
      'Inputs signing-key and new-signing-key are both set; give one of them.'
    ])
  })

  it('api-token with admin-signing-key names admin-signing-key', () => {
    expect(refusal({ 'admin-signing-key': KEY_URI }, PROVISION)[1]).toMatch(
      /^Inputs api-token and admin-signing-key are two admin credentials; /
    )
  })

  it('the key-URI parser is loaded only when a key-URI input is set', async () => {
    const stand = await keyUriParserFor(() => '')
    expect(() => stand('signing-key', KEY_URI)).toThrow(
      'The key-URI parser was not loaded, yet input signing-key is set.'
    )
    const real = await keyUriParserFor(name => (name === 'admin-signing-key' ? KEY_URI : ''))
    expect(real('admin-signing-key', KEY_URI).input).toBe('admin-signing-key')
  })
})

describe('URL inputs', () => {
  it('okta-domain: any number of trailing slashes, and the IPv6 loopback over http', () => {
    expect(parse({ 'okta-domain': 'https://acme.okta.com///' }).oktaDomain).toBe(
      'https://acme.okta.com'
    )
    expect(parse({ 'okta-domain': 'http://[::1]:8080' }).oktaDomain).toBe('http://[::1]:8080')
  })

  it('okta-domain: slashes alone are empty; a scheme counts only at the start', () => {
    expect(refusal({ 'okta-domain': '//' })[1]).toBe('Input okta-domain is empty.')
    expect(refusal({ 'okta-domain': 'acme.okta.com?next=https://x' })[1]).toBe(
      'Input okta-domain must be the org URL alone (https://acme.okta.com), without a path such as "/?next=https://x"; use authorization-server for a custom authorization server.'
    )
  })

  it('okta-domain: a user name alone or a password alone is refused', () => {
    const message =
      'Input okta-domain must not contain a user name or password; use the org URL alone, e.g. https://acme.okta.com.'
    expect(refusal({ 'okta-domain': 'https://me@acme.okta.com' })[1]).toBe(message)
    expect(refusal({ 'okta-domain': 'https://:pw@acme.okta.com' })[1]).toBe(message)
  })

  it('okta-domain: only a whole <org>-admin.<okta domain> host is the Admin Console', () => {
    expect(parse({ 'okta-domain': 'id.acme-admin.okta.com' }).oktaDomain).toBe(
      'https://id.acme-admin.okta.com'
    )
    expect(parse({ 'okta-domain': 'acme-admin.okta.com.example' }).oktaDomain).toBe(
      'https://acme-admin.okta.com.example'
    )
  })

  it('token-endpoint: http on a loopback host is kept', () => {
    expect(parse({ 'token-endpoint': 'http://127.0.0.1:8080/token' }).tokenEndpoint).toBe(
      'http://127.0.0.1:8080/token'
    )
  })

  it('token-endpoint: another scheme, a user name alone or a password alone is refused', () => {
    expect(refusal({ 'token-endpoint': 'ftp://as.example.com/token' })[1]).toBe(
      'Input token-endpoint must be an https URL.'
    )
    const message =
      'Input token-endpoint must not contain a user name or password; private_key_jwt needs no credentials in the URL.'
    expect(refusal({ 'token-endpoint': 'https://me@as.example.com/token' })[1]).toBe(message)
    expect(refusal({ 'token-endpoint': 'https://:pw@as.example.com/token' })[1]).toBe(message)
  })

  it('request-path: doubled slashes inside the path, an http org, no fragment', () => {
    expect(parse({ 'request-path': '/api/v1//users' }, REQUEST).requestUrl).toBe(
      'https://acme.okta.com/api/v1//users'
    )
    const local = { ...REQUEST, 'okta-domain': 'http://localhost:8080' }
    expect(parse({ 'request-path': 'http://localhost:8080/api/v1/users' }, local).requestUrl).toBe(
      'http://localhost:8080/api/v1/users'
    )
    expect(parse({ 'request-path': '/api/v1/users#top' }, REQUEST).requestUrl).toBe(
      'https://acme.okta.com/api/v1/users'
    )
  })

  it('request-path: a scheme counts only at the start; a URL that does not parse is refused', () => {
    const why = (what: string) =>
      `Input request-path ${what}; use a path under the org (/api/v1/users?limit=200) or a full URL on https://acme.okta.com, so the access token is never sent to another host.`
    expect(refusal({ 'request-path': 'ftp://acme.okta.com/https://' }, REQUEST)[1]).toBe(
      why('must start with "/" or be a full https URL')
    )
    expect(refusal({ 'request-path': 'https://[acme' }, REQUEST)[1]).toBe(why('is not a valid URL'))
  })
})

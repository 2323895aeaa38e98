// Every input is parsed and validated once, in src/inputs.ts: these are plain function calls
// with a fake reader, so each rule of the contract's input table is checked on its own.
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { parseInputs, type Inputs } from '../../src/inputs.js'
import { parseKeyUri } from '../../src/signing/key-uri.js'

const BASE = {
  'okta-domain': 'acme.okta.com',
  'client-id': '0oa1b2c3d4e5f6g7h8i9',
  'private-key': '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----',
  scopes: 'okta.users.read'
}

function parse(values: Record<string, string>, base: Record<string, string> = BASE): Inputs {
  const all: Record<string, string> = { ...base, ...values }
  return parseInputs(name => all[name] ?? '', parseKeyUri)
}

/** The InputError a parse throws (fails the test when none is thrown). */
function failure(values: Record<string, string>, base?: Record<string, string>): InputError {
  try {
    parse(values, base)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('parseInputs accepted the inputs')
}

const SECRET_HINT =
  'If it comes from a secret or variable, that value may not be available in this context (pull requests from forks and Dependabot runs get no secrets).'

describe('defaults', () => {
  it('fills every optional input with the default of the contract', () => {
    const inputs = parse({})
    expect(inputs).toMatchObject({
      mode: 'token',
      oktaDomain: 'https://acme.okta.com',
      authorizationServer: '',
      tokenEndpoint: '',
      audience: '',
      privateKeyPassphrase: '',
      keyId: '',
      algorithm: undefined,
      scopes: ['okta.users.read'],
      assertionLifetime: 300,
      dpop: 'auto',
      maxAttempts: 4,
      timeoutSeconds: 30,
      exportEnv: false,
      revoke: true,
      summary: true,
      appLabel: 'GitHub Actions service app',
      adminRoles: [],
      requireDpop: false,
      keyType: 'RSA-2048',
      retireOldKeys: 'deactivate',
      dryRun: false,
      privateKeySecret: 'OKTA_PRIVATE_KEY',
      clientIdVariable: 'OKTA_CLIENT_ID',
      requestMethod: 'GET',
      requestPaginate: false
    })
  })

  it('takes mode from the input and keeps the values given', () => {
    const inputs = parse({ mode: 'jwk', 'key-type': 'EC-P384', 'key-id': 'my-kid' }, {})
    expect(inputs.mode).toBe('jwk')
    expect(inputs.keyType).toBe('EC-P384')
    expect(inputs.keyId).toBe('my-kid')
  })
})

describe('booleans follow the YAML 1.2 core schema', () => {
  it.each(['true', 'True', 'TRUE'])('"%s" is true', value => {
    expect(parse({ 'export-env': value, revoke: value, summary: value })).toMatchObject({
      exportEnv: true,
      revoke: true,
      summary: true
    })
  })

  it.each(['false', 'False', 'FALSE'])('"%s" is false', value => {
    expect(parse({ 'export-env': value, revoke: value, summary: value })).toMatchObject({
      exportEnv: false,
      revoke: false,
      summary: false
    })
  })

  it.each(['yes', 'on', '1', 'tru'])('"%s" is refused with the input named', value => {
    expect(failure({ revoke: value }).message).toBe(
      `Input revoke must be true or false, not "${value}".`
    )
  })
})

describe('lists', () => {
  it('split on spaces, commas and newlines, trimmed, empties and duplicates dropped', () => {
    const inputs = parse({
      scopes: ' okta.users.read, okta.groups.read\nokta.apps.read,,\n\n okta.users.read \t',
      mode: 'provision',
      'api-token': 'x',
      'admin-roles': 'read_only_admin,USER_ADMIN'
    })
    expect(inputs.scopes).toEqual(['okta.users.read', 'okta.groups.read', 'okta.apps.read'])
    expect(inputs.adminRoles).toEqual(['READ_ONLY_ADMIN', 'USER_ADMIN'])
  })

  it('a scopes input of separators only counts as empty', () => {
    expect(failure({ scopes: ' , \n ' }).message).toBe(
      'Input scopes is required in token mode but is empty.'
    )
  })

  it('a scope with a quote or backslash is refused', () => {
    expect(failure({ scopes: 'okta.users.read "x"' }).message).toBe(
      'Input scopes has an invalid scope ""x"".'
    )
  })
})

describe('okta-domain is normalised to the org origin', () => {
  it.each([
    ['acme.okta.com', 'https://acme.okta.com'],
    ['https://acme.okta.com/', 'https://acme.okta.com'],
    ['https://acme.okta.com//', 'https://acme.okta.com'],
    ['  ACME.Okta.com  ', 'https://acme.okta.com'],
    ['acme.oktapreview.com', 'https://acme.oktapreview.com'],
    ['https://acme.okta-emea.com', 'https://acme.okta-emea.com'],
    ['login.example.com', 'https://login.example.com'],
    ['https://id.example.co.uk:8443/', 'https://id.example.co.uk:8443'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:41234/', 'http://127.0.0.1:41234']
  ])('%s → %s', (raw, origin) => {
    expect(parse({ 'okta-domain': raw }).oktaDomain).toBe(origin)
  })

  it.each([
    ['acme-admin.okta.com', 'acme.okta.com'],
    ['https://acme-admin.oktapreview.com/', 'acme.oktapreview.com'],
    ['acme-admin.okta-emea.com', 'acme.okta-emea.com']
  ])('the Admin Console host %s is refused with a hint to use %s', (raw, org) => {
    expect(failure({ 'okta-domain': raw }).message).toBe(
      `Input okta-domain is the Admin Console host ${raw.replace(/^https:\/\/|\/$/g, '')}; use the org host ${org} instead.`
    )
  })

  it.each(['http://acme.okta.com', 'http://10.0.0.5:8080'])(
    'http is refused for %s (only localhost and 127.0.0.1)',
    raw => {
      expect(failure({ 'okta-domain': raw }).message).toBe(
        'Input okta-domain must use https (http is only allowed for localhost and 127.0.0.1).'
      )
    }
  )

  it.each([
    ['https://acme.okta.com/oauth2/default', '/oauth2/default'],
    ['acme.okta.com/oauth2/v1/token', '/oauth2/v1/token'],
    ['https://acme.okta.com/?x=1', '/?x=1']
  ])('a path is refused: %s', (raw, path) => {
    expect(failure({ 'okta-domain': raw }).message).toBe(
      `Input okta-domain must be the org URL alone (https://acme.okta.com), without a path such as "${path}"; use authorization-server for a custom authorization server.`
    )
  })

  it('ftp and other schemes are refused', () => {
    expect(failure({ 'okta-domain': 'ftp://acme.okta.com' }).message).toBe(
      'Input okta-domain must be an https URL, not ftp:.'
    )
  })

  it('a host name that is not one is refused', () => {
    expect(failure({ 'okta-domain': 'acme okta com' }).message).toBe(
      'Input okta-domain is not a valid host name: use the org URL, e.g. https://acme.okta.com.'
    )
  })
})

describe('token-endpoint, audience and authorization-server', () => {
  it('keep a full URL exactly as written (it may be used as aud)', () => {
    const inputs = parse({
      'token-endpoint': 'https://as.example.com/token',
      audience: 'https://as.example.com'
    })
    expect(inputs.tokenEndpoint).toBe('https://as.example.com/token')
    expect(inputs.audience).toBe('https://as.example.com')
  })

  it('refuse a token-endpoint that is not a URL, or http off loopback', () => {
    expect(failure({ 'token-endpoint': 'as.example.com/token' }).message).toBe(
      'Input token-endpoint must be a full URL such as https://acme.okta.com/oauth2/v1/token.'
    )
    expect(failure({ audience: 'http://as.example.com/token' }).message).toBe(
      'Input audience must use https (http is only allowed for localhost and 127.0.0.1).'
    )
  })

  it('accept default or an id as authorization-server, and nothing with a slash', () => {
    expect(parse({ 'authorization-server': 'default' }).authorizationServer).toBe('default')
    expect(parse({ 'authorization-server': 'aus1a2b3c4d' }).authorizationServer).toBe('aus1a2b3c4d')
    expect(failure({ 'authorization-server': 'oauth2/default' }).message).toBe(
      'Input authorization-server must be empty (org server), "default" or an authorization server id such as aus1a2b3c4d5e6f7g8h9, not "oauth2/default".'
    )
  })
})

describe('enum inputs list the allowed values', () => {
  it.each([
    ['mode', 'tokens', 'token, provision, rotate, jwk, assertion, request'],
    ['dpop', 'yes', 'auto, true, false'],
    ['algorithm', 'PS256', 'RS256, RS384, RS512, ES256, ES384, ES512'],
    ['key-type', 'RSA-1024', 'RSA-2048, RSA-3072, RSA-4096, EC-P256, EC-P384, EC-P521'],
    ['retire-old-keys', 'remove', 'deactivate, delete, keep']
  ])('%s "%s"', (name, value, allowed) => {
    expect(failure({ [name]: value }).message).toBe(
      `Input ${name} has an unknown value "${value}"; allowed values: ${allowed}.`
    )
  })
})

describe('numbers are range-checked', () => {
  it.each([
    ['assertion-lifetime', '1', 1],
    ['assertion-lifetime', '3600', 3600],
    ['max-attempts', '1', 1],
    ['max-attempts', '10', 10],
    ['timeout', '600', 600]
  ])('%s %s is accepted', (name, value, expected) => {
    const inputs = parse({ [name]: value })
    const field = { 'assertion-lifetime': 'assertionLifetime', 'max-attempts': 'maxAttempts' }
    expect(inputs[(field[name as keyof typeof field] ?? 'timeoutSeconds') as keyof Inputs]).toBe(
      expected
    )
  })

  it.each([
    ['assertion-lifetime', '0', 1, 3600],
    ['assertion-lifetime', '3601', 1, 3600],
    ['assertion-lifetime', '1.5', 1, 3600],
    ['assertion-lifetime', '5m', 1, 3600],
    ['max-attempts', '-1', 1, 10],
    ['max-attempts', '11', 1, 10],
    ['timeout', '0', 1, 600],
    ['timeout', 'thirty', 1, 600]
  ])('%s "%s" is refused', (name, value, min, max) => {
    expect(failure({ [name]: value }).message).toBe(
      `Input ${name} must be a whole number from ${min} to ${max}, not "${value}".`
    )
  })
})

describe('required inputs per mode', () => {
  it.each([
    ['token', 'client-id'],
    ['token', 'private-key'],
    ['assertion', 'client-id'],
    ['assertion', 'private-key']
  ])(
    '%s mode without %s says the secret may not be available (forks, Dependabot)',
    (mode, name) => {
      expect(failure({ mode, [name]: '' }).message).toBe(
        `Input ${name} is required in ${mode} mode but is empty. ${SECRET_HINT}`
      )
    }
  )

  it('token mode needs okta-domain or token-endpoint', () => {
    expect(failure({ 'okta-domain': '' }).message).toBe(
      `Input okta-domain (or token-endpoint) is required in token mode but is empty. ${SECRET_HINT}`
    )
    expect(
      parse({ 'okta-domain': '', 'token-endpoint': 'https://as.example/token' }).oktaDomain
    ).toBe('')
  })

  it('assertion mode needs okta-domain, token-endpoint or audience', () => {
    expect(failure({ mode: 'assertion', 'okta-domain': '' }).message).toBe(
      `Input okta-domain (or token-endpoint, or audience) is required in assertion mode but is empty. ${SECRET_HINT}`
    )
    const inputs = parse({ mode: 'assertion', 'okta-domain': '', audience: 'https://rp.example/t' })
    expect(inputs.audience).toBe('https://rp.example/t')
  })

  it('token mode needs scopes (no secret hint: scopes are not secret)', () => {
    expect(failure({ scopes: '' }).message).toBe(
      'Input scopes is required in token mode but is empty.'
    )
  })

  it('jwk mode needs nothing at all', () => {
    expect(parse({ mode: 'jwk' }, {}).mode).toBe('jwk')
  })

  it('every failure is an InputError naming its input', () => {
    expect(failure({ 'client-id': '' }).input).toBe('client-id')
    expect(failure({ timeout: '0' }).input).toBe('timeout')
  })
})

describe('values echoed in errors are safe', () => {
  it('long values are cut and control characters escaped', () => {
    const message = failure({ dpop: `a\u0007${'b'.repeat(80)}` }).message
    expect(message).toContain('"a\\x07bbbb')
    expect(message).toContain('…"')
    expect(message).not.toContain('\u0007')
  })

  it('a client-id with spaces is refused without echoing it', () => {
    expect(failure({ 'client-id': '0oa1 b2c3' }).message).toBe(
      'Input client-id contains spaces or control characters; paste the client id alone (e.g. 0oa1b2c3d4e5f6g7h8i9).'
    )
  })
})

describe('provision inputs are checked before any Okta call', () => {
  const PROVISION = { mode: 'provision', 'okta-domain': 'acme.okta.com', 'api-token': 'SSWS-value' }

  it('refuses a scope that is not an Okta API scope, naming it', () => {
    expect(failure({ scopes: 'okta.users.read api:read' }, PROVISION).message).toBe(
      'Input scopes in provision mode takes Okta API scopes such as okta.users.read; not: api:read.'
    )
  })

  it('refuses an unknown admin role type and lists the allowed values', () => {
    const error = failure({ 'admin-roles': 'read_only_admin, SUPERADMIN' }, PROVISION)
    expect(error.input).toBe('admin-roles')
    expect(error.message).toMatch(
      /^Input admin-roles has unknown role type SUPERADMIN; allowed values: SUPER_ADMIN, ORG_ADMIN, /
    )
  })

  it('accepts role types in any case and Okta API scopes', () => {
    const inputs = parse({ scopes: 'okta.users.read', 'admin-roles': 'read_only_admin' }, PROVISION)
    expect(inputs.adminRoles).toEqual(['READ_ONLY_ADMIN'])
    expect(inputs.scopes).toEqual(['okta.users.read'])
  })
})

describe('the admin credential of provision and rotate', () => {
  const ADMIN = { 'admin-client-id': '0oaadmin0000000000001', 'admin-private-key': 'pem' }
  const ROTATE = { mode: 'rotate', 'okta-domain': 'acme.okta.com', 'client-id': '0oa1' }

  it('is the API token, the admin app, or in rotate neither (self-rotation)', () => {
    const byToken = parse({ mode: 'provision', 'api-token': 'SSWS-value' })
    expect(byToken.adminCredential).toBe('api-token')
    const byApp = parse({ mode: 'provision', ...ADMIN, 'admin-key-id': ' kid-1 ' })
    expect(byApp).toMatchObject({
      adminCredential: 'admin-app',
      adminClientId: '0oaadmin0000000000001',
      adminKeyId: 'kid-1'
    })
    expect(parse({ 'private-key': 'pem' }, ROTATE).adminCredential).toBe('self')
  })

  it('is none in the modes that need no admin', () => {
    expect(parse({ ...ADMIN }).adminCredential).toBe('none')
  })

  it('names the input in the admin key-id and client-id errors', () => {
    expect(failure({ mode: 'provision', ...ADMIN, 'admin-key-id': 'a b' }).message).toBe(
      'Input admin-key-id must be 1 to 255 printable characters without spaces.'
    )
    expect(failure({ 'admin-client-id': 'x'.repeat(256) }).input).toBe('admin-client-id')
  })
})

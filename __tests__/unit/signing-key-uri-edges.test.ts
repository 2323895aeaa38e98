// parseKeyUri at its edges: what a user pastes by mistake (a PEM, a mistyped scheme), the other
// loopback spellings of cosign's awskms://HOST:PORT form, query parameters without a value, and
// the PIN masked in the logged URI wherever it sits in the query.
import { describe, expect, it } from '@jest/globals'
import { parseKeyUri } from '../../src/signing/key-uri.js'

const SCHEMES = 'awskms://, gcpkms://, azurekms://, hashivault:// or pkcs11:'

describe('what a user pastes by mistake is refused in one line naming the input', () => {
  it.each([
    ['a PEM', '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49', 'no scheme'],
    ['a scheme that starts with a digit', '9awskms:///alias/okta-ci', 'no scheme'],
    ['a scheme in capitals', 'AWSKMS:///alias/okta-ci', 'AWSKMS:'],
    ['a scheme with a dash', 'azure-kms://ci-vault.vault.azure.net/okta', 'azure-kms:'],
    ['a scheme with a dot', 'hashi.vault://okta-ci', 'hashi.vault:'],
    ['a scheme with a plus', 'kms+https://kms.example/okta', 'kms+https:'],
    ['a URL', 'https://kms.example/okta', 'https:']
  ])('%s', (_name, raw, seen) => {
    expect(() => parseKeyUri('signing-key', raw)).toThrow(
      `Input signing-key must be a key URI (${SCHEMES}), but has ${seen}; a PEM or JWK key goes in private-key.`
    )
  })

  it('admin-signing-key points to admin-private-key for a PEM', () => {
    expect(() => parseKeyUri('admin-signing-key', '-----BEGIN PRIVATE KEY-----')).toThrow(
      `Input admin-signing-key must be a key URI (${SCHEMES}), but has no scheme; a PEM or JWK key goes in admin-private-key.`
    )
  })

  it.each([
    [
      'a query and no key',
      'hashivault://?endpoint=https://vault.example',
      'names no key after hashivault:.'
    ],
    [
      'a query name that is not percent-encoding',
      'hashivault://okta?%E0=1',
      'has a malformed percent-encoding in "%E0".'
    ],
    [
      'a query value that is not percent-encoding',
      'hashivault://okta?x=%E0',
      'has a malformed percent-encoding in "x".'
    ],
    [
      'no key, and a query that is not percent-encoding',
      'hashivault://?a%ZZ=1',
      'has a malformed percent-encoding in "a%ZZ".'
    ],
    [
      'a plain-http endpoint that is not loopback',
      'hashivault://okta?endpoint=http://vault.example:8200',
      'has endpoint http://vault.example:8200: use https (http only for localhost or 127.0.0.1).'
    ]
  ])('%s', (_name, raw, rest) => {
    expect(() => parseKeyUri('signing-key', raw)).toThrow(`Input signing-key ${rest}`)
  })
})

describe('what it accepts', () => {
  it.each([
    [
      'surrounding white space is dropped',
      ' \thashivault://okta-ci\n',
      { path: 'okta-ci', display: 'hashivault://okta-ci' }
    ],
    [
      'a key name is percent-decoded (not pkcs11:, whose attributes the provider decodes)',
      'hashivault://okta%20ci',
      { path: 'okta ci' }
    ],
    [
      'awskms:// with a bare key id has no authority and no endpoint',
      'awskms://1234abcd-12ab-34cd-56ef-1234567890ab',
      { authority: '', path: '1234abcd-12ab-34cd-56ef-1234567890ab' }
    ],
    [
      'awskms://localhost:PORT is plain http',
      'awskms://localhost:4566/alias/okta-ci',
      { path: 'alias/okta-ci', endpoint: 'http://localhost:4566' }
    ],
    [
      'awskms://[::1]:PORT is plain http',
      'awskms://[::1]:4566/alias/okta-ci',
      { path: 'alias/okta-ci', endpoint: 'http://[::1]:4566' }
    ]
  ])('%s', (_name, raw, expected) => {
    const uri = parseKeyUri('signing-key', raw)
    expect(uri).toMatchObject(expected)
    expect(uri.endpoint).toBe('endpoint' in expected ? expected.endpoint : undefined)
  })

  it.each([
    ['no query', 'hashivault://k', {}],
    ['an empty query', 'pkcs11:token=ci;object=k?', {}],
    ['empty pairs', 'pkcs11:token=ci;object=k?&module-path=/m.so&&', { 'module-path': '/m.so' }],
    ['a name without a value', 'hashivault://k?flag&x=1', { flag: '', x: '1' }],
    ['a value without a name', 'hashivault://k?=x', { '': 'x' }],
    ['a value holding "="', 'hashivault://k?x=a=b', { x: 'a=b' }]
  ])('query parameters: %s', (_name, raw, query) => {
    expect(parseKeyUri('signing-key', raw).query).toEqual(query)
  })
})

describe('the logged URI never shows the PIN', () => {
  it.each([
    [
      'first in the query, holding "="',
      'pkcs11:token=ci;object=k?pin-value=12=34&module-path=/m.so',
      'pkcs11:token=ci;object=k?pin-value=***&module-path=/m.so'
    ],
    [
      'after a parameter without a value',
      'pkcs11:token=ci;object=k?module-path=/m.so&no-value&pin-value=5678',
      'pkcs11:token=ci;object=k?module-path=/m.so&no-value&pin-value=***'
    ],
    [
      'with its name percent-encoded',
      'pkcs11:token=ci;object=k?pin%2Dvalue=1234&module-path=/m.so',
      'pkcs11:token=ci;object=k?pin%2Dvalue=***&module-path=/m.so'
    ],
    [
      'after a path attribute that is not percent-encoding',
      'pkcs11:token=ci&%zz=1;object=k?pin-value=1234',
      'pkcs11:token=ci&%zz=1;object=k?pin-value=***'
    ],
    [
      'no query, and a path attribute that is not percent-encoding',
      'pkcs11:token=ci&%zz=1;object=k',
      'pkcs11:token=ci&%zz=1;object=k'
    ]
  ])('%s', (_name, raw, display) => {
    expect(parseKeyUri('signing-key', raw).display).toBe(display)
  })
})

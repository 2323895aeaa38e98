// Key URIs as cosign writes them (and RFC 7512 for pkcs11:), parsed before any network call.
import { describe, expect, it } from '@jest/globals'
import { parseKeyUri } from '../../src/signing/key-uri.js'

describe('parseKeyUri', () => {
  it.each([
    [
      'awskms:///alias/okta-ci',
      { scheme: 'awskms', authority: '', path: 'alias/okta-ci', query: {} }
    ],
    [
      'awskms:///arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      {
        scheme: 'awskms',
        path: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
      }
    ],
    [
      'awskms://127.0.0.1:4566/alias/okta-ci',
      { authority: '127.0.0.1:4566', path: 'alias/okta-ci', endpoint: 'http://127.0.0.1:4566' }
    ],
    [
      'awskms://kms.internal.example:8443/alias/okta-ci',
      { endpoint: 'https://kms.internal.example:8443' }
    ],
    [
      'gcpkms://projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1?endpoint=https://kms.internal:8443/',
      {
        scheme: 'gcpkms',
        authority: '',
        path: 'projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1',
        endpoint: 'https://kms.internal:8443'
      }
    ],
    [
      'azurekms://ci-vault.vault.azure.net/okta/0123',
      { path: 'ci-vault.vault.azure.net/okta/0123' }
    ],
    ['hashivault://okta-ci', { scheme: 'hashivault', path: 'okta-ci' }],
    [
      'pkcs11:token=ci;object=okta%20key?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-value=1234',
      {
        scheme: 'pkcs11',
        // Left encoded: RFC 7512 encodes each attribute apart (the provider decodes them).
        path: 'token=ci;object=okta%20key',
        query: { 'module-path': '/usr/lib/softhsm/libsofthsm2.so', 'pin-value': '1234' },
        display:
          'pkcs11:token=ci;object=okta%20key?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-value=***'
      }
    ],
    [
      'pkcs11:token=ci;id=%FF%3B?module-path=/usr/lib/softhsm/libsofthsm2.so',
      { scheme: 'pkcs11', path: 'token=ci;id=%FF%3B' }
    ]
  ])('%s', (raw, expected) => {
    const uri = parseKeyUri('signing-key', raw)
    expect(uri).toMatchObject({ input: 'signing-key', ...expected })
    if (!('endpoint' in expected)) expect(uri.endpoint).toBeUndefined()
    if (!('display' in expected)) expect(uri.display).toBe(raw)
  })

  it.each([
    ['hashivault:okta', 'Input new-signing-key must start with hashivault://.'],
    ['awskms:///', 'Input new-signing-key names no key after awskms:.'],
    [
      'awskms:///alias/x?endpoint=ftp://127.0.0.1',
      'Input new-signing-key has endpoint ftp://127.0.0.1: use https (http only for localhost or 127.0.0.1).'
    ],
    [
      'hashivault://okta%E0%A4%A',
      'Input new-signing-key has a malformed percent-encoding in its key name.'
    ],
    [
      'hashivault://k?endpoint=not a url',
      'Input new-signing-key has an endpoint that is not a URL: "not a url".'
    ]
  ])('refuses %s', (raw, message) => {
    expect(() => parseKeyUri('new-signing-key', raw)).toThrow(message)
  })
})

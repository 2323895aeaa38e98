// src/secret-inputs.ts called directly: exactly what is masked for each secret input and key URI,
// in order, before anything else runs. The runs through the action see only that a secret never
// reaches the log, which a mask of too much (a key URI, the word "undefined") also satisfies.
import { describe, expect, it } from '@jest/globals'
import type { Runtime } from '../../src/context.js'
import { createMask, maskSecretInputs } from '../../src/secret-inputs.js'
import { recordingCore } from '../../testkit/recording-core.js'

/** The values maskSecretInputs passed to core.setSecret, in order, for these inputs. */
function maskedFor(inputs: Record<string, string>): string[] {
  const env = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  )
  const core = recordingCore(env)
  maskSecretInputs({ core } as Pick<Runtime, 'core'> as Runtime)
  return core.events.flatMap(e => (e.kind === 'mask' ? [e.value] : []))
}

describe('maskSecretInputs', () => {
  it('masks each secret input whole, and a key input line by line too, whatever its line ends', () => {
    expect(
      maskedFor({
        'private-key': '-----BEGIN PRIVATE KEY-----\nAAAA\nBBBB\n-----END PRIVATE KEY-----',
        'private-key-passphrase': 'pass\\nword',
        'api-token': '00token',
        'github-token': 'ghs_token',
        'admin-private-key': 'CCCC\\nDDDD',
        'admin-private-key-passphrase': 'p2'
      })
    ).toEqual([
      '-----BEGIN PRIVATE KEY-----\nAAAA\nBBBB\n-----END PRIVATE KEY-----',
      'AAAA',
      'BBBB',
      // A passphrase or token is one value: a literal \n in it is not a line end.
      'pass\\nword',
      '00token',
      'ghs_token',
      'CCCC\\nDDDD',
      'CCCC',
      'DDDD',
      'p2'
    ])
  })

  it('masks nothing for inputs that are not set, or key URIs without a PIN', () => {
    expect(maskedFor({})).toEqual([])
    expect(
      maskedFor({
        'signing-key': 'awskms:///arn:aws:kms:eu-west-1:111122223333:key/k1',
        'new-signing-key': 'pkcs11:token=ci;object=okta?module-path=/usr/lib/softhsm.so',
        'admin-signing-key': 'gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k'
      })
    ).toEqual([])
  })

  it('masks a PKCS#11 PIN in a key URI, as written and decoded, and nothing around it', () => {
    expect(
      maskedFor({
        'signing-key': 'pkcs11:token=ci;object=okta?pin-value=12%2034&module-path=/m.so',
        'new-signing-key': 'pkcs11:object=okta?module-path=/m.so&pin-value=%E0%A4%A',
        'admin-signing-key': 'pkcs11:object=admin?pin-value=9876'
      })
    ).toEqual([
      '12%2034',
      '12 34',
      // Not valid percent-encoding: masked as written, once.
      '%E0%A4%A',
      '9876'
    ])
  })

  it('masks a key pasted into a key-URI input like private-key, PEM headers included', () => {
    const pasted =
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00\n\nEEEE\n-----END RSA PRIVATE KEY-----'
    expect(maskedFor({ 'signing-key': pasted, 'admin-signing-key': 'FFFF\\nGGGG' })).toEqual([
      pasted,
      'EEEE',
      'FFFF\\nGGGG',
      'FFFF',
      'GGGG'
    ])
  })

  it('masks a value given in two inputs once', () => {
    expect(
      maskedFor({ 'private-key-passphrase': 'same', 'admin-private-key-passphrase': 'same' })
    ).toEqual(['same'])
  })
})

describe('createMask', () => {
  it('passes each distinct non-empty value to setSecret once', () => {
    const secrets: string[] = []
    const mask = createMask({ setSecret: secret => secrets.push(secret) })
    for (const value of ['a', '', 'b', 'a', 'b', 'c']) mask(value)
    expect(secrets).toEqual(['a', 'b', 'c'])
  })
})

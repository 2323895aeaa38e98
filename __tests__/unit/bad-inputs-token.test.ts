// Bad inputs to token, jwk and assertion modes, run in-process from src/: each ends the step
// with exit code 1 and exactly one `::error::` line that names the input and the fix, with no
// stack trace and no secret echoed. None of these runs reaches the network.
import { describe, expect, it } from '@jest/globals'
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { inputsKey, recordFigure } from '../../testkit/audit.js'
import { runAction } from '../../testkit/in-process.js'
import { testKey } from '../../testkit/keys.js'

const rsa = testKey('rsa')
const PASS = 'hunter2-but-longer'
const encrypted = rsa.privateKey
  .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: PASS })
  .toString()
const token = {
  'okta-domain': 'acme.okta.com',
  'client-id': '0oa1b2c3d4e5f6g7h8i9',
  'private-key': rsa.pkcs8,
  scopes: 'okta.users.read'
}
const assertion = { ...token, mode: 'assertion', scopes: '' }
const HINT =
  'If it comes from a secret or variable, that value may not be available in this context (pull requests from forks and Dependabot runs get no secrets).'

const CASES: Array<[string, Record<string, string>, string]> = [
  [
    'an unknown mode',
    { ...token, mode: 'tokens' },
    'Input mode has an unknown value "tokens"; allowed values: token, provision, rotate, jwk, assertion, request.'
  ],
  [
    'token mode without client-id',
    { ...token, 'client-id': '' },
    `Input client-id is required in token mode but is empty. ${HINT}`
  ],
  [
    'token mode without private-key',
    { ...token, 'private-key': '' },
    `Input private-key is required in token mode but is empty. ${HINT}`
  ],
  [
    'token mode without scopes',
    { ...token, scopes: '' },
    'Input scopes is required in token mode but is empty.'
  ],
  [
    'token mode without okta-domain or token-endpoint',
    { ...token, 'okta-domain': '' },
    `Input okta-domain (or token-endpoint) is required in token mode but is empty. ${HINT}`
  ],
  [
    'the Admin Console host',
    { ...token, 'okta-domain': 'https://acme-admin.okta.com' },
    'Input okta-domain is the Admin Console host acme-admin.okta.com; use the org host acme.okta.com instead.'
  ],
  [
    'http for a real host',
    { ...token, 'okta-domain': 'http://acme.okta.com' },
    'Input okta-domain must use https (http is only allowed for localhost and 127.0.0.1).'
  ],
  [
    'an okta-domain with a path',
    { ...token, 'okta-domain': 'https://acme.okta.com/oauth2/default' },
    'Input okta-domain must be the org URL alone (https://acme.okta.com), without a path such as "/oauth2/default"; use authorization-server for a custom authorization server.'
  ],
  [
    'a token-endpoint that is not a URL',
    { ...token, 'token-endpoint': 'acme.okta.com/oauth2/v1/token' },
    'Input token-endpoint must be a full URL such as https://acme.okta.com/oauth2/v1/token.'
  ],
  [
    'an authorization-server with a slash',
    { ...token, 'authorization-server': 'oauth2/default' },
    'Input authorization-server must be empty (org server), "default" or an authorization server id such as aus1a2b3c4d5e6f7g8h9, not "oauth2/default".'
  ],
  [
    'dpop: maybe',
    { ...token, dpop: 'maybe' },
    'Input dpop has an unknown value "maybe"; allowed values: auto, true, false.'
  ],
  [
    'max-attempts: 0',
    { ...token, 'max-attempts': '0' },
    'Input max-attempts must be a whole number from 1 to 10, not "0".'
  ],
  [
    'timeout: thirty',
    { ...token, timeout: 'thirty' },
    'Input timeout must be a whole number from 1 to 600, not "thirty".'
  ],
  [
    'assertion-lifetime: 7200',
    { ...token, 'assertion-lifetime': '7200' },
    'Input assertion-lifetime must be a whole number from 1 to 3600, not "7200".'
  ],
  [
    'export-env: yes',
    { ...token, 'export-env': 'yes' },
    'Input export-env must be true or false, not "yes".'
  ],
  [
    'algorithm: HS256',
    { ...token, algorithm: 'HS256' },
    'Input algorithm has an unknown value "HS256"; allowed values: RS256, RS384, RS512, ES256, ES384, ES512.'
  ],
  [
    'an algorithm that does not fit the key',
    { ...token, algorithm: 'ES256' },
    'Input algorithm ES256 does not fit an RSA key; use RS256, RS384 or RS512.'
  ],
  [
    'a scope with a quote',
    { ...token, scopes: 'okta.users.read "okta.groups.read"' },
    'Input scopes has an invalid scope ""okta.groups.read"".'
  ],
  [
    'a client-id with a space',
    { ...token, 'client-id': '0oa1b2 c3d4' },
    'Input client-id contains spaces or control characters; paste the client id alone (e.g. 0oa1b2c3d4e5f6g7h8i9).'
  ],
  [
    'a public key as private-key',
    {
      ...token,
      'private-key': createPublicKey(rsa.privateKey)
        .export({ format: 'pem', type: 'spki' })
        .toString()
    },
    'Input private-key holds a public key (BEGIN PUBLIC KEY); paste the private key instead.'
  ],
  [
    'a client secret as private-key',
    { ...token, 'private-key': 'Zk3v_8Xr-2mZpL0sT7yWcB4nH6jD1fGa9eUoIiRt' },
    'Input private-key looks like a client secret, not a private key; private_key_jwt needs the PEM or JWK private key of the app.'
  ],
  [
    'an RSA 1024 key',
    {
      ...token,
      'private-key': generateKeyPairSync('rsa', { modulusLength: 1024 })
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString()
    },
    'Input private-key is an RSA key of 1024 bits; Okta requires at least 2048 bits.'
  ],
  [
    'an encrypted key without passphrase',
    { ...token, 'private-key': encrypted },
    'Input private-key is an encrypted PKCS#8 PEM; set private-key-passphrase to its passphrase.'
  ],
  [
    'an encrypted key with the wrong passphrase',
    { ...token, 'private-key': encrypted, 'private-key-passphrase': 'not-the-passphrase' },
    'Input private-key-passphrase does not decrypt private-key (encrypted PKCS#8 PEM); check the passphrase.'
  ],
  [
    'jwk mode with key-type RSA-1024',
    { mode: 'jwk', 'key-type': 'RSA-1024' },
    'Input key-type has an unknown value "RSA-1024"; allowed values: RSA-2048, RSA-3072, RSA-4096, EC-P256, EC-P384, EC-P521.'
  ],
  [
    'jwk mode with a public JWK',
    { mode: 'jwk', 'private-key': JSON.stringify(rsa.publicJwk) },
    'Input private-key is a public JWK (it has no "d"); paste the private JWK.'
  ],
  [
    'jwk mode with an Ed25519 key',
    {
      mode: 'jwk',
      'private-key': generateKeyPairSync('ed25519')
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString()
    },
    'Input private-key is an ED25519 key; Okta accepts RSA (2048 bits or more) and EC P-256/P-384/P-521 keys.'
  ],
  [
    'assertion mode without client-id',
    { ...assertion, 'client-id': '' },
    `Input client-id is required in assertion mode but is empty. ${HINT}`
  ],
  [
    'assertion mode with no audience, okta-domain or token-endpoint',
    { ...assertion, 'okta-domain': '' },
    `Input okta-domain (or token-endpoint, or audience) is required in assertion mode but is empty. ${HINT}`
  ],
  [
    'assertion mode with an http audience off loopback',
    { ...assertion, audience: 'http://as.example.com/token' },
    'Input audience must use https (http is only allowed for localhost and 127.0.0.1).'
  ]
]

describe('bad inputs end the step with one exact line, exit code 1, no stack, no secret', () => {
  it('no two cases try the same inputs', () => {
    const keys = CASES.map(([, inputs]) => inputsKey(inputs))
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([])
  })

  it.each(CASES)('%s', async (_name, inputs, message) => {
    // runAction throws if any secret input (key lines, passphrase) shows outside ::add-mask::
    // or was never masked.
    const run = await runAction('main', inputs)
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([message])
    expect(run.outputs).toEqual({})
    const everything = `${run.stdout}\n${run.stderr}`
    expect(everything).not.toMatch(/^\s+at /m)
    expect(everything).not.toMatch(/\w*Error:/)
    expect(run.stderr).toBe('')
    // Only masking commands and the error: no half-done work is logged as done.
    const commands = run.stdout.split('\n').filter(line => line.startsWith('::'))
    expect(commands.filter(line => !line.startsWith('::add-mask::'))).toEqual([
      `::error::${message}`
    ])
    recordFigure('bad-inputs', { mode: inputs.mode ?? 'token', inputs: inputsKey(inputs) })
  })
})

import { generateKeyPairSync } from 'node:crypto'
import { testKey } from './keys.js'

/**
 * The bad-input catalogue: what a workflow author can get wrong in `with:`, in every mode, and
 * the exact one-line error the action must answer with. Every message names the input at
 * fault and what to do, and echoes no value that could be a secret.
 */
export interface BadInputCase {
  name: string
  inputs: Record<string, string>
  error: string
  /** Values that must not appear anywhere in the run's output (besides the secret inputs). */
  noEcho?: string[]
}

/**
 * The runner hands inputs over as environment variables, and Linux caps one at 128 KiB
 * (MAX_ARG_STRLEN), so this is the largest input a workflow can pass; a 5 MB value fails in
 * the runner before the action starts.
 */
export const LARGEST_INPUT = 128_000

const rsa = testKey('rsa')
const p256 = testKey('p256')
const PASSPHRASE = 'correct horse battery staple'

const pair = {
  rsa1024: generateKeyPairSync('rsa', { modulusLength: 1024 }),
  ed25519: generateKeyPairSync('ed25519'),
  secp256k1: generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
}
const pem = (key: typeof rsa.privateKey, type: 'pkcs8' | 'pkcs1' | 'spki'): string =>
  key.export({ format: 'pem', type } as never).toString()

const encryptedPkcs8 = rsa.privateKey
  .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: PASSPHRASE })
  .toString()
const encryptedPkcs1 = rsa.privateKey
  .export({ format: 'pem', type: 'pkcs1', cipher: 'aes-256-cbc', passphrase: PASSPHRASE })
  .toString()
const rsaPublicSpki = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .publicKey.export({ format: 'pem', type: 'spki' })
  .toString()
const rsaPublicPkcs1 = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .publicKey.export({ format: 'pem', type: 'pkcs1' })
  .toString()
const privateJwk = rsa.privateKey.export({ format: 'jwk' }) as Record<string, string>

// Public material: a self-signed certificate, and the start of an OpenSSH key (the action
// decides from the PEM label alone, so no working OpenSSH private key is kept in the repo).
const CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBmzCCAUGgAwIBAgIUYLqrrZeJn0zOpCLXu7LPIwATp/IwCgYIKoZIzj0EAwIw
IzEhMB8GA1UEAwwYZXhhbXBsZS1va3RhLXNlcnZpY2UtYXBwMB4XDTI2MTEyNTEy
NTk1OVoXDTM2MTEyMjEyNTk1OVowIzEhMB8GA1UEAwwYZXhhbXBsZS1va3RhLXNl
cnZpY2UtYXBwMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEHyKXZj02IOvCFPr8
G9arfM9TJDA7AJeuSKXffzJ1X6BCGCZMGYwG9m9e6Psyig3BOmaiJJ4kjoFnKaR2
HaXaN6NTMFEwHQYDVR0OBBYEFIjvCJcA3FESpWALV6CkY/7+JFElMB8GA1UdIwQY
MBaAFIjvCJcA3FESpWALV6CkY/7+JFElMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZI
zj0EAwIDSAAwRQIgTuQinQ1i1gmmW9aikkXyLEguDNmipi14BxzRrfXJqiACIQDN
7KHQSRjsgdTWdYSHiWHYAoZtIKIYzGECxo6zNI89ZQ==
-----END CERTIFICATE-----
`
const OPENSSH_PRIVATE = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
-----END OPENSSH PRIVATE KEY-----
`
const OPENSSH_PUBLIC =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHt5Jt3gS9XzYQ0l0k7sX7m8kQ2b0l1lYJm3x0x9x0x9 ci@runner'

/** A PKCS#8 PEM with its body damaged in the middle. */
const damagedPkcs8 = rsa.pkcs8.replace(
  /\n(.{10})(.{20})/,
  (_m, a: string) => `\n${a}${'A'.repeat(20)}`
)

const ORG = 'https://acme.okta.com'
const CLIENT_ID = '0oa1b2c3d4e5f6g7h8i9'
const API_TOKEN = '00abcdefghijklmnopqrstuvwxyz0123456789ABCD'

// Base inputs that are valid for each mode, so each case changes one thing. max-attempts 1
// keeps a case that wrongly got past validation from waiting on retries.
const token = {
  'okta-domain': ORG,
  'client-id': CLIENT_ID,
  'private-key': rsa.pkcs8,
  scopes: 'okta.users.read',
  'max-attempts': '1'
}
const assertion = {
  mode: 'assertion',
  'okta-domain': ORG,
  'client-id': CLIENT_ID,
  'private-key': rsa.pkcs8
}
const jwk = { mode: 'jwk' }
const provision = {
  mode: 'provision',
  'okta-domain': ORG,
  'api-token': API_TOKEN,
  'max-attempts': '1'
}
const rotate = { ...provision, mode: 'rotate', 'client-id': CLIENT_ID }
const request = { ...token, mode: 'request', 'request-path': '/api/v1/users?limit=2' }

const SECRET_HINT =
  ' If it comes from a secret or variable, that value may not be available in this context (pull requests from forks and Dependabot runs get no secrets).'
const required = (input: string, mode: string, or = ''): string =>
  `Input ${input}${or} is required in ${mode} mode but is empty.${['private-key', 'client-id', 'api-token', 'okta-domain'].includes(input) ? SECRET_HINT : ''}`
const wholeNumber = (input: string, min: number, max: number, value: string): string =>
  `Input ${input} must be a whole number from ${min} to ${max}, not "${value}".`
const trueOrFalse = (input: string, value: string): string =>
  `Input ${input} must be true or false, not "${value}".`
const unknownValue = (input: string, value: string, allowed: string): string =>
  `Input ${input} has an unknown value "${value}"; allowed values: ${allowed}.`
const keyTypes = 'RSA-2048, RSA-3072, RSA-4096, EC-P256, EC-P384, EC-P521'
const requestPath = (why: string): string =>
  `Input request-path ${why}; use a path under the org (/api/v1/users?limit=200) or a full URL on ${ORG}, so the access token is never sent to another host.`
const secretName = (input: string, value: string): string =>
  `Input ${input} must contain only letters, digits and underscores, not start with a digit or GITHUB_: "${value}".`

export const BAD_INPUT_CASES: BadInputCase[] = [
  // mode
  {
    name: 'an unknown mode',
    inputs: { ...token, mode: 'tokens' },
    error: unknownValue('mode', 'tokens', 'token, provision, rotate, jwk, assertion, request')
  },
  {
    name: 'a mode carrying an injected workflow command',
    inputs: { ...token, mode: 'token\n::add-mask::x' },
    error: unknownValue(
      'mode',
      'token\\x0a::add-mask::x',
      'token, provision, rotate, jwk, assertion, request'
    )
  },

  // token mode: required inputs (the secret-context hint for secrets)
  {
    name: 'token without client-id',
    inputs: { ...token, 'client-id': '' },
    error: required('client-id', 'token')
  },
  {
    name: 'token without private-key',
    inputs: { ...token, 'private-key': '' },
    error: required('private-key', 'token')
  },
  {
    name: 'token without scopes',
    inputs: { ...token, scopes: '' },
    error: required('scopes', 'token')
  },
  {
    name: 'token with scopes of separators only',
    inputs: { ...token, scopes: ' , ,\n' },
    error: required('scopes', 'token')
  },
  {
    name: 'token without okta-domain or token-endpoint',
    inputs: { ...token, 'okta-domain': '' },
    error: required('okta-domain', 'token', ' (or token-endpoint)')
  },

  // okta-domain: formats and domains
  {
    name: 'okta-domain over plain http',
    inputs: { ...token, 'okta-domain': 'http://acme.okta.com' },
    error: 'Input okta-domain must use https (http is only allowed for localhost and 127.0.0.1).'
  },
  {
    name: 'okta-domain with an authorization server path',
    inputs: { ...token, 'okta-domain': 'https://acme.okta.com/oauth2/default' },
    error:
      'Input okta-domain must be the org URL alone (https://acme.okta.com), without a path such as "/oauth2/default"; use authorization-server for a custom authorization server.'
  },
  {
    name: 'okta-domain of the Admin Console',
    inputs: { ...token, 'okta-domain': 'acme-admin.okta.com' },
    error:
      'Input okta-domain is the Admin Console host acme-admin.okta.com; use the org host acme.okta.com instead.'
  },
  {
    name: 'okta-domain of the Admin Console, as an https URL',
    inputs: { ...token, 'okta-domain': 'https://acme-admin.okta.com' },
    error:
      'Input okta-domain is the Admin Console host acme-admin.okta.com; use the org host acme.okta.com instead.'
  },
  {
    name: 'okta-domain with spaces',
    inputs: { ...token, 'okta-domain': 'acme okta com' },
    error:
      'Input okta-domain is not a valid host name: use the org URL, e.g. https://acme.okta.com.'
  },
  {
    name: 'okta-domain with another scheme',
    inputs: { ...token, 'okta-domain': 'ftp://acme.okta.com' },
    error: 'Input okta-domain must be an https URL, not ftp:.'
  },
  {
    name: 'okta-domain with credentials in it',
    inputs: { ...token, 'okta-domain': 'https://admin:hunter2hunter2@acme.okta.com' },
    error:
      'Input okta-domain must not contain a user name or password; use the org URL alone, e.g. https://acme.okta.com.',
    noEcho: ['hunter2hunter2']
  },

  // URLs: token-endpoint, audience, authorization-server
  {
    name: 'token-endpoint that is not a URL',
    inputs: { ...token, 'token-endpoint': 'oauth2/v1/token' },
    error: 'Input token-endpoint must be a full URL such as https://acme.okta.com/oauth2/v1/token.'
  },
  {
    name: 'token-endpoint of a host and path without a scheme',
    inputs: { ...token, 'token-endpoint': 'acme.okta.com/oauth2/v1/token' },
    error: 'Input token-endpoint must be a full URL such as https://acme.okta.com/oauth2/v1/token.'
  },
  {
    name: 'token-endpoint over plain http',
    inputs: { ...token, 'token-endpoint': 'http://auth.example.com/token' },
    error: 'Input token-endpoint must use https (http is only allowed for localhost and 127.0.0.1).'
  },
  {
    name: 'token-endpoint with a password in it',
    inputs: { ...token, 'token-endpoint': 'https://ci:s3cr3t-in-url@auth.example.com/token' },
    error:
      'Input token-endpoint must not contain a user name or password; private_key_jwt needs no credentials in the URL.',
    noEcho: ['s3cr3t-in-url']
  },
  {
    name: 'audience with a password in it',
    inputs: { ...token, audience: 'https://ci:aud-pass-9f8e@auth.example.com/token' },
    error:
      'Input audience must not contain a user name or password; private_key_jwt needs no credentials in the URL.',
    noEcho: ['aud-pass-9f8e']
  },
  {
    name: 'audience that is not a URL',
    inputs: { ...token, audience: 'acme' },
    error: 'Input audience must be a full URL such as https://acme.okta.com/oauth2/v1/token.'
  },
  {
    name: 'authorization-server with a path',
    inputs: { ...token, 'authorization-server': 'default/v1/token' },
    error:
      'Input authorization-server must be empty (org server), "default" or an authorization server id such as aus1a2b3c4d5e6f7g8h9, not "default/v1/token".'
  },
  {
    name: 'authorization-server of an issuer path',
    inputs: { ...token, 'authorization-server': 'oauth2/default' },
    error:
      'Input authorization-server must be empty (org server), "default" or an authorization server id such as aus1a2b3c4d5e6f7g8h9, not "oauth2/default".'
  },

  // client-id, key-id, algorithm, scopes
  {
    name: 'client-id with a space',
    inputs: { ...token, 'client-id': '0oa1b2c3 d4e5f6g7h8i9' },
    error:
      'Input client-id contains spaces or control characters; paste the client id alone (e.g. 0oa1b2c3d4e5f6g7h8i9).'
  },
  {
    name: 'client-id with an escape sequence',
    inputs: { ...token, 'client-id': '0oa1b2c3\u001b[2Jd4e5' },
    error:
      'Input client-id contains spaces or control characters; paste the client id alone (e.g. 0oa1b2c3d4e5f6g7h8i9).'
  },
  {
    name: 'client-id of 300 characters',
    inputs: { ...token, 'client-id': 'a'.repeat(300) },
    error: 'Input client-id is longer than 255 characters.'
  },
  {
    name: 'key-id with a space',
    inputs: { ...token, 'key-id': 'my key' },
    error: 'Input key-id must be 1 to 255 printable characters without spaces.'
  },
  {
    name: 'an algorithm Okta refuses',
    inputs: { ...token, algorithm: 'PS256' },
    error: unknownValue('algorithm', 'PS256', 'RS256, RS384, RS512, ES256, ES384, ES512')
  },
  {
    name: 'a symmetric algorithm',
    inputs: { ...token, algorithm: 'HS256' },
    error: unknownValue('algorithm', 'HS256', 'RS256, RS384, RS512, ES256, ES384, ES512')
  },
  {
    name: 'an EC algorithm for an RSA key',
    inputs: { ...token, algorithm: 'ES256' },
    error: 'Input algorithm ES256 does not fit an RSA key; use RS256, RS384 or RS512.'
  },
  {
    name: 'ES384 for a P-256 key',
    inputs: { ...token, 'private-key': p256.pkcs8, algorithm: 'ES384' },
    error: 'Input algorithm ES384 does not fit an EC P-256 key; use ES256.'
  },
  {
    name: 'a scope with a quote',
    inputs: { ...token, scopes: 'okta.users.read "okta.groups.read"' },
    error: 'Input scopes has an invalid scope ""okta.groups.read"".'
  },
  {
    name: 'a scope with a backslash',
    inputs: { ...token, scopes: 'okta.users.read\\' },
    error: 'Input scopes has an invalid scope "okta.users.read\\".'
  },

  // ranges and enums
  {
    name: 'assertion-lifetime of 0',
    inputs: { ...token, 'assertion-lifetime': '0' },
    error: wholeNumber('assertion-lifetime', 1, 3600, '0')
  },
  {
    name: 'assertion-lifetime over an hour',
    inputs: { ...token, 'assertion-lifetime': '3601' },
    error: wholeNumber('assertion-lifetime', 1, 3600, '3601')
  },
  {
    name: 'assertion-lifetime with a unit',
    inputs: { ...token, 'assertion-lifetime': '5m' },
    error: wholeNumber('assertion-lifetime', 1, 3600, '5m')
  },
  {
    name: 'a negative assertion-lifetime',
    inputs: { ...token, 'assertion-lifetime': '-1' },
    error: wholeNumber('assertion-lifetime', 1, 3600, '-1')
  },
  {
    name: 'assertion-lifetime of two hours',
    inputs: { ...token, 'assertion-lifetime': '7200' },
    error: wholeNumber('assertion-lifetime', 1, 3600, '7200')
  },
  {
    name: 'max-attempts of 0',
    inputs: { ...token, 'max-attempts': '0' },
    error: wholeNumber('max-attempts', 1, 10, '0')
  },
  {
    name: 'max-attempts of 11',
    inputs: { ...token, 'max-attempts': '11' },
    error: wholeNumber('max-attempts', 1, 10, '11')
  },
  {
    name: 'a timeout of 0',
    inputs: { ...token, timeout: '0' },
    error: wholeNumber('timeout', 1, 600, '0')
  },
  {
    name: 'a fractional timeout',
    inputs: { ...token, timeout: '1.5' },
    error: wholeNumber('timeout', 1, 600, '1.5')
  },
  {
    name: 'a timeout over 10 minutes',
    inputs: { ...token, timeout: '601' },
    error: wholeNumber('timeout', 1, 600, '601')
  },
  {
    name: 'a timeout in words',
    inputs: { ...token, timeout: 'thirty' },
    error: wholeNumber('timeout', 1, 600, 'thirty')
  },
  {
    name: 'dpop of yes',
    inputs: { ...token, dpop: 'yes' },
    error: unknownValue('dpop', 'yes', 'auto, true, false')
  },
  {
    name: 'dpop of maybe',
    inputs: { ...token, dpop: 'maybe' },
    error: unknownValue('dpop', 'maybe', 'auto, true, false')
  },
  {
    name: 'export-env of yes (YAML 1.1)',
    inputs: { ...token, 'export-env': 'yes' },
    error: trueOrFalse('export-env', 'yes')
  },
  { name: 'revoke of on', inputs: { ...token, revoke: 'on' }, error: trueOrFalse('revoke', 'on') },
  { name: 'summary of 1', inputs: { ...token, summary: '1' }, error: trueOrFalse('summary', '1') },

  // private-key: the wrong thing pasted
  {
    name: 'a client secret in private-key',
    inputs: { ...token, 'private-key': 'hY8vQ2mN5pL9sR3tW6xZ1cF4gJ7kA0bD' },
    error:
      'Input private-key looks like a client secret, not a private key; private_key_jwt needs the PEM or JWK private key of the app.'
  },
  {
    name: 'a client secret with - and _ in private-key',
    inputs: { ...token, 'private-key': 'Zk3v_8Xr-2mZpL0sT7yWcB4nH6jD1fGa9eUoIiRt' },
    error:
      'Input private-key looks like a client secret, not a private key; private_key_jwt needs the PEM or JWK private key of the app.'
  },
  {
    name: 'text without a PEM header in private-key',
    inputs: { ...token, 'private-key': 'my private key goes here' },
    error:
      'Input private-key has no PEM header (-----BEGIN …-----) and is not a JWK or base64 of one; paste the whole private key.'
  },
  {
    name: 'a public key in private-key',
    inputs: { ...token, 'private-key': rsaPublicSpki },
    error: 'Input private-key holds a public key (BEGIN PUBLIC KEY); paste the private key instead.'
  },
  {
    name: 'a PKCS#1 public key in private-key',
    inputs: { ...token, 'private-key': rsaPublicPkcs1 },
    error:
      'Input private-key holds a public key (BEGIN RSA PUBLIC KEY); paste the private key instead.'
  },
  {
    name: 'a certificate in private-key',
    inputs: { ...token, 'private-key': CERTIFICATE },
    error:
      'Input private-key holds a certificate (BEGIN CERTIFICATE); paste the private key instead.'
  },
  {
    name: 'an OpenSSH private key in private-key',
    inputs: { ...token, 'private-key': OPENSSH_PRIVATE },
    error:
      'Input private-key is in OpenSSH format (BEGIN OPENSSH PRIVATE KEY); convert it with `ssh-keygen -p -m PKCS8 -f <file>` or `openssl pkey -in <file>` and paste the result.'
  },
  {
    name: 'an OpenSSH public key in private-key',
    inputs: { ...token, 'private-key': OPENSSH_PUBLIC },
    error: 'Input private-key holds an OpenSSH public key; paste the private key instead.'
  },
  {
    name: 'a PEM cut off before its END line',
    inputs: { ...token, 'private-key': rsa.pkcs8.split('\n').slice(0, 10).join('\n') },
    error:
      'Input private-key has "BEGIN PRIVATE KEY" but no matching "-----END PRIVATE KEY-----"; paste the whole key.'
  },
  {
    name: 'a PEM with a damaged body',
    inputs: { ...token, 'private-key': damagedPkcs8 },
    error:
      'Input private-key is a PKCS#8 PEM that cannot be parsed (damaged or truncated); paste it again.'
  },
  {
    name: 'a 1024-bit RSA key',
    inputs: { ...token, 'private-key': pem(pair.rsa1024.privateKey, 'pkcs8') },
    error: 'Input private-key is an RSA key of 1024 bits; Okta requires at least 2048 bits.'
  },
  {
    name: 'an Ed25519 key',
    inputs: { ...token, 'private-key': pem(pair.ed25519.privateKey, 'pkcs8') },
    error:
      'Input private-key is an ED25519 key; Okta accepts RSA (2048 bits or more) and EC P-256/P-384/P-521 keys.'
  },
  {
    name: 'an EC key on secp256k1',
    inputs: { ...token, 'private-key': pem(pair.secp256k1.privateKey, 'pkcs8') },
    error: 'Input private-key is an EC key on curve secp256k1; Okta accepts P-256, P-384 and P-521.'
  },
  {
    name: 'an encrypted PKCS#8 key without a passphrase',
    inputs: { ...token, 'private-key': encryptedPkcs8 },
    error:
      'Input private-key is an encrypted PKCS#8 PEM; set private-key-passphrase to its passphrase.'
  },
  {
    name: 'an encrypted PKCS#8 key with the wrong passphrase',
    inputs: {
      ...token,
      'private-key': encryptedPkcs8,
      'private-key-passphrase': 'not the passphrase'
    },
    error:
      'Input private-key-passphrase does not decrypt private-key (encrypted PKCS#8 PEM); check the passphrase.'
  },
  {
    name: 'a legacy encrypted PEM without a passphrase',
    inputs: { ...token, 'private-key': encryptedPkcs1 },
    error:
      'Input private-key is an encrypted PKCS#1 PEM; set private-key-passphrase to its passphrase.'
  },
  {
    name: 'a legacy encrypted PEM with the wrong passphrase',
    inputs: {
      ...token,
      'private-key': encryptedPkcs1,
      'private-key-passphrase': 'not the passphrase'
    },
    error:
      'Input private-key-passphrase does not decrypt private-key (encrypted PKCS#1 PEM); check the passphrase.'
  },
  {
    name: 'a JWK that is not valid JSON',
    inputs: { ...token, 'private-key': `{"kty":"RSA","d":"${privateJwk.d}"` },
    error: 'Input private-key starts with "{" but is not valid JSON; paste the whole private JWK.'
  },
  {
    name: 'a public JWK',
    inputs: {
      ...token,
      'private-key': JSON.stringify({ kty: 'RSA', n: privateJwk.n, e: privateJwk.e })
    },
    error: 'Input private-key is a public JWK (it has no "d"); paste the private JWK.'
  },
  {
    name: 'a symmetric JWK',
    inputs: {
      ...token,
      'private-key': JSON.stringify({ kty: 'oct', k: 'c2VjcmV0LXNoYXJlZC1rZXktbWF0ZXJpYWw' })
    },
    error: 'Input private-key is a symmetric (oct) JWK; private_key_jwt needs an RSA or EC key.'
  },
  {
    name: 'an OKP JWK',
    inputs: {
      ...token,
      'private-key': JSON.stringify(pair.ed25519.privateKey.export({ format: 'jwk' }))
    },
    error: 'Input private-key is a JWK of kty "OKP"; Okta accepts RSA and EC keys.'
  },
  {
    name: 'a JWK set with two private keys',
    inputs: { ...token, 'private-key': JSON.stringify({ keys: [privateJwk, privateJwk] }) },
    error:
      'Input private-key is a JWK set with 2 private keys; paste the one private JWK to sign with.'
  },
  {
    name: 'an RSA JWK missing its primes',
    inputs: {
      ...token,
      'private-key': JSON.stringify({
        kty: 'RSA',
        n: privateJwk.n,
        e: privateJwk.e,
        d: privateJwk.d
      })
    },
    error:
      'Input private-key is an RSA JWK with missing or damaged members; paste the whole private JWK.'
  },
  {
    name: 'the largest input a runner can pass, as private-key',
    inputs: { ...token, 'private-key': 'A'.repeat(LARGEST_INPUT) },
    error:
      'Input private-key has no PEM header (-----BEGIN …-----) and is not a JWK or base64 of one; paste the whole private key.'
  },

  // assertion and jwk modes
  {
    name: 'assertion without client-id',
    inputs: { ...assertion, 'client-id': '' },
    error: required('client-id', 'assertion')
  },
  {
    name: 'assertion without private-key',
    inputs: { ...assertion, 'private-key': '' },
    error: required('private-key', 'assertion')
  },
  {
    name: 'assertion without okta-domain, token-endpoint or audience',
    inputs: { ...assertion, 'okta-domain': '' },
    error: required('okta-domain', 'assertion', ' (or token-endpoint, or audience)')
  },
  {
    name: 'assertion with assertion-lifetime of a day',
    inputs: { ...assertion, 'assertion-lifetime': '86400' },
    error: wholeNumber('assertion-lifetime', 1, 3600, '86400')
  },
  {
    name: 'assertion with an http audience off loopback',
    inputs: { ...assertion, audience: 'http://as.example.com/token' },
    error: 'Input audience must use https (http is only allowed for localhost and 127.0.0.1).'
  },
  {
    name: 'jwk with an unknown key-type',
    inputs: { ...jwk, 'key-type': 'RSA-1024' },
    error: unknownValue('key-type', 'RSA-1024', keyTypes)
  },
  {
    name: 'jwk with a certificate',
    inputs: { ...jwk, 'private-key': CERTIFICATE },
    error:
      'Input private-key holds a certificate (BEGIN CERTIFICATE); paste the private key instead.'
  },
  {
    name: 'jwk with a public JWK',
    inputs: { ...jwk, 'private-key': JSON.stringify(rsa.publicJwk) },
    error: 'Input private-key is a public JWK (it has no "d"); paste the private JWK.'
  },
  {
    name: 'jwk with an Ed25519 key',
    inputs: { ...jwk, 'private-key': pem(pair.ed25519.privateKey, 'pkcs8') },
    error:
      'Input private-key is an ED25519 key; Okta accepts RSA (2048 bits or more) and EC P-256/P-384/P-521 keys.'
  },

  // provision mode
  {
    name: 'provision without api-token',
    inputs: { ...provision, 'api-token': '' },
    error: required('api-token', 'provision', ' (or admin-client-id with admin-private-key)')
  },
  {
    name: 'provision without okta-domain',
    inputs: { ...provision, 'okta-domain': '' },
    error: required('okta-domain', 'provision')
  },
  {
    name: 'an app-label of 101 characters',
    inputs: { ...provision, 'app-label': 'x'.repeat(101) },
    error: 'Input app-label must be at most 100 characters without control characters.'
  },
  {
    name: 'an app-label with a newline',
    inputs: { ...provision, 'app-label': 'CI app\nsecond line' },
    error: 'Input app-label must be at most 100 characters without control characters.'
  },
  {
    name: 'the largest input a runner can pass, as app-label',
    inputs: { ...provision, 'app-label': 'x'.repeat(LARGEST_INPUT) },
    error: 'Input app-label must be at most 100 characters without control characters.'
  },
  {
    name: 'require-dpop of maybe',
    inputs: { ...provision, 'require-dpop': 'maybe' },
    error: trueOrFalse('require-dpop', 'maybe')
  },
  {
    name: 'an unknown key-type',
    inputs: { ...provision, 'key-type': 'ED25519' },
    error: unknownValue('key-type', 'ED25519', keyTypes)
  },
  {
    name: 'a lower-case key-type',
    inputs: { ...provision, 'key-type': 'rsa-2048' },
    error: unknownValue('key-type', 'rsa-2048', keyTypes)
  },
  {
    name: 'dry-run of y',
    inputs: { ...provision, 'dry-run': 'y' },
    error: trueOrFalse('dry-run', 'y')
  },
  {
    name: 'a private-key-secret named GITHUB_…',
    inputs: { ...provision, 'private-key-secret': 'GITHUB_OKTA_KEY' },
    error: secretName('private-key-secret', 'GITHUB_OKTA_KEY')
  },
  {
    name: 'a private-key-secret starting with a digit',
    inputs: { ...provision, 'private-key-secret': '1OKTA_KEY' },
    error: secretName('private-key-secret', '1OKTA_KEY')
  },
  {
    name: 'a client-id-variable with hyphens',
    inputs: { ...provision, 'client-id-variable': 'OKTA-CLIENT-ID' },
    error: secretName('client-id-variable', 'OKTA-CLIENT-ID')
  },

  // rotate mode
  {
    name: 'rotate without client-id',
    inputs: { ...rotate, 'client-id': '' },
    error: required('client-id', 'rotate')
  },
  {
    name: 'rotate without api-token and without the key the app would rotate itself with',
    inputs: { ...rotate, 'api-token': '' },
    error:
      "Input private-key (or signing-key) is required in rotate mode without api-token or admin-client-id: it is the app's current key, with which the app rotates itself (self-rotation)."
  },
  {
    name: 'an unknown retire-old-keys',
    inputs: { ...rotate, 'retire-old-keys': 'remove' },
    error: unknownValue('retire-old-keys', 'remove', 'deactivate, delete, keep')
  },

  // request mode
  {
    name: 'request without request-path',
    inputs: { ...request, 'request-path': '' },
    error: required('request-path', 'request')
  },
  {
    name: 'request without okta-domain',
    inputs: { ...request, 'okta-domain': '' },
    error: required('okta-domain', 'request')
  },
  {
    name: 'a request-path to another host',
    inputs: { ...request, 'request-path': 'https://evil.example.com/api/v1/users' },
    error: requestPath(`points to https://evil.example.com, not the org ${ORG}`)
  },
  {
    name: 'a protocol-relative request-path',
    inputs: { ...request, 'request-path': '//evil.example.com/api/v1/users' },
    error: requestPath('starts with "//" or a backslash, which names another host')
  },
  {
    name: 'a request-path with a backslash host',
    inputs: { ...request, 'request-path': '/\\evil.example.com/api/v1/users' },
    error: requestPath('starts with "//" or a backslash, which names another host')
  },
  {
    name: 'a request-path with the org as user name',
    inputs: { ...request, 'request-path': 'https://acme.okta.com@evil.example.com/api/v1/users' },
    error: requestPath('must not contain a user name or password')
  },
  {
    name: 'a request-path on another port of the org',
    inputs: { ...request, 'request-path': 'https://acme.okta.com:8443/api/v1/users' },
    error: requestPath(`points to https://acme.okta.com:8443, not the org ${ORG}`)
  },
  {
    name: 'a request-path without a leading slash',
    inputs: { ...request, 'request-path': 'api/v1/users' },
    error: requestPath('must start with "/" or be a full https URL')
  },
  {
    name: 'a request-path with a space',
    inputs: { ...request, 'request-path': '/api/v1/users?search=profile.lastName eq "x"' },
    error: requestPath('contains spaces or control characters (percent-encode them)')
  },
  {
    name: 'an unknown request-method',
    inputs: { ...request, 'request-method': 'FETCH' },
    error: unknownValue('request-method', 'FETCH', 'GET, POST, PUT, PATCH, DELETE')
  },
  {
    name: 'a request-body that is not JSON',
    inputs: {
      ...request,
      'request-method': 'POST',
      'request-body': '{"password": "s3cr3t-P4ssw0rd!",}'
    },
    error: 'Input request-body is not valid JSON (syntax error at position 32).',
    noEcho: ['s3cr3t-P4ssw0rd!']
  },
  {
    name: 'the largest input a runner can pass, as request-body',
    inputs: {
      ...request,
      'request-method': 'POST',
      'request-body': `[${'1,'.repeat(LARGEST_INPUT / 2 - 1)}`
    },
    error: 'Input request-body is not valid JSON.'
  },
  {
    name: 'a request-body with GET',
    inputs: { ...request, 'request-body': '{"profile": {}}' },
    error:
      'Input request-body cannot be sent with request-method GET; use POST, PUT, PATCH or DELETE.'
  },
  {
    name: 'request-paginate with POST',
    inputs: { ...request, 'request-method': 'POST', 'request-paginate': 'true' },
    error: 'Input request-paginate only works with request-method GET.'
  },
  // admin credentials: an API token or an admin service app (admin-*), never both
  {
    name: 'provision with api-token and admin-client-id',
    inputs: { ...provision, 'admin-client-id': CLIENT_ID, 'admin-private-key': rsa.pkcs8 },
    error:
      'Inputs api-token and admin-client-id are two admin credentials; give one: api-token (an API token) or admin-client-id with admin-private-key (an admin service app).'
  },
  {
    name: 'rotate with api-token and admin-private-key',
    inputs: { ...rotate, 'admin-private-key': rsa.pkcs8 },
    error:
      'Inputs api-token and admin-private-key are two admin credentials; give one: api-token (an API token) or admin-client-id with admin-private-key (an admin service app).'
  },
  {
    name: 'provision with admin-client-id but no admin-private-key',
    inputs: { ...provision, 'api-token': '', 'admin-client-id': CLIENT_ID },
    error:
      'Input admin-private-key is required with admin-client-id but is empty; give the admin app its private key (or admin-signing-key, a key URI), or leave admin-client-id empty.'
  },
  {
    name: 'rotate with admin-private-key but no admin-client-id',
    inputs: { ...rotate, 'api-token': '', 'admin-private-key': rsa.pkcs8 },
    error:
      "Input admin-client-id is required with admin-private-key but is empty; give the admin app's client id."
  },
  {
    name: 'provision with admin-key-id alone',
    inputs: { ...provision, 'admin-key-id': 'admin-kid' },
    error:
      'Input admin-key-id belongs to admin-client-id and admin-private-key, which are empty; give them, or leave admin-key-id empty.'
  },
  {
    name: 'an admin-client-id with spaces',
    inputs: {
      ...provision,
      'api-token': '',
      'admin-client-id': '0oa admin',
      'admin-private-key': rsa.pkcs8
    },
    error:
      'Input admin-client-id contains spaces or control characters; paste the client id alone (e.g. 0oa1b2c3d4e5f6g7h8i9).'
  },
  {
    name: 'an admin-private-key that is a certificate',
    inputs: {
      ...provision,
      'api-token': '',
      'admin-client-id': CLIENT_ID,
      'admin-private-key': CERTIFICATE
    },
    error:
      'Input admin-private-key holds a certificate (BEGIN CERTIFICATE); paste the private key instead.'
  },
  {
    name: 'an encrypted admin-private-key without its passphrase',
    inputs: {
      ...provision,
      'api-token': '',
      'admin-client-id': CLIENT_ID,
      'admin-private-key': encryptedPkcs8
    },
    error:
      'Input admin-private-key is an encrypted PKCS#8 PEM; set admin-private-key-passphrase to its passphrase.'
  },
  {
    name: 'an admin-private-key-passphrase that does not decrypt admin-private-key',
    inputs: {
      ...provision,
      'api-token': '',
      'admin-client-id': CLIENT_ID,
      'admin-private-key': encryptedPkcs8,
      'admin-private-key-passphrase': 'wrong horse'
    },
    error:
      'Input admin-private-key-passphrase does not decrypt admin-private-key (encrypted PKCS#8 PEM); check the passphrase.'
  },
  // signing-key / new-signing-key (issue 13): refused before any key service is called.
  {
    name: 'a signing-key with an unknown scheme',
    inputs: { ...token, 'private-key': '', 'signing-key': 'gcp-kms://projects/p/keys/k' },
    error:
      'Input signing-key must be a key URI (awskms://, gcpkms://, azurekms://, hashivault:// or pkcs11:), but has gcp-kms:; a PEM or JWK key goes in private-key.'
  },
  {
    name: 'a PEM in signing-key',
    inputs: { ...token, 'private-key': '', 'signing-key': rsa.pkcs8 },
    error:
      'Input signing-key must be a key URI (awskms://, gcpkms://, azurekms://, hashivault:// or pkcs11:), but has no scheme; a PEM or JWK key goes in private-key.'
  },
  {
    name: 'both private-key and signing-key',
    inputs: { ...token, 'signing-key': 'awskms:///alias/okta-ci' },
    error: 'Inputs private-key and signing-key are both set; give one of them.'
  },
  {
    name: 'a signing-key endpoint over plain http to another host',
    inputs: {
      ...assertion,
      'private-key': '',
      'signing-key':
        'gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1?endpoint=http://kms.internal:8443'
    },
    error:
      'Input signing-key has endpoint http://kms.internal:8443: use https (http only for localhost or 127.0.0.1).'
  },
  {
    name: 'an awskms://HOST:PORT signing-key that is not loopback, given as http',
    inputs: { ...jwk, 'signing-key': 'awskms:///alias/ci?endpoint=http://10.0.0.5:4566' },
    error:
      'Input signing-key has endpoint http://10.0.0.5:4566: use https (http only for localhost or 127.0.0.1).'
  },
  {
    name: 'new-signing-key outside rotate mode',
    inputs: {
      ...token,
      'private-key': '',
      'signing-key': 'hashivault://okta',
      'new-signing-key': 'hashivault://okta-2'
    },
    error:
      'Input new-signing-key is only used in rotate mode; in token mode the key is signing-key.'
  },
  {
    name: 'both private-key and new-signing-key in rotate mode',
    inputs: { ...rotate, 'private-key': rsa.pkcs8, 'new-signing-key': 'awskms:///alias/next' },
    error: 'Inputs private-key and new-signing-key are both set; give one of them.'
  },
  // admin-signing-key: the admin app's key in a KMS, instead of admin-private-key.
  {
    name: 'both admin-private-key and admin-signing-key',
    inputs: {
      ...provision,
      'api-token': '',
      'admin-client-id': CLIENT_ID,
      'admin-private-key': rsa.pkcs8,
      'admin-signing-key': 'awskms:///alias/okta-admin'
    },
    error: 'Inputs admin-private-key and admin-signing-key are both set; give one of them.'
  },
  {
    name: 'admin-signing-key without admin-client-id',
    inputs: { ...provision, 'api-token': '', 'admin-signing-key': 'awskms:///alias/okta-admin' },
    error:
      "Input admin-client-id is required with admin-signing-key but is empty; give the admin app's client id."
  },
  {
    name: 'an admin-signing-key with an unknown scheme',
    inputs: {
      ...provision,
      'api-token': '',
      'admin-client-id': CLIENT_ID,
      'admin-signing-key': 'kms://okta-admin'
    },
    error:
      'Input admin-signing-key must be a key URI (awskms://, gcpkms://, azurekms://, hashivault:// or pkcs11:), but has kms:; a PEM or JWK key goes in admin-private-key.'
  }
]

// Loading the private-key input: every format of the contract, the repairs for keys mangled on
// their way into a secret, the algorithm and kid rules, and one exact message per wrong key.
import { describe, expect, it } from '@jest/globals'
import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { calculateJwkThumbprint, type JWK } from 'jose'
import { InputError } from '../../src/errors.js'
import { loadSigningKey, type LoadKeyOptions, type SigningKey } from '../../src/keys/signing-key.js'
import { testKey } from '../../testkit/keys.js'

const rsa = testKey('rsa')
const p256 = testKey('p256')
const PASS = 'correct horse battery staple'

/** loadSigningKey with a mask that records what it was given. */
async function load(
  raw: string,
  options: Partial<LoadKeyOptions> = {}
): Promise<{ key: SigningKey; masked: Set<string> }> {
  const masked = new Set<string>()
  const key = await loadSigningKey(raw, { mask: value => masked.add(value), ...options })
  return { key, masked }
}

/** The InputError loadSigningKey throws, and what it masked before throwing. */
async function refusal(
  raw: string,
  options: Partial<LoadKeyOptions> = {}
): Promise<{ error: InputError; masked: Set<string> }> {
  const masked = new Set<string>()
  try {
    await loadSigningKey(raw, { mask: value => masked.add(value), ...options })
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return { error: error as InputError, masked }
  }
  throw new Error('loadSigningKey accepted the key')
}

/** Body lines of a PEM (or the text itself): what must be masked and never echoed. */
function materialLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length >= 8 && !/^-----|^(Proc-Type|DEK-Info):/.test(line))
}

const pem = (key: KeyObject, type: 'pkcs8' | 'pkcs1' | 'sec1', extra = {}): string =>
  key.export({ format: 'pem', type, ...extra }).toString()
const privateJwk = (key: KeyObject): Record<string, unknown> => key.export({ format: 'jwk' })
const b64 = (text: string): string => Buffer.from(text).toString('base64')

describe('accepted formats', () => {
  const jwkWithKid = { ...privateJwk(rsa.privateKey), kid: 'jwk-kid' }
  const cases: Array<[string, string, string, Partial<LoadKeyOptions>?]> = [
    ['PKCS#8 PEM', rsa.pkcs8, 'PKCS#8 PEM'],
    ['PKCS#1 PEM', pem(rsa.privateKey, 'pkcs1'), 'PKCS#1 PEM'],
    ['SEC1 EC PEM', pem(p256.privateKey, 'sec1'), 'SEC1 EC PEM'],
    [
      'encrypted PKCS#8',
      pem(rsa.privateKey, 'pkcs8', { cipher: 'aes-256-cbc', passphrase: PASS }),
      'encrypted PKCS#8 PEM',
      { passphrase: PASS }
    ],
    [
      'legacy encrypted PEM (Proc-Type header)',
      pem(rsa.privateKey, 'pkcs1', { cipher: 'aes-128-cbc', passphrase: PASS }),
      'encrypted PKCS#1 PEM',
      { passphrase: PASS }
    ],
    [
      'legacy encrypted SEC1 PEM',
      pem(p256.privateKey, 'sec1', { cipher: 'aes-256-cbc', passphrase: PASS }),
      'encrypted SEC1 EC PEM',
      { passphrase: PASS }
    ],
    ['private JWK with kid', JSON.stringify(jwkWithKid), 'private JWK'],
    ['private JWK without kid', JSON.stringify(privateJwk(rsa.privateKey)), 'private JWK'],
    [
      'JWK set with one private key',
      JSON.stringify({ keys: [{ ...rsa.publicJwk, kid: 'pub' }, jwkWithKid] }),
      'private JWK'
    ],
    ['base64 of a PEM', b64(rsa.pkcs8), 'PKCS#8 PEM (repaired: base64-wrapped)'],
    ['base64 of a JWK', b64(JSON.stringify(jwkWithKid)), 'private JWK (repaired: base64-wrapped)'],
    ['literal \\n', rsa.pkcs8.replace(/\n/g, '\\n'), 'PKCS#8 PEM (repaired: literal \\n)'],
    ['literal \\\\n', rsa.pkcs8.replace(/\n/g, '\\\\n'), 'PKCS#8 PEM (repaired: literal \\\\n)'],
    ['CRLF', rsa.pkcs8.replace(/\n/g, '\r\n'), 'PKCS#8 PEM (repaired: CRLF line ends)'],
    ['double quotes', `"${rsa.pkcs8.trim()}"`, 'PKCS#8 PEM (repaired: surrounding quotes)'],
    ['single quotes', `'${rsa.pkcs8.trim()}'`, 'PKCS#8 PEM (repaired: surrounding quotes)'],
    ['indentation', rsa.pkcs8.replace(/^/gm, '    '), 'PKCS#8 PEM (repaired: indentation)'],
    [
      'PEM squashed on one line',
      rsa.pkcs8.trim().replace(/\n/g, ' '),
      'PKCS#8 PEM (repaired: PEM on one line)'
    ],
    [
      'legacy encrypted PEM squashed on one line',
      pem(rsa.privateKey, 'pkcs1', { cipher: 'aes-128-cbc', passphrase: PASS })
        .trim()
        .replace(/\n+/g, ' '),
      'encrypted PKCS#1 PEM (repaired: PEM on one line)',
      { passphrase: PASS }
    ]
  ]

  it.each(cases)('%s', async (_name, raw, format, options = {}) => {
    const { key } = await load(raw, options)
    expect(key.format).toBe(format)
    // The loaded key is the one the test generated: same public key.
    const expected = key.publicJwk.kty === 'RSA' ? rsa.publicJwk : p256.publicJwk
    expect(key.publicJwk).toMatchObject(
      key.publicJwk.kty === 'RSA'
        ? { n: expected.n, e: expected.e }
        : { crv: expected.crv, x: expected.x, y: expected.y }
    )
  })
})

describe('key types and their default algorithm', () => {
  it.each([
    ['rsa', 'RSA 2048 bits', 'RS256'],
    ['rsa3072', 'RSA 3072 bits', 'RS256'],
    ['p256', 'EC P-256', 'ES256'],
    ['p384', 'EC P-384', 'ES384'],
    ['p521', 'EC P-521', 'ES512']
  ] as const)('%s → %s, %s', async (kind, description, algorithm) => {
    const { key } = await load(testKey(kind).pkcs8)
    expect(key.description).toBe(description)
    expect(key.algorithm).toBe(algorithm)
    expect(key.publicJwk).toMatchObject({ use: 'sig', alg: algorithm })
    expect(key.publicJwk).not.toHaveProperty('d')
  })

  it('RS384 and RS512 may be chosen for an RSA key', async () => {
    expect((await load(rsa.pkcs8, { algorithm: 'RS384' })).key.algorithm).toBe('RS384')
    expect((await load(rsa.pkcs8, { algorithm: 'RS512' })).key.algorithm).toBe('RS512')
  })
})

describe('kid: key-id input, else the JWK kid, else the RFC 7638 thumbprint', () => {
  const jwk = JSON.stringify({ ...privateJwk(rsa.privateKey), kid: 'from-jwk' })

  it('the input wins', async () => {
    const { key } = await load(jwk, { keyId: 'from-input' })
    expect([key.kid, key.kidSource, key.publicJwk.kid]).toEqual([
      'from-input',
      'input',
      'from-input'
    ])
  })

  it('then the JWK kid', async () => {
    const { key } = await load(jwk)
    expect([key.kid, key.kidSource]).toEqual(['from-jwk', 'jwk'])
  })

  it.each(['rsa', 'p256', 'p521'] as const)(
    'then the thumbprint, equal to jose calculateJwkThumbprint (%s)',
    async kind => {
      const { key } = await load(testKey(kind).pkcs8)
      expect(key.kidSource).toBe('thumbprint')
      expect(key.kid).toBe(await calculateJwkThumbprint(testKey(kind).publicJwk as JWK, 'sha256'))
    }
  )
})

const ed25519 = generateKeyPairSync('ed25519').privateKey
const secp256k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey
const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey
const encrypted = pem(rsa.privateKey, 'pkcs8', { cipher: 'aes-256-cbc', passphrase: PASS })
const legacyEncrypted = pem(rsa.privateKey, 'pkcs1', { cipher: 'aes-256-cbc', passphrase: PASS })
const CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBgjCCASmgAwIBAgIUXfbzTsAwv72wMIba5/N7PstUg14wCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMdGVzdC5leGFtcGxlMB4XDTI2MTEyNTEyNTc1N1oXDTM2MTEy
MjEyNTc1N1owFzEVMBMGA1UEAwwMdGVzdC5leGFtcGxlMFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAEzmx1gCHHyYSy6d1P6gsCdkQgmOuuXFjdu9mC14zcYCzOe6GZ
B6hW8JASGUtLG+8Q6dezSwfC4V6fCgAq58d8/6NTMFEwHQYDVR0OBBYEFHB2KzHt
7r4d0zW/vZXMAzUJyOJ8MB8GA1UdIwQYMBaAFHB2KzHt7r4d0zW/vZXMAzUJyOJ8
MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgH8lZrI8Rs+WHgB8p
hgGToDOp5acx/ivtYzJLCzDmI1gCIH2Nfs9hYnlZoR5dh0EFYR7xNhFDSHVMDrxh
hCWnpW7K
-----END CERTIFICATE-----`
// The shape ssh-keygen writes: "openssh-key-v1\0" and the key blob, base64 in 70-column lines.
const OPENSSH_PRIVATE = `-----BEGIN OPENSSH PRIVATE KEY-----\n${Buffer.concat([
  Buffer.from('openssh-key-v1\0'),
  randomBytes(180)
])
  .toString('base64')
  .replace(/.{70}/g, '$&\n')}\n-----END OPENSSH PRIVATE KEY-----\n`
const SSH_RSA_PUBLIC = `ssh-rsa ${Buffer.concat([Buffer.from('\0\0\0\x07ssh-rsa'), randomBytes(200)]).toString('base64')} deploy@ci`
const pkcs8Lines = rsa.pkcs8.trim().split('\n')
const DAMAGED = [...pkcs8Lines.slice(0, 5), ...pkcs8Lines.slice(9)].join('\n')

const REFUSALS: Array<[string, string, string, Partial<LoadKeyOptions>?]> = [
  [
    'a public key PEM',
    createPublicKey(rsa.privateKey).export({ format: 'pem', type: 'spki' }).toString(),
    'Input private-key holds a public key (BEGIN PUBLIC KEY); paste the private key instead.'
  ],
  [
    'a PKCS#1 public key PEM',
    createPublicKey(rsa.privateKey).export({ format: 'pem', type: 'pkcs1' }).toString(),
    'Input private-key holds a public key (BEGIN RSA PUBLIC KEY); paste the private key instead.'
  ],
  [
    'a certificate',
    CERTIFICATE,
    'Input private-key holds a certificate (BEGIN CERTIFICATE); paste the private key instead.'
  ],
  [
    'an OpenSSH private key',
    OPENSSH_PRIVATE,
    'Input private-key is in OpenSSH format (BEGIN OPENSSH PRIVATE KEY); convert it with `ssh-keygen -p -m PKCS8 -f <file>` or `openssl pkey -in <file>` and paste the result.'
  ],
  [
    'an ssh-rsa public key',
    SSH_RSA_PUBLIC,
    'Input private-key holds an OpenSSH public key; paste the private key instead.'
  ],
  [
    'a client secret pasted by mistake',
    'kQ3v_8Xr-2mZpL0sT7yWcB4nH6jD1fGa9eUoIiRt',
    'Input private-key looks like a client secret, not a private key; private_key_jwt needs the PEM or JWK private key of the app.'
  ],
  [
    'an RSA 1024 key',
    pem(rsa1024, 'pkcs8'),
    'Input private-key is an RSA key of 1024 bits; Okta requires at least 2048 bits.'
  ],
  [
    'a secp256k1 key',
    pem(secp256k1, 'pkcs8'),
    'Input private-key is an EC key on curve secp256k1; Okta accepts P-256, P-384 and P-521.'
  ],
  [
    'an Ed25519 key',
    pem(ed25519, 'pkcs8'),
    'Input private-key is an ED25519 key; Okta accepts RSA (2048 bits or more) and EC P-256/P-384/P-521 keys.'
  ],
  [
    'an Ed25519 JWK',
    JSON.stringify(privateJwk(ed25519)),
    'Input private-key is a JWK of kty "OKP"; Okta accepts RSA and EC keys.'
  ],
  [
    'an encrypted PKCS#8 key without passphrase',
    encrypted,
    'Input private-key is an encrypted PKCS#8 PEM; set private-key-passphrase to its passphrase.'
  ],
  [
    'a legacy encrypted PEM without passphrase',
    legacyEncrypted,
    'Input private-key is an encrypted PKCS#1 PEM; set private-key-passphrase to its passphrase.'
  ],
  [
    'an encrypted PKCS#8 key with the wrong passphrase',
    encrypted,
    'Input private-key-passphrase does not decrypt private-key (encrypted PKCS#8 PEM); check the passphrase.',
    { passphrase: 'wrong' }
  ],
  [
    'a legacy encrypted PEM with the wrong passphrase',
    legacyEncrypted,
    'Input private-key-passphrase does not decrypt private-key (encrypted PKCS#1 PEM); check the passphrase.',
    { passphrase: 'wrong' }
  ],
  [
    'a public JWK',
    JSON.stringify(rsa.publicJwk),
    'Input private-key is a public JWK (it has no "d"); paste the private JWK.'
  ],
  [
    'an oct JWK',
    JSON.stringify({ kty: 'oct', k: randomBytes(32).toString('base64url') }),
    'Input private-key is a symmetric (oct) JWK; private_key_jwt needs an RSA or EC key.'
  ],
  [
    'a JWK set with two private keys',
    JSON.stringify({ keys: [privateJwk(rsa.privateKey), privateJwk(p256.privateKey)] }),
    'Input private-key is a JWK set with 2 private keys; paste the one private JWK to sign with.'
  ],
  [
    'a damaged PEM',
    DAMAGED,
    'Input private-key is a PKCS#8 PEM that cannot be parsed (damaged or truncated); paste it again.'
  ],
  [
    'a PEM cut before its END line',
    pkcs8Lines.slice(0, 10).join('\n'),
    'Input private-key has "BEGIN PRIVATE KEY" but no matching "-----END PRIVATE KEY-----"; paste the whole key.'
  ],
  [
    'text that is no key at all',
    'this is not a key, it is a sentence',
    'Input private-key has no PEM header (-----BEGIN …-----) and is not a JWK or base64 of one; paste the whole private key.'
  ],
  [
    'an ES256 algorithm for an RSA key',
    rsa.pkcs8,
    'Input algorithm ES256 does not fit an RSA key; use RS256, RS384 or RS512.',
    { algorithm: 'ES256' }
  ],
  [
    'an ES384 algorithm for a P-256 key',
    p256.pkcs8,
    'Input algorithm ES384 does not fit an EC P-256 key; use ES256.',
    { algorithm: 'ES384' }
  ]
]

describe('refused keys: one exact line each, never key material', () => {
  it.each(REFUSALS)('%s', async (_name, raw, message, options = {}) => {
    const { error } = await refusal(raw, options)
    expect(error.message).toBe(message)
    expect(error.message).not.toContain('\n')
    for (const line of materialLines(raw)) expect(error.message).not.toContain(line)
    for (const line of materialLines(rsa.pkcs8)) expect(error.message).not.toContain(line)
  })

  it('a refusal of the passphrase names private-key-passphrase, the others private-key', async () => {
    expect((await refusal(encrypted, { passphrase: 'wrong' })).error.input).toBe(
      'private-key-passphrase'
    )
    expect((await refusal(CERTIFICATE)).error.input).toBe('private-key')
    expect((await refusal(rsa.pkcs8, { algorithm: 'ES256' })).error.input).toBe('algorithm')
  })
})

describe('mask is called with every line of the key before loadSigningKey returns or throws', () => {
  it.each([
    ['PKCS#8', rsa.pkcs8],
    ['PKCS#1 with literal \\n', pem(rsa.privateKey, 'pkcs1').replace(/\n/g, '\\n')],
    ['encrypted PKCS#8', encrypted]
  ])('accepted: %s', async (_name, raw) => {
    const { masked } = await load(raw, { passphrase: PASS })
    for (const line of materialLines(raw.replace(/\\n/g, '\n'))) expect(masked).toContain(line)
    expect(masked).toContain(raw.trim())
  })

  it('the lines of a base64-wrapped key are masked in their decoded form too', async () => {
    const { masked } = await load(b64(rsa.pkcs8))
    for (const line of materialLines(rsa.pkcs8)) expect(masked).toContain(line)
  })

  it('every private member of a JWK is masked', async () => {
    const jwk = privateJwk(rsa.privateKey) as Record<string, string>
    const { masked } = await load(JSON.stringify(jwk))
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(masked).toContain(jwk[member])
  })

  it.each(REFUSALS)('refused: %s', async (_name, raw, _message, options = {}) => {
    const { masked } = await refusal(raw, options)
    for (const line of materialLines(raw)) expect(masked).toContain(line)
  })
})

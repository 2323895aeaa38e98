// src/keys/ pieces called directly where the runs through loadSigningKey cannot tell a
// change apart: the keys provision and rotate generate (type, size, curve, PEM), and what
// normalizeKeyText reports as repaired.
import { describe, expect, it } from '@jest/globals'
import { createPrivateKey, createPublicKey } from 'node:crypto'
import { calculateJwkThumbprint, type JWK } from 'jose'
import { generateSigningKey } from '../../src/keys/generate.js'
import { loadSigningKey, maskKeyText, publicJwkOf } from '../../src/keys/signing-key.js'
import { testKey } from '../../testkit/keys.js'
import { load, privateJwk, refusal } from './load-key.js'

const rsa = testKey('rsa')
const p256 = testKey('p256')

describe('generateSigningKey', () => {
  it.each([
    ['RSA-2048', 'rsa', { modulusLength: 2048 }],
    ['RSA-3072', 'rsa', { modulusLength: 3072 }],
    ['EC-P256', 'ec', { namedCurve: 'prime256v1' }],
    ['EC-P384', 'ec', { namedCurve: 'secp384r1' }],
    ['EC-P521', 'ec', { namedCurve: 'secp521r1' }]
  ] as const)('%s: that key, with its PKCS#8 PEM', async (keyType, type, details) => {
    const { privateKey, pkcs8Pem } = await generateSigningKey(keyType)
    expect(privateKey.type).toBe('private')
    expect(privateKey.asymmetricKeyType).toBe(type)
    expect(privateKey.asymmetricKeyDetails).toMatchObject(details)
    expect(pkcs8Pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/)
    const reread = createPrivateKey(pkcs8Pem)
    expect(reread.equals(privateKey)).toBe(true)
  })
})

describe('keys in the less common shapes', () => {
  it('reads base64url and line-wrapped base64 of a PEM', async () => {
    const url = await load(Buffer.from(rsa.pkcs8).toString('base64url'))
    expect(url.format).toBe('PKCS#8 PEM (repaired: base64-wrapped)')
    expect(url.publicJwk.n).toBe(rsa.publicJwk.n)
    const wrapped = Buffer.from(p256.pkcs8).toString('base64').replace(/.{76}/g, '$&\n')
    expect((await load(wrapped)).publicJwk.x).toBe(p256.publicJwk.x)
  })

  it('leaves the escapes of a JWK alone: a \\n escape in its JSON stays a newline in its kid', async () => {
    const jwk = { ...privateJwk(p256.privateKey), kid: 'line\nbreak' }
    const key = await load(JSON.stringify(jwk))
    expect(key.kid).toBe('line\nbreak')
    expect(key.format).toBe('private JWK')
  })

  it('leaves an escaped backslash in a JWK alone: \\\\n in its JSON stays a backslash and an n', async () => {
    const jwk = { ...privateJwk(p256.privateKey), kid: 'dir\\new' }
    const key = await load(JSON.stringify(jwk))
    expect(key.kid).toBe('dir\\new')
    expect(key.format).toBe('private JWK')
  })

  it('still repairs a JWK whose line breaks became literal \\\\n on the way into the secret', async () => {
    const pretty = JSON.stringify(privateJwk(p256.privateKey), null, 2).replace(/\n/g, '\\\\n')
    const key = await load(pretty)
    expect(key.publicJwk.x).toBe(p256.publicJwk.x)
    expect(key.format).toBe('private JWK (repaired: literal \\\\n, indentation)')
  })

  it('takes the private key of a bundle that starts with a certificate', async () => {
    const bundle = `-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n${rsa.pkcs8}`
    expect((await load(bundle)).publicJwk.n).toBe(rsa.publicJwk.n)
  })

  it('takes an empty JWK kid as none: the thumbprint', async () => {
    const key = await load(JSON.stringify({ ...privateJwk(p256.privateKey), kid: '' }))
    expect(key.kidSource).toBe('thumbprint')
    expect(key.kid).toBe(await calculateJwkThumbprint(p256.publicJwk as JWK, 'sha256'))
  })
})

describe('more refusals, one exact line each', () => {
  const sec1 = p256.privateKey.export({ format: 'pem', type: 'sec1' }).toString()
  it.each([
    [
      'an ssh-ed25519 public key',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ci',
      'Input private-key holds an OpenSSH public key; paste the private key instead.'
    ],
    [
      'an ecdsa public key',
      'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY= ci',
      'Input private-key holds an OpenSSH public key; paste the private key instead.'
    ],
    [
      'a trusted certificate',
      '-----BEGIN TRUSTED CERTIFICATE-----\nMIIB\n-----END TRUSTED CERTIFICATE-----',
      'Input private-key holds a certificate (BEGIN TRUSTED CERTIFICATE); paste the private key instead.'
    ],
    [
      'a DSA key',
      '-----BEGIN DSA PRIVATE KEY-----\nMIIB\n-----END DSA PRIVATE KEY-----',
      'Input private-key holds an unsupported PEM block (BEGIN DSA PRIVATE KEY); use a PKCS#8, PKCS#1 or SEC1 private key.'
    ],
    [
      'a SEC1 key cut before its END line',
      sec1.split('\n').slice(0, 3).join('\n'),
      'Input private-key has "BEGIN EC PRIVATE KEY" but no matching "-----END EC PRIVATE KEY-----"; paste the whole key.'
    ],
    [
      'text that starts like a JWK but is not JSON',
      '{"kty":"RSA","d":',
      'Input private-key starts with "{" but is not valid JSON; paste the whole private JWK.'
    ],
    [
      'a JWK set without a private key',
      JSON.stringify({ keys: [rsa.publicJwk] }),
      'Input private-key is a JWK set with 0 private keys; paste the one private JWK to sign with.'
    ],
    [
      'a private RSA JWK without its modulus',
      JSON.stringify({ ...privateJwk(rsa.privateKey), n: undefined }),
      'Input private-key is an RSA JWK with missing or damaged members; paste the whole private JWK.'
    ],
    [
      'a short word',
      'password',
      'Input private-key has no PEM header (-----BEGIN …-----) and is not a JWK or base64 of one; paste the whole private key.'
    ]
  ])('%s', async (_what, raw, message) => {
    expect(await refusal(raw)).toBe(message)
  })
})

describe('publicJwkOf: the JWK provision and rotate register', () => {
  it.each([
    ['rsa', 'RS256', 'RSA 2048 bits', ['kty', 'n', 'e']],
    ['p256', 'ES256', 'EC P-256', ['kty', 'crv', 'x', 'y']]
  ] as const)(
    '%s: %s, kid its thumbprint unless given',
    async (kind, alg, description, members) => {
      const key = testKey(kind)
      const { jwk, algorithm, description: said } = await publicJwkOf(key.privateKey)
      expect([algorithm, said]).toEqual([alg, description])
      const expected = key.publicJwk as Record<string, unknown>
      expect(jwk).toEqual({
        ...Object.fromEntries(members.map(m => [m, expected[m]])),
        alg,
        use: 'sig',
        kid: await calculateJwkThumbprint(expected as JWK, 'sha256')
      })
      expect((await publicJwkOf(key.privateKey, 'given')).jwk.kid).toBe('given')
    }
  )
})

describe('maskKeyText', () => {
  it('masks the whole text and each body line, split on real or literal line ends', () => {
    const masked: string[] = []
    maskKeyText(
      '  -----BEGIN X-----\\r\\nAAAA\\nBBBB\r\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES\n  CCCC  \n-----END X-----  ',
      value => masked.push(value)
    )
    expect(masked).toEqual([
      '-----BEGIN X-----\\r\\nAAAA\\nBBBB\r\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES\n  CCCC  \n-----END X-----',
      'AAAA',
      'BBBB',
      'CCCC'
    ])
  })

  it('masks nothing for blank text', () => {
    const masked: string[] = []
    maskKeyText('  \n ', value => masked.push(value))
    expect(masked).toEqual([])
  })
})

// Each of these kills a mutant that survived `npm run mutation` over src/keys (docs/mutation.md).
describe('details the refusal and format lines depend on', () => {
  it('names every repair, in order, and trims around the quotes', async () => {
    const key = await load(`  "${rsa.pkcs8.trim().replace(/\n/g, '\r\n')}"  \n`)
    expect(key.format).toBe('PKCS#8 PEM (repaired: surrounding quotes, CRLF line ends)')
  })

  it('repairs lone CR line ends and a one-space indentation', async () => {
    expect((await load(rsa.pkcs8.replace(/\n/g, '\r'))).format).toBe(
      'PKCS#8 PEM (repaired: CRLF line ends)'
    )
    expect((await load(rsa.pkcs8.replace(/^M/gm, ' M'))).format).toBe(
      'PKCS#8 PEM (repaired: indentation)'
    )
  })

  it('decodes base64 as short as 16 characters', async () => {
    // '{"kty":"EC"}' is 12 bytes, 16 base64 characters: decoded, it is a JWK without "d".
    expect(Buffer.from('{"kty":"EC"}').toString('base64')).toHaveLength(16)
    expect(await refusal(Buffer.from('{"kty":"EC"}').toString('base64'))).toBe(
      'Input private-key is a public JWK (it has no "d"); paste the private JWK.'
    )
  })

  it('takes a client secret or an OpenSSH key only as the whole text', async () => {
    const noHeader =
      'Input private-key has no PEM header (-----BEGIN …-----) and is not a JWK or base64 of one; paste the whole private key.'
    expect(await refusal('secret: kQ3v_8Xr-2mZpL0sT7yWcB4nH6jD1fGa9eUoIiRt')).toBe(noHeader)
    expect(await refusal('kQ3v_8Xr-2mZpL0sT7yWcB4nH6jD1fGa9eUoIiRt is the secret')).toBe(noHeader)
    expect(await refusal('my key is ssh-rsa AAAAB3NzaC1yc2E')).toBe(noHeader)
    expect(await refusal('my key is ecdsa-sha2-nistp256 AAAAE2Vj')).toBe(noHeader)
  })

  it('takes a JWK kid only when it is a string', async () => {
    const key = await load(JSON.stringify({ ...privateJwk(p256.privateKey), kid: 5 }))
    expect(key.kidSource).toBe('thumbprint')
  })

  it('masks the k of an oct JWK before refusing it, and only strings', async () => {
    const k = 'c2VjcmV0LXN5bW1ldHJpYy1rZXktbWF0ZXJpYWw'
    const masked: unknown[] = []
    await expect(
      loadSigningKey(JSON.stringify({ kty: 'oct', k, d: 7 }), { mask: v => masked.push(v) })
    ).rejects.toThrow('is a symmetric (oct) JWK')
    expect(masked).toContain(k)
    expect(masked.every(value => typeof value === 'string')).toBe(true)
  })

  it('names the algorithm input when it does not fit an EC key', async () => {
    await expect(
      loadSigningKey(p256.pkcs8, { mask: () => {}, algorithm: 'RS256' })
    ).rejects.toMatchObject({ input: 'algorithm' })
  })
})

// Each of these kills a mutant that survived the second run over src/keys (476 mutants).
describe('which PEM block is read, and what is masked', () => {
  it('reads the block whose label ends in PRIVATE KEY, past one that only contains the words', async () => {
    const bundle = `-----BEGIN PRIVATE KEY INFO-----\nMIIB\n-----END PRIVATE KEY INFO-----\n${rsa.pkcs8}`
    expect((await load(bundle)).publicJwk.n).toBe(rsa.publicJwk.n)
  })

  it('reads the key block alone: past a stray END line and a certificate cut before its END', async () => {
    const strayEnd = await load(`-----END PRIVATE KEY-----\n${rsa.pkcs8}`)
    expect(strayEnd.publicJwk.n).toBe(rsa.publicJwk.n)
    const cutCertificate = await load(`-----BEGIN CERTIFICATE-----\nMIIB\n${rsa.pkcs8}`)
    expect(cutCertificate.publicJwk.n).toBe(rsa.publicJwk.n)
  })

  // OpenSSL reads the header with any run of spaces after the colon and the comma, none
  // included (PEM_get_EVP_CIPHER_INFO). Taken for unencrypted, such a key was refused as damaged
  // even with its passphrase.
  it.each(['Proc-Type:4,ENCRYPTED', 'Proc-Type: 4, ENCRYPTED'])(
    'knows a legacy encrypted PEM with the header %j',
    async header => {
      const pem = rsa.privateKey
        .export({ format: 'pem', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'pass phrase' })
        .toString()
        .replace('Proc-Type: 4,ENCRYPTED', header)
      expect(pem).toContain(`\n${header}\n`)
      const key = await loadSigningKey(pem, { mask: () => {}, passphrase: 'pass phrase' })
      expect(key.format).toBe('encrypted PKCS#1 PEM')
      expect(key.publicJwk.n).toBe(rsa.publicJwk.n)
      expect(await refusal(pem)).toBe(
        'Input private-key is an encrypted PKCS#1 PEM; set private-key-passphrase to its passphrase.'
      )
    }
  )

  it('masks the decoded text of a base64-wrapped key as one value too', async () => {
    const oneLine = rsa.pkcs8.trim().replace(/\n/g, ' ')
    const masked: string[] = []
    const key = await loadSigningKey(Buffer.from(oneLine).toString('base64'), {
      mask: value => masked.push(value)
    })
    expect(key.format).toBe('PKCS#8 PEM (repaired: base64-wrapped, PEM on one line)')
    expect(masked).toContain(oneLine)
  })

  it('masks a line whose material runs into an armour line or a header name', () => {
    const masked: string[] = []
    maskKeyText('-----BEGIN X-----\nAAAA-----END X-----\nBBBB Proc-Type: 4,ENCRYPTED', value =>
      masked.push(value)
    )
    expect(masked.slice(1)).toEqual(['AAAA-----END X-----', 'BBBB Proc-Type: 4,ENCRYPTED'])
  })

  it('publicJwkOf takes a public key as it is: a remote key arrives as its public half', async () => {
    const fromPublic = await publicJwkOf(createPublicKey(rsa.privateKey))
    expect(fromPublic).toEqual(await publicJwkOf(rsa.privateKey))
  })
})

// What normalizeKeyText (src/keys/normalize.ts) repairs, reports and refuses at its edges, seen
// through loadSigningKey: the format line the log prints, or the refusal. Each test kills a
// mutant that survived the second run over src/keys (476 mutants).
import { describe, expect, it } from '@jest/globals'
import { testKey } from '../../testkit/keys.js'
import { load, privateJwk, refusal } from './load-key.js'

const rsa = testKey('rsa')
const p256 = testKey('p256')
const noHeader =
  'Input private-key has no PEM header (-----BEGIN …-----) and is not a JWK or base64 of one; paste the whole private key.'

describe('quotes', () => {
  it('reports quotes as repaired only when they surround the whole text', async () => {
    // A .env line and an item of a list: the PEM block inside is read, nothing is unquoted.
    const envLine = await load(`PRIVATE_KEY="${rsa.pkcs8}"`)
    expect(envLine.format).toBe('PKCS#8 PEM')
    const listItem = await load(`'${rsa.pkcs8}',`)
    expect(listItem.format).toBe('PKCS#8 PEM')
    expect(listItem.publicJwk.n).toBe(rsa.publicJwk.n)
  })

  it('trims inside the quotes, so a quoted JWK keeps the \\n escape of its kid', async () => {
    const jwk = JSON.stringify({ ...privateJwk(p256.privateKey), kid: 'line\nbreak' })
    const key = await load(`' ${jwk} '`)
    expect(key.format).toBe('private JWK (repaired: surrounding quotes)')
    expect(key.kid).toBe('line\nbreak')
  })
})

describe('escaped line ends', () => {
  it('undoes doubly escaped line ends in JSON that is not a JWK', async () => {
    // A JSON list holding a PEM whose line ends were already literal \n: JSON writes them \\n.
    const raw = JSON.stringify([rsa.pkcs8.replace(/\n/g, '\\n')])
    expect(raw).toContain('-----\\\\nMII')
    const key = await load(raw)
    expect(key.format).toBe('PKCS#8 PEM (repaired: literal \\\\n)')
    expect(key.publicJwk.n).toBe(rsa.publicJwk.n)
  })
})

describe('a PEM on one line', () => {
  it('rebuilds it when its line ends became two spaces each', async () => {
    const key = await load(rsa.pkcs8.trim().replace(/\n/g, '  '))
    expect(key.format).toBe('PKCS#8 PEM (repaired: PEM on one line)')
  })

  it('reports no repair for an empty one-line block beside the key', async () => {
    for (const empty of ['', ' ']) {
      const block = `-----BEGIN CERTIFICATE-----${empty}-----END CERTIFICATE-----`
      const key = await load(`${block}\n${rsa.pkcs8}`)
      expect(key.format).toBe('PKCS#8 PEM')
    }
  })
})

describe('base64', () => {
  it('decodes to a JWK that starts after a line break', async () => {
    const raw = Buffer.from(`\n${JSON.stringify(privateJwk(p256.privateKey))}`).toString('base64')
    const key = await load(raw)
    expect(key.format).toBe('private JWK (repaired: base64-wrapped)')
    expect(key.publicJwk.x).toBe(p256.publicJwk.x)
  })

  it('decodes the URL-safe alphabet: "-" and "_" included', async () => {
    // "~" and "?" in the kid make base64url's "-" and "_" (RFC 4648 §5).
    const jwk = JSON.stringify({ ...privateJwk(p256.privateKey), kid: 'v1~~~???' })
    const raw = Buffer.from(jwk).toString('base64url')
    expect(raw).toMatch(/-/)
    expect(raw).toMatch(/_/)
    expect((await load(raw)).kid).toBe('v1~~~???')
  })

  it('keeps text that decodes to neither a PEM nor a JSON object as typed: a client secret', async () => {
    const raw = Buffer.from('not a key, only some words').toString('base64url')
    expect(await refusal(raw)).toBe(
      'Input private-key looks like a client secret, not a private key; private_key_jwt needs the PEM or JWK private key of the app.'
    )
  })

  it('refuses base64 with a character outside the alphabet instead of skipping it', async () => {
    // Node's decoder skips such characters; a damaged paste is refused, not guessed at.
    const b64 = Buffer.from(rsa.pkcs8).toString('base64')
    expect(await refusal(`${b64.slice(0, 40)}.${b64.slice(40)}`)).toBe(noHeader)
  })

  it('does not decode text shorter than 16 characters', async () => {
    // 12 characters of base64 of '{"kty":1}': taken as typed, not as a JWK of kty 1.
    expect(Buffer.from('eyJrdHkiOjF9', 'base64').toString()).toBe('{"kty":1}')
    expect(await refusal('eyJrdHkiOjF9')).toBe(noHeader)
  })
})

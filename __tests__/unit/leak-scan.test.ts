// The leak scan that every run goes through must itself be able to fail: a secret planted in
// each place a run writes to is found, and a secret only inside ::add-mask:: or a masked output
// is not. Here the scan on its own, on made-up run texts; e2e/leak-scan.test.ts plants leaks
// in real runs of dist/.
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { findLeaks, findUnmasked, secretForms, type ScannedText } from '../../testkit/leak-scan.js'

const TOKEN = 'eyJraWQiOiJ0ZXN0In0.c2VjcmV0LXRva2VuLWJvZHk.c2lnbmF0dXJl'
const clean = (): ScannedText => ({
  stdout: `::add-mask::${TOKEN}\nAccess token: Bearer, expires in 3600 s\n`,
  stderr: '',
  output: `access-token<<ghadelimiter_1\n${TOKEN}\nghadelimiter_1\ntoken-type<<ghadelimiter_2\nBearer\nghadelimiter_2\n`,
  state: 'sealed-token<<ghadelimiter_3\nAbC.dEf.GhI.jKl\nghadelimiter_3\n',
  env: '',
  summary: '<h3>Okta access token</h3>'
})

describe('findLeaks', () => {
  it('finds nothing when the secret is only in ::add-mask:: and a masked output', () => {
    expect(findLeaks([TOKEN], clean())).toEqual([])
  })

  it.each<[string, (text: ScannedText) => void]>([
    ['stdout', t => (t.stdout += `curl -H "Authorization: Bearer ${TOKEN}"\n`)],
    ['stderr', t => (t.stderr += `debug: ${TOKEN}\n`)],
    ['GITHUB_STATE', t => (t.state += `token<<d\n${TOKEN}\nd\n`)],
    ['GITHUB_STEP_SUMMARY', t => (t.summary += `<td>${TOKEN}</td>`)],
    ['GITHUB_OUTPUT (non-secret outputs)', t => (t.output += `scope<<d\n${TOKEN}\nd\n`)],
    ['GITHUB_ENV', t => (t.env += `OKTA_ACCESS_TOKEN<<d\n${TOKEN}\nd\n`)]
  ])('finds a secret planted in %s', (where, plant) => {
    const text = clean()
    plant(text)
    const leaks = findLeaks([TOKEN], text)
    expect(leaks).toEqual([
      { where, secretPreview: `${TOKEN.slice(0, 4)}… (${TOKEN.length} chars)` }
    ])
    // The report itself never repeats the secret.
    expect(JSON.stringify(leaks)).not.toContain(TOKEN)
  })

  it('a secret on an ::add-mask:: line followed by other text on the next line is a leak', () => {
    const text = clean()
    text.stdout = `::add-mask::${TOKEN}\n${TOKEN}\n`
    expect(findLeaks([TOKEN], text).map(l => l.where)).toEqual(['stdout'])
  })

  it('GITHUB_ENV is allowed to hold it only with export-env', () => {
    const text = { ...clean(), env: `OKTA_ACCESS_TOKEN<<d\n${TOKEN}\nd\n` }
    expect(findLeaks([TOKEN], text, { allowEnvSecrets: true })).toEqual([])
    expect(findLeaks([TOKEN], text).map(l => l.where)).toEqual(['GITHUB_ENV'])
  })

  it('each line of a multi-line secret counts, PEM armour does not', () => {
    const pem =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\nAAEC\n-----END PRIVATE KEY-----'
    const text = clean()
    text.stderr = 'parse error near MIIEvQIBADANBgkqhkiG9w0BAQEF'
    expect(findLeaks([pem], text).map(l => l.where)).toEqual(['stderr'])
    text.stderr = '-----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY-----'
    expect(findLeaks([pem], text)).toEqual([])
  })

  it('a short secret is found standing alone, not inside a longer word or base64 run', () => {
    const text = clean()
    // A 4-character PEM tail and a 6-character passphrase: no length floor.
    text.stderr = 'tail AAEC\n'
    expect(findLeaks(['AAEC'], text).map(l => l.where)).toEqual(['stderr'])
    text.stderr = 'passphrase="Tr0ub4"\n'
    expect(findLeaks(['Tr0ub4'], text).map(l => l.where)).toEqual(['stderr'])
    text.stderr = 'eyJhbGciOiJAAECUzI1NiJ9 and xTr0ub4y\n'
    expect(findLeaks(['AAEC', 'Tr0ub4'], text)).toEqual([])
    // A long one is found even glued to its neighbours (a key printed without newlines).
    text.stderr = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAAEC'
    expect(findLeaks(['MIIEvQIBADANBgkqhkiG9w0BAQEF'], text)).toHaveLength(1)
  })

  it('a key given base64-wrapped is looked for as the PEM lines it decodes to', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nQUJDREVGR0hJSktMTU5PUFFS\n-----END PRIVATE KEY-----\n'
    const text = clean()
    text.stdout += 'QUJDREVGR0hJSktMTU5PUFFS\n'
    expect(findLeaks([Buffer.from(pem).toString('base64')], text).map(l => l.where)).toEqual([
      'stdout'
    ])
  })

  it('a secret output is exempt only when the run masked it', () => {
    const text = clean()
    text.stdout = 'Access token: Bearer\n'
    expect(findLeaks([TOKEN], text).map(l => l.where)).toEqual([
      'GITHUB_OUTPUT (non-secret outputs)'
    ])
  })

  it('a secret the run handled but never masked is a finding', () => {
    expect(findUnmasked([TOKEN, 'Tr0ub4'], `::add-mask::${TOKEN}\n`)).toEqual([
      { where: 'never masked', secretPreview: '(6 chars)' }
    ])
  })

  it('a key pasted with literal \\n is split on those too', () => {
    const text = clean()
    text.summary = 'line 2 is QUJDREVGR0hJSktMTU5P'
    expect(
      findLeaks(['-----BEGIN X-----\\nQUJDREVGR0hJSktMTU5P\\n-----END X-----'], text)
    ).toHaveLength(1)
  })
})

describe('public parts of a key are not secrets', () => {
  /** A PKCS#1 RSA key one of whose PEM lines is a piece of the JWK's n (about 1 key in 3). */
  function pkcs1WithModulusLine(): { pem: string; n: string; line: string } {
    for (;;) {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
      const pem = privateKey.export({ format: 'pem', type: 'pkcs1' }).toString()
      const n = publicKey.export({ format: 'jwk' }).n!
      const line = pem.split('\n').find(l => l.length === 64 && n.includes(l))
      if (line) return { pem, n, line }
    }
  }

  it("a PKCS#1 line that is a piece of the modulus is not looked for; the key's other lines are", () => {
    const { pem, n, line } = pkcs1WithModulusLine()
    const forms = secretForms(pem)
    expect(forms).not.toContain(line)
    const text = { ...clean(), stdout: `public key: {"kty":"RSA","n":"${n}","e":"AQAB"}\n` }
    expect(findLeaks([pem], text)).toEqual([])
    // The private exponent's lines (the last ones before the armour) are still secrets.
    const privateLine = pem.trim().split('\n').at(-2)!
    expect(forms).toContain(privateLine)
    text.summary = privateLine
    expect(findLeaks([pem], text).map(l => l.where)).toEqual(['GITHUB_STEP_SUMMARY'])
    // Base64-wrapped, as private-key also accepts it: the same.
    expect(secretForms(Buffer.from(pem).toString('base64'))).not.toContain(line)
  })

  it('a token of base64 letters is looked for whole, not as the "lines" of what it decodes to', () => {
    // Random bytes that happen to decode to text starting with "{": not JSON, so not a JWK.
    const token = Buffer.from('{\x01\nab\ncd\n', 'latin1').toString('base64')
    expect(token).toMatch(/^[A-Za-z0-9+/]+={0,2}$/)
    expect(token.length % 4).toBe(0)
    expect(secretForms(token)).toEqual([token])
    // A base64-wrapped JWK still gives its private members.
    const jwk = Buffer.from(JSON.stringify({ kty: 'oct', k: 'c2VjcmV0LWtleQ' })).toString('base64')
    expect(secretForms(jwk)).toContain('c2VjcmV0LWtleQ')
  })
})

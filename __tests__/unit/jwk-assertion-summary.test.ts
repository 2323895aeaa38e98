// What the `jwk` and `assertion` modes tell the person reading the run: the log line and the
// job summary, exactly (heading, rows, the "(new key pair)" mark, the registration hint).
import { describe, expect, it } from '@jest/globals'
import { runAction } from '../../testkit/in-process.js'
import { testKey } from '../../testkit/keys.js'
import { logLines } from '../../testkit/token-fixtures.js'

const REGISTER_HINT =
  '\nRegister it in Okta: Applications > your API Services app > General > Public keys > Add key, or use `mode: provision`.\n\n'

/** The summary's code block: the JWK output pretty-printed, tagged as JSON. */
const codeBlock = (jwk: string) =>
  `<pre lang="json"><code>${JSON.stringify(JSON.parse(jwk), null, 2)}</code></pre>\n`

describe('jwk mode summary', () => {
  it('for a given key: heading, kid, the JWK as a JSON block and where to register it', async () => {
    const run = await runAction('main', { mode: 'jwk', 'private-key': testKey('p256').pkcs8 })
    expect(run.code).toBe(0)
    const kid = run.outputs['key-id']
    expect(run.summary).toBe(
      `<h3>Public JWK</h3>\n\nkid \`${kid}\`\n\n\n${codeBlock(run.outputs.jwk)}${REGISTER_HINT}`
    )
  })

  it('for a generated key pair: "(new key pair)" after the kid, and a log line naming the pair', async () => {
    const run = await runAction('main', { mode: 'jwk', 'key-type': 'EC-P256' })
    expect(run.code).toBe(0)
    const kid = run.outputs['key-id']
    expect(run.summary).toBe(
      `<h3>Public JWK</h3>\n\nkid \`${kid}\` (new key pair)\n\n\n${codeBlock(run.outputs.jwk)}${REGISTER_HINT}`
    )
    expect(logLines(run.stdout)).toContain(
      `Generated a new EC P-256 key pair (EC-P256), kid ${kid}, algorithm ES256; its private key is in the masked private-key output`
    )
  })
})

describe('assertion mode summary', () => {
  it('a Fact/Value table of client id, audience, lifetime and key, and one log line', async () => {
    const run = await runAction('main', {
      mode: 'assertion',
      'client-id': '0oaSummaryClient',
      'private-key': testKey('p256').pkcs8,
      audience: 'https://as.example.com/token',
      'assertion-lifetime': '120'
    })
    expect(run.code).toBe(0)
    const kid = run.outputs['key-id']
    expect(run.summary).toBe(
      '<h3>Client assertion</h3>\n<table>' +
        '<tr><th>Fact</th><th>Value</th></tr>' +
        '<tr><td>Client id (iss, sub)</td><td>0oaSummaryClient</td></tr>' +
        '<tr><td>Audience (aud)</td><td>https://as.example.com/token</td></tr>' +
        '<tr><td>Lifetime</td><td>120 s</td></tr>' +
        `<tr><td>Key</td><td>EC P-256, kid ${kid}, ES256</td></tr>` +
        '</table>\n'
    )
    expect(logLines(run.stdout)).toContain(
      `Signed a client assertion for 0oaSummaryClient: aud https://as.example.com/token, valid 120 s, kid ${kid}, ES256; it is single-use (fresh jti)`
    )
  })
})

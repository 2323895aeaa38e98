// What a token-mode run tells the person reading it: the job summary, exactly (every row, the
// DPoP note), and the log lines of the exchange (endpoint, DPoP setting, the token's facts, the
// missing-scope warning, what happens at job end), for a local key and a remote signing-key.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeVault, type FakeVault } from '../../fakes/vault-transit.js'
import { noWaitClock, runAction } from '../../testkit/in-process.js'
import { registrableJwk, vaultStep } from '../../testkit/remote-keys.js'
import { logLines } from '../../testkit/token-fixtures.js'
import { clearFaultsAndRequests, fx, useTokenFixture } from '../use-token-fixture.js'

const ORG_TOKEN = '/oauth2/v1/token'

useTokenFixture({ before: clearFaultsAndRequests })

let vault: FakeVault
beforeAll(async () => {
  vault = await startFakeVault()
})
afterAll(async () => {
  await vault?.close()
})

/** The summary's Fact/Value table, row by row, as @actions/core writes it. */
function summaryTable(rows: [string, string][]): string {
  return (
    '<h3>Okta access token</h3>\n<table><tr><th>Fact</th><th>Value</th></tr>' +
    rows.map(([fact, value]) => `<tr><td>${fact}</td><td>${value}</td></tr>`).join('') +
    '</table>\n'
  )
}

describe('token mode summary and log, local key', () => {
  it('one scope granted of two: every row, the Bearer facts and a warning naming the missing scope', async () => {
    const app = await fx.seedApp({ key: 'p256', granted: ['okta.users.read'] })
    const run = await runAction('main', app.inputs({ scopes: 'okta.users.read okta.groups.read' }))
    expect(run.code).toBe(0)
    const expiresAt = run.outputs['expires-at']
    expect(run.summary).toBe(
      summaryTable([
        ['Client id', app.clientId],
        ['Token endpoint', `${fx.url}${ORG_TOKEN}`],
        ['Key', `EC P-256, kid ${app.kid}, ES256`],
        ['Token type', 'Bearer'],
        ['Scopes granted', 'okta.users.read'],
        ['Scopes missing', 'okta.groups.read'],
        ['Expires at', expiresAt],
        ['Revoked at job end', 'yes']
      ])
    )
    const lines = logLines(run.stdout)
    expect(lines).toEqual(
      expect.arrayContaining([
        `Token endpoint: ${fx.url}${ORG_TOKEN} (org authorization server)`,
        'DPoP: auto (used only if the app requires it)',
        `Access token: Bearer, expires in 3600 s (${expiresAt}), scopes: okta.users.read, DPoP off, 1 request`,
        'okta-api is on PATH for later steps of this job (Bearer token of step token; the post step deletes it)'
      ])
    )
    expect(run.warnings).toEqual([
      'The token lacks requested scope okta.groups.read: grant it to the app (Okta API Scopes tab, or mode: provision).'
    ])
  })

  it('two scopes missing, dpop false, revoke false, export-env, okta-api false: what each says', async () => {
    const app = await fx.seedApp({ key: 'p256', granted: ['okta.users.read'] })
    const run = await runAction(
      'main',
      app.inputs({
        scopes: 'okta.users.read okta.groups.read okta.apps.read',
        dpop: 'false',
        revoke: 'false',
        'export-env': 'true',
        'okta-api': 'false'
      })
    )
    expect(run.code).toBe(0)
    expect(run.summary).toBe(
      summaryTable([
        ['Client id', app.clientId],
        ['Token endpoint', `${fx.url}${ORG_TOKEN}`],
        ['Key', `EC P-256, kid ${app.kid}, ES256`],
        ['Token type', 'Bearer'],
        ['Scopes granted', 'okta.users.read'],
        ['Scopes missing', 'okta.groups.read okta.apps.read'],
        ['Expires at', run.outputs['expires-at']],
        ['Revoked at job end', 'no']
      ])
    )
    const lines = logLines(run.stdout)
    expect(lines).toEqual(
      expect.arrayContaining([
        'DPoP: off',
        'Exported OKTA_ACCESS_TOKEN and OKTA_TOKEN_TYPE to later steps of this job',
        'revoke is false: the token stays valid until it expires'
      ])
    )
    expect(lines.filter(l => l.startsWith('okta-api'))).toEqual([])
    expect(run.state).toEqual({})
    expect(run.warnings).toEqual([
      'The token lacks requested scopes okta.groups.read, okta.apps.read: grant them to the app (Okta API Scopes tab, or mode: provision).'
    ])
  })

  it('an audience other than the token URL is named in the endpoint line', async () => {
    const app = await fx.seedApp({ key: 'p256' })
    const run = await runAction('main', app.inputs({ audience: 'https://as.example.com/token' }))
    expect(logLines(run.stdout)).toContain(
      `Token endpoint: ${fx.url}${ORG_TOKEN} (org authorization server), audience https://as.example.com/token`
    )
  })

  it('a DPoP-bound token: the DPoP row, the note on how to call APIs, and "DPoP on, 2 requests"', async () => {
    const app = await fx.seedApp({ key: 'p256', dpopRequired: true })
    const run = await runAction('main', app.inputs({ dpop: 'true' }), { clock: noWaitClock })
    expect(run.code).toBe(0)
    const expiresAt = run.outputs['expires-at']
    expect(run.summary).toBe(
      summaryTable([
        ['Client id', app.clientId],
        ['Token endpoint', `${fx.url}${ORG_TOKEN}`],
        ['Key', `EC P-256, kid ${app.kid}, ES256`],
        ['Token type', 'DPoP'],
        ['Scopes granted', 'okta.users.read'],
        ['Scopes missing', 'none'],
        ['Expires at', expiresAt],
        ['Revoked at job end', 'yes']
      ]) +
        '\nThe token is DPoP-bound: every API call needs `Authorization: DPoP <token>` and a fresh proof signed with the `dpop-key` output (or use `mode: request`).\n\n'
    )
    const lines = logLines(run.stdout)
    expect(lines).toContain('DPoP: on')
    expect(lines).toContain(
      `Access token: DPoP, expires in 3600 s (${expiresAt}), scopes: okta.users.read, DPoP on, 2 requests`
    )
    expect(run.warnings).toEqual([])
  })
})

describe('export-env is for token mode only', () => {
  it('mode: request with export-env true exports no variable and logs no export', async () => {
    const app = await fx.seedApp({ key: 'p256' })
    const run = await runAction(
      'main',
      app.inputs({ mode: 'request', 'request-path': '/api/v1/users', 'export-env': 'true' })
    )
    expect(run.code).toBe(0)
    expect(run.env).toEqual({})
    expect(logLines(run.stdout).filter(l => l.startsWith('Exported'))).toEqual([])
  })
})

describe('token responses the emulator answers through a status fault', () => {
  /** A 200 token response without `scope`, which RFC 6749 section 5.1 allows when it is the scope asked for. */
  const withoutScope = {
    kind: 'status',
    status: 200,
    body: { token_type: 'Bearer', expires_in: 3600, access_token: 'eyJ.no-scope-listed.sig' }
  } as const

  it('a response without scope: "(none listed)" in the log and summary, and nothing called missing', async () => {
    const app = await fx.seedApp({ key: 'p256' })
    await fx.control.addFault({ match: { path: ORG_TOKEN }, ...withoutScope })
    const run = await runAction('main', app.inputs({ revoke: 'false' }))
    expect(run.code).toBe(0)
    const expiresAt = run.outputs['expires-at']
    expect(run.summary).toBe(
      summaryTable([
        ['Client id', app.clientId],
        ['Token endpoint', `${fx.url}${ORG_TOKEN}`],
        ['Key', `EC P-256, kid ${app.kid}, ES256`],
        ['Token type', 'Bearer'],
        ['Scopes granted', '(none listed)'],
        ['Scopes missing', 'none'],
        ['Expires at', expiresAt],
        ['Revoked at job end', 'no']
      ])
    )
    expect(logLines(run.stdout)).toContain(
      `Access token: Bearer, expires in 3600 s (${expiresAt}), scopes: (none listed), DPoP off, 1 request`
    )
    expect(run.warnings).toEqual([])
  })

  it('a token-endpoint with no revoke endpoint known: the log says the post step will not revoke', async () => {
    const app = await fx.seedApp({ key: 'p256' })
    const endpoint = `${fx.url}/custom/token`
    await fx.control.addFault({ match: { path: '/custom/token' }, ...withoutScope })
    const run = await runAction(
      'main',
      app.inputs({ 'okta-domain': '', 'token-endpoint': endpoint })
    )
    expect(run.code).toBe(0)
    expect(logLines(run.stdout)).toContain(
      `No revoke endpoint is known for ${endpoint}; the post step will not revoke`
    )
    expect(run.state['sealed-token']).toBeUndefined()
    expect(run.summary).toContain('<tr><td>Revoked at job end</td><td>no</td></tr>')
  })
})

describe('token mode summary and log, remote signing-key', () => {
  it('Vault transit key with key-id: the key row names its format, and the token is not revoked', async () => {
    const key = vault.addKey('okta-summary', 'ecdsa-p256')
    const jwk = await registrableJwk(key.versions[0].publicKey!, 'vault-kid-1')
    const app = await fx.control.createApp({
      keys: [jwk as never],
      grantedScopes: ['okta.users.read']
    })
    const run = await runAction(
      'main',
      {
        'okta-domain': fx.url,
        'client-id': app.clientId,
        'signing-key': 'hashivault://okta-summary',
        'key-id': 'vault-kid-1',
        scopes: 'okta.users.read'
      },
      vaultStep(vault)
    )
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const expiresAt = run.outputs['expires-at']
    expect(run.summary).toBe(
      summaryTable([
        ['Client id', app.clientId],
        ['Token endpoint', `${fx.url}${ORG_TOKEN}`],
        ['Key', 'EC P-256, kid vault-kid-1, ES256 (Vault transit key transit/keys/okta-summary)'],
        ['Token type', 'Bearer'],
        ['Scopes granted', 'okta.users.read'],
        ['Scopes missing', 'none'],
        ['Expires at', expiresAt],
        ['Revoked at job end', 'no']
      ])
    )
    const lines = logLines(run.stdout)
    expect(lines).toContain(
      'Key: Vault transit key transit/keys/okta-summary (hashivault://okta-summary), EC P-256, kid vault-kid-1 (key-id input), algorithm ES256'
    )
    expect(lines).toContain(
      `With a remote signing-key the post step cannot revoke (no local key to seal the token for it); the token stays valid until ${expiresAt}`
    )
    expect(run.state['sealed-token']).toBeUndefined()
  })
})

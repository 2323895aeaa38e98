// What a rotation tells the person reading the job: the summary, exactly (every row of the
// facts table, both key tables with their Created column and the "(new)" mark, the dry run's
// plan), and the log lines of each stage (the keys before and after, the key added, the proof,
// the store, each old key retired, what keep and an empty github-token mean).
import { describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { App, AppKey } from '../../testkit/emulator/control-client.js'
import type { NewAppInput, PublicJwk } from '../../emulator/state.js'
import { apiToken, github, useApiTokenAndGithub, jwkOf } from '../use-admin-writes.js'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'
import { logLines } from '../../testkit/token-fixtures.js'

useEmulator()

const GITHUB_TOKEN = 'ghs_rotate_summary_write_token_01234'
const PROOF_SCOPES = 'okta.groups.read okta.users.read'

useApiTokenAndGithub('summary', GITHUB_TOKEN)

/** old-key ACTIVE and older-key INACTIVE; grants listed unsorted, as an admin may add them. */
function rotatingApp(extra: NewAppInput = {}): Promise<App> {
  return emulator.control.createApp({
    label: 'rotating',
    keys: [jwkOf('rsa', 'old-key'), { ...jwkOf('p256', 'older-key'), status: 'INACTIVE' }],
    grantedScopes: ['okta.users.read', 'okta.groups.read'],
    ...extra
  })
}

function rotate(app: App, extra: Record<string, string> = {}) {
  return runAction(
    'main',
    {
      mode: 'rotate',
      'okta-domain': url,
      'client-id': app.clientId,
      'api-token': apiToken,
      ...extra
    },
    { env: { GITHUB_API_URL: github.url } }
  )
}

const keysOf = async (app: App) => (await emulator.control.app(app.id)).keys
const byKid = (keys: AppKey[], kid: string) => keys.find(k => k.kid === kid)!

/** The summary as @actions/core writes it. */
function summaryOf(
  title: string,
  facts: [string, string][],
  before: AppKey[],
  after?: AppKey[],
  newKid?: string,
  plan?: string[]
): string {
  const cells = (row: string[], tag: 'td' | 'th') =>
    `<tr>${row.map(c => `<${tag}>${c}</${tag}>`).join('')}</tr>`
  const keyTable = (keys: AppKey[]) =>
    '<table>' +
    cells(['kid', 'Okta key id', 'Status', 'Created'], 'th') +
    keys
      .map(k =>
        cells([k.kid === newKid ? `${k.kid} (new)` : k.kid!, k.id, k.status, k.created], 'td')
      )
      .join('') +
    '</table>\n'
  return (
    `<h3>${title}</h3>\n<table>` +
    cells(['Fact', 'Value'], 'th') +
    facts.map(row => cells(row, 'td')).join('') +
    '</table>\n<h4>Keys before</h4>\n' +
    keyTable(before) +
    (after ? '<h4>Keys after</h4>\n' + keyTable(after) : '') +
    (plan ? `<h4>Plan</h4>\n<ol>${plan.map(s => `<li>${s}</li>`).join('')}</ol>\n` : '')
  )
}

/** The log, with the token's expiry time (the only clock-dependent text) blanked. */
const linesOf = (stdout: string) =>
  logLines(stdout).map(line => line.replace(/ \(\d{4}-\d\d-\d\dT[\d:.]+Z\)/, ' (EXPIRY)'))

/** The lines the proof token adds, for the scopes the app was granted. */
const proofLines = (kid: string) => [
  `Proving the new key: minting a token signed with kid ${kid}`,
  `Token endpoint: ${url}/oauth2/v1/token (org authorization server)`,
  'DPoP: auto (used only if the app requires it)',
  `Access token: Bearer, expires in 3600 s (EXPIRY), scopes: ${PROOF_SCOPES}, DPoP off, 1 request`,
  `Proof passed: Okta accepted an assertion signed with the new key ${kid}`,
  'Revoked the proof token'
]

describe('a rotation: summary and log', () => {
  it('deactivate, stored: every row, both key tables, and one line per stage', async () => {
    const app = await rotatingApp()
    const before = await keysOf(app)
    const run = await rotate(app, { 'github-token': GITHUB_TOKEN })
    expect(run.errors).toEqual([])
    const kid = run.outputs['key-id']
    const after = await keysOf(app)
    const added = byKid(after, kid)
    const old = byKid(before, 'old-key')
    expect(run.summary).toBe(
      summaryOf(
        'Okta key rotation',
        [
          ['App', `rotating (${app.id})`],
          ['Client id', app.clientId],
          ['New key', kid],
          ['Old keys', 'deactivated'],
          ['Stored as', 'secret OKTA_PRIVATE_KEY in octo-org/octo-repo']
        ],
        before,
        after,
        kid
      )
    )
    expect(linesOf(run.stdout)).toEqual([
      `App: "rotating", id ${app.id}, client id ${app.clientId}, ACTIVE`,
      'Keys before: old-key ACTIVE, older-key INACTIVE (2 keys)',
      `Proof token scopes: ${PROOF_SCOPES} (granted to the app; set scopes to choose)`,
      `Key: generated a new RSA 2048 bits key pair (RSA-2048), kid ${kid} (RFC 7638 thumbprint), algorithm RS256`,
      `Added the new key ${kid} (${added.id}), ACTIVE`,
      ...proofLines(kid),
      'Stored the new private key as repository secret OKTA_PRIVATE_KEY in octo-org/octo-repo (created)',
      `Deactivated old key old-key (${old.id})`,
      `Keys after: old-key INACTIVE, older-key INACTIVE, ${kid} ACTIVE (3 keys)`
    ])
  })

  it('delete, github-token empty: deleted keys, one key after, and where the generated key is', async () => {
    const app = await rotatingApp()
    const before = await keysOf(app)
    const run = await rotate(app, { 'retire-old-keys': 'delete', 'key-type': 'EC-P256' })
    expect(run.errors).toEqual([])
    const kid = run.outputs['key-id']
    const after = await keysOf(app)
    expect(run.summary).toBe(
      summaryOf(
        'Okta key rotation',
        [
          ['App', `rotating (${app.id})`],
          ['Client id', app.clientId],
          ['New key', kid],
          ['Old keys', 'deactivated and deleted'],
          ['Stored as', 'not stored (github-token empty)']
        ],
        before,
        after,
        kid
      )
    )
    const old = byKid(before, 'old-key')
    const older = byKid(before, 'older-key')
    expect(linesOf(run.stdout)).toEqual([
      `App: "rotating", id ${app.id}, client id ${app.clientId}, ACTIVE`,
      'Keys before: old-key ACTIVE, older-key INACTIVE (2 keys)',
      `Proof token scopes: ${PROOF_SCOPES} (granted to the app; set scopes to choose)`,
      `Key: generated a new EC P-256 key pair (EC-P256), kid ${kid} (RFC 7638 thumbprint), algorithm ES256`,
      `Added the new key ${kid} (${after[0].id}), ACTIVE`,
      ...proofLines(kid),
      `Deactivated old key old-key (${old.id})`,
      `Deleted old key old-key (${old.id})`,
      `Deleted old key older-key (${older.id})`,
      'github-token is empty: the new private key is not stored anywhere by this run; it exists only in the masked private-key output, so store it in a later step of this job',
      `Keys after: ${kid} ACTIVE (1 key)`
    ])
    expect(github.requests()).toEqual([])
  })

  it('keep, to a key given in private-key: the old keys kept, and the given key not stored', async () => {
    const app = await rotatingApp()
    const before = await keysOf(app)
    const run = await rotate(app, {
      'retire-old-keys': 'keep',
      'private-key': testKey('p384').pkcs8
    })
    expect(run.errors).toEqual([])
    const kid = run.outputs['key-id']
    const after = await keysOf(app)
    expect(run.summary).toBe(
      summaryOf(
        'Okta key rotation',
        [
          ['App', `rotating (${app.id})`],
          ['Client id', app.clientId],
          ['New key', kid],
          ['Old keys', 'kept'],
          ['Stored as', 'not stored (github-token empty)']
        ],
        before,
        after,
        kid
      )
    )
    expect(linesOf(run.stdout)).toEqual([
      `App: "rotating", id ${app.id}, client id ${app.clientId}, ACTIVE`,
      'Keys before: old-key ACTIVE, older-key INACTIVE (2 keys)',
      `Proof token scopes: ${PROOF_SCOPES} (granted to the app; set scopes to choose)`,
      `Key: PKCS#8 PEM, EC P-384, kid ${kid} (RFC 7638 thumbprint), algorithm ES384`,
      `Added the new key ${kid} (${byKid(after, kid).id}), ACTIVE`,
      ...proofLines(kid),
      'retire-old-keys is keep: the old keys stay as they are',
      'github-token is empty: the new private key is not stored anywhere by this run',
      `Keys after: old-key ACTIVE, older-key INACTIVE, ${kid} ACTIVE (3 keys)`
    ])
  })

  it('an app with no key yet: "none" before, an empty before table', async () => {
    const app = await rotatingApp({ keys: [] })
    const run = await rotate(app, { 'retire-old-keys': 'keep' })
    expect(run.errors).toEqual([])
    const kid = run.outputs['key-id']
    expect(linesOf(run.stdout)).toEqual(
      expect.arrayContaining(['Keys before: none', `Keys after: ${kid} ACTIVE (1 key)`])
    )
    expect(run.summary).toContain(
      '<h4>Keys before</h4>\n<table><tr><th>kid</th><th>Okta key id</th><th>Status</th><th>Created</th></tr></table>\n'
    )
  })

  it('a key without a kid is named by its Okta id in the log before the run refuses it', async () => {
    const app = await rotatingApp({ keys: [{ ...(testKey('rsa').publicJwk as PublicJwk) }] })
    const [kidless] = await keysOf(app)
    const run = await rotate(app)
    expect(run.code).toBe(1)
    expect(linesOf(run.stdout)).toContain(`Keys before: (no kid, ${kidless.id}) ACTIVE (1 key)`)
    expect(run.errors).toEqual([
      `App ${app.id} has a key without a kid (${kidless.id}); Okta adds no second key while one lacks a kid: give it a kid (Apps API, full PUT of the app) or replace it, then re-run. Nothing was changed.`
    ])
  })
})

describe('a dry run: summary, plan and outputs', () => {
  it('deactivate, github-token empty: the plan names what happens to each old key, and no store', async () => {
    const app = await rotatingApp()
    const before = await keysOf(app)
    const run = await rotate(app, { 'dry-run': 'true' })
    expect(run.errors).toEqual([])
    const plan = [
      'Add a new RSA-2048 key (kid: its RFC 7638 thumbprint), ACTIVE',
      `Prove it: mint a token signed with the new key (scopes ${PROOF_SCOPES}), then revoke that token; if that fails, deactivate and delete the new key and stop`,
      'Deactivate key old-key (ACTIVE)',
      'Leave key older-key (INACTIVE) as it is'
    ]
    expect(run.summary).toBe(
      summaryOf(
        'Okta key rotation (dry run: nothing changed)',
        [
          ['App', `rotating (${app.id})`],
          ['Client id', app.clientId]
        ],
        before,
        undefined,
        undefined,
        plan
      )
    )
    expect(linesOf(run.stdout)).toEqual([
      `App: "rotating", id ${app.id}, client id ${app.clientId}, ACTIVE`,
      'Keys before: old-key ACTIVE, older-key INACTIVE (2 keys)',
      `Proof token scopes: ${PROOF_SCOPES} (granted to the app; set scopes to choose)`,
      `Dry run: nothing will be changed. Plan for app "rotating" (${app.id}):`,
      ...plan.map(step => `  - ${step}`)
    ])
    expect(run.outputs).toEqual({
      'app-id': app.id,
      'client-id': app.clientId,
      'key-changed': 'false'
    })
  })

  it('keep, to a key given in private-key: the key is read, named in the plan and output, and nothing is written', async () => {
    const app = await rotatingApp()
    const run = await rotate(app, {
      'dry-run': 'true',
      'retire-old-keys': 'keep',
      'private-key': testKey('p384').pkcs8
    })
    expect(run.errors).toEqual([])
    const kid = run.outputs['key-id']
    expect(kid).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(JSON.parse(run.outputs.jwk)).toMatchObject({ kid, kty: 'EC', crv: 'P-384' })
    expect(run.outputs['key-changed']).toBe('false')
    expect(run.summary).toContain(
      `<h4>Plan</h4>\n<ol><li>Add the new key ${kid} (EC P-384), ACTIVE</li><li>Prove it: mint a token signed with the new key (scopes ${PROOF_SCOPES}), then revoke that token; if that fails, deactivate and delete the new key and stop</li><li>Keep key old-key (ACTIVE)</li><li>Keep key older-key (INACTIVE)</li></ol>\n`
    )
    expect((await emulator.control.requests()).filter(e => e.method !== 'GET')).toEqual([])
  })

  it('names "this repository" in the store step when GITHUB_REPOSITORY is unset (a run outside Actions)', async () => {
    const app = await rotatingApp()
    const run = await runAction(
      'main',
      {
        mode: 'rotate',
        'okta-domain': url,
        'client-id': app.clientId,
        'api-token': apiToken,
        'github-token': GITHUB_TOKEN,
        'dry-run': 'true'
      },
      // Unset, as outside a runner (the in-process runner sets it by default).
      { env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: undefined as unknown as string } }
    )
    expect(run.errors).toEqual([])
    expect(linesOf(run.stdout)).toContain(
      '  - Store the new private key as secret OKTA_PRIVATE_KEY in this repository'
    )
  })
})

// What a provision run tells the person reading the job: the summary, exactly (every row of
// the facts table, the public JWK, the token mode step with its `uses:` reference, and the
// steps to store the credentials by hand when github-token is empty), and the log line of each
// step, for the runs a workflow meets: an app created with scopes and roles and stored, one
// created without github-token, an INACTIVE app reused and converged, an app already up to
// date, a key registered but INACTIVE, and a key that stays in a key service (signing-key).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import { startFakeVault, type FakeVault } from '../../fakes/vault-transit.js'
import { apiToken, github, useApiTokenAndGithub, jwkOf } from '../use-admin-writes.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, type InProcessRun } from '../../testkit/in-process.js'
import { vaultStep } from '../../testkit/remote-keys.js'
import { logLines } from '../../testkit/token-fixtures.js'

useEmulator()

const GITHUB_TOKEN = 'ghs_provision_summary_write_token_01'
const LABEL = 'ci-app'

let vault: FakeVault

beforeAll(async () => {
  vault = await startFakeVault()
})
afterAll(async () => {
  await vault?.close()
})
useApiTokenAndGithub('summary', GITHUB_TOKEN)

function provision(extra: Record<string, string>, env: Record<string, string> = {}) {
  return runAction(
    'main',
    { mode: 'provision', 'okta-domain': url, 'api-token': apiToken, 'app-label': LABEL, ...extra },
    { env: { GITHUB_API_URL: github.url, ...env } }
  )
}

/** The summary as @actions/core writes it. */
function summaryOf(parts: {
  title: string
  facts: [string, string][]
  jwk: string
  step: string[]
  byHand?: string[]
}): string {
  const cells = (row: string[], tag: 'td' | 'th') =>
    `<tr>${row.map(c => `<${tag}>${c}</${tag}>`).join('')}</tr>`
  return (
    `<h3>${parts.title}</h3>\n<table>` +
    cells(['Fact', 'Value'], 'th') +
    parts.facts.map(row => cells(row, 'td')).join('') +
    '</table>\n<h4>Public JWK</h4>\n' +
    `<pre lang="json"><code>${JSON.stringify(JSON.parse(parts.jwk), null, 2)}</code></pre>\n` +
    '<h4>Token mode step</h4>\n' +
    `<pre lang="yaml"><code>${parts.step.join('\n')}</code></pre>\n` +
    (parts.byHand
      ? `<h4>Store the credentials</h4>\n\n${parts.byHand.map(s => `- ${s}`).join('\n')}\n\n`
      : '')
  )
}

/** The `with:` block, HTML-escaped as the summary's code block is. */
const tokenStep = (uses: string, lines: string[]) => [
  `- uses: ${uses}`,
  '  id: okta',
  '  with:',
  `    okta-domain: ${url}`,
  ...lines.map(line => `    ${line}`)
]
const PLACEHOLDER_USES = '&lt;owner&gt;/okta-private-key-jwt-action@v1'

const storeKeyByHand = (secret: string) =>
  `Store the \`private-key\` output as repository secret \`${secret}\` in a later step of this job (it is masked in the log and cannot be copied from it), e.g. \`gh secret set ${secret} --repo "$GITHUB_REPOSITORY" <<< "$PRIVATE_KEY"\` with \`PRIVATE_KEY: \${{ steps.<id>.outputs.private-key }}\` and \`GH_TOKEN\` set to a token allowed to write secrets; or set github-token and re-run.`
const keepGivenKey =
  'Keep the private key you gave in a repository secret, e.g. `OKTA_PRIVATE_KEY`.'
const variableByHand = (variable: string, clientId: string) =>
  `Create repository variable \`${variable}\` with the client id \`${clientId}\` (Settings > Secrets and variables > Actions > Variables, or \`gh variable set ${variable} --body ${clientId}\`).`

/**
 * The log; grants and role assignments run concurrently, so their lines, and the changes the
 * last line lists, are compared in sorted order.
 */
function linesOf(run: InProcessRun): string[] {
  const concurrent = /^(Scope \S+: granted|Admin role \S+: assigned)$/
  const lines = logLines(run.stdout).map(line =>
    line.replace(/: updated \((.*)\)$/, (_all, list: string) => {
      return `: updated (${list.split('; ').sort().join('; ')})`
    })
  )
  const settled: string[] = []
  for (let i = 0; i < lines.length;) {
    let end = i
    while (end < lines.length && concurrent.test(lines[end])) end++
    if (end > i) {
      settled.push(...lines.slice(i, end).sort())
      i = end
    } else settled.push(lines[i++])
  }
  return settled
}

describe('an app created by this run', () => {
  it('stored: every row, the JWK, the step reading vars and secrets, and one line per step', async () => {
    const run = await provision({
      scopes: 'okta.users.read okta.groups.read',
      'admin-roles': 'READ_ONLY_ADMIN',
      'key-id': 'new-kid',
      'github-token': GITHUB_TOKEN
    })
    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([])
    const { 'app-id': appId, 'client-id': clientId, jwk } = run.outputs
    expect(run.outputs).toEqual({
      'private-key': github.secretPlaintext('OKTA_PRIVATE_KEY'),
      'app-id': appId,
      'client-id': clientId,
      'key-id': 'new-kid',
      jwk,
      created: 'true',
      'key-changed': 'true'
    })
    expect(JSON.parse(jwk)).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: 'new-kid' })
    expect(github.variable('OKTA_CLIENT_ID')).toBe(clientId)
    expect(run.summary).toBe(
      summaryOf({
        title: 'Okta service app created',
        facts: [
          ['App', `${LABEL} (${appId})`],
          ['Client id', clientId],
          ['Created by this run', 'yes'],
          [
            'Key id (kid)',
            'new-kid (RSA 2048 bits; generated by this run, registered by this run)'
          ],
          ['Scopes granted', 'okta.users.read okta.groups.read'],
          ['Admin roles', 'READ_ONLY_ADMIN'],
          ['DPoP required', 'no'],
          [
            'Stored in the repository',
            'secret OKTA_PRIVATE_KEY, variable OKTA_CLIENT_ID (octo-org/octo-repo)'
          ]
        ],
        jwk,
        step: tokenStep(PLACEHOLDER_USES, [
          'client-id: ${{ vars.OKTA_CLIENT_ID }}',
          'private-key: ${{ secrets.OKTA_PRIVATE_KEY }}',
          'key-id: new-kid',
          'scopes: okta.users.read okta.groups.read'
        ])
      })
    )
    expect(linesOf(run)).toEqual([
      'Key: generated a new RSA 2048 bits key pair (RSA-2048), kid new-kid (key-id input), algorithm RS256; the private key is in the masked private-key output',
      `Public JWK: ${jwk}`,
      `Created app "${LABEL}": id ${appId}, client id ${clientId}, key new-kid registered, DPoP not required`,
      'Admin role READ_ONLY_ADMIN: assigned',
      'Scope okta.groups.read: granted',
      'Scope okta.users.read: granted',
      'Repository variable OKTA_CLIENT_ID in octo-org/octo-repo holds the client id (created)',
      'Stored the private key as repository secret OKTA_PRIVATE_KEY in octo-org/octo-repo (created)',
      `Provisioned app "${LABEL}" (${appId}), client id ${clientId}, kid new-kid: created by this run`
    ])
  })

  it('github-token empty: the steps to store by hand, in the log and the summary, and the uses: of this action', async () => {
    const run = await provision(
      {
        'key-type': 'EC-P256',
        'require-dpop': 'true',
        'private-key-secret': 'CI_OKTA_KEY',
        'client-id-variable': 'CI_OKTA_CLIENT'
      },
      { GITHUB_ACTION_REPOSITORY: 'octo-org/okta-action', GITHUB_ACTION_REF: 'v2.1.0' }
    )
    expect(run.errors).toEqual([])
    const { 'app-id': appId, 'client-id': clientId, 'key-id': kid, jwk } = run.outputs
    expect(run.outputs.created).toBe('true')
    expect(run.outputs['key-changed']).toBe('true')
    const byHand = [storeKeyByHand('CI_OKTA_KEY'), variableByHand('CI_OKTA_CLIENT', clientId)]
    expect(run.summary).toBe(
      summaryOf({
        title: 'Okta service app created',
        facts: [
          ['App', `${LABEL} (${appId})`],
          ['Client id', clientId],
          ['Created by this run', 'yes'],
          ['Key id (kid)', `${kid} (EC P-256; generated by this run, registered by this run)`],
          ['Scopes granted', 'none requested'],
          ['Admin roles', 'none requested'],
          ['DPoP required', 'yes'],
          ['Stored in the repository', 'nothing (github-token not set)']
        ],
        jwk,
        step: tokenStep('octo-org/okta-action@v2.1.0', [
          `client-id: ${clientId}`,
          'private-key: ${{ secrets.CI_OKTA_KEY }}',
          `key-id: ${kid}`,
          'scopes: &lt;okta.* scopes granted to the app&gt;'
        ]),
        byHand
      })
    )
    expect(linesOf(run)).toEqual([
      `Key: generated a new EC P-256 key pair (EC-P256), kid ${kid} (RFC 7638 thumbprint), algorithm ES256; the private key is in the masked private-key output`,
      `Public JWK: ${jwk}`,
      `Created app "${LABEL}": id ${appId}, client id ${clientId}, key ${kid} registered, DPoP required`,
      'github-token is empty: nothing is stored in the repository. To store by hand:',
      ...byHand.map(step => `  - ${step}`),
      `Provisioned app "${LABEL}" (${appId}), client id ${clientId}, kid ${kid}: created by this run`
    ])
    expect((await emulator.control.app(appId)).dpopRequired).toBe(true)
    expect(github.requests()).toEqual([])
  })

  it('names this action v1 when the runner gives its repository but no ref', async () => {
    const run = await provision(
      { 'key-type': 'EC-P256' },
      { GITHUB_ACTION_REPOSITORY: 'octo-org/okta-action', GITHUB_ACTION_REF: '' }
    )
    expect(run.errors).toEqual([])
    expect(run.summary).toContain(
      '<h4>Token mode step</h4>\n<pre lang="yaml"><code>- uses: octo-org/okta-action@v1\n'
    )
  })

  it('escapes a label with HTML characters in the App row', async () => {
    const label = 'ci <app> & co'
    const run = await provision({ 'key-type': 'EC-P256', 'app-label': label })
    expect(run.errors).toEqual([])
    expect(run.summary).toContain(
      `<tr><td>App</td><td>ci &lt;app&gt; &amp; co (${run.outputs['app-id']})</td></tr>`
    )
    expect(logLines(run.stdout)).toContain(
      `Provisioned app "${label}" (${run.outputs['app-id']}), client id ${run.outputs['client-id']}, kid ${run.outputs['key-id']}: created by this run`
    )
  })
})

describe('an existing app reused', () => {
  it('INACTIVE, converged: activated, key registered, DPoP turned off, the missing grant and role added', async () => {
    const existing = await emulator.control.createApp({
      label: LABEL,
      status: 'INACTIVE',
      keys: [jwkOf('rsa', 'old')],
      grantedScopes: ['okta.users.read'],
      roles: ['READ_ONLY_ADMIN'],
      dpopRequired: true
    })
    const run = await provision({
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given',
      scopes: 'okta.users.read okta.groups.read',
      'admin-roles': 'READ_ONLY_ADMIN REPORT_ADMIN'
    })
    expect(run.errors).toEqual([])
    const { id, clientId } = existing
    const { jwk } = run.outputs
    expect(run.outputs).toEqual({
      'app-id': id,
      'client-id': clientId,
      'key-id': 'given',
      jwk,
      created: 'false',
      'key-changed': 'true'
    })
    expect(run.warnings).toEqual([
      `DPoP: "Require DPoP" was on for app ${id} and is now off, because require-dpop is false; set require-dpop: true to keep it on.`
    ])
    const byHand = [keepGivenKey, variableByHand('OKTA_CLIENT_ID', clientId)]
    expect(run.summary).toBe(
      summaryOf({
        title: 'Okta service app up to date',
        facts: [
          ['App', `${LABEL} (${id})`],
          ['Client id', clientId],
          ['Created by this run', 'no (existing app reused)'],
          ['Key id (kid)', 'given (EC P-256; from private-key, registered by this run)'],
          ['Scopes granted', 'okta.users.read okta.groups.read'],
          ['Admin roles', 'READ_ONLY_ADMIN REPORT_ADMIN'],
          ['DPoP required', 'no'],
          ['Stored in the repository', 'nothing (github-token not set)']
        ],
        jwk,
        step: tokenStep(PLACEHOLDER_USES, [
          `client-id: ${clientId}`,
          'private-key: ${{ secrets.OKTA_PRIVATE_KEY }}',
          'key-id: given',
          'scopes: okta.users.read okta.groups.read'
        ]),
        byHand
      })
    )
    expect(linesOf(run)).toEqual([
      'Key: PKCS#8 PEM, EC P-256, kid given (key-id input), algorithm ES256',
      `Public JWK: ${jwk}`,
      `Found app "${LABEL}": id ${id}, client id ${clientId}, INACTIVE`,
      'Activated the app (it was INACTIVE)',
      "Registered key given (ACTIVE); the app's other keys are unchanged",
      'Scope okta.users.read: already granted',
      'Admin role READ_ONLY_ADMIN: already assigned',
      'Admin role REPORT_ADMIN: assigned',
      'Scope okta.groups.read: granted',
      'github-token is empty: nothing is stored in the repository. To store by hand:',
      ...byHand.map(step => `  - ${step}`),
      `Provisioned app "${LABEL}" (${id}), client id ${clientId}, kid given: updated (activated the app; assigned role REPORT_ADMIN; granted okta.groups.read; registered key given; set DPoP to not required)`
    ])
    const after = await emulator.control.app(id)
    expect(after.status).toBe('ACTIVE')
    expect(after.dpopRequired).toBe(false)
    expect(after.keys.map(k => `${k.kid} ${k.status}`)).toEqual(['old ACTIVE', 'given ACTIVE'])
  })

  it('a key registered but INACTIVE: activated, DPoP turned on, the variable updated', async () => {
    const existing = await emulator.control.createApp({
      label: LABEL,
      keys: [{ ...jwkOf('p256', 'given'), status: 'INACTIVE' }]
    })
    github.seedVariable('OKTA_CLIENT_ID', 'stale-client-id')
    const run = await provision({
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given',
      'require-dpop': 'true',
      'github-token': GITHUB_TOKEN
    })
    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([])
    const { id, clientId } = existing
    expect(run.outputs['key-changed']).toBe('true')
    expect(run.summary).toBe(
      summaryOf({
        title: 'Okta service app up to date',
        facts: [
          ['App', `${LABEL} (${id})`],
          ['Client id', clientId],
          ['Created by this run', 'no (existing app reused)'],
          ['Key id (kid)', 'given (EC P-256; from private-key, registered by this run)'],
          ['Scopes granted', 'none requested'],
          ['Admin roles', 'none requested'],
          ['DPoP required', 'yes'],
          ['Stored in the repository', 'variable OKTA_CLIENT_ID (octo-org/octo-repo)']
        ],
        jwk: run.outputs.jwk,
        step: tokenStep(PLACEHOLDER_USES, [
          'client-id: ${{ vars.OKTA_CLIENT_ID }}',
          'private-key: ${{ secrets.OKTA_PRIVATE_KEY }}',
          'key-id: given',
          'scopes: &lt;okta.* scopes granted to the app&gt;'
        ])
      })
    )
    expect(linesOf(run)).toEqual([
      'Key: PKCS#8 PEM, EC P-256, kid given (key-id input), algorithm ES256',
      `Public JWK: ${run.outputs.jwk}`,
      `Found app "${LABEL}": id ${id}, client id ${clientId}, ACTIVE`,
      'Activated key given (it was registered but INACTIVE)',
      'DPoP: changed to required',
      'Repository variable OKTA_CLIENT_ID in octo-org/octo-repo holds the client id (updated)',
      'private-key was given: it is a secret already, so it is not stored again',
      `Provisioned app "${LABEL}" (${id}), client id ${clientId}, kid given: updated (activated key given; set DPoP to required; updated variable OKTA_CLIENT_ID in octo-org/octo-repo)`
    ])
    const after = await emulator.control.app(id)
    expect(after.keys.map(k => `${k.kid} ${k.status}`)).toEqual(['given ACTIVE'])
    expect(after.dpopRequired).toBe(true)
    expect(github.variable('OKTA_CLIENT_ID')).toBe(clientId)
  })

  it('given a generated key, stored: the key registered beside the old one, and both stores listed as changes', async () => {
    const existing = await emulator.control.createApp({
      label: LABEL,
      keys: [jwkOf('p256', 'old')]
    })
    const run = await provision({ 'key-id': 'new-kid', 'github-token': GITHUB_TOKEN })
    expect(run.errors).toEqual([])
    const { id, clientId } = existing
    expect(run.outputs['key-changed']).toBe('true')
    expect(github.secretPlaintext('OKTA_PRIVATE_KEY')).toBe(run.outputs['private-key'])
    expect(run.summary).toContain(
      '<tr><td>Key id (kid)</td><td>new-kid (RSA 2048 bits; generated by this run, registered by this run)</td></tr>'
    )
    expect(run.summary).toContain(
      '<tr><td>Stored in the repository</td><td>secret OKTA_PRIVATE_KEY, variable OKTA_CLIENT_ID (octo-org/octo-repo)</td></tr>'
    )
    expect(linesOf(run)).toEqual([
      'Key: generated a new RSA 2048 bits key pair (RSA-2048), kid new-kid (key-id input), algorithm RS256; the private key is in the masked private-key output',
      `Public JWK: ${run.outputs.jwk}`,
      `Found app "${LABEL}": id ${id}, client id ${clientId}, ACTIVE`,
      "Registered key new-kid (ACTIVE); the app's other keys are unchanged",
      'DPoP: already not required',
      'Repository variable OKTA_CLIENT_ID in octo-org/octo-repo holds the client id (created)',
      'Stored the private key as repository secret OKTA_PRIVATE_KEY in octo-org/octo-repo (created)',
      `Provisioned app "${LABEL}" (${id}), client id ${clientId}, kid new-kid: updated (created secret OKTA_PRIVATE_KEY in octo-org/octo-repo; created variable OKTA_CLIENT_ID in octo-org/octo-repo; registered key new-kid)`
    ])
  })

  it('already up to date, the variable too: nothing changed, and the log says so', async () => {
    const existing = await emulator.control.createApp({
      label: LABEL,
      keys: [jwkOf('p256', 'given')],
      grantedScopes: ['okta.users.read'],
      roles: ['READ_ONLY_ADMIN']
    })
    github.seedVariable('OKTA_CLIENT_ID', existing.clientId)
    await emulator.control.clearRequests()
    const run = await provision({
      'private-key': testKey('p256').pkcs8,
      'key-id': 'given',
      scopes: 'okta.users.read',
      'admin-roles': 'READ_ONLY_ADMIN',
      'github-token': GITHUB_TOKEN
    })
    expect(run.errors).toEqual([])
    const { id, clientId } = existing
    expect(run.outputs['key-changed']).toBe('false')
    expect(run.summary).toContain(
      `<tr><td>Key id (kid)</td><td>given (EC P-256; from private-key, already registered)</td></tr>`
    )
    expect(linesOf(run)).toEqual([
      'Key: PKCS#8 PEM, EC P-256, kid given (key-id input), algorithm ES256',
      `Public JWK: ${run.outputs.jwk}`,
      `Found app "${LABEL}": id ${id}, client id ${clientId}, ACTIVE`,
      'Key given: already registered and ACTIVE',
      'DPoP: already not required',
      'Scope okta.users.read: already granted',
      'Admin role READ_ONLY_ADMIN: already assigned',
      'Repository variable OKTA_CLIENT_ID in octo-org/octo-repo holds the client id (unchanged)',
      'private-key was given: it is a secret already, so it is not stored again',
      `Provisioned app "${LABEL}" (${id}), client id ${clientId}, kid given: already up to date`
    ])
    expect((await emulator.control.requests()).filter(e => e.method !== 'GET')).toEqual([])
  })
})

describe('a key that stays in a key service (signing-key)', () => {
  const remoteStep = () => vaultStep(vault).env as Record<string, string>

  it('creates the app with its public half, names the key in the step, and stores only the client id', async () => {
    vault.addKey('prov-key', 'ecdsa-p256')
    const run = await provision(
      {
        'signing-key': 'hashivault://prov-key',
        'key-id': 'vault-kid',
        scopes: 'okta.users.read',
        'github-token': GITHUB_TOKEN
      },
      remoteStep()
    )
    expect(run.errors).toEqual([])
    const { 'app-id': appId, 'client-id': clientId, jwk } = run.outputs
    expect(run.outputs['private-key']).toBeUndefined()
    expect(run.summary).toBe(
      summaryOf({
        title: 'Okta service app created',
        facts: [
          ['App', `${LABEL} (${appId})`],
          ['Client id', clientId],
          ['Created by this run', 'yes'],
          ['Key id (kid)', 'vault-kid (EC P-256; from signing-key, registered by this run)'],
          ['Scopes granted', 'okta.users.read'],
          ['Admin roles', 'none requested'],
          ['DPoP required', 'no'],
          ['Stored in the repository', 'variable OKTA_CLIENT_ID (octo-org/octo-repo)']
        ],
        jwk,
        step: tokenStep(PLACEHOLDER_USES, [
          'client-id: ${{ vars.OKTA_CLIENT_ID }}',
          'signing-key: hashivault://prov-key',
          'key-id: vault-kid',
          'scopes: okta.users.read'
        ])
      })
    )
    expect(linesOf(run)).toEqual([
      'Key: Vault transit key transit/keys/prov-key (hashivault://prov-key), EC P-256, kid vault-kid (key-id input), algorithm ES256',
      `Public JWK: ${jwk}`,
      `Created app "${LABEL}": id ${appId}, client id ${clientId}, key vault-kid registered, DPoP not required`,
      'Scope okta.users.read: granted',
      'Repository variable OKTA_CLIENT_ID in octo-org/octo-repo holds the client id (created)',
      'signing-key names a key in a key service: there is no private key to store',
      `Provisioned app "${LABEL}" (${appId}), client id ${clientId}, kid vault-kid: created by this run`
    ])
    expect(Object.keys(github.secrets())).toEqual([])
  })

  it('github-token empty, key already registered: the only step by hand is the variable', async () => {
    vault.addKey('kept-key', 'ecdsa-p256')
    const inputs = { 'signing-key': 'hashivault://kept-key', 'key-id': 'vault-kid' }
    // The first run registers it; the second finds it there.
    expect((await provision(inputs, remoteStep())).errors).toEqual([])
    const run = await provision(inputs, remoteStep())
    expect(run.errors).toEqual([])
    const { 'app-id': appId, 'client-id': clientId } = run.outputs
    expect(run.outputs['key-changed']).toBe('false')
    const byHand = [variableByHand('OKTA_CLIENT_ID', clientId)]
    expect(run.summary).toBe(
      summaryOf({
        title: 'Okta service app up to date',
        facts: [
          ['App', `${LABEL} (${appId})`],
          ['Client id', clientId],
          ['Created by this run', 'no (existing app reused)'],
          ['Key id (kid)', 'vault-kid (EC P-256; from signing-key, already registered)'],
          ['Scopes granted', 'none requested'],
          ['Admin roles', 'none requested'],
          ['DPoP required', 'no'],
          ['Stored in the repository', 'nothing (github-token not set)']
        ],
        jwk: run.outputs.jwk,
        step: tokenStep(PLACEHOLDER_USES, [
          `client-id: ${clientId}`,
          'signing-key: hashivault://kept-key',
          'key-id: vault-kid',
          'scopes: &lt;okta.* scopes granted to the app&gt;'
        ]),
        byHand
      })
    )
    expect(linesOf(run).slice(-3)).toEqual([
      'github-token is empty: nothing is stored in the repository. To store by hand:',
      ...byHand.map(step => `  - ${step}`),
      `Provisioned app "${LABEL}" (${appId}), client id ${clientId}, kid vault-kid: already up to date`
    ])
  })
})

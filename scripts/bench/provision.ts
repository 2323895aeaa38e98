// Provision mode with 20 scopes and 3 admin roles against its sequential lower bound: the same
// 25 management calls (1 list + 1 create + 20 grants + 3 roles) made one after another from
// this process, on the same emulator, in the same interleaved loop. Grants and roles are
// independent of each other once the app exists, so the action may run them concurrently.
import type { EmulatorHandle } from '../../testkit/emulator/process.js'
import { OKTA_SCOPES } from '../../emulator/oauth.js'
import type { PublicJwk } from '../../emulator/state.js'
import { testKey } from '../../testkit/keys.js'
import { runChildOk } from './child.js'
import { ACTION_MAIN, KID } from './fixtures.js'
import { compare, interleave, type Comparison } from './stats.js'

export const PROVISION_SCOPES = [...OKTA_SCOPES].filter(s => s.endsWith('.read')).slice(0, 20)
export const PROVISION_ROLES = ['READ_ONLY_ADMIN', 'USER_ADMIN', 'HELP_DESK_ADMIN']

export interface ProvisionTiming {
  latencyMs: number
  scopes: number
  roles: number
  /** action vs the 25 calls made sequentially */
  vsSequential: Comparison
  /** Management calls per provision run, by route (the last run's log). */
  calls: Record<string, number>
}

let labels = 0
const freshLabel = () => `bench-provision-${process.pid}-${++labels}`

export async function benchProvision(
  emulator: EmulatorHandle,
  latencyMs: number,
  iterations: number
): Promise<ProvisionTiming> {
  const key = testKey('rsa')
  let calls: Record<string, number> = {}
  // Each run starts from an empty org and a fresh rate-limit window (management: 100/min),
  // so a run is never slowed by the previous one's calls.
  const freshOrg = async () => {
    await emulator.control.reset()
    return (await emulator.control.createApiToken({ name: 'bench', role: 'SUPER_ADMIN' })).token
  }
  const samples = await interleave(iterations, {
    action: async () => {
      const apiToken = await freshOrg()
      const run = await runChildOk(
        {
          node: process.execPath,
          args: [ACTION_MAIN],
          inputs: {
            mode: 'provision',
            'okta-domain': emulator.url,
            'api-token': apiToken,
            'app-label': freshLabel(),
            'private-key': key.pkcs8,
            'key-id': KID,
            scopes: PROVISION_SCOPES.join(' '),
            'admin-roles': PROVISION_ROLES.join(' ')
          }
        },
        'provision mode'
      )
      if (run.outputs.created !== 'true') throw new Error('provision did not create the app')
      calls = countByRoute(await emulator.control.requests())
      return run.ms
    },
    sequential: async () => {
      const apiToken = await freshOrg()
      const started = process.hrtime.bigint()
      await provisionSequentially(emulator.url, apiToken, key.publicJwk as PublicJwk)
      return Number(process.hrtime.bigint() - started) / 1e6
    }
  })
  return {
    latencyMs,
    scopes: PROVISION_SCOPES.length,
    roles: PROVISION_ROLES.length,
    vsSequential: compare(samples.action, samples.sequential),
    calls
  }
}

function countByRoute(log: { route: string }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const entry of log) counts[entry.route] = (counts[entry.route] ?? 0) + 1
  return counts
}

/** The 25 calls of a fresh provision, one after another: the sequential lower bound. */
async function provisionSequentially(org: string, apiToken: string, jwk: PublicJwk) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${org}${path}`, {
      method,
      headers: {
        Authorization: `SSWS ${apiToken}`,
        Accept: 'application/json',
        ...(body ? { 'Content-Type': 'application/json' } : {})
      },
      body: body ? JSON.stringify(body) : undefined
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`sequential ${method} ${path}: ${response.status} ${text}`)
    return text ? (JSON.parse(text) as Record<string, unknown>) : {}
  }
  const label = freshLabel()
  await call('GET', `/api/v1/apps?q=${encodeURIComponent(label)}&limit=200`)
  const app = await call('POST', '/api/v1/apps', {
    name: 'oidc_client',
    label,
    signOnMode: 'OPENID_CONNECT',
    credentials: { oauthClient: { token_endpoint_auth_method: 'private_key_jwt' } },
    settings: {
      oauthClient: {
        application_type: 'service',
        grant_types: ['client_credentials'],
        jwks: { keys: [{ ...jwk, kid: KID }] }
      }
    }
  })
  const appId = String(app.id)
  const clientId = String(
    (app.credentials as { oauthClient: { client_id: string } }).oauthClient.client_id
  )
  for (const scopeId of PROVISION_SCOPES) {
    await call('POST', `/api/v1/apps/${appId}/grants`, { issuer: org, scopeId })
  }
  for (const type of PROVISION_ROLES) {
    await call('POST', `/oauth2/v1/clients/${clientId}/roles`, { type })
  }
}

// A create whose answer was lost, step by step: the management client and createServiceApp
// over a scripted transport that plays Okta, so the order of "the write landed" and "the
// client looked" is chosen by the test rather than by timing. The emulator suites cover the
// same through dist/ where the order can be forced (a late answer to a done write).
import { describe, expect, it } from '@jest/globals'
import { RetryingClient, type Clock } from '../../src/http/retrying-client.js'
import { NetworkError, type HttpRequest, type Transport } from '../../src/http/transport.js'
import type { PublicJwk } from '../../src/keys/signing-key.js'
import { createServiceApp, type OktaApp } from '../../src/okta/apps.js'
import { ManagementClient } from '../../src/okta/management-client.js'
import { testKey } from '../../testkit/keys.js'

const ORG = 'https://acme.okta.com'
const LABEL = 'CI service app'
const jwk = { ...(testKey('p256').publicJwk as unknown as PublicJwk), kid: 'ours' }
const otherKey = { ...(testKey('rsa').publicJwk as unknown as PublicJwk), kid: 'ours' }

function appJson(id: string, key: PublicJwk = jwk): OktaApp {
  return {
    id,
    label: LABEL,
    name: 'oidc_client',
    status: 'ACTIVE',
    credentials: { oauthClient: { client_id: id, token_endpoint_auth_method: 'private_key_jwt' } },
    settings: { oauthClient: { jwks: { keys: [{ ...key, status: 'ACTIVE' }] } } }
  }
}

type Step = (request: HttpRequest) => { status: number; body?: unknown } | 'timeout'

/** Okta, played by the test: each request takes the next step; the log keeps what was sent. */
function scriptedOkta(steps: Step[]) {
  const sent: string[] = []
  const transport: Transport = async request => {
    const step = steps.shift()
    if (!step) throw new Error(`unexpected ${request.method} ${request.url}`)
    sent.push(`${request.method} ${new URL(request.url).pathname}`)
    const outcome = step(request)
    if (outcome === 'timeout') throw new NetworkError('no answer within the timeout')
    return {
      status: outcome.status,
      headers: new Headers({ 'content-type': 'application/json' }),
      text: outcome.body === undefined ? '' : JSON.stringify(outcome.body),
      receivedAt: 0
    }
  }
  const logged: string[] = []
  const log = {
    info: (m: string) => logged.push(m),
    warning: (m: string) => logged.push(`warning: ${m}`),
    debug: () => {}
  }
  const clock: Clock = { now: () => 0, sleep: async () => {}, random: () => 0 }
  const http = new RetryingClient(transport, clock, log, { maxAttempts: 3, timeoutMs: 1000 })
  const client = new ManagementClient({ http, log, orgUrl: ORG, apiToken: 'ssws-test-token' })
  return { client, sent, logged }
}

const list =
  (...apps: OktaApp[]): Step =>
  () => ({ status: 200, body: apps })
const create =
  (id: string): Step =>
  () => ({ status: 200, body: appJson(id) })
const timeout: Step = () => 'timeout'
const ok: Step = () => ({ status: 200, body: {} })

describe('a create whose answer was lost', () => {
  it('reuses the app the lost attempt made, and sends no second create', async () => {
    const { client, sent } = scriptedOkta([timeout, list(appJson('0oaLANDED'))])
    const created = await createServiceApp(client, { label: LABEL, jwk, requireDpop: false })
    expect(created.id).toBe('0oaLANDED')
    expect(sent).toEqual(['POST /api/v1/apps', 'GET /api/v1/apps'])
  })

  it('deletes the twin when the lost create lands only after the lookup', async () => {
    const { client, sent, logged } = scriptedOkta([
      timeout, // 1st create: Okta does it, but only after...
      list(), // ...the lookup found nothing
      create('0oaSECOND'), // the resend is answered
      list(appJson('0oaLATE'), appJson('0oaSECOND')), // the late one has landed meanwhile
      ok, // deactivate the twin
      ok // delete it
    ])
    const created = await createServiceApp(client, { label: LABEL, jwk, requireDpop: false })
    expect(created.id).toBe('0oaSECOND')
    expect(sent).toEqual([
      'POST /api/v1/apps',
      'GET /api/v1/apps',
      'POST /api/v1/apps',
      'GET /api/v1/apps',
      'POST /api/v1/apps/0oaLATE/lifecycle/deactivate',
      'DELETE /api/v1/apps/0oaLATE'
    ])
    expect(logged).toContain(
      `Deleted app 0oaLATE, a second "${LABEL}" made by a create whose answer was lost`
    )
  })

  it('leaves alone an app with the same label and kid but another key: it is not ours', async () => {
    const { client, sent } = scriptedOkta([
      timeout,
      list(appJson('0oaOTHERRUN', otherKey)),
      create('0oaOURS'),
      list(appJson('0oaOTHERRUN', otherKey), appJson('0oaOURS'))
    ])
    const created = await createServiceApp(client, { label: LABEL, jwk, requireDpop: false })
    expect(created.id).toBe('0oaOURS')
    expect(sent.filter(line => !line.startsWith('GET'))).toEqual([
      'POST /api/v1/apps',
      'POST /api/v1/apps'
    ])
  })

  it('goes on with its app and names the twin when deleting the twin fails', async () => {
    const { client, logged } = scriptedOkta([
      timeout,
      list(),
      create('0oaSECOND'),
      list(appJson('0oaLATE'), appJson('0oaSECOND')),
      () => ({ status: 403, body: { errorCode: 'E0000006', errorSummary: 'no', errorCauses: [] } })
    ])
    const created = await createServiceApp(client, { label: LABEL, jwk, requireDpop: false })
    expect(created.id).toBe('0oaSECOND')
    expect(logged.filter(line => line.startsWith('warning:'))).toEqual([
      expect.stringMatching(
        /^warning: App 0oaLATE is a second "CI service app" made by a create whose answer was lost, and deleting it failed \(.*\): deactivate and delete it by hand\.$/
      )
    ])
  })

  it('sends the create again when the lookup itself fails, saying so', async () => {
    const { client, sent, logged } = scriptedOkta([
      timeout,
      () => ({ status: 400, body: { errorCode: 'E0000001', errorSummary: 'x', errorCauses: [] } }),
      create('0oaSECOND'),
      list(appJson('0oaSECOND'))
    ])
    const created = await createServiceApp(client, { label: LABEL, jwk, requireDpop: false })
    expect(created.id).toBe('0oaSECOND')
    expect(sent.filter(line => line.startsWith('POST'))).toHaveLength(2)
    expect(logged).toContainEqual(
      expect.stringMatching(
        /^warning: Creating app "CI service app": could not check whether an earlier attempt took effect/
      )
    )
  })
})

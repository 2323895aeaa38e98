// Self-hosted runners behind a proxy: HTTPS_PROXY/HTTP_PROXY carry the Okta calls through a
// real local proxy (its log shows them), NO_PROXY bypasses it, and a proxy that refuses or is
// not there fails in one line naming HTTPS_PROXY and NO_PROXY.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { startEmulator, type EmulatorHandle } from '../../testkit/emulator/process.js'
import { recordFigure } from '../../testkit/audit.js'
import { expectCleanFailure } from '../../testkit/fault-table.js'
import { startHttpProxy, type HttpProxy } from '../../testkit/http-proxy.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, runJob } from '../../testkit/run-action.js'

const key = testKey('rsa')
let emulator: EmulatorHandle
let proxy: HttpProxy
let refusing: HttpProxy
let inputs: Record<string, string>
let emulatorHost: string

const through = (url: string) => ({ HTTPS_PROXY: url, HTTP_PROXY: url })

beforeAll(async () => {
  emulator = await startEmulator()
  proxy = await startHttpProxy()
  refusing = await startHttpProxy({ refuse: true })
  emulatorHost = new URL(emulator.url).host
  const app = await emulator.control.createApp({
    keys: [{ ...key.publicJwk, kid: 'proxy' }],
    grantedScopes: ['okta.users.read']
  })
  inputs = {
    'okta-domain': emulator.url,
    'client-id': app.clientId,
    'private-key': key.pkcs8,
    'key-id': 'proxy',
    scopes: 'okta.users.read',
    'max-attempts': '2',
    timeout: '2'
  }
})
afterAll(async () => {
  await Promise.all([emulator?.stop(), proxy?.stop(), refusing?.stop()])
})

it('sends the token request and the revocation through HTTPS_PROXY', async () => {
  proxy.log.length = 0
  const { main, post } = await runJob(inputs, { env: through(proxy.url) })
  expect(main.code).toBe(0)
  expect(post.stdout).toContain('Revoked the access token')
  // undici tunnels every request with CONNECT, http targets included.
  expect(proxy.log).toEqual([
    { method: 'CONNECT', target: emulatorHost, status: 200 },
    { method: 'CONNECT', target: emulatorHost, status: 200 }
  ])
  const token = (await emulator.control.requests()).filter(r => r.route === 'oauth.token')
  expect(token.length).toBeGreaterThan(0)
  recordFigure('proxy', { case: 'through proxy', requests: proxy.log.length })
})

it('bypasses the proxy for hosts in NO_PROXY', async () => {
  proxy.log.length = 0
  const run = await runAction('main', inputs, {
    env: { ...through(proxy.url), NO_PROXY: '127.0.0.1' }
  })
  expect(run.code).toBe(0)
  expect(proxy.log).toEqual([])
  recordFigure('proxy', { case: 'NO_PROXY bypass', requests: 0 })
})

it('fails in one line, without retrying, when the proxy refuses the tunnel', async () => {
  refusing.log.length = 0
  const run = await runAction('main', inputs, { env: through(refusing.url) })
  expect(expectCleanFailure(run)).toBe(
    `Token request failed: the proxy refused to connect to ${emulatorHost} (HTTP 403); check HTTPS_PROXY and NO_PROXY.`
  )
  // A refusal is policy, not a glitch: one attempt.
  expect(refusing.log).toEqual([{ method: 'CONNECT', target: emulatorHost, status: 403 }])
  recordFigure('proxy', { case: 'refusing proxy' })
})

it('fails in one line naming the proxy settings when no proxy listens there', async () => {
  const run = await runAction('main', inputs, { env: through('http://127.0.0.1:9') })
  expect(expectCleanFailure(run)).toBe(
    `Token request failed after 2 attempts: cannot reach ${emulatorHost} through the proxy (ECONNREFUSED); check HTTPS_PROXY and NO_PROXY. Check the network path to Okta, or raise max-attempts or timeout.`
  )
  recordFigure('proxy', { case: 'closed proxy port' })
})

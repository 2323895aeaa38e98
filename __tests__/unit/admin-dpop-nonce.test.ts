// Which answers to a management call make an admin app's access token sign again with a DPoP
// nonce (src/okta/management-auth.ts renewFor, RFC 9449 §9): only a use_dpop_nonce challenge,
// only for a DPoP-bound token, and only for a nonce not answered before. Provision runs
// in-process against the emulator; faults play the resource server's challenges, and the
// emulator's request log shows whether a call was sent again.
import { describe, expect, it } from '@jest/globals'
import { decodeJwt } from 'jose'
import { emulator, url, useEmulator } from '../emulator/fixture.js'
import type { App, RequestLogEntry } from '../../testkit/emulator/control-client.js'
import type { PublicJwk } from '../../emulator/state.js'
import { testKey } from '../../testkit/keys.js'
import { runAction, uniqueLabel, type ActionRun } from '../../testkit/in-process.js'

useEmulator()

const ADMIN_KID = 'admin-key'
const adminKey = testKey('p256')
const MANAGE = ['okta.apps.manage', 'okta.appGrants.manage', 'okta.roles.manage']
const NONCE_CHALLENGE = {
  'WWW-Authenticate':
    'DPoP algs="ES256", error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
  'DPoP-Nonce': 'nonce-from-the-server'
}

function adminApp(dpopRequired: boolean): Promise<App> {
  return emulator.control.createApp({
    label: 'ci-admin',
    keys: [{ ...(adminKey.publicJwk as PublicJwk), kid: ADMIN_KID }],
    grantedScopes: MANAGE,
    roles: ['SUPER_ADMIN'],
    dpopRequired
  })
}

function provision(admin: App): Promise<ActionRun> {
  return runAction('main', {
    mode: 'provision',
    'okta-domain': url,
    'admin-client-id': admin.clientId,
    'admin-private-key': adminKey.pkcs8,
    'admin-key-id': ADMIN_KID,
    'app-label': uniqueLabel()
  })
}

const lookups = (log: RequestLogEntry[]) =>
  log.filter(e => e.method === 'GET' && e.path.startsWith('/api/v1/apps?'))
const nonceLines = (run: ActionRun) =>
  run.stdout.split('\n').filter(line => line.includes('Okta asked for a DPoP nonce'))

describe('a DPoP nonce offered to a management call', () => {
  it('a Bearer admin token does not answer a nonce challenge: one request, and the run stops', async () => {
    const admin = await adminApp(false)
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/apps' },
      kind: 'status',
      status: 401,
      headers: NONCE_CHALLENGE
    })
    const run = await provision(admin)
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/^Looking up app ".*" failed: HTTP 401 use_dpop_nonce: /)
    expect(lookups(await emulator.control.requests())).toHaveLength(1)
    expect(nonceLines(run)).toEqual([])
  })

  it('a DPoP admin token takes a nonce on a 200 as no challenge: the call is not sent again', async () => {
    const admin = await adminApp(true)
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/apps' },
      kind: 'status',
      status: 200,
      body: [],
      headers: { 'DPoP-Nonce': 'nonce-from-the-server' }
    })
    const run = await provision(admin)
    expect(run.errors).toEqual([])
    expect(lookups(await emulator.control.requests())).toHaveLength(1)
    expect(nonceLines(run)).toEqual([])
  })

  it('a DPoP admin token answers a nonce once: the same nonce asked again later stops the run', async () => {
    const admin = await adminApp(true)
    for (const method of ['GET', 'POST']) {
      await emulator.control.addFault({
        match: { method, path: '/api/v1/apps' },
        kind: 'status',
        status: 401,
        headers: NONCE_CHALLENGE
      })
    }
    const run = await provision(admin)
    expect(run.code).toBe(1)
    expect(nonceLines(run)).toEqual([
      expect.stringMatching(
        /^Looking up app ".*": Okta asked for a DPoP nonce; signing a new proof with it$/
      )
    ])
    expect(run.errors[0]).toMatch(
      /^Creating app ".*" failed: HTTP 401 use_dpop_nonce: .*The server asked for a DPoP nonce again after the action had answered with the one it offered/
    )
    const creates = (await emulator.control.requests()).filter(
      e => e.method === 'POST' && e.path.startsWith('/api/v1/apps?')
    )
    // One create, whose proof already carried the nonce the server asked for again.
    expect(creates.map(e => decodeJwt(e.headers.dpop).nonce)).toEqual(['nonce-from-the-server'])
  })

  it('names the admin access token in the refusal of a next link to another host', async () => {
    const admin = await adminApp(false)
    await emulator.control.addFault({
      match: { method: 'GET', path: '/api/v1/apps' },
      kind: 'status',
      status: 200,
      body: [],
      headers: { Link: '<https://elsewhere.example/api/v1/apps?after=x>; rel="next"' }
    })
    const run = await provision(admin)
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/so the admin access token is not sent there\.$/)
  })
})

// src/oauth/token-request.ts called directly against a loopback token endpoint that answers
// what each test queues: how the answer is read (token_type in any case, missing members, a
// 200 without a token), what each request carries, and which DPoP errors switch to DPoP.
// The emulator-backed runs (token-mode.test.ts) prove the flow; these pin the details.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { RetryingClient, systemClock } from '../../src/http/retrying-client.js'
import { createTransport } from '../../src/http/transport.js'
import { loadSigningKey, type SigningKey } from '../../src/keys/signing-key.js'
import { ClockSkew } from '../../src/oauth/clock-skew.js'
import { requestAccessToken, type TokenRequestParams } from '../../src/oauth/token-request.js'
import { revokeToken } from '../../src/oauth/revoke.js'
import type { DpopMode } from '../../src/domain.js'
import { testKey } from '../../testkit/keys.js'

interface Answer {
  status: number
  body?: unknown
  /** Sent as is instead of the JSON of body. */
  raw?: string
  headers?: Record<string, string>
}
interface Seen {
  headers: IncomingHttpHeaders
  form: URLSearchParams
}

let server: Server
let endpoint: string
let key: SigningKey
let answers: Answer[]
let seen: Seen[]
let logged: string[]
let masked: string[]

beforeAll(async () => {
  key = await loadSigningKey(testKey('p256').pkcs8, { mask: () => {}, keyId: 'units' })
  server = createServer((req, res) => {
    let body = ''
    req.on('data', chunk => (body += chunk))
    req.on('end', () => {
      seen.push({ headers: req.headers, form: new URLSearchParams(body) })
      const answer = answers.shift() ?? { status: 500, body: { error: 'nothing queued' } }
      res
        .writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers })
        .end(answer.raw ?? JSON.stringify(answer.body))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/v1/token`
})
afterAll(async () => {
  await new Promise(resolve => server.close(resolve))
})
beforeEach(() => {
  answers = []
  seen = []
  logged = []
  masked = []
})

const log = {
  info: (m: string) => logged.push(m),
  warning: (m: string) => logged.push(`warning: ${m}`),
  debug: () => {}
}
const http = (maxAttempts = 1) =>
  new RetryingClient(createTransport({}), systemClock, log, { maxAttempts, timeoutMs: 5000 })

function request(dpop: DpopMode, extra: Partial<TokenRequestParams> = {}) {
  return requestAccessToken({
    http: http(),
    log,
    mask: secret => masked.push(secret),
    skew: new ClockSkew(() => Date.now()),
    key,
    clientId: '0oaunits',
    tokenEndpoint: endpoint,
    audience: endpoint,
    scopes: ['okta.users.read', 'okta.groups.read'],
    lifetimeSeconds: 120,
    dpop,
    ...extra
  })
}

const ok = (body: Record<string, unknown>): Answer => ({ status: 200, body })
const nonceChallenge = (nonce: string): Answer => ({
  status: 400,
  body: { error: 'use_dpop_nonce', error_description: 'Authorization server requires nonce.' },
  headers: { 'DPoP-Nonce': nonce }
})
const dpopError = (description: string): Answer => ({
  status: 400,
  body: { error: 'invalid_dpop_proof', error_description: description }
})

describe('what a token request carries', () => {
  it('a form with the grant, the scopes and a signed assertion, asking for JSON', async () => {
    answers = [ok({ access_token: 'at-1', token_type: 'Bearer' })]
    await request('false')
    const [{ headers, form }] = seen
    expect(headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(headers.accept).toBe('application/json')
    expect(headers.dpop).toBeUndefined()
    expect([...form.keys()]).toEqual([
      'grant_type',
      'scope',
      'client_assertion_type',
      'client_assertion'
    ])
    expect(form.get('grant_type')).toBe('client_credentials')
    expect(form.get('scope')).toBe('okta.users.read okta.groups.read')
    expect(form.get('client_assertion_type')).toBe(
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
    )
    const assertion = form.get('client_assertion')!
    expect(decodeJwt(assertion)).toMatchObject({ iss: '0oaunits', sub: '0oaunits', aud: endpoint })
    expect(masked).toContain(assertion)
  })

  it('with dpop true, a proof for POST to the endpoint from the first request', async () => {
    answers = [ok({ access_token: 'at-2', token_type: 'DPoP' })]
    const result = await request('true')
    const proof = seen[0].headers.dpop as string
    expect(decodeProtectedHeader(proof)).toMatchObject({ typ: 'dpop+jwt', alg: 'ES256' })
    expect(decodeJwt(proof)).toMatchObject({ htm: 'POST', htu: endpoint })
    expect(decodeJwt(proof).nonce).toBeUndefined()
    expect(masked).toContain(proof)
    expect(result.requests).toBe(1)
  })
})

describe('reading the answer', () => {
  it.each([
    ['DPoP', 'DPoP'],
    ['dpop', 'DPoP'],
    ['Bearer', 'Bearer'],
    ['N_A', 'Bearer'],
    [undefined, 'Bearer']
  ] as const)('token_type %s is a %s token', async (type, expected) => {
    answers = [ok({ access_token: 'at-3', ...(type ? { token_type: type } : {}) })]
    const result = await request('true')
    expect(result.tokenType).toBe(expected)
    // The DPoP key goes with a DPoP token only.
    expect(result.dpopKey === undefined).toBe(expected === 'Bearer')
  })

  it('masks the token, and reads expires_in and scope, 0 and empty when absent', async () => {
    answers = [ok({ access_token: 'at-4', token_type: 'Bearer', expires_in: 3600, scope: 'a b' })]
    expect(await request('false')).toEqual({
      accessToken: 'at-4',
      tokenType: 'Bearer',
      expiresIn: 3600,
      scope: 'a b',
      dpopKey: undefined,
      requests: 1
    })
    expect(masked).toContain('at-4')
    answers = [ok({ access_token: 'at-5' })]
    expect(await request('false')).toMatchObject({ expiresIn: 0, scope: '' })
  })

  it.each([
    ['no access_token', { token_type: 'Bearer' }],
    ['an empty access_token', { access_token: '', token_type: 'Bearer' }],
    ['an access_token that is not a string', { access_token: 42 }]
  ])('refuses a 200 with %s', async (_what, body) => {
    answers = [ok(body)]
    await expect(request('false')).rejects.toThrow('HTTP 200 without an access_token in the body')
  })
})

describe('DPoP errors', () => {
  it('with dpop auto, switches to DPoP once on "header is missing", then answers the nonce', async () => {
    answers = [
      dpopError('The DPoP proof JWT header is missing.'),
      nonceChallenge('n-1'),
      ok({ access_token: 'at-6', token_type: 'DPoP' })
    ]
    const result = await request('auto')
    expect(result).toMatchObject({ tokenType: 'DPoP', requests: 3 })
    expect(seen.map(s => s.headers.dpop === undefined)).toEqual([true, false, false])
    expect(decodeJwt(seen[2].headers.dpop as string).nonce).toBe('n-1')
    expect(logged).toEqual([
      'The app requires DPoP; switching to DPoP with a new ephemeral EC P-256 key',
      'Token endpoint asked for a DPoP nonce; signing a new assertion and proof with it'
    ])
  })

  it('does not switch on another invalid_dpop_proof', async () => {
    answers = [dpopError('The DPoP proof JWT signature is invalid.')]
    await expect(request('auto')).rejects.toThrow(
      'Token request failed: HTTP 400 invalid_dpop_proof: The DPoP proof JWT signature is invalid.'
    )
    expect(seen).toHaveLength(1)
  })

  it('with a proof already sent, a second "header is missing" is an error, not another switch', async () => {
    answers = [
      dpopError('The DPoP proof JWT header is missing.'),
      dpopError('The DPoP proof JWT header is missing.')
    ]
    await expect(request('auto')).rejects.toThrow(
      'Token request failed: HTTP 400 invalid_dpop_proof: The DPoP proof JWT header is missing.'
    )
    expect(seen).toHaveLength(2)
  })

  it('with dpop false, says the app requires DPoP and names the setting', async () => {
    answers = [dpopError('The DPoP proof JWT header is missing.')]
    await expect(request('false')).rejects.toThrow(
      'Token request failed: the app requires DPoP ("Require Demonstrating Proof of Possession (DPoP) header in token requests" in the app\'s General settings) and dpop is false: set dpop to auto or true, or untick that setting.'
    )
    expect(seen).toHaveLength(1)
  })

  it('ignores a nonce challenge without a proof key, or without a nonce', async () => {
    answers = [nonceChallenge('n-2')]
    await expect(request('false')).rejects.toThrow('HTTP 400 use_dpop_nonce')
    answers = [{ ...nonceChallenge('n-3'), headers: {} }]
    await expect(request('true')).rejects.toThrow('HTTP 400 use_dpop_nonce')
    expect(seen).toHaveLength(2)
  })
})

/** A time error whose Date puts the server two minutes ahead of the runner. */
const expired = (): Answer => ({
  status: 400,
  body: { error: 'invalid_client', error_description: 'The client_assertion token is expired.' },
  headers: { Date: new Date(Date.now() + 120_000).toUTCString() }
})

describe('the loop guard of the token request', () => {
  it('answers a repeated nonce only once', async () => {
    answers = [nonceChallenge('same'), nonceChallenge('same'), ok({ access_token: 'x' })]
    await expect(request('true')).rejects.toThrow('Token request failed: HTTP 400 use_dpop_nonce')
    expect(seen).toHaveLength(2)
  })

  it('stops after five requests, each with the nonce the one before offered', async () => {
    answers = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'].map(nonceChallenge)
    await expect(request('true')).rejects.toThrow(
      'Token request failed: the token endpoint kept asking for another DPoP nonce or proof after 5 tries.'
    )
    expect(seen.map(s => decodeJwt(s.headers.dpop as string).nonce)).toEqual([
      undefined,
      'n1',
      'n2',
      'n3',
      'n4'
    ])
  })

  it('signs again once on the server time after a time error, with a warning', async () => {
    answers = [expired(), ok({ access_token: 'x' })]
    expect(await request('false')).toMatchObject({ accessToken: 'x', requests: 2 })
    const [first, second] = seen.map(s => decodeJwt(s.form.get('client_assertion')!).iat!)
    expect(second - first).toBeGreaterThanOrEqual(119)
    expect(logged).toEqual([
      expect.stringMatching(
        /^warning: Token request refused for its times: the runner's clock is 1[12]\d s behind the server's \(measured from its Date header\); signing again on the server's time$/
      )
    ])
  })
})

const revoke = (options: { maxAttempts?: number; withLog?: boolean } = {}) =>
  revokeToken({
    http: http(options.maxAttempts),
    log: options.withLog === false ? undefined : log,
    mask: secret => masked.push(secret),
    skew: new ClockSkew(() => Date.now()),
    key,
    clientId: '0oaunits',
    revokeEndpoint: endpoint.replace(/token$/, 'revoke'),
    token: 'at-revoked',
    lifetimeSeconds: 120
  })

describe('revokeToken', () => {
  it('sends the token with its hint and an assertion for the revoke URL', async () => {
    answers = [ok({})]
    await revoke()
    const [{ headers, form }] = seen
    expect(headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(headers.accept).toBe('application/json')
    expect(form.get('token')).toBe('at-revoked')
    expect(form.get('token_type_hint')).toBe('access_token')
    expect(form.get('client_assertion_type')).toBe(
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
    )
    const assertion = form.get('client_assertion')!
    expect(decodeJwt(assertion).aud).toBe(endpoint.replace(/token$/, 'revoke'))
    expect(masked).toEqual([assertion])
  })

  it('signs again once after a time error, and then fails if refused again', async () => {
    answers = [expired(), ok({})]
    await revoke()
    expect(seen).toHaveLength(2)
    expect(logged).toEqual([
      expect.stringMatching(/^warning: Token revocation refused for its times: the runner's clock/)
    ])
    seen = []
    answers = [expired(), expired()]
    await expect(revoke()).rejects.toThrow(
      'Token revocation failed: HTTP 400 invalid_client: The client_assertion token is expired.'
    )
    expect(seen).toHaveLength(2)
  })

  it('fails at once on another error', async () => {
    answers = [{ status: 401, body: { error: 'invalid_client', error_description: 'nope' } }]
    await expect(revoke()).rejects.toThrow('Token revocation failed: HTTP 401 invalid_client: nope')
    expect(seen).toHaveLength(1)
  })
})

// Each of these kills a mutant that survived `npm run mutation` over src/oauth (docs/mutation.md).
describe('details the messages and retries depend on', () => {
  const html: Answer = { status: 200, raw: '<html>sign in</html>' }
  const notJson = 'HTTP 200 with a body that is not JSON (cut off, or a proxy page)'
  const unavailable: Answer = { status: 503, body: { errorCode: 'E0000009' } }

  it('names the token request in its retry lines, and refuses a 200 that is not JSON', async () => {
    answers = [unavailable, ok({ access_token: 'x' })]
    await request('false', { http: http(2) })
    expect(logged[0]).toMatch(/^Token request: HTTP 503; retrying in/)
    answers = [html]
    await expect(request('false')).rejects.toThrow(`Token request failed: ${notJson}`)
  })

  it('names the revocation in its retry lines, and does not take a 200 that is not JSON for one', async () => {
    answers = [unavailable, ok({})]
    await revoke({ maxAttempts: 2 })
    expect(logged[0]).toMatch(/^Token revocation: HTTP 503; retrying in/)
    answers = [html]
    await expect(revoke()).rejects.toThrow(`Token revocation failed: ${notJson}`)
  })

  it('corrects the clock of a revocation without a logger', async () => {
    answers = [expired(), ok({})]
    await revoke({ withLog: false })
    expect(seen).toHaveLength(2)
  })

  it('takes a DPoP-Nonce header as a challenge only with use_dpop_nonce', async () => {
    answers = [
      {
        status: 400,
        body: { error: 'invalid_client', error_description: 'Invalid value for client_id.' },
        headers: { 'DPoP-Nonce': 'n-x' }
      }
    ]
    await expect(request('true')).rejects.toThrow('HTTP 400 invalid_client')
    expect(seen).toHaveLength(1)
  })

  it('switches to DPoP only on invalid_dpop_proof, whatever else is "missing"', async () => {
    answers = [
      {
        status: 400,
        body: { error: 'invalid_request', error_description: 'The client_assertion is missing.' }
      }
    ]
    await expect(request('auto')).rejects.toThrow('HTTP 400 invalid_request')
    expect(seen).toHaveLength(1)
  })

  it('says dpop is false in exactly one line, with the request id when Okta sent one', async () => {
    const line =
      'Token request failed: the app requires DPoP ("Require Demonstrating Proof of Possession (DPoP) header in token requests" in the app\'s General settings) and dpop is false: set dpop to auto or true, or untick that setting.'
    answers = [dpopError('The DPoP proof JWT header is missing.')]
    await expect(request('false')).rejects.toThrow(new Error(line))
    answers = [
      {
        ...dpopError('The DPoP proof JWT header is missing.'),
        headers: { 'X-Okta-Request-Id': 'req-42' }
      }
    ]
    await expect(request('false')).rejects.toThrow(new Error(`${line} (X-Okta-Request-Id: req-42)`))
  })
})

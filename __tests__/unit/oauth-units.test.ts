// src/oauth/clock-skew.ts and sealed-state.ts called directly: the edges of the clock
// correction (which errors count, the 1 s floor and the 15 min ceiling, once per run) and the
// sealing of the post step's token, which the in-process runs only see from far away.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RetryingClient, systemClock } from '../../src/http/retrying-client.js'
import { createTransport } from '../../src/http/transport.js'
import { findRevokeEndpoint } from '../../src/oauth/revoke-endpoint.js'
import { ActionError } from '../../src/errors.js'
import { ClockSkew } from '../../src/oauth/clock-skew.js'
import { openFromMainStep, sealForPostStep } from '../../src/oauth/sealed-state.js'
import type { OktaErrorInfo } from '../../src/okta/okta-error.js'
import type { HttpResponse } from '../../src/http/transport.js'
import { testKey } from '../../testkit/keys.js'
import { createPrivateKey } from 'node:crypto'

const LOCAL = Date.parse('2026-01-01T12:00:00Z')

/** An answer that arrived at LOCAL and whose Date is `offsetMs` from it. */
function answer(offsetMs: number | undefined): HttpResponse {
  const headers = new Headers()
  if (offsetMs !== undefined) headers.set('date', new Date(LOCAL + offsetMs).toUTCString())
  return { status: 400, headers, text: '', receivedAt: LOCAL }
}

const timeError: OktaErrorInfo = {
  status: 400,
  error: 'invalid_client',
  description: 'The client_assertion token is expired.',
  causes: []
}

describe('ClockSkew', () => {
  it('is the local time in whole seconds until corrected', () => {
    expect(new ClockSkew(() => LOCAL + 999).nowSeconds()).toBe(LOCAL / 1000)
  })

  it.each([
    ['error', 'issued_at_in_future'],
    ['error', 'expires_too_far'],
    ['error', 'expired_token'],
    ['description', 'The client_assertion token was issued before the current time.'],
    ['description', 'The client_assertion token has an expiration too far into the future.'],
    ['description', 'The client_assertion token is expired.']
  ])('corrects after a time error in its %s: %s', (member, words) => {
    const skew = new ClockSkew(() => LOCAL)
    const info: OktaErrorInfo = {
      status: 400,
      error: 'invalid_client',
      causes: [],
      [member]: words
    }
    expect(skew.correctFrom(answer(-120_000), info)).toBe(true)
    expect(skew.nowSeconds()).toBe((LOCAL - 120_000) / 1000)
    expect(skew.describe()).toBe(
      "the runner's clock is 120 s ahead of the server's (measured from its Date header)"
    )
  })

  it('does not correct after another error, even with a Date far off', () => {
    const skew = new ClockSkew(() => LOCAL)
    const info = { ...timeError, description: 'The client_assertion signature is invalid.' }
    expect(skew.correctFrom(answer(120_000), info)).toBe(false)
    expect(skew.nowSeconds()).toBe(LOCAL / 1000)
  })

  it('does not correct without a Date header, or with one that is not a date', () => {
    const skew = new ClockSkew(() => LOCAL)
    expect(skew.correctFrom(answer(undefined), timeError)).toBe(false)
    const garbled = answer(undefined)
    garbled.headers.set('date', 'yesterday')
    expect(skew.correctFrom(garbled, timeError)).toBe(false)
    expect(skew.nowSeconds()).toBe(LOCAL / 1000)
  })

  it('leaves an offset under 1 s alone, and takes one of exactly 1 s', () => {
    const small = new ClockSkew(() => LOCAL)
    expect(small.correctFrom({ ...answer(0), receivedAt: LOCAL + 999 }, timeError)).toBe(false)
    expect(small.correctFrom({ ...answer(0), receivedAt: LOCAL - 999 }, timeError)).toBe(false)
    const one = new ClockSkew(() => LOCAL)
    expect(one.correctFrom(answer(1000), timeError)).toBe(true)
    expect(one.nowSeconds()).toBe(LOCAL / 1000 + 1)
    expect(one.describe()).toBe(
      "the runner's clock is 1 s behind the server's (measured from its Date header)"
    )
  })

  it('corrects 15 min exactly, and refuses more in one line naming the direction', () => {
    const limit = new ClockSkew(() => LOCAL)
    expect(limit.correctFrom(answer(15 * 60_000), timeError)).toBe(true)
    expect(limit.nowSeconds()).toBe(LOCAL / 1000 + 900)

    const behind = new ClockSkew(() => LOCAL)
    expect(() => behind.correctFrom(answer(15 * 60_000 + 1000), timeError)).toThrow(
      new ActionError(
        "The runner's clock is 901 s behind the server's (from its Date header), too far to correct: fix the runner's time (NTP)."
      )
    )
    const ahead = new ClockSkew(() => LOCAL)
    expect(() => ahead.correctFrom(answer(-20 * 60_000), timeError)).toThrow(
      "The runner's clock is 1200 s ahead of the server's (from its Date header), too far to correct: fix the runner's time (NTP)."
    )
    expect(ahead.nowSeconds()).toBe(LOCAL / 1000)
  })

  it('corrects once per run: a second time error is the caller to report', () => {
    const skew = new ClockSkew(() => LOCAL)
    expect(skew.correctFrom(answer(-5000), timeError)).toBe(true)
    expect(skew.correctFrom(answer(60_000), timeError)).toBe(false)
    expect(skew.nowSeconds()).toBe(LOCAL / 1000 - 5)
  })
})

describe('the sealed post-step state', () => {
  const key = createPrivateKey(testKey('p256').pkcs8)
  const other = createPrivateKey(testKey('rsa').pkcs8)
  const TOKEN = 'eyJraWQiOiJhIn0.access-token-under-seal'

  it('opens with the same key to the sealed text, and holds none of it in the clear', () => {
    const sealed = sealForPostStep(TOKEN, key)
    expect(sealed.split('.')).toHaveLength(4)
    expect(sealed).not.toContain('access-token')
    expect(openFromMainStep(sealed, key)).toBe(TOKEN)
    // A new salt and IV each time: the same token never seals to the same text.
    expect(sealForPostStep(TOKEN, key)).not.toBe(sealed)
  })

  it('gives nothing for another key, a changed part, or the wrong number of parts', () => {
    const sealed = sealForPostStep(TOKEN, key)
    expect(openFromMainStep(sealed, other)).toBeUndefined()
    const parts = sealed.split('.')
    for (let i = 0; i < parts.length; i++) {
      const changed = [...parts]
      const bytes = Buffer.from(changed[i], 'base64url')
      bytes[0] ^= 1
      changed[i] = bytes.toString('base64url')
      expect(openFromMainStep(changed.join('.'), key)).toBeUndefined()
    }
    expect(openFromMainStep(parts.slice(0, 3).join('.'), key)).toBeUndefined()
    expect(openFromMainStep(`${sealed}.extra`, key)).toBeUndefined()
  })
})

// Each case kills a mutant that survived `npm run mutation` over src/oauth (docs/mutation.md):
// metadata that is there but must not be used, or must not break the step.
describe('findRevokeEndpoint, metadata it must not use', () => {
  let server: Server
  let origin = ''
  let answer: { status: number; body: string }
  const headers: IncomingHttpHeaders[] = []
  const silent = { info: () => {}, warning: () => {}, debug: () => {} }
  const http = new RetryingClient(createTransport({}), systemClock, silent, {
    maxAttempts: 1,
    timeoutMs: 5000
  })
  const find = () => findRevokeEndpoint(http, silent, `${origin}/as/token`)
  const metadata = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      token_endpoint: `${origin}/as/token`,
      revocation_endpoint: `${origin}/as/revoke`,
      ...extra
    })

  beforeAll(async () => {
    server = createServer((req, res) => {
      headers.push(req.headers)
      res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise(resolve => server.close(resolve))
  })

  it('asks for JSON and uses a 200 answer that names our token endpoint', async () => {
    answer = { status: 200, body: metadata() }
    expect(await find()).toBe(`${origin}/as/revoke`)
    expect(headers.at(-1)?.accept).toBe('application/json')
  })

  // Functions: the bodies name the server's origin, known only once it listens.
  it.each<[string, () => { status: number; body: string }]>([
    ['a 404 that names it anyway', () => ({ status: 404, body: metadata() })],
    ['a 200 HTML page', () => ({ status: 200, body: '<html>sign in</html>' })],
    ['a 200 JSON null', () => ({ status: 200, body: 'null' })],
    [
      'a revocation_endpoint that is not a URL',
      () => ({ status: 200, body: metadata({ revocation_endpoint: 'not a url' }) })
    ],
    [
      'another token endpoint',
      () => ({ status: 200, body: metadata({ token_endpoint: `${origin}/other/token` }) })
    ]
  ])('gives no revoke endpoint for %s, and does not throw', async (_what, served) => {
    answer = served()
    expect(await find()).toBeUndefined()
  })
})

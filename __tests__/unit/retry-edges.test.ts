// RetryingClient's edges the src/http mutation run found untested (docs/mutation.md): what the
// retry line says after a cut-off 2xx or a Retry-After, when a lost write is looked up on the
// last attempt, no lookup without a reconcile function, and an Okta reset header honoured on a
// 429 only. A scripted transport and a clock that records its waits instead of sleeping.
import { describe, expect, it } from '@jest/globals'
import { expectJsonBody, RetryingClient, type Clock } from '../../src/http/retrying-client.js'
import type { HttpResponse, Transport } from '../../src/http/transport.js'
import { oktaPeer } from '../../src/okta/peer.js'

function answer(status: number, text = '{}', headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: new Headers(headers), text, receivedAt: 0 }
}

function client(answers: HttpResponse[], maxAttempts = 3) {
  const waits: number[] = []
  const logged: string[] = []
  const warned: string[] = []
  let sent = 0
  const clock: Clock = { now: () => 0, sleep: async ms => void waits.push(ms), random: () => 0 }
  const log = {
    info: (m: string) => logged.push(m),
    warning: (m: string) => warned.push(m),
    debug: () => {}
  }
  const transport: Transport = async () => {
    sent++
    const next = answers.shift()
    if (!next) throw new Error('no more answers scripted')
    return next
  }
  const http = new RetryingClient(transport, clock, log, { maxAttempts, timeoutMs: 1000 }, oktaPeer)
  return { http, waits, logged, warned, sent: () => sent }
}

const request = async () => ({ method: 'POST', url: 'https://acme.okta.com/x', headers: {} })

describe('RetryingClient, at its edges', () => {
  it('names a cut-off 2xx in the retry line that follows it, not the answer before', async () => {
    const { http, logged } = client([answer(503), answer(200, '{"id":'), answer(200)], 3)
    await http.send('Listing apps', request, { validate: expectJsonBody })
    expect(logged[0]).toMatch(/^Listing apps: HTTP 503; retrying in /)
    expect(logged[1]).toMatch(/^Listing apps: HTTP 200 with a body that is not JSON/)
  })

  it('says the wait came from Retry-After', async () => {
    const { http, logged, waits } = client([answer(503, '{}', { 'retry-after': '2' }), answer(200)])
    await http.send('Call', request)
    expect(waits).toEqual([2000])
    expect(logged[0]).toBe('Call: HTTP 503; retrying in 2.0 s (Retry-After) (attempt 2 of 3)')
  })

  it('looks a write up when its only attempt got a 5xx, but not after a 429', async () => {
    const found = answer(200, '{"id":"0oa1"}')
    let lookups = 0
    const reconcile = async () => (lookups++, found)
    const after5xx = await client([answer(503)], 1).http.send('Creating app', request, {
      reconcile
    })
    expect([after5xx.status, lookups]).toEqual([200, 1])
    const after429 = await client([answer(429)], 1).http.send('Creating app', request, {
      reconcile
    })
    expect([after429.status, lookups]).toEqual([429, 1])
  })

  it('without a reconcile function, resends after a lost answer with no warning', async () => {
    const { http, warned, sent } = client([answer(503), answer(200)])
    expect((await http.send('Call', request)).status).toBe(200)
    expect([sent(), warned]).toEqual([2, []])
  })

  it("takes Okta's reset header on a 429 only: a 503 carrying one backs off", async () => {
    const date = Date.parse('Sat, 05 Dec 2026 12:00:00 GMT')
    const headers = {
      date: new Date(date).toUTCString(),
      'x-rate-limit-reset': String(date / 1000 + 7)
    }
    const { http, waits } = client([answer(503, '{}', headers), answer(200)])
    await http.send('Call', request)
    expect(waits).toEqual([500])
  })
})

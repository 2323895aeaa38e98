// The retry policy on its own: a scripted transport and a clock that does not sleep, so each
// rule of the contract ("retry network errors, 408, 429 and 5xx only; look a lost write up
// before repeating it") is one plain function call. The suites that spawn dist/ against the
// emulator show the same rules end to end.
import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { expectJsonBody, RetryingClient, type Clock } from '../../src/http/retrying-client.js'
import { NetworkError, type HttpResponse, type Transport } from '../../src/http/transport.js'
import { oktaPeer } from '../../src/okta/peer.js'

type Step = number | 'drop' | 'cut-off-200'

function scripted(steps: Step[]) {
  const sent: number[] = []
  const transport: Transport = async request => {
    const attempt = sent.length + 1
    sent.push(attempt)
    const step = steps[attempt - 1]
    if (step === undefined) throw new Error(`unexpected attempt ${attempt} of ${request.url}`)
    if (step === 'drop') throw new NetworkError('connection reset')
    return answer(step === 'cut-off-200' ? 200 : step, step === 'cut-off-200' ? '{"id":' : '{}')
  }
  return { transport, sent }
}

function answer(status: number, text = '{}', headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: new Headers(headers), text, receivedAt: 0 }
}

function client(transport: Transport, maxAttempts = 3) {
  const waits: number[] = []
  const logged: string[] = []
  const clock: Clock = {
    now: () => 0,
    sleep: async ms => void waits.push(ms),
    random: () => 0
  }
  const log = { info: (m: string) => logged.push(m), warning: () => {}, debug: () => {} }
  const http = new RetryingClient(transport, clock, log, { maxAttempts, timeoutMs: 1000 }, oktaPeer)
  return { http, waits, logged }
}

const request = async () => ({ method: 'POST', url: 'https://acme.okta.com/x', headers: {} })

describe('RetryingClient', () => {
  it('never retries a 4xx other than 408 and 429', async () => {
    const { transport, sent } = scripted([400])
    const { http } = client(transport)
    expect((await http.send('Call', request)).status).toBe(400)
    expect(sent).toHaveLength(1)
  })

  it('retries 408, 429, 5xx and a dropped connection, up to max-attempts', async () => {
    const { transport, sent } = scripted([408, 'drop', 503, 200])
    const { http, logged } = client(transport, 4)
    expect((await http.send('Call', request)).status).toBe(200)
    expect(sent).toHaveLength(4)
    expect(logged.filter(line => line.includes('retrying in'))).toHaveLength(3)
  })

  it('waits for X-Rate-Limit-Reset measured against Date, not the local clock', async () => {
    const date = Date.parse('Sat, 05 Dec 2026 12:00:00 GMT')
    let calls = 0
    const transport: Transport = async () =>
      ++calls === 1
        ? answer(429, '{}', {
            date: new Date(date).toUTCString(),
            'x-rate-limit-reset': String(date / 1000 + 7)
          })
        : answer(200)
    const { http, waits } = client(transport)
    await http.send('Call', request)
    expect(waits).toEqual([7000])
  })

  it('never waits longer than 60 s, whatever X-Rate-Limit-Reset or Retry-After say', async () => {
    const date = Date.parse('Sat, 05 Dec 2026 12:00:00 GMT')
    const answers = [
      answer(429, '{}', {
        date: new Date(date).toUTCString(),
        'x-rate-limit-reset': String(date / 1000 + 600)
      }),
      answer(503, '{}', { 'retry-after': '120' }),
      answer(200)
    ]
    const { http, waits } = client(async () => answers.shift()!)
    expect((await http.send('Call', request)).status).toBe(200)
    expect(waits).toEqual([60_000, 60_000])
  })

  it("honours Retry-After on a 429 without Okta's reset header (GitHub's way)", async () => {
    const answers = [answer(429, '{}', { 'retry-after': '7' }), answer(200)]
    const { http, waits } = client(async () => answers.shift()!)
    await http.send('Call', request)
    expect(waits).toEqual([7000])
  })

  it('returns the last retryable answer when max-attempts is spent, for the caller to explain', async () => {
    const { transport } = scripted([500, 502])
    const { http } = client(transport, 2)
    expect((await http.send('Call', request)).status).toBe(502)
  })

  it('fails in one line naming the cause when no attempt got an answer', async () => {
    const { transport } = scripted(['drop', 'drop'])
    const { http } = client(transport, 2)
    await expect(http.send('Granting scope', request)).rejects.toThrow(
      new ActionError(
        'Granting scope failed after 2 attempts: connection reset. Check the network path to Okta, or raise max-attempts or timeout.'
      )
    )
  })

  it('retries a 2xx whose body is cut off, and names it when it never comes whole', async () => {
    const { transport, sent } = scripted(['cut-off-200', 'cut-off-200'])
    const { http } = client(transport, 2)
    await expect(http.send('Listing apps', request, { validate: expectJsonBody })).rejects.toThrow(
      /^Listing apps failed: HTTP 200 with a body that is not JSON/
    )
    expect(sent).toHaveLength(2)
  })

  describe('a write whose answer was lost (Okta has no idempotency keys)', () => {
    it('is looked up before it is sent again, and not sent again when it took effect', async () => {
      const { transport, sent } = scripted(['drop'])
      const { http, logged } = client(transport)
      const found = answer(200, '{"id":"0oa1"}')
      const response = await http.send('Creating app', request, { reconcile: async () => found })
      expect(response).toEqual({ ...found, afterLostAnswer: true })
      expect(sent).toHaveLength(1)
      expect(logged).toContain(
        'Creating app: the earlier attempt took effect at Okta; not sending it again'
      )
    })

    it('is sent again when the lookup finds nothing, and the answer says a retry came first', async () => {
      const { transport, sent } = scripted([502, 201])
      const { http } = client(transport)
      let lookups = 0
      const response = await http.send('Granting scope', request, {
        reconcile: async () => void lookups++
      })
      expect(response.status).toBe(201)
      expect(response.afterLostAnswer).toBe(true)
      expect(sent).toHaveLength(2)
      expect(lookups).toBe(1)
    })

    it('is looked up once more before giving up, so the caller learns what exists', async () => {
      const { transport } = scripted(['drop', 'cut-off-200'])
      const { http } = client(transport, 2)
      const found = answer(200, '{"id":"0oa1"}')
      let lookups = 0
      const response = await http.send('Creating app', request, {
        validate: expectJsonBody,
        reconcile: async () => (++lookups === 2 ? found : undefined)
      })
      expect(response).toEqual({ ...found, afterLostAnswer: true })
      expect(lookups).toBe(2)
    })

    it('is looked up again before a resend that follows a 429, since it may land meanwhile', async () => {
      const { transport, sent } = scripted(['drop', 429, 201])
      const { http } = client(transport, 3)
      const found = answer(200, '{"id":"0oa1"}')
      let lookups = 0
      const response = await http.send('Creating app', request, {
        reconcile: async () => (++lookups === 2 ? found : undefined)
      })
      expect(response).toEqual({ ...found, afterLostAnswer: true })
      expect(sent).toHaveLength(2)
    })

    it('is sent again, with a warning, when the lookup itself fails', async () => {
      const { transport, sent } = scripted(['drop', 201])
      const warnings: string[] = []
      const clock: Clock = { now: () => 0, sleep: async () => {}, random: () => 0 }
      const log = { info: () => {}, warning: (m: string) => warnings.push(m), debug: () => {} }
      const http = new RetryingClient(transport, clock, log, { maxAttempts: 3, timeoutMs: 1000 })
      const response = await http.send('Granting scope', request, {
        reconcile: async () => {
          throw new Error('HTTP 503')
        }
      })
      expect(response.status).toBe(201)
      expect(sent).toHaveLength(2)
      expect(warnings).toEqual([
        'Granting scope: could not check whether an earlier attempt took effect (HTTP 503); sending it again'
      ])
    })

    it('is not looked up after a 429 alone: Okta refused it without carrying it out', async () => {
      const { transport } = scripted([429, 429])
      const { http } = client(transport, 2)
      let lookups = 0
      const response = await http.send('Assigning role', request, {
        reconcile: async () => void lookups++
      })
      expect(response.status).toBe(429)
      expect(lookups).toBe(0)
    })
  })
})

describe('how long it waits, exactly, and what it says', () => {
  /** A client whose clock starts at `now` ms and whose jitter draws `random`. */
  function timed(answers: (HttpResponse | 'drop')[], random: number, now = 0, maxAttempts = 4) {
    const waits: number[] = []
    const logged: string[] = []
    const clock: Clock = {
      now: () => now,
      sleep: async ms => void waits.push(ms),
      random: () => random
    }
    const log = { info: (m: string) => logged.push(m), warning: () => {}, debug: () => {} }
    const transport: Transport = async () => {
      const next = answers.shift()
      if (next === undefined) throw new Error('no more answers scripted')
      if (next === 'drop') throw new NetworkError('connection reset')
      return next
    }
    const http = new RetryingClient(
      transport,
      clock,
      log,
      { maxAttempts, timeoutMs: 1000 },
      oktaPeer
    )
    return { http, waits, logged }
  }

  it('backs off 0.5-1 s, 1-2 s, 2-4 s: half the ceiling plus its jitter share', async () => {
    const { http, waits, logged } = timed([answer(503), answer(502), 'drop', answer(200)], 0.5)
    expect((await http.send('Call', request)).status).toBe(200)
    // ceiling 500 * 2^attempt: 1000, 2000, 4000; half of it plus random * half.
    expect(waits).toEqual([750, 1500, 3000])
    expect(logged).toEqual([
      'Call: HTTP 503; retrying in 0.8 s (attempt 2 of 4)',
      'Call: HTTP 502; retrying in 1.5 s (attempt 3 of 4)',
      'Call: connection reset; retrying in 3.0 s (attempt 4 of 4)'
    ])
  })

  it('waits the rest of the reset window by the server clock, less the time since the answer, plus jitter', async () => {
    const date = Date.parse('Sat, 05 Dec 2026 12:00:00 GMT')
    const limited = {
      ...answer(429, '{}', {
        date: new Date(date).toUTCString(),
        'x-rate-limit-reset': String(date / 1000 + 3)
      }),
      receivedAt: 10_000
    }
    // 3 s until the reset by the server's Date, 0.4 s already gone locally, jitter 0.5 * 100 ms.
    const { http, waits, logged } = timed([limited, answer(200)], 0.5, 10_400)
    await http.send('Call', request)
    expect(waits).toEqual([2650])
    expect(logged).toEqual([
      'Call: HTTP 429; retrying in 2.6 s (rate limit: until X-Rate-Limit-Reset) (attempt 2 of 4)'
    ])
  })

  it('does not wait less than nothing when the answer is older than the window', async () => {
    const date = Date.parse('Sat, 05 Dec 2026 12:00:00 GMT')
    const limited = {
      ...answer(429, '{}', {
        date: new Date(date).toUTCString(),
        'x-rate-limit-reset': String(date / 1000 + 1)
      }),
      receivedAt: 0
    }
    const { http, waits } = timed([limited, answer(200)], 0, 5000)
    await http.send('Call', request)
    expect(waits).toEqual([0])
  })

  it('takes a reset only with a Date to measure it against, and waits at least 1 s after a bare 429', async () => {
    const noDate = answer(429, '{}', { 'x-rate-limit-reset': String(2_000_000_000) })
    const zeroReset = answer(429, '{}', {
      date: new Date(0).toUTCString(),
      'x-rate-limit-reset': '0'
    })
    const { http, waits, logged } = timed([noDate, zeroReset, answer(429), answer(200)], 0)
    await http.send('Call', request)
    // backoff with random 0 is 500, 1000, 2000 ms; a 429 waits at least 1000.
    expect(waits).toEqual([1000, 1000, 2000])
    expect(logged.every(line => line.includes(' (rate limit, no reset header) '))).toBe(true)
  })

  it('names a request id in the retry line when the answer carries one', async () => {
    const { http, logged } = timed(
      [answer(500, '{}', { 'x-okta-request-id': 'req-123' }), answer(200)],
      0
    )
    await http.send('Call', request)
    expect(logged).toEqual([
      'Call: HTTP 500 (X-Okta-Request-Id: req-123); retrying in 0.5 s (attempt 2 of 4)'
    ])
  })

  it('says "attempt", not "attempts", when max-attempts is 1', async () => {
    const { http } = timed(['drop'], 0, 0, 1)
    await expect(http.send('Call', request)).rejects.toThrow(
      'Call failed after 1 attempt: connection reset. Check the network path'
    )
  })

  it('stops at once, in one line, on a network error that a retry cannot fix', async () => {
    let sent = 0
    const transport: Transport = async () => {
      sent++
      throw new NetworkError('certificate has expired', false)
    }
    const clock: Clock = { now: () => 0, sleep: async () => {}, random: () => 0 }
    const log = { info: () => {}, warning: () => {}, debug: () => {} }
    const http = new RetryingClient(transport, clock, log, { maxAttempts: 3, timeoutMs: 1000 })
    await expect(http.send('Call', request)).rejects.toThrow(
      new ActionError('Call failed: certificate has expired.')
    )
    expect(sent).toBe(1)
  })

  it('passes on an error that is not the network’s (a bug), unchanged', async () => {
    const bug = new TypeError('x is not a function')
    const transport: Transport = async () => {
      throw bug
    }
    const { http } = client(transport)
    await expect(http.send('Call', request)).rejects.toBe(bug)
  })
})

describe('expectJsonBody', () => {
  it.each([
    [199, 'x'],
    [204, 'x'],
    [300, 'x'],
    [200, '  ']
  ])('lets HTTP %i with body %j through: only a 2xx with content must be JSON', (status, text) => {
    expect(expectJsonBody(answer(status, text))).toBeUndefined()
  })

  it.each([200, 299])('refuses HTTP %i whose body is not JSON', status => {
    expect(expectJsonBody(answer(status, '<html>'))).toBe(
      `HTTP ${status} with a body that is not JSON (cut off, or a proxy page)`
    )
  })
})

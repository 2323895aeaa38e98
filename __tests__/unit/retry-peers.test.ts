// Who the retrying client talks to decides which headers a retry carries: Okta calls are tagged
// with X-Okta-Retry-Count and X-Okta-Retry-For (src/okta/peer.ts), GitHub calls carry no Okta
// header at all. A real HTTP server on 127.0.0.1 answers 503 once, then 200, and records what
// each attempt sent.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { octokitFetch } from '../../src/github/repository-secrets.js'
import { RetryingClient, type Clock } from '../../src/http/retrying-client.js'
import { createTransport } from '../../src/http/transport.js'
import { oktaPeer } from '../../src/okta/peer.js'

let server: Server
let base = ''
const seen: IncomingHttpHeaders[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers)
    const first = seen.length % 2 === 1
    response.writeHead(first ? 503 : 200, {
      'Content-Type': 'application/json',
      'X-Okta-Request-Id': `req-${seen.length}`
    })
    response.end('{}')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise(resolve => server.close(resolve))
})

function client(): RetryingClient {
  const clock: Clock = { now: () => Date.now(), sleep: async () => {}, random: () => 0 }
  const log = { info: () => {}, warning: () => {}, debug: () => {} }
  return new RetryingClient(createTransport({}), clock, log, {
    maxAttempts: 2,
    timeoutMs: 5000
  })
}

const oktaHeaders = (headers: IncomingHttpHeaders) =>
  Object.keys(headers).filter(name => name.startsWith('x-okta-'))

describe('retry headers by peer', () => {
  it('tags an Okta retry with the count and the request id of the answer it retries', async () => {
    seen.length = 0
    const http = client().withPeer(oktaPeer)
    const response = await http.send('Okta call', () => ({ method: 'GET', url: base, headers: {} }))
    expect(response.status).toBe(200)
    expect(oktaHeaders(seen[0])).toEqual([])
    expect(seen[1]['x-okta-retry-count']).toBe('1')
    expect(seen[1]['x-okta-retry-for']).toBe('req-1')
  })

  it('sends no Okta header on a GitHub call, first attempt or retry', async () => {
    seen.length = 0
    const response = await octokitFetch(client())(`${base}/repos/o/r/actions/secrets/public-key`)
    expect(response.status).toBe(200)
    expect(seen).toHaveLength(2)
    expect(seen.flatMap(oktaHeaders)).toEqual([])
  })

  it('names the server generically when it knows nothing about it', async () => {
    const http = client()
    const refused = `http://127.0.0.1:1/`
    await expect(
      http.send('Metadata', () => ({ method: 'GET', url: refused, headers: {} }))
    ).rejects.toThrow(/Check the network path to the server, or raise max-attempts/)
  })
})

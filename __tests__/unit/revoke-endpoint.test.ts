// Where the post step revokes: beside an Okta token URL, or wherever the metadata of another
// server names it (RFC 8414 / OpenID Connect Discovery), never on another origin. A small
// metadata server on loopback plays the other server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RetryingClient, systemClock, type Clock } from '../../src/http/retrying-client.js'
import { createTransport } from '../../src/http/transport.js'
import { findRevokeEndpoint } from '../../src/oauth/revoke-endpoint.js'
import { metadataUrlsFor, revokeEndpointFor } from '../../src/okta/endpoints.js'

describe('revokeEndpointFor: beside an Okta token URL only', () => {
  it.each([
    ['https://acme.okta.com/oauth2/v1/token', 'https://acme.okta.com/oauth2/v1/revoke'],
    [
      'https://acme.okta.com/oauth2/default/v1/token',
      'https://acme.okta.com/oauth2/default/v1/revoke'
    ],
    [
      'http://127.0.0.1:8080/oauth2/aus1a2b/v1/token',
      'http://127.0.0.1:8080/oauth2/aus1a2b/v1/revoke'
    ],
    // Only the last segment is replaced, even when the server id reads "token".
    ['https://acme.okta.com/oauth2/token/v1/token', 'https://acme.okta.com/oauth2/token/v1/revoke']
  ])('%s → %s', (token, revoke) => {
    expect(revokeEndpointFor(token)).toBe(revoke)
  })

  it.each([
    'https://as.example.com/token',
    'https://as.example.com/oauth/v2/token',
    'https://gw.example.com/okta/oauth2/v1/token',
    'https://acme.okta.com/oauth2/v1/token/extra'
  ])('%s: unknown (it cannot be guessed)', token => {
    expect(revokeEndpointFor(token)).toBeUndefined()
  })
})

describe('metadataUrlsFor: every issuer the token URL could belong to', () => {
  it('longest path prefix first, OpenID Connect then RFC 8414 location', () => {
    expect(metadataUrlsFor('https://id.example.com/realms/ci/protocol/token')).toEqual([
      'https://id.example.com/realms/ci/protocol/.well-known/openid-configuration',
      'https://id.example.com/.well-known/oauth-authorization-server/realms/ci/protocol',
      'https://id.example.com/realms/ci/.well-known/openid-configuration',
      'https://id.example.com/.well-known/oauth-authorization-server/realms/ci',
      'https://id.example.com/realms/.well-known/openid-configuration',
      'https://id.example.com/.well-known/oauth-authorization-server/realms',
      'https://id.example.com/.well-known/openid-configuration',
      'https://id.example.com/.well-known/oauth-authorization-server'
    ])
  })
})

describe('findRevokeEndpoint against a server that publishes metadata', () => {
  let server: Server
  let origin: string
  let documents: Record<string, unknown>
  const seen: string[] = []
  // Paths answered 503 once, then as documents has them.
  const failOnce = new Set<string>()
  const logged: string[] = []
  const log = { info: (m: string) => logged.push(m), warning: () => {}, debug: () => {} }
  const http = new RetryingClient(createTransport({}), systemClock, log, {
    maxAttempts: 1,
    timeoutMs: 5000
  })

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '')
      if (failOnce.delete(req.url ?? '')) {
        res.writeHead(503, { 'Content-Type': 'application/json' }).end('{}')
        return
      }
      const body = documents[req.url ?? '']
      res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'application/json' })
      res.end(body === undefined ? '{"error":"not_found"}' : JSON.stringify(body))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise(resolve => server.close(resolve))
  })
  beforeEach(() => {
    seen.length = 0
    logged.length = 0
  })

  it('reads revocation_endpoint from the issuer metadata whose token_endpoint is ours', async () => {
    documents = {
      '/tenant/.well-known/openid-configuration': {
        token_endpoint: `${origin}/tenant/token`,
        revocation_endpoint: `${origin}/tenant/token/revocation`
      }
    }
    expect(await findRevokeEndpoint(http, log, `${origin}/tenant/token`)).toBe(
      `${origin}/tenant/token/revocation`
    )
    expect(seen).toEqual(['/tenant/.well-known/openid-configuration'])
    expect(logged).toEqual([
      `Revoke endpoint: ${origin}/tenant/token/revocation (from ${origin}/tenant/.well-known/openid-configuration)`
    ])
  })

  it('finds RFC 8414 metadata at the root when OpenID metadata is absent', async () => {
    documents = {
      '/.well-known/oauth-authorization-server': {
        token_endpoint: `${origin}/token`,
        revocation_endpoint: `${origin}/revoke`
      }
    }
    expect(await findRevokeEndpoint(http, log, `${origin}/token`)).toBe(`${origin}/revoke`)
    expect(seen).toEqual([
      '/.well-known/openid-configuration',
      '/.well-known/oauth-authorization-server'
    ])
  })

  it('ignores metadata of another token endpoint, and a revocation endpoint on another origin', async () => {
    documents = {
      '/a/.well-known/openid-configuration': {
        token_endpoint: `${origin}/a/other-token`,
        revocation_endpoint: `${origin}/a/revoke`
      },
      '/.well-known/openid-configuration': {
        token_endpoint: `${origin}/a/token`,
        revocation_endpoint: 'https://elsewhere.example.com/revoke'
      }
    }
    expect(await findRevokeEndpoint(http, log, `${origin}/a/token`)).toBeUndefined()
    expect(logged).toEqual([])
  })

  it('takes only a revocation_endpoint that is a string, not a list holding one', async () => {
    documents = {
      '/.well-known/openid-configuration': {
        token_endpoint: `${origin}/token`,
        revocation_endpoint: [`${origin}/revoke`]
      }
    }
    expect(await findRevokeEndpoint(http, log, `${origin}/token`)).toBeUndefined()
    expect(logged).toEqual([])
  })

  it('names the metadata read in its retry line', async () => {
    documents = {
      '/.well-known/openid-configuration': {
        token_endpoint: `${origin}/token`,
        revocation_endpoint: `${origin}/revoke`
      }
    }
    failOnce.add('/.well-known/openid-configuration')
    const noSleep: Clock = {
      now: () => Date.now(),
      sleep: () => Promise.resolve(),
      random: () => 0
    }
    const retrying = new RetryingClient(createTransport({}), noSleep, log, {
      maxAttempts: 2,
      timeoutMs: 5000
    })
    expect(await findRevokeEndpoint(retrying, log, `${origin}/token`)).toBe(`${origin}/revoke`)
    expect(logged[0]).toMatch(
      /^Server metadata: HTTP 503\b.*; retrying in 0\.\d s.* \(attempt 2 of 2\)$/
    )
  })

  it('an unreachable server means no revocation, not a failure', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    expect(await findRevokeEndpoint(http, log, `http://127.0.0.1:${port}/token`)).toBeUndefined()
  })

  it('an Okta token URL needs no lookup', async () => {
    expect(await findRevokeEndpoint(http, log, `${origin}/oauth2/v1/token`)).toBe(
      `${origin}/oauth2/v1/revoke`
    )
    expect(seen).toEqual([])
  })
})

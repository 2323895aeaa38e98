// Request mode follows a `next` link only on the org's origin (docs/request-and-rotate.md):
// the next request carries the access token, so a link to any other origin must not be
// followed. The org here is a loopback stand-in that answers the token call and a first page
// whose Link header points at a second loopback server, which must see no request at all.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { testKey } from '../../testkit/keys.js'
import { runAction } from '../../testkit/in-process.js'

const ACCESS_TOKEN = 'org-token-4f9c2d7e1b8a6053'
let org: Server
let foreign: Server
let orgUrl: string
let foreignUrl: string
const foreignRequests: IncomingMessage[] = []

const listen = (server: Server): Promise<string> =>
  new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    )
  )

beforeAll(async () => {
  foreign = createServer((req, res) => {
    foreignRequests.push(req)
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('[]')
  })
  foreignUrl = await listen(foreign)
  org = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        res
          .writeHead(status, {
            'Content-Type': 'application/json',
            Date: new Date().toUTCString(),
            ...headers
          })
          .end(JSON.stringify(body))
      if (req.method === 'POST' && req.url === '/oauth2/v1/token') {
        return json(200, {
          token_type: 'Bearer',
          expires_in: 3600,
          access_token: ACCESS_TOKEN,
          scope: 'okta.users.read'
        })
      }
      if (req.method === 'GET' && req.url?.startsWith('/api/v1/users')) {
        return json(200, [{ id: '00u1' }], {
          Link: `<${foreignUrl}/api/v1/users?after=00u1&limit=1>; rel="next"`
        })
      }
      return json(404, { errorCode: 'E0000022', errorSummary: 'Not found' })
    })
  })
  orgUrl = await listen(org)
})

afterAll(async () => {
  await Promise.all([org, foreign].map(s => new Promise(resolve => s?.close(resolve))))
})

it('does not follow a next link to another origin, and sends that origin nothing', async () => {
  const run = await runAction(
    'main',
    {
      mode: 'request',
      'okta-domain': orgUrl,
      'client-id': '0oa-foreign-next',
      'private-key': testKey('rsa').pkcs8,
      scopes: 'okta.users.read',
      'request-path': '/api/v1/users?limit=1',
      'request-paginate': 'true'
    },
    { secrets: [ACCESS_TOKEN] }
  )
  expect(foreignRequests.map(r => `${r.method} ${r.url}`)).toEqual([])
  expect(run.code).toBe(1)
  expect(run.errors).toEqual([
    `Okta API call GET /api/v1/users (page 1) failed: Okta sent a link to another host (${foreignUrl}), not ${orgUrl}; it is not followed, so the access token is not sent there.`
  ])
})

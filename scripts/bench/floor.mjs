// THE FLOOR: the least a token step can do. Plain Node, no dependencies: read the same key
// from the same env the runner hands the action, sign one RS256 client assertion by hand with
// node:crypto, make one fetch POST to the token endpoint, and check that a token came back.
// `npm run bench` times this against `node dist/index.js`; the difference is the action's cost.
/* global fetch, URLSearchParams */
import { createPrivateKey, randomUUID, sign } from 'node:crypto'

const env = process.env
const key = createPrivateKey(env['INPUT_PRIVATE-KEY'])
const tokenEndpoint = `${env['INPUT_OKTA-DOMAIN']}/oauth2/v1/token`
const clientId = env['INPUT_CLIENT-ID']
const now = Math.floor(Date.now() / 1000)

const part = value => Buffer.from(JSON.stringify(value)).toString('base64url')
const header = part({ alg: 'RS256', kid: env.FLOOR_KID })
const payload = part({
  iss: clientId,
  sub: clientId,
  aud: tokenEndpoint,
  iat: now,
  exp: now + 300,
  jti: randomUUID()
})
const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key).toString('base64url')

const response = await fetch(tokenEndpoint, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
  body: new URLSearchParams({
    grant_type: 'client_credentials',
    scope: env.INPUT_SCOPES,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: `${header}.${payload}.${signature}`
  })
})
const body = await response.json()
if (response.status !== 200 || typeof body.access_token !== 'string') {
  console.error(`floor: token request failed with HTTP ${response.status}`)
  process.exit(1)
}

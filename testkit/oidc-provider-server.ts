/**
 * An independent, certified OAuth 2.0 authorization server (panva/oidc-provider) for conformance
 * tests: whatever the action sends must satisfy a real implementation, not only our own emulator.
 *
 * Run as a child process (`node --import tsx testkit/oidc-provider-server.ts`):
 * oidc-provider rejects its client metadata ("client JSON Web Key Set is invalid") when it is
 * instantiated inside jest's VM context, because jose's KeyObject checks fail across realms.
 *
 * Configuration (env):
 *   OP_CLIENT_ID           client_id of the single registered client
 *   OP_CLIENT_JWKS         JSON {"keys": [...public JWKs]} registered for private_key_jwt
 *   OP_DPOP                'required' | 'optional'
 *   OP_SCOPES              space-separated custom scopes (default 'api:read api:write')
 *   OP_ACCESS_TOKEN_FORMAT 'opaque' | 'jwt' (default 'opaque': oidc-provider can only revoke
 *                          and introspect opaque tokens; it rejects JWTs at both endpoints)
 *   OP_RESOURCE            resource indicator (default 'https://api.conformance.test')
 *
 * When listening it prints, one per line on stdout:
 *   OP_ISSUER=… OP_TOKEN_ENDPOINT=… OP_REVOCATION_ENDPOINT=… OP_INTROSPECTION_ENDPOINT=…
 *   OP_READY=1 (last, so a reader knows every line above has arrived)
 * It exits on SIGTERM/SIGINT and when its stdin closes, so an aborted test run leaves no orphan.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The slice of oidc-provider's API used here; the package ships no type declarations. */
interface ProviderInstance {
  callback(): (req: unknown, res: unknown) => void
  on(event: string, listener: (...args: unknown[]) => void): void
}
type ProviderConstructor = new (issuer: string, configuration: object) => ProviderInstance

function requireEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is required`)
  return value
}

const clientId = requireEnv('OP_CLIENT_ID')
const clientJwks = JSON.parse(requireEnv('OP_CLIENT_JWKS')) as { keys: object[] }
const dpopMode = requireEnv('OP_DPOP')
if (dpopMode !== 'required' && dpopMode !== 'optional') {
  throw new Error(`OP_DPOP must be 'required' or 'optional', got '${dpopMode}'`)
}
const dpopRequired = dpopMode === 'required'
const scopes = (process.env.OP_SCOPES ?? 'api:read api:write').split(' ').filter(Boolean)
const accessTokenFormat = process.env.OP_ACCESS_TOKEN_FORMAT ?? 'opaque'
if (accessTokenFormat !== 'opaque' && accessTokenFormat !== 'jwt') {
  throw new Error(`OP_ACCESS_TOKEN_FORMAT must be 'opaque' or 'jwt', got '${accessTokenFormat}'`)
}
const resource = process.env.OP_RESOURCE ?? 'https://api.conformance.test'

// A non-literal specifier keeps tsc from resolving the untyped package (TS7016 under strict);
// the constructor is typed through ProviderConstructor above instead.
const oidcProviderModule: string = 'oidc-provider'
const { default: Provider } = (await import(oidcProviderModule)) as {
  default: ProviderConstructor
}

// The provider signs JWT access tokens (OP_ACCESS_TOKEN_FORMAT=jwt) with its own key; a fresh one
// per run instead of oidc-provider's built-in development key, which it warns about.
const { privateKey: signingKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const signingJwk = { ...signingKey.export({ format: 'jwk' }), kid: 'op-signing', alg: 'RS256' }

// The issuer must contain the port, so listen first and build the provider afterwards.
const server = createServer()
await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as AddressInfo
const issuer = `http://127.0.0.1:${port}`

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      token_endpoint_auth_method: 'private_key_jwt',
      jwks: clientJwks,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      scope: scopes.join(' '),
      // With this flag oidc-provider refuses (invalid_grant) a token request that has no DPoP proof.
      dpop_bound_access_tokens: dpopRequired
    }
  ],
  // Every scope a client may hold has to be listed here, or oidc-provider rejects the client.
  scopes: ['openid', ...scopes],
  jwks: { keys: [signingJwk] },
  enabledJWA: {
    // The algorithms Okta accepts for private_key_jwt client assertions.
    clientAuthSigningAlgValues: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'],
    // oidc-provider only verifies DPoP proofs signed with these.
    dPoPSigningAlgValues: ['ES256', 'EdDSA', 'Ed25519']
  },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    introspection: {
      enabled: true,
      // A confidential client may introspect only the tokens issued to it.
      allowedPolicy: (_ctx: unknown, client: { clientId: string }, token: { clientId: string }) =>
        client.clientId === token.clientId
    },
    revocation: {
      enabled: true,
      allowedPolicy: (_ctx: unknown, client: { clientId: string }, token: { clientId: string }) =>
        client.clientId === token.clientId
    },
    dPoP: dpopRequired
      ? {
          enabled: true,
          // A 32-byte secret turns on server-issued nonces; requireNonce makes them mandatory, so
          // the first proof always earns `use_dpop_nonce` and the client has to retry (as Okta does).
          nonceSecret: randomBytes(32),
          requireNonce: () => true
        }
      : { enabled: true },
    // Without a resource indicator oidc-provider issues tokens for its own userinfo endpoint and
    // drops every non-OIDC scope; a default resource makes the custom scopes reach the token.
    resourceIndicators: {
      enabled: true,
      defaultResource: () => resource,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx: unknown, indicator: string) => {
        if (indicator !== resource) {
          throw new Error(`unknown resource indicator ${indicator}`)
        }
        return {
          scope: scopes.join(' '),
          audience: resource,
          accessTokenTTL: 600,
          accessTokenFormat,
          ...(accessTokenFormat === 'jwt' ? { jwt: { sign: { alg: 'RS256' } } } : {})
        }
      }
    }
  },
  ttl: { ClientCredentials: 600 }
})

// Surface the cause of a 4xx/5xx on stderr: oidc-provider answers with a generic description,
// and the parent prints the child's stderr when a conformance test fails.
for (const event of ['grant.error', 'server_error', 'revocation.error', 'introspection.error']) {
  provider.on(event, (_ctx, error) => {
    const err = error as {
      message?: string
      error_description?: string
      error_detail?: string
      cause?: unknown
    }
    // error_detail carries the specific reason (e.g. 'DPoP proof JWT not provided'); the response
    // body only has the generic error_description.
    const detail = err.error_detail ? `: ${err.error_detail}` : ''
    const cause = err.cause instanceof Error ? ` (cause: ${err.cause.message})` : ''
    console.error(
      `[oidc-provider] ${event}: ${err.message} ${err.error_description ?? ''}${detail}${cause}`
    )
  })
}

server.on('request', provider.callback())

const lines = [
  `OP_ISSUER=${issuer}`,
  `OP_TOKEN_ENDPOINT=${issuer}/token`,
  `OP_REVOCATION_ENDPOINT=${issuer}/token/revocation`,
  `OP_INTROSPECTION_ENDPOINT=${issuer}/token/introspection`,
  'OP_READY=1'
]
process.stdout.write(`${lines.join('\n')}\n`)

function shutdown(): void {
  server.close(() => process.exit(0))
  // Keep-alive sockets would hold close() open; the process is disposable, so drop them.
  server.closeAllConnections()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
// The parent holds our stdin open; EOF means it went away without stopping us.
process.stdin.on('end', shutdown)
process.stdin.resume()

/**
 * One source of truth for Okta URLs. The token URL built here is also the assertion's `aud`
 * and the DPoP proof's `htu`: Okta compares both byte for byte (docs/okta-behaviour.md,
 * "Client assertion", "DPoP and nonces").
 */

/** Empty or `org` = org authorization server (the only one that mints okta.* scopes). */
export function tokenEndpointFor(origin: string, authorizationServer: string): string {
  const server = authorizationServer.trim()
  if (!server || server === 'org') return `${origin}/oauth2/v1/token`
  return `${origin}/oauth2/${encodeURIComponent(server)}/v1/token`
}

/**
 * The revoke endpoint beside an Okta token URL (`/oauth2/v1/token`, `/oauth2/{id}/v1/token`,
 * docs/okta-behaviour.md, "Revoke"). Undefined for any other server: its revoke URL cannot be
 * guessed from its token URL (oidc-provider's is `/token/revocation`), only read from its metadata.
 */
export function revokeEndpointFor(tokenEndpoint: string): string | undefined {
  const url = new URL(tokenEndpoint)
  if (!/^\/oauth2\/(?:[A-Za-z0-9_-]+\/)?v1\/token$/.test(url.pathname)) return undefined
  url.pathname = url.pathname.replace(/\/token$/, '/revoke')
  return url.toString()
}

/**
 * Where the metadata of the server behind a token URL may be, issuer unknown: for each path
 * prefix of the token URL, longest first, the OpenID Connect Discovery location and the
 * RFC 8414 one (`/.well-known/oauth-authorization-server` inserted before the path).
 */
export function metadataUrlsFor(tokenEndpoint: string): string[] {
  const { origin, pathname } = new URL(tokenEndpoint)
  const segments = pathname.split('/').filter(Boolean)
  const urls: string[] = []
  for (let length = segments.length - 1; length >= 0; length--) {
    const prefix = segments
      .slice(0, length)
      .map(s => `/${s}`)
      .join('')
    urls.push(`${origin}${prefix}/.well-known/openid-configuration`)
    urls.push(`${origin}/.well-known/oauth-authorization-server${prefix}`)
  }
  return urls
}

import { InputError } from '../errors.js'

/**
 * One source of truth for Okta URLs. The token URL built here is also the assertion's `aud`
 * and the DPoP proof's `htu`: Okta compares both byte for byte (okta-api.md §2, §4).
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Turns `acme.okta.com`, `https://acme.okta.com/` or a custom domain into an origin. */
export function normalizeOktaDomain(raw: string, input = 'okta-domain'): string {
  const trimmed = raw.trim().replace(/\/+$/, '')
  if (!trimmed) throw new InputError(input, `Input ${input} is empty.`)
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new InputError(
      input,
      `Input ${input} is not a valid host name: use the org URL, e.g. https://acme.okta.com.`
    )
  }
  if (url.username || url.password) {
    // Never echoed: the part before @ is a password more often than not.
    throw new InputError(
      input,
      `Input ${input} must not contain a user name or password; use the org URL alone, e.g. https://acme.okta.com.`
    )
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new InputError(
      input,
      `Input ${input} must be the org URL alone (https://acme.okta.com), without a path such as "${url.pathname}${url.search}"; use authorization-server for a custom authorization server.`
    )
  }
  const host = url.hostname.toLowerCase()
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(host)) {
    throw new InputError(
      input,
      `Input ${input} must use https (http is only allowed for localhost and 127.0.0.1).`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(input, `Input ${input} must be an https URL, not ${url.protocol}.`)
  }
  // The Admin Console host serves the UI, not the API (okta-api.md §9).
  const admin = /^([a-z0-9-]+)-admin\.(okta|oktapreview|okta-emea|okta-gov|okta-mil)\.com$/.exec(
    host
  )
  if (admin) {
    throw new InputError(
      input,
      `Input ${input} is the Admin Console host ${host}; use the org host ${admin[1]}.${admin[2]}.com instead.`
    )
  }
  return url.origin
}

/** Empty or `org` = org authorization server (the only one that mints okta.* scopes). */
export function tokenEndpointFor(origin: string, authorizationServer: string): string {
  const server = authorizationServer.trim()
  if (!server || server === 'org') return `${origin}/oauth2/v1/token`
  return `${origin}/oauth2/${encodeURIComponent(server)}/v1/token`
}

/**
 * The revoke endpoint beside an Okta token URL (`/oauth2/v1/token`, `/oauth2/{id}/v1/token`,
 * okta-api.md §1). Undefined for any other server: its revoke URL cannot be guessed from its
 * token URL (oidc-provider's is `/token/revocation`), only read from its metadata.
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

/** Validates a full URL input (`token-endpoint`, `audience`). */
export function parseEndpointUrl(raw: string, input: string): string {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new InputError(
      input,
      `Input ${input} must be a full URL such as https://acme.okta.com/oauth2/v1/token.`
    )
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new InputError(
      input,
      `Input ${input} must use https (http is only allowed for localhost and 127.0.0.1).`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(input, `Input ${input} must be an https URL.`)
  }
  if (url.username || url.password) {
    // Never echoed, and refused: the URL is logged and is the assertion's aud.
    throw new InputError(
      input,
      `Input ${input} must not contain a user name or password; private_key_jwt needs no credentials in the URL.`
    )
  }
  // Returned as written: it may be used as an exact `aud`.
  return raw.trim()
}

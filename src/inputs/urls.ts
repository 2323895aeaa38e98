import { InputError } from '../errors.js'

/**
 * The inputs that are URLs: okta-domain, token-endpoint, audience and request-path, each
 * checked once while the inputs are parsed, so a URL that would leak a credential or reach
 * the Admin Console host never gets as far as a request.
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
  // The Admin Console host serves the UI, not the API (docs/okta-behaviour.md, "Domains and
  // hosts").
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

/**
 * The URL request mode calls, from `request-path`: a path under the org (`/api/v1/users?limit=2`)
 * or a full URL on exactly the org's origin. Checked while the inputs are parsed, before any key
 * is loaded or token minted, because the access token goes in this request's Authorization
 * header: a URL that resolves anywhere else (`//evil.com/x`, `/\evil.com`, `https://org@evil.com`,
 * another port or scheme) would hand the token to that host.
 */
export function orgRequestUrl(
  origin: string,
  raw: string,
  /** How the message names the value: okta-api names its PATH argument. */
  subject = 'Input request-path'
): string {
  const value = raw.trim()
  const fail = (why: string) =>
    new InputError(
      'request-path',
      `${subject} ${why}; use a path under the org (/api/v1/users?limit=200) or a full URL on ${origin}, so the access token is never sent to another host.`
    )
  if (/[\x00-\x20\x7f]/.test(value)) {
    throw fail('contains spaces or control characters (percent-encode them)')
  }
  // Browsers' URL parsing turns "\" into "/" and resolves "//host" against the scheme alone:
  // both would leave the org, so a relative path must start with exactly one "/".
  const relative = value.startsWith('/')
  if (relative && /^\/[/\\]/.test(value)) {
    throw fail('starts with "//" or a backslash, which names another host')
  }
  if (!relative && !/^https?:\/\//i.test(value)) {
    throw fail('must start with "/" or be a full https URL')
  }
  let url: URL
  try {
    url = relative ? new URL(value, `${origin}/`) : new URL(value)
  } catch {
    throw fail('is not a valid URL')
  }
  if (url.username || url.password) {
    throw fail('must not contain a user name or password')
  }
  if (url.origin !== origin) {
    throw fail(`points to ${url.origin}, not the org ${origin}`)
  }
  // A fragment is never sent; dropping it keeps the URL we sign (htu) and send identical.
  url.hash = ''
  return url.toString()
}

import { InputError } from '../errors.js'

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

import { ActionError } from '../errors.js'

/**
 * Okta's list calls are paginated with `Link: <…>; rel="next"` headers; the cursor in the
 * link is opaque and never built by hand (docs/okta-behaviour.md, "Pagination"). Both the
 * management client's listAll and request mode's paginated call walk pages here, by one rule:
 * a next link is followed only on the origin of the first page, because every page request
 * carries a credential (the API token or the access token) that must not reach another host.
 */

/** Guard against a server whose `next` link never ends. */
const MAX_PAGES = 1000

/**
 * Calls `fetchPage` for `firstUrl`, then for every next link, until a page has none.
 * `fetchPage` returns the page's response headers; `whatOf` names a page for messages.
 * Returns the number of pages. `credential` names what a refused link would have received.
 */
export async function walkPages(
  firstUrl: string,
  credential: string,
  whatOf: (page: number) => string,
  fetchPage: (what: string, url: string) => Promise<Headers>
): Promise<number> {
  const seen = new Set<string>()
  let next: string | undefined = firstUrl
  let page = 0
  while (next) {
    page++
    const what = whatOf(page)
    if (seen.has(next) || page > MAX_PAGES) {
      throw new ActionError(`${what} failed: Okta's next-page links repeat or never end.`)
    }
    seen.add(next)
    const link = nextLinkOf(await fetchPage(what, next))
    next = link === undefined ? undefined : sameOriginLink(what, link, next, credential)
  }
  return page
}

/**
 * A link resolved against the page it came from, refused unless it stays on that page's
 * origin without a user name or password; the fragment is dropped (it is never sent).
 */
export function sameOriginLink(
  what: string,
  link: string,
  current: string,
  credential: string
): string {
  let url: URL
  try {
    url = new URL(link, current)
  } catch {
    throw new ActionError(
      `${what} failed: Okta's next-page link is not a URL: ${link.slice(0, 200)}`
    )
  }
  const origin = new URL(current).origin
  if (url.username || url.password) {
    throw new ActionError(
      `${what} failed: Okta sent a next-page link with a user name or password; it is not followed, so the ${credential} is not sent with it.`
    )
  }
  if (url.origin !== origin) {
    throw new ActionError(
      `${what} failed: Okta sent a link to another host (${url.origin}), not ${origin}; it is not followed, so the ${credential} is not sent there.`
    )
  }
  url.hash = ''
  return url.toString()
}

/** `rel="next"` of one or several Link headers (Headers joins repeated ones with ", "). */
export function nextLinkOf(headers: Headers): string | undefined {
  const link = headers.get('link')
  if (!link) return undefined
  for (const part of link.split(/,\s*(?=<)/)) {
    const match = /^<([^>]*)>\s*;(.*)$/.exec(part.trim())
    if (match && /(?:^|;)\s*rel="?(?:[^";]*\s)?next(?:\s[^";]*)?"?\s*(?:;|$)/i.test(match[2])) {
      return match[1]
    }
  }
  return undefined
}

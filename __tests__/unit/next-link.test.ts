// The one rule both paginated callers (listAll and request-paginate) follow: a next link is
// taken only on the first page's origin, without user name or password, so the credential that
// every page request carries never reaches another host.
import { describe, expect, it } from '@jest/globals'
import { nextLinkOf, sameOriginLink, walkPages } from '../../src/okta/next-link.js'

const ORG = 'https://acme.okta.com'
const linkHeaders = (next?: string) =>
  new Headers(next ? { Link: `<${next}>; rel="next", <${ORG}/x>; rel="self"` } : {})

async function walk(links: Record<string, string | undefined>, first = `${ORG}/api/v1/apps`) {
  const visited: string[] = []
  const pages = await walkPages(
    first,
    'access token',
    page => `Listing (page ${page})`,
    async (_what, url) => {
      visited.push(url)
      return linkHeaders(links[url])
    }
  )
  return { pages, visited }
}

describe('walkPages', () => {
  it('follows next links on the same origin, relative ones resolved against the page', async () => {
    const { pages, visited } = await walk({
      [`${ORG}/api/v1/apps`]: '/api/v1/apps?after=a',
      [`${ORG}/api/v1/apps?after=a`]: `${ORG}/api/v1/apps?after=b#frag`
    })
    expect(pages).toBe(3)
    expect(visited).toEqual([
      `${ORG}/api/v1/apps`,
      `${ORG}/api/v1/apps?after=a`,
      `${ORG}/api/v1/apps?after=b`
    ])
  })

  it.each([
    [
      'another host',
      'https://evil.example/api/v1/apps?after=a',
      /another host \(https:\/\/evil\.example\)/
    ],
    ['a protocol-relative link', '//evil.example/x', /another host \(https:\/\/evil\.example\)/],
    [
      'another port',
      'https://acme.okta.com:8443/x',
      /another host \(https:\/\/acme\.okta\.com:8443\)/
    ],
    ['a user name', 'https://user@acme.okta.com/x', /user name or password/]
  ])('refuses %s, naming the credential it protects', async (_name, next, message) => {
    const attempt = walk({ [`${ORG}/api/v1/apps`]: next })
    await expect(attempt).rejects.toThrow(message)
    await expect(walk({ [`${ORG}/api/v1/apps`]: next })).rejects.toThrow(/access token is not sent/)
  })

  it('names a next link that is not a URL, cut to 200 characters', async () => {
    const bad = `https://acme okta.com/${'x'.repeat(300)}`
    await expect(walk({ [`${ORG}/api/v1/apps`]: bad })).rejects.toThrow(
      new Error(`Listing (page 1) failed: Okta's next-page link is not a URL: ${bad.slice(0, 200)}`)
    )
  })

  it('stops a next link that repeats a page', async () => {
    await expect(walk({ [`${ORG}/api/v1/apps`]: `${ORG}/api/v1/apps` })).rejects.toThrow(
      "Listing (page 2) failed: Okta's next-page links repeat or never end."
    )
  })
})

describe('walkPages: a server whose next links never end', () => {
  // Each page links to a new one until `last`; the walk gives up after 1000 pages.
  const endless = (last: number) =>
    walkPages(
      `${ORG}/api/v1/apps?after=1`,
      'API token',
      page => `Listing (page ${page})`,
      async (_what, url) => {
        const n = Number(new URL(url).searchParams.get('after'))
        return linkHeaders(n < last ? `${ORG}/api/v1/apps?after=${n + 1}` : undefined)
      }
    )

  it('walks 1000 pages', async () => {
    await expect(endless(1000)).resolves.toBe(1000)
  })

  it('stops at page 1001', async () => {
    await expect(endless(5000)).rejects.toThrow(
      new Error("Listing (page 1001) failed: Okta's next-page links repeat or never end.")
    )
  })
})

describe('nextLinkOf', () => {
  it('finds rel="next" among several links, and nothing when there is none', () => {
    expect(nextLinkOf(linkHeaders(`${ORG}/n`))).toBe(`${ORG}/n`)
    expect(nextLinkOf(new Headers({ Link: `<${ORG}/s>; rel="self"` }))).toBeUndefined()
  })

  // RFC 8288 §3: link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param ); rel may be
  // a token or a quoted, space-separated list of relation types, compared case-insensitively.
  it.each<[string, string, string | undefined]>([
    ['no space after the comma', `<${ORG}/s>; rel="self",<${ORG}/n>; rel="next"`, `${ORG}/n`],
    ['a comma inside the URL', `<${ORG}/n?filter=a,b>; rel="next"`, `${ORG}/n?filter=a,b`],
    ['space before the semicolon', `<${ORG}/n> ; rel="next"`, `${ORG}/n`],
    ['no space after the semicolon', `<${ORG}/n>;rel="next"`, `${ORG}/n`],
    ['an unquoted rel', `<${ORG}/n>; rel=next`, `${ORG}/n`],
    ['next after another relation', `<${ORG}/n>; rel="prev next"`, `${ORG}/n`],
    ['next before another relation', `<${ORG}/n>; rel="next last"`, `${ORG}/n`],
    ['a parameter after rel', `<${ORG}/n>; rel="next" ; title="more"`, `${ORG}/n`],
    ['upper case', `<${ORG}/n>; REL="NEXT"`, `${ORG}/n`],
    ['a relation that only starts with next', `<${ORG}/n>; rel="nextpage"`, undefined],
    ['text before the <', `more <${ORG}/n>; rel="next"`, undefined],
    ['a leading no-break space (trimmed like a space)', `\u00a0<${ORG}/n>; rel="next"`, `${ORG}/n`]
  ])('%s: %s', (_name, link, next) => {
    expect(nextLinkOf(new Headers({ Link: link }))).toBe(next)
  })

  it('resolves against the current page and drops the fragment', () => {
    expect(sameOriginLink('Listing', '?after=x#f', `${ORG}/api/v1/apps`, 'API token')).toBe(
      `${ORG}/api/v1/apps?after=x`
    )
  })
})

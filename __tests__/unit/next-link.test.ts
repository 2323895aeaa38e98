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

  it('stops a next link that repeats a page', async () => {
    await expect(walk({ [`${ORG}/api/v1/apps`]: `${ORG}/api/v1/apps` })).rejects.toThrow(
      "Listing (page 2) failed: Okta's next-page links repeat or never end."
    )
  })
})

describe('nextLinkOf', () => {
  it('finds rel="next" among several links, and nothing when there is none', () => {
    expect(nextLinkOf(linkHeaders(`${ORG}/n`))).toBe(`${ORG}/n`)
    expect(nextLinkOf(new Headers({ Link: `<${ORG}/s>; rel="self"` }))).toBeUndefined()
  })

  it('resolves against the current page and drops the fragment', () => {
    expect(sameOriginLink('Listing', '?after=x#f', `${ORG}/api/v1/apps`, 'API token')).toBe(
      `${ORG}/api/v1/apps?after=x`
    )
  })
})

// Okta's cursor pagination, shared by every list route (users, groups, apps):
// https://developer.okta.com/docs/api/#pagination. `limit` is clamped to the route's maximum
// (a missing or invalid one means the default), `after` is the id of the last item of the
// previous page, and the answer carries absolute `Link` headers, one per relation: `self`
// (the URL as asked) and, while items remain, `next`.
import type { EmulatorRequest, EmulatorResponse } from './router.js'

export interface PageLimits {
  defaultLimit: number
  maxLimit: number
}

export function paginate(
  req: EmulatorRequest,
  items: Record<string, unknown>[],
  { defaultLimit, maxLimit }: PageLimits
): EmulatorResponse {
  const asked = Number.parseInt(req.query.get('limit') ?? '', 10)
  const limit = Number.isNaN(asked) || asked < 1 ? defaultLimit : Math.min(asked, maxLimit)
  const after = req.query.get('after')
  const start = after === null ? 0 : items.findIndex(item => item.id === after) + 1
  // An unknown cursor yields an empty page rather than restarting from the beginning.
  const page = after !== null && start === 0 ? [] : items.slice(start, start + limit)
  const links = [`<${req.baseUrl}${req.path}${req.url.search}>; rel="self"`]
  if (page.length > 0 && start + limit < items.length) {
    // The next link keeps the caller's other parameters (a search's `q`), after the cursor,
    // in the order of Okta's examples: `?after=…&limit=…`.
    const next = new URLSearchParams({ after: String(page[page.length - 1].id), limit: `${limit}` })
    for (const [name, value] of req.query)
      if (name !== 'after' && name !== 'limit') next.append(name, value)
    links.push(`<${req.baseUrl}${req.path}?${next.toString()}>; rel="next"`)
  }
  return { status: 200, headers: { Link: links }, body: page }
}

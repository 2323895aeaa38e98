import { STATUS_CODES } from 'node:http'
import { ActionError } from '../errors.js'
import { describeOktaError, parseOktaError } from '../okta/okta-error.js'
import type { HttpResponse } from '../http/transport.js'
import { nextLinkOf, sameOriginLink } from '../okta/next-link.js'
import { buildBody, readOrRefuse, withQuery } from './fields.js'
import type { OktaApiArgs } from './flags.js'
import type { CliIo } from './io.js'
import type { Session } from './session.js'

/**
 * One call, or with --paginate every page Okta links with `Link: <…>; rel="next"` (cursors
 * are never built by hand, https://developer.okta.com/docs/api/#pagination). The body goes to
 * stdout untouched; an error answer's body too (as gh does), plus one line on stderr.
 */
export async function runCall(
  args: OktaApiArgs,
  io: CliIo,
  session: Session,
  url: string,
  say: (line: string) => void
): Promise<number> {
  const read = (path: string) => io.readFile(path)
  let body: string | undefined
  let target = url
  const bodyless = args.method === 'GET' || args.method === 'HEAD' || args.paginate
  if (args.input !== undefined) body = readOrRefuse(read, `--input ${args.input}`, args.input)
  else if (args.fields.length && bodyless) target = withQuery(url, args.fields, read)
  else if (args.fields.length) body = JSON.stringify(buildBody(args.fields, read))
  const method = args.method ?? (body === undefined ? 'GET' : 'POST')
  const headers = Object.fromEntries(args.headers)
  const what = `${method} ${new URL(target).pathname}`

  if (!args.paginate) {
    const response = await session.caller.send(what, method, target, body, headers)
    if (args.include) io.stdout(statusAndHeaders(response))
    io.stdout(response.text)
    return finish(what, response, say)
  }

  const all: unknown[] = []
  let printedRaw = false
  const seen = new Set<string>()
  let next: string | undefined = target
  for (let page = 1; next; page++) {
    const pageWhat = `${what} (page ${page})`
    if (seen.has(next))
      throw new ActionError(`${pageWhat} failed: the next-page link repeats an earlier page`)
    seen.add(next)
    const response = await session.caller.send(pageWhat, 'GET', next, undefined, headers)
    if (args.include) io.stdout(statusAndHeaders(response))
    if (response.status < 200 || response.status >= 300) {
      io.stdout(response.text)
      return finish(pageWhat, response, say)
    }
    const parsed: unknown = response.text.trim() ? JSON.parse(response.text) : []
    if (!Array.isArray(parsed)) {
      // Not a list: print each page as it came, as gh does for non-array pages.
      io.stdout(response.text)
      printedRaw = true
    } else {
      all.push(...(parsed as unknown[]))
    }
    const link = nextLinkOf(response.headers)
    next = link === undefined ? undefined : sameOriginLink(pageWhat, link, next, 'access token')
  }
  if (!printedRaw) io.stdout(JSON.stringify(all))
  return 0
}

function finish(what: string, response: HttpResponse, say: (line: string) => void): number {
  if (response.status >= 200 && response.status < 300) return 0
  say(describeOktaError(what, parseOktaError(response)))
  return 1
}

function statusAndHeaders(response: HttpResponse): string {
  const lines = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`.trimEnd()]
  response.headers.forEach((value, name) => lines.push(`${name}: ${value}`))
  return `${lines.join('\r\n')}\r\n\r\n`
}

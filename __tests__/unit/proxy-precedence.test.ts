// Which proxy the transport uses, from the step's environment (src/http/transport.ts,
// proxy-transport.ts): any of the four proxy variables turns the proxy on, lower case wins over
// upper case as in undici's own reading, and no_proxy / NO_PROXY send a host direct. Two
// loopback "proxies" refuse every CONNECT with their own status (403 and 407) and log what was
// asked, so each request shows which one it went to; a third server answers direct requests.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import { createTransport } from '../../src/http/transport.js'

interface Proxy {
  url: string
  connects: string[]
  server: Server
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as { port: number }).port
}

async function refusingProxy(status: number): Promise<Proxy> {
  const connects: string[] = []
  const server = createServer((_req, res) => res.writeHead(500).end())
  server.on('connect', (req, socket) => {
    connects.push(req.url ?? '')
    socket.end(`HTTP/1.1 ${status} Refused\r\n\r\n`)
  })
  return { url: `http://127.0.0.1:${await listen(server)}`, connects, server }
}

let a: Proxy
let b: Proxy
let direct: Server
let target: string
let closed: string

beforeAll(async () => {
  a = await refusingProxy(403)
  b = await refusingProxy(407)
  direct = createServer((_req, res) => res.writeHead(200).end('direct'))
  target = `127.0.0.1:${await listen(direct)}`
  // A port nothing listens on.
  const gone = createServer()
  closed = `127.0.0.1:${await listen(gone)}`
  await new Promise<void>(resolve => gone.close(() => resolve()))
})
afterAll(async () => {
  for (const server of [a.server, b.server, direct]) {
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }
})

/** What one GET through a transport made from `env` came to: an answer, or the error line. */
async function outcome(env: NodeJS.ProcessEnv, scheme = 'http'): Promise<string> {
  a.connects.length = 0
  b.connects.length = 0
  try {
    const response = await createTransport(env)(
      { method: 'GET', url: `${scheme}://${target}/x`, headers: {} },
      5000
    )
    return `${response.status} ${response.text}`
  } catch (error) {
    return (error as Error).message
  }
}

const refusedBy = (status: number) =>
  `the proxy refused to connect to ${target} (HTTP ${status}); check HTTPS_PROXY and NO_PROXY`

describe('the proxy the step environment names', () => {
  it('is none without a proxy variable: the request goes direct', async () => {
    expect(await outcome({})).toBe('200 direct')
  })

  it.each(['http_proxy', 'HTTP_PROXY'])('%s alone proxies an http URL', async name => {
    expect(await outcome({ [name]: a.url })).toBe(refusedBy(403))
    expect(a.connects).toEqual([target])
  })

  it.each(['https_proxy', 'HTTPS_PROXY'])('%s alone proxies an https URL', async name => {
    expect(await outcome({ [name]: b.url }, 'https')).toBe(refusedBy(407))
    expect(b.connects).toEqual([target])
  })

  it('lower case wins over upper case, for http and https', async () => {
    expect(await outcome({ http_proxy: a.url, HTTP_PROXY: b.url })).toBe(refusedBy(403))
    expect(await outcome({ https_proxy: a.url, HTTPS_PROXY: b.url }, 'https')).toBe(refusedBy(403))
    expect(b.connects).toEqual([])
  })

  it('an https proxy is not used for an http URL, nor an http proxy for https', async () => {
    expect(await outcome({ https_proxy: a.url })).toBe('200 direct')
    expect(await outcome({ http_proxy: a.url, https_proxy: b.url }, 'https')).toBe(refusedBy(407))
    expect(a.connects).toEqual([])
  })

  it('no_proxy or NO_PROXY sends the host direct; lower case wins', async () => {
    expect(await outcome({ http_proxy: a.url, no_proxy: '127.0.0.1' })).toBe('200 direct')
    expect(await outcome({ http_proxy: a.url, NO_PROXY: '127.0.0.1' })).toBe('200 direct')
    expect(
      await outcome({ http_proxy: a.url, no_proxy: 'other.test', NO_PROXY: '127.0.0.1' })
    ).toBe(refusedBy(403))
  })
})

describe('a network failure names the proxy only when one is used', () => {
  it('direct: the host refused the connection', async () => {
    await expect(
      createTransport({})({ method: 'GET', url: `http://${closed}/x`, headers: {} }, 5000)
    ).rejects.toThrow(`connection refused (${closed})`)
  })

  it('proxied: the proxy cannot be reached', async () => {
    await expect(
      createTransport({ http_proxy: `http://${closed}` })(
        { method: 'GET', url: `http://${target}/x`, headers: {} },
        5000
      )
    ).rejects.toThrow(`cannot reach ${target} through the proxy`)
  })
})

import { createServer, request as httpRequest, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

/**
 * A small forward proxy for tests, as a self-hosted runner's network has: CONNECT tunnels
 * (how HTTPS and undici's ProxyAgent go through) and absolute-URI HTTP forwarding, with a log
 * of what went through. `refuse` makes it answer 403 to everything, like a proxy whose ACL
 * does not allow the host.
 */
export interface ProxyLogEntry {
  method: string
  /** host:port for CONNECT, the absolute URL otherwise. */
  target: string
  status: number
}

export interface HttpProxy {
  url: string
  log: ProxyLogEntry[]
  stop(): Promise<void>
}

export async function startHttpProxy(options: { refuse?: boolean } = {}): Promise<HttpProxy> {
  const log: ProxyLogEntry[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    const target = req.url ?? ''
    if (options.refuse || !/^http:\/\//.test(target)) {
      log.push({ method: req.method ?? '', target, status: 403 })
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden by proxy policy')
      return
    }
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, answer => {
      log.push({ method: req.method ?? '', target, status: answer.statusCode ?? 0 })
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    if (options.refuse) {
      log.push({ method: 'CONNECT', target, status: 403 })
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const [host, port] = target.split(':')
    const upstream = connect(Number(port), host, () => {
      log.push({ method: 'CONNECT', target, status: 200 })
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    stop: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

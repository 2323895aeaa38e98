import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The HTTP shell every fake of a non-Okta service shares: a real server on 127.0.0.1, port 0,
 * the whole body read before the handler runs, optional latency before every answer.
 */
export interface FakeServer {
  url: string
  close(): Promise<void>
}

export type FakeHandler = (
  req: IncomingMessage,
  body: Buffer
) => Promise<{ status: number; headers?: Record<string, string>; body: unknown }>

export async function startFake(handle: FakeHandler, latencyMs: () => number): Promise<FakeServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      void answer(req, res, Buffer.concat(chunks))
    })
  })
  const answer = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    try {
      const out = await handle(req, body)
      const wait = latencyMs()
      if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
      res.writeHead(out.status, { 'content-type': 'application/json', ...out.headers })
      res.end(JSON.stringify(out.body))
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: (error as Error).message }))
    }
  }
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

import { createServer, type Server } from 'node:net'

/**
 * A port on 127.0.0.1 that was free a moment ago and that nothing listens on: every connection
 * to it is refused (for "no answer" paths without waiting for a timeout).
 */
export async function closedPort(): Promise<number> {
  const server: Server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

import { createServer, connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * The line between the desk's computer and Wix: a TCP relay on 127.0.0.1 in front of the demo site. Cut, it
 * drops every open connection and every new one at once (what main sees when the internet goes: refused or
 * reset connections, never an answer); restored, it relays again.
 */
export interface Line {
  /** `http://127.0.0.1:<port>`: give this to the web host as --wix-url. */
  url: string
  cut(): void
  restore(): void
  readonly isCut: boolean
  close(): Promise<void>
}

export async function openLine(targetUrl: string): Promise<Line> {
  const target = new URL(targetUrl)
  const sockets = new Set<Socket>()
  let cut = false
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const server = createServer((client) => {
    track(client)
    if (cut) {
      client.resetAndDestroy()
      return
    }
    const upstream = connect(Number(target.port), target.hostname)
    track(upstream)
    client.pipe(upstream)
    upstream.pipe(client)
    client.once('close', () => upstream.destroy())
    upstream.once('close', () => client.destroy())
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${String(port)}`,
    cut() {
      cut = true
      for (const socket of sockets) socket.resetAndDestroy()
    },
    restore() {
      cut = false
    },
    get isCut() {
      return cut
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((closed) => server.close(() => closed()))
    },
  }
}

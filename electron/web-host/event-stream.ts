import type { ServerResponse } from 'node:http'
import type { EventTarget } from '../main/ipc/events'

/** Every open `EventSource` of the web host, each a target for main's event publisher. */
export interface EventStreams {
  targets(): Iterable<EventTarget>
  /** Turns a response into an event stream; answers the new target so the host can send it the current state. */
  open(response: ServerResponse): EventTarget
  closeAll(): void
}

export function createEventStreams(): EventStreams {
  const open = new Set<ServerResponse>()
  const targetOf = (response: ServerResponse): EventTarget => ({
    send(channel, payload) {
      response.write(`event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`)
    },
    isDestroyed: () => response.destroyed || response.writableEnded,
  })
  return {
    targets: () => [...open].map(targetOf),
    open(response) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
      })
      response.flushHeaders()
      open.add(response)
      response.on('close', () => open.delete(response))
      return targetOf(response)
    },
    closeAll() {
      for (const response of open) response.end()
      open.clear()
    },
  }
}

/**
 * Requests and notifications between the stand-in's main process and its Chromium host (a child process's
 * IPC channel, serialized with the structured clone algorithm, as Electron's IPC is).
 */
export interface LinkMessage {
  t: string
  reqId?: number
  [key: string]: unknown
}

export interface Link {
  request<T = unknown>(message: LinkMessage): Promise<T>
  notify(message: LinkMessage): void
  receive(message: LinkMessage): void
  /** Fails every request still waiting (the other side is gone). */
  close(reason: string): void
}

export function createLink(
  send: (message: LinkMessage) => void,
  handle: (message: LinkMessage) => unknown,
): Link {
  let nextId = 1
  let closed: string | null = null
  const waiting = new Map<number, { ok: (value: unknown) => void; fail: (error: Error) => void }>()
  return {
    request<T>(message: LinkMessage) {
      if (closed) return Promise.reject(new Error(closed))
      const reqId = nextId++
      return new Promise<T>((ok, fail) => {
        waiting.set(reqId, { ok: ok as (value: unknown) => void, fail })
        send({ ...message, reqId })
      })
    },
    notify(message) {
      if (!closed) send(message)
    },
    receive(message) {
      if (message.t === 'reply') {
        const waiter = waiting.get(message.reqId ?? -1)
        if (!waiter) return
        waiting.delete(message.reqId ?? -1)
        if (typeof message['error'] === 'string') waiter.fail(new Error(message['error']))
        else waiter.ok(message['value'])
        return
      }
      const { reqId } = message
      if (reqId === undefined) {
        void Promise.resolve()
          .then(() => handle(message))
          .catch(() => {})
        return
      }
      Promise.resolve()
        .then(() => handle(message))
        .then(
          (value) => !closed && send({ t: 'reply', reqId, value }),
          (error: unknown) =>
            !closed &&
            send({ t: 'reply', reqId, error: error instanceof Error ? error.message : String(error) }),
        )
    },
    close(reason) {
      closed = reason
      for (const waiter of waiting.values()) waiter.fail(new Error(reason))
      waiting.clear()
    },
  }
}

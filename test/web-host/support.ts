import { existsSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { resolve } from 'node:path'

/** The repository: the web host reads out/renderer (made by `npm run build`) and bundles the bridge from it. */
export const projectRoot = resolve(import.meta.dirname, '../..')

export function requireBuiltRenderer(): void {
  const index = resolve(projectRoot, 'out/renderer/index.html')
  if (!existsSync(index))
    throw new Error(`${index} is missing: run "npm run build" (npm test does it for you)`)
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * One HTTP request exactly as written: fetch normalizes paths (`/../x` → `/x`) and will not send a foreign
 * Host header, so these go through node:http, which sends both as given.
 */
export function rawRequest(
  baseUrl: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const url = new URL(baseUrl)
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { connection: 'close', ...options.headers },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolvePromise({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        response.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

export interface ServerSentEvent {
  event: string
  data: unknown
}

export interface EventReader {
  status: number
  contentType: string | null
  /** The next event, or a failure after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ServerSentEvent>
  /** True when the server ended the stream (after the events already received are read). */
  ended(timeoutMs?: number): Promise<boolean>
  close(): Promise<void>
}

/** Reads a text/event-stream with fetch and a stream reader, as an EventSource would. */
export async function openEventStream(
  url: string,
  headers: Record<string, string> = {},
): Promise<EventReader> {
  const abort = new AbortController()
  const response = await fetch(url, { headers, signal: abort.signal })
  const body = response.body
  if (!body) throw new Error('The event stream has no body')
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  let done = false
  const queue: ServerSentEvent[] = []

  const pull = async (): Promise<void> => {
    const chunk = await reader.read()
    if (chunk.done) {
      done = true
      return
    }
    buffer += chunk.value
    let end: number
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const event = /^event: (.*)$/m.exec(frame)?.[1] ?? 'message'
      const data = /^data: (.*)$/m.exec(frame)?.[1]
      queue.push({ event, data: data === undefined ? undefined : JSON.parse(data) })
    }
  }
  let pending: Promise<void> | null = null
  const pullOnce = () => (pending ??= pull().finally(() => (pending = null)))

  const within = async <T>(timeoutMs: number, what: string, until: () => T | undefined): Promise<T> => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = until()
      if (found !== undefined) return found
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`No ${what} within ${String(timeoutMs)} ms`)
      let timer: ReturnType<typeof setTimeout> | undefined
      await Promise.race([pullOnce(), new Promise((r) => (timer = setTimeout(r, left)))]).finally(() =>
        clearTimeout(timer),
      )
    }
  }

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    next: (timeoutMs = 3_000) =>
      within(timeoutMs, 'event', () => queue.shift() ?? (done ? failEnded() : undefined)),
    ended: (timeoutMs = 3_000) => within(timeoutMs, 'end of stream', () => (done ? true : undefined)),
    async close() {
      abort.abort()
      await reader.cancel().catch(() => undefined)
    },
  }
}

function failEnded(): never {
  throw new Error('The event stream ended')
}

/** Waits until `check` holds (polling), for effects that happen on the other side of a socket. */
export async function eventually(check: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Still not true after ${String(timeoutMs)} ms`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

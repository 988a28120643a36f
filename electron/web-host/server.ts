import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { fail, type IpcResult } from '@shared/ipc/envelope'
import type { Dispatch } from '../main/ipc/dispatch'
import type { EventTarget } from '../main/ipc/events'
import { resolveRendererAsset } from '../main/renderer-assets'
import type { EventStreams } from './event-stream'
import { BRIDGE_PATH, EVENTS_PATH, IPC_PATH } from './paths'
import { senderInfoOfRequest } from './web-sender'

export interface WebHostServerOptions {
  /** 0: a free port. Always on 127.0.0.1. */
  port: number
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** The browser bridge (see bridge/bundle-bridge.ts). */
  bridgeScript: string
  dispatch: Dispatch
  streams: EventStreams
  /** Sends the current state of every event channel to a stream that has just opened. */
  greet(target: EventTarget): void
}

export interface WebHostServer {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  stop(): Promise<void>
}

/** A call's body is a few kilobytes at most (the biggest is a bulk check-in); anything larger is refused. */
const MAX_BODY_BYTES = 1_000_000

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/** The bridge goes before the app's module script (module scripts run after classic ones). */
export function withBridge(indexHtml: string): string {
  if (!indexHtml.includes('</head>'))
    throw new Error('index.html has no </head> to put the web bridge before')
  return indexHtml.replace('</head>', `  <script src="${BRIDGE_PATH}"></script>\n  </head>`)
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  response.end(body)
}

function sendEnvelope(response: ServerResponse, status: number, envelope: IpcResult<unknown>): void {
  send(response, status, 'application/json', JSON.stringify(envelope))
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function badRequest(code: string, message: string): IpcResult<never> {
  return fail({ kind: 'invalid_input', code, message, retryable: false, mayHaveReachedServer: false })
}

/**
 * The web host's HTTP server on 127.0.0.1: the built renderer (index.html with the bridge), the bridge,
 * IPC calls (every one through main's dispatcher: sender check, channel, input and output schemas) and
 * main's pushes as server-sent events.
 */
export async function startWebHostServer(options: WebHostServerOptions): Promise<WebHostServer> {
  let origin = ''

  async function handleCall(request: IncomingMessage, response: ServerResponse, path: string) {
    if (request.method !== 'POST') {
      sendEnvelope(response, 405, badRequest('METHOD_NOT_ALLOWED', 'Calls are POST requests.'))
      return
    }
    let body: unknown
    try {
      body = JSON.parse(await readBody(request))
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendEnvelope(response, 413, badRequest('BODY_TOO_LARGE', 'The request is too large.'))
        return
      }
      sendEnvelope(response, 400, badRequest('MALFORMED_BODY', 'The request body is not JSON.'))
      return
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendEnvelope(response, 400, badRequest('MALFORMED_BODY', 'The request body must be {"input": …}.'))
      return
    }
    const channel = path.slice(IPC_PATH.length)
    const result = await options.dispatch(
      channel,
      senderInfoOfRequest(request.headers, origin),
      (body as { input?: unknown }).input,
    )
    const status = !result.ok && result.error.kind === 'untrusted_sender' ? 403 : 200
    sendEnvelope(response, status, result)
  }

  function handleEvents(request: IncomingMessage, response: ServerResponse) {
    // An EventSource sends no Origin on a same-origin GET; the host name still has to be ours.
    if (senderInfoOfRequest(request.headers, origin).isOwnWindow === false) {
      send(response, 403, 'text/plain; charset=utf-8', 'Forbidden')
      return
    }
    options.greet(options.streams.open(response))
  }

  async function handleFile(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed')
      return
    }
    const file = resolveRendererAsset(options.rendererDir, `${origin}${request.url ?? '/'}`)
    let content: Buffer
    try {
      if (!file) throw new Error('outside the renderer')
      content = await readFile(file)
    } catch {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found')
      return
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream'
    send(response, 200, type, extname(file) === '.html' ? withBridge(content.toString('utf8')) : content)
  }

  const server = createServer((request, response) => {
    let path: string
    try {
      path = new URL(request.url ?? '/', origin || 'http://127.0.0.1').pathname
    } catch {
      // A request target no URL parser accepts (e.g. `//[`): thrown here, it would take the process down.
      send(response, 400, 'text/plain; charset=utf-8', 'Bad request')
      return
    }
    let handled: Promise<void> | void
    // The renderer has no icon of its own; a browser asks anyway.
    if (path === '/favicon.ico') handled = void response.writeHead(204).end()
    else if (path === BRIDGE_PATH) handled = send(response, 200, contentTypes['.js']!, options.bridgeScript)
    else if (path === EVENTS_PATH) handled = handleEvents(request, response)
    else if (path.startsWith(IPC_PATH)) handled = handleCall(request, response, path)
    else handled = handleFile(request, response)
    void Promise.resolve(handled).catch((error: unknown) => {
      console.error('[web host] request failed', error)
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error')
      else response.destroy()
    })
  })
  server.on('clientError', (_error, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`

  let stopping: Promise<void> | undefined
  return {
    url: origin,
    port,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        options.streams.closeAll()
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return stopping
    },
  }
}

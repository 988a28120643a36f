import type { IncomingMessage, ServerResponse } from 'node:http'
import { invalidField, type WixHttpError } from './wix-error'

/** Reading JSON request bodies and writing Wix-style JSON answers. */
const MAX_BODY_BYTES = 1_000_000

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) throw invalidField('(body)', 'request body too large', 'MAX_SIZE')
    chunks.push(buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (text === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw invalidField('(body)', 'request body is not valid JSON', 'FORMAT')
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  response.end(text)
}

/** Errors keep Wix's shape; a 5xx has an empty body. */
export function sendError(
  response: ServerResponse,
  error: WixHttpError,
  headers: Record<string, string> = {},
): void {
  if (error.body === undefined) {
    response.writeHead(error.status, { 'content-length': 0, ...headers })
    response.end()
    return
  }
  sendJson(response, error.status, error.body, headers)
}

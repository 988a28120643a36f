import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The MIME types Chromium's file loader gives by extension (net/base/mime_util.cc), for what the renderer ships. */
const mimeByExtension: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/vnd.microsoft.icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
}

/**
 * A `file:` URL as Electron's net.fetch answers it (Chromium's file loader): the bytes with a MIME type from
 * the extension, or a rejection with Chromium's error name when the file is missing.
 */
export async function fetchFile(url: string): Promise<Response> {
  let body: Buffer
  try {
    body = await readFile(fileURLToPath(url))
  } catch {
    throw new Error('net::ERR_FILE_NOT_FOUND')
  }
  const type = mimeByExtension[extname(new URL(url).pathname).toLowerCase()]
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: type ? { 'content-type': type } : {},
  })
}

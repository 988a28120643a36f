import type { IncomingHttpHeaders } from 'node:http'
import type { SenderInfo } from '../main/ipc/sender-policy'

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Who sent an HTTP call, in the terms main's sender policy checks for IPC: the page's origin (browsers send
 * `Origin` on every POST) must be the web host's own, and the request must be addressed to the host by its
 * own name (a page elsewhere that rebinds a DNS name to 127.0.0.1 fails this). The web host serves no
 * frames, so the caller is a top document.
 */
export function senderInfoOfRequest(headers: IncomingHttpHeaders, hostOrigin: string): SenderInfo {
  const origin = header(headers, 'origin')
  const host = header(headers, 'host')
  return {
    frameUrl: origin ? `${origin}/` : null,
    isMainFrame: header(headers, 'sec-fetch-dest') !== 'iframe',
    isOwnWindow: host !== undefined && `http://${host}` === hostOrigin,
  }
}

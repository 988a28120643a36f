import type { IncomingHttpHeaders } from 'node:http'
import { applicationError } from './wix-error'

/**
 * API-key auth like Wix (wix-bookings-api.md §1): `Authorization: <API key>` — the raw key, no "Bearer" —
 * plus `wix-site-id`. A missing or wrong key is 401; a missing or wrong site id is 403 (the key has no
 * access to that site), a wrong one with a code that names the site, so a client can tell it apart from a
 * permission the key lacks. Codes are [INF]: Wix documents the statuses, not the codes.
 */
export interface SiteCredentials {
  apiKey: string
  siteId: string
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

export function checkAuth(headers: IncomingHttpHeaders, credentials: SiteCredentials): void {
  const authorization = header(headers, 'authorization')
  if (!authorization) {
    throw applicationError(
      401,
      'UNAUTHENTICATED',
      'Missing Authorization header (send the API key as is, without "Bearer")',
    )
  }
  if (authorization !== credentials.apiKey) {
    throw applicationError(401, 'UNAUTHENTICATED', 'The API key is not valid')
  }
  const siteId = header(headers, 'wix-site-id')
  if (!siteId) throw applicationError(403, 'PERMISSION_DENIED', 'Missing wix-site-id header')
  if (siteId !== credentials.siteId)
    throw applicationError(403, 'SITE_ACCESS_DENIED', 'The API key has no access to this site')
}

/**
 * How public paths map to each service's own paths — the same srcPath → destPath tables the official SDK
 * uses to build its URLs (node_modules/@wix/auto_sdk_bookings_{bookings,extended-bookings,attendance} build/cjs/index.js, `resolve…Url`), for
 * host www.wixapis.com and for any other host (the `_` table), plus the forms the docs show. A path is
 * tried against each mapping in order until one lands on a route, so every form the SDK or the docs use is
 * served:
 *   writer:     /_api/bookings-service/v2/bookings/{id}/confirm, /bookings/v2/bookings/{id}/confirm, …
 *               /_api/bookings-service/v2/multi_service_bookings/{id}/confirm,
 *               /bookings/multiServiceBookings/v2/multi_service_bookings/{id}/confirm (SDK), …
 *   reader:     /_api/bookings-reader/v2/extended-bookings/query, /bookings/bookings-reader/v2/…
 *   attendance: /bookings/bookings-attendance/set (SDK, www.wixapis.com), /bookings-attendance/set (SDK, other
 *               hosts), /bookings/v2/bulk/attendance/set (SDK), /_api/bookings-attendance/v2/bulk/attendance/set,
 *               /_api/bookings-attendance/v2/attendance/set and /bookings/v2/attendance/set (docs), …
 *   calendar:   /calendar/v3/events/query, /calendar/v3/events?eventIds=…, /calendar/v3/events/{id}
 *   services:   /_api/bookings/v2/services/query (SDK, every host), /bookings/v2/services/query (docs)
 *   options:    /bookings/v1/serviceOptionsAndVariants/query (SDK, www.wixapis.com),
 *               /_api/v1/service-options-and-variants/query (SDK, other hosts), /_api/v1/serviceOptionsAndVariants/…
 * (services and options: @wix/auto_sdk_bookings_{services,service-options-and-variants})
 */
export type ServiceName =
  | 'bookings-writer'
  | 'bookings-reader'
  | 'attendance'
  | 'calendar'
  | 'site-properties'
  | 'services'
  | 'service-options'

export interface GatewayMapping {
  service: ServiceName
  srcPath: string
  destPath: string
}

const writer = (srcPath: string, destPath: string): GatewayMapping => ({
  service: 'bookings-writer',
  srcPath,
  destPath,
})
const reader = (srcPath: string, destPath: string): GatewayMapping => ({
  service: 'bookings-reader',
  srcPath,
  destPath,
})
const attendance = (srcPath: string, destPath: string): GatewayMapping => ({
  service: 'attendance',
  srcPath,
  destPath,
})

export const gatewayMappings: readonly GatewayMapping[] = [
  writer('/_api/bookings-service/v2/bookings', '/v2/bookings'),
  writer('/bookings/v2/bookings', '/v2/bookings'),
  writer('/_api/bookings-service/v2/multi_service_bookings', '/v2/multi_service_bookings'),
  writer('/bookings/multiServiceBookings/v2/multi_service_bookings', '/v2/multi_service_bookings'),
  reader('/_api/bookings-reader', ''),
  reader('/bookings/bookings-reader', ''),
  attendance('/bookings/bookings-attendance', '/v2/attendance'),
  attendance('/_api/bookings-attendance/v2/bulk/attendance', '/v2/bulk/attendance'),
  attendance('/_api/bookings-attendance', '/v2/attendance'),
  attendance('/_api/bookings-attendance', ''),
  attendance('/bookings/attendance/v2/bulk/attendance', '/v2/bulk/attendance'),
  attendance('/bookings/attendance/v2/attendance', '/v2/attendance'),
  attendance('/bookings/attendance', '/v2/attendance'),
  attendance('/bookings/v2/bulk/attendance', '/v2/bulk/attendance'),
  attendance('/bookings/v2/attendance', '/v2/attendance'),
  attendance('/bookings-attendance/v2/bulk/attendance', '/v2/bulk/attendance'),
  attendance('/bookings-attendance', '/v2/attendance'),
  { service: 'calendar', srcPath: '/calendar/v3/events', destPath: '/v3/events' },
  { service: 'site-properties', srcPath: '/site-properties/v4/properties', destPath: '/v4/properties' },
  { service: 'services', srcPath: '/_api/bookings/v2/services', destPath: '/v2/services' },
  { service: 'services', srcPath: '/bookings/v2/services', destPath: '/v2/services' },
  {
    service: 'service-options',
    srcPath: '/bookings/v1/serviceOptionsAndVariants',
    destPath: '/v1/serviceOptionsAndVariants',
  },
  {
    service: 'service-options',
    srcPath: '/_api/v1/service-options-and-variants',
    destPath: '/v1/serviceOptionsAndVariants',
  },
  {
    service: 'service-options',
    srcPath: '/_api/v1/serviceOptionsAndVariants',
    destPath: '/v1/serviceOptionsAndVariants',
  },
]

/** The internal paths a public path may stand for, in mapping order. */
export function internalCandidates(publicPath: string): Array<{ service: ServiceName; path: string }> {
  const candidates: Array<{ service: ServiceName; path: string }> = []
  for (const mapping of gatewayMappings) {
    if (!publicPath.startsWith(mapping.srcPath)) continue
    const rest = publicPath.slice(mapping.srcPath.length)
    if (rest !== '' && !rest.startsWith('/')) continue
    candidates.push({ service: mapping.service, path: mapping.destPath + rest })
  }
  return candidates
}

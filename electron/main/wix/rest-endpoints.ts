/**
 * The Wix REST endpoints the client calls through `fetchWithAuth` rather than an SDK module (no SDK package
 * for them is installed here). Declared once: the callers use these, and test/conformance checks each one
 * against the SDK's request builders where a package exists and against the demo site's routes.
 */
export interface RestEndpoint {
  method: 'GET' | 'POST'
  /** Public path on www.wixapis.com, without a query string. */
  path: string
}

export const restEndpoints = {
  /** Calendar Events V3: Query Events. */
  queryEvents: { method: 'POST', path: '/calendar/v3/events/query' },
  /** Calendar Events V3: List Events (by `eventIds`). */
  listEvents: { method: 'GET', path: '/calendar/v3/events' },
  /** Site Properties V4: Get Site Properties. */
  getSiteProperties: { method: 'GET', path: '/site-properties/v4/properties' },
} as const satisfies Record<string, RestEndpoint>

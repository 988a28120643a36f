import type { DemoSiteState } from '../site-state'
import { internalCandidates, type ServiceName } from './gateway-paths'

/** Routes on each service's internal paths (`/v2/bookings/:bookingId/confirm`), reached through the gateway mappings. */
export interface RouteRequest {
  body: unknown
  params: Record<string, string>
  query: URLSearchParams
}

export type RouteHandler = (request: RouteRequest, site: DemoSiteState) => unknown

export interface Route {
  service: ServiceName
  method: 'GET' | 'POST' | 'DELETE'
  path: string
  handler: RouteHandler
}

export interface ResolvedRoute {
  route: Route
  params: Record<string, string>
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.split('/')
  const actual = path.split('/')
  if (expected.length !== actual.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] ?? ''
    const got = actual[i] ?? ''
    if (want.startsWith(':')) {
      if (got === '') return undefined
      params[want.slice(1)] = decodeURIComponent(got)
    } else if (want !== got) {
      return undefined
    }
  }
  return params
}

export function resolveRoute(
  routes: readonly Route[],
  method: string,
  publicPath: string,
): ResolvedRoute | undefined {
  for (const candidate of internalCandidates(publicPath)) {
    for (const route of routes) {
      if (route.service !== candidate.service || route.method !== method) continue
      const params = matchPattern(route.path, candidate.path)
      if (params) return { route, params }
    }
  }
  return undefined
}

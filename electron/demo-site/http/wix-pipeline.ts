import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ActiveFault, FaultInjector } from '../faults'
import type { RequestLog } from '../request-log'
import type { DemoSiteState } from '../site-state'
import { checkAuth, checkScopes, type SiteCredentials } from './auth'
import { readJsonBody, sendError, sendJson } from './json-http'
import { rateLimited, type TokenBucket } from './rate-limit'
import { resolveRoute, type Route } from './router'
import { routeNotFound, serverError, WixHttpError } from './wix-error'

/**
 * One Wix API request, in the order a gateway would apply things: injected fault → route (404) →
 * auth (401/403) → rate limit (429) → body (400) → the key's permission scopes (403) → handler (its own 4xx) → 200 JSON. Anything unexpected
 * is a 500 with an empty body.
 */
export interface PipelineDeps {
  site: DemoSiteState
  routes: readonly Route[]
  credentials: SiteCredentials
  faults: FaultInjector
  bucket: TokenBucket
  log: RequestLog
  /** Responses held open by `hang` faults, ended when the site stops. */
  hanging: Set<ServerResponse>
  onUnexpectedError(error: unknown): void
}

let requestCounter = 0

function faultError(fault: ActiveFault & { kind: 'status' }): WixHttpError {
  if (fault.status >= 500) return serverError(fault.status)
  if (fault.body !== undefined) return new WixHttpError(fault.status, fault.body as WixHttpError['body'])
  if (fault.status === 429) return rateLimited(0)
  return new WixHttpError(fault.status, { message: `Injected fault: HTTP ${fault.status}`, details: {} })
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function handleWixRequest(
  deps: PipelineDeps,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const method = (request.method ?? 'GET').toUpperCase()
  const entry = { at: deps.site.clock.nowIso(), method, path: url.pathname + url.search }
  const headers = { 'x-wix-request-id': `demo-${++requestCounter}` }

  const fault = deps.faults.take(method, entry.path)
  if (fault?.kind === 'drop') {
    deps.log.add({ ...entry, outcome: 'dropped', fault: fault.kind })
    request.socket.destroy()
    return
  }
  if (fault?.kind === 'hang') {
    deps.log.add({ ...entry, outcome: 'hung', fault: fault.kind })
    deps.hanging.add(response)
    response.on('close', () => deps.hanging.delete(response))
    return
  }
  if (fault?.kind === 'status') {
    const error = faultError(fault)
    deps.log.add({ ...entry, outcome: error.status, fault: fault.kind })
    sendError(response, error, headers)
    return
  }
  if (fault?.kind === 'latency') await delay(fault.ms)
  const dropAfterCommit = fault?.kind === 'commit-then-drop'

  let status = 200
  try {
    const resolved = resolveRoute(deps.routes, method, url.pathname)
    if (!resolved) throw routeNotFound(method, url.pathname)
    checkAuth(request.headers, deps.credentials)
    if (!deps.bucket.take()) throw rateLimited(deps.bucket.perMinute)
    const body = method === 'GET' || method === 'DELETE' ? {} : await readJsonBody(request)
    checkScopes(resolved.route, body, deps.credentials)
    const result = resolved.route.handler(
      { body, params: resolved.params, query: url.searchParams },
      deps.site,
    )
    if (dropAfterCommit) {
      deps.log.add({ ...entry, outcome: 'committed-then-dropped', fault: 'commit-then-drop' })
      request.socket.destroy()
      return
    }
    if (response.destroyed) return
    sendJson(response, 200, result, headers)
  } catch (error) {
    const wixError = error instanceof WixHttpError ? error : serverError(500)
    if (!(error instanceof WixHttpError)) deps.onUnexpectedError(error)
    status = wixError.status
    if (dropAfterCommit) {
      deps.log.add({ ...entry, outcome: 'committed-then-dropped', fault: 'commit-then-drop' })
      request.socket.destroy()
      return
    }
    if (!response.destroyed) sendError(response, wixError, headers)
  }
  deps.log.add({ ...entry, outcome: status, ...(fault ? { fault: fault.kind } : {}) })
}

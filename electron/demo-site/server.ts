import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createDemoClock } from './clock'
import { createControl, type DemoSiteControl } from './control'
import { CONTROL_PREFIX, handleControlRequest } from './control-routes'
import {
  DEFAULT_DEMO_BOOKINGS,
  DEFAULT_DEMO_SEED,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  DEMO_API_KEY,
  DEMO_BUSINESS_NAME,
  DEMO_SITE_ID,
  DEMO_TIME_ZONE,
} from './defaults'
import { FaultInjector } from './faults'
import { sendError } from './http/json-http'
import { everyScope } from './http/auth'
import { createTokenBucket } from './http/rate-limit'
import { handleWixRequest } from './http/wix-pipeline'
import { routeNotFound } from './http/wix-error'
import { RequestLog } from './request-log'
import { wixRoutes } from './routes'
import { DemoSiteState } from './site-state'
import { isValidTimeZone } from '@shared/domain/wall-clock'

/**
 * The demo site: a Wix Bookings API simulator on 127.0.0.1 (never another interface). Electron-free, so it
 * runs inside the app (demo mode), in plain Node tests and from the CLI.
 */
export interface DemoSiteOptions {
  /** 0 or omitted: a free port. */
  port?: number
  seed?: number
  /** Total bookings in the seed (default 600). */
  bookings?: number
  apiKey?: string
  siteId?: string
  /** Mount the /__control HTTP endpoints (off unless asked for). */
  control?: boolean
  /** Token bucket size and refill per minute (default 200; Infinity = unlimited). */
  rateLimitPerMinute?: number
  /** Freeze the demo clock at this instant (default: real time, movable through the control surface). */
  now?: Date | string | number
  /** A running clock that reads this instant at start (a chosen morning for end-to-end tests and demos). */
  startsAt?: Date | string | number
  timeZone?: string
  businessName?: string
  /** Called with errors the simulator did not expect (answered as an empty 500). Default: console.error. */
  onUnexpectedError?: (error: unknown) => void
}

export interface DemoSite extends DemoSiteControl {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  apiKey: string
  siteId: string
  controlEnabled: boolean
  /** Closes every connection (hung ones included) and the server. Safe to call twice. */
  stop(): Promise<void>
}

function instant(name: string, at: DemoSiteOptions['now']): number | undefined {
  if (at === undefined) return undefined
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at)
  if (Number.isNaN(ms)) throw new Error(`startDemoSite: invalid ${name} ${String(at)}`)
  return ms
}

export async function startDemoSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
    throw new Error(`startDemoSite: unknown time zone ${options.timeZone}`)
  }
  if (options.now !== undefined && options.startsAt !== undefined)
    throw new Error('startDemoSite: give either now (a frozen clock) or startsAt (a running one), not both')
  const clock = createDemoClock(instant('now', options.now), instant('startsAt', options.startsAt))
  const site = new DemoSiteState(clock, {
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    bookings: options.bookings ?? DEFAULT_DEMO_BOOKINGS,
    timeZone: options.timeZone ?? DEMO_TIME_ZONE,
    businessName: options.businessName ?? DEMO_BUSINESS_NAME,
  })
  const credentials = {
    apiKey: options.apiKey ?? DEMO_API_KEY,
    siteId: options.siteId ?? DEMO_SITE_ID,
    scopes: everyScope(),
  }
  const faults = new FaultInjector()
  const bucket = createTokenBucket(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE, () =>
    clock.now(),
  )
  const log = new RequestLog()
  const hanging = new Set<ServerResponse>()
  const control = createControl({ site, clock, faults, bucket, log, credentials })
  const controlEnabled = options.control === true
  const deps = {
    site,
    routes: wixRoutes,
    credentials,
    faults,
    bucket,
    log,
    hanging,
    onUnexpectedError:
      options.onUnexpectedError ?? ((error: unknown) => console.error('[demo-site] unexpected error', error)),
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    const isControl = path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)
    const handled = isControl
      ? controlEnabled
        ? handleControlRequest(control, request, response, path)
        : Promise.resolve(sendError(response, routeNotFound(request.method ?? 'GET', path)))
      : handleWixRequest(deps, request, response)
    handled.catch((error: unknown) => {
      deps.onUnexpectedError(error)
      if (!response.headersSent && !response.destroyed) response.writeHead(500, { 'content-length': 0 }).end()
    })
  })
  server.on('clientError', (_error, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port

  let stopping: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      for (const response of hanging) response.destroy()
      hanging.clear()
      server.close(() => resolve())
      server.closeAllConnections()
    })
    return stopping
  }

  return {
    ...control,
    world: control.world,
    url: `http://127.0.0.1:${port}`,
    port,
    /** The key the site accepts now (it changes when the control surface rotates it). */
    get apiKey() {
      return credentials.apiKey
    },
    siteId: credentials.siteId,
    controlEnabled,
    stop,
  }
}

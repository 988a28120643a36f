import type { AppInfo } from '@shared/ipc/app'
import type { SiteCredentials } from '@shared/ipc/site'
import { createConnectivityMonitor, type ConnectivityMonitor } from './connectivity'
import type { CredentialStore } from './credentials/credential-store'
import { appHandlers } from './ipc/app'
import { attendanceHandlers } from './ipc/attendance'
import { bookingsHandlers } from './ipc/bookings'
import { connectivityHandlers } from './ipc/connectivity'
import { createDispatcher, type Dispatch } from './ipc/dispatch'
import type { EventPublisher } from './ipc/events'
import type { SenderCheck } from './ipc/sender-policy'
import { sessionsHandlers } from './ipc/sessions'
import { siteHandlers } from './ipc/site'
import { createReachabilityProbe } from './site/reachability-probe'
import { createSiteConnection, type DemoSiteHandle, type SiteConnection } from './site/site-connection'
import { createRateLimiter } from './wix/rate-limiter'
import { createWixClient, defaultRateLimit } from './wix/client'

export interface MainServicesOptions {
  /** How main reaches the network: Electron's net.fetch in the app, Node's fetch in the web host. */
  fetch: typeof fetch
  /** The operating system's own view of the network (the web host has none and says true). */
  isOsOnline: () => boolean
  credentials: CredentialStore
  startDemoSite: () => Promise<DemoSiteHandle>
  appInfo: AppInfo
  /** Who may call: the app's own window (IPC), or a page from the web host's own origin (HTTP). */
  isTrustedSender: SenderCheck
  /** Where main's pushes go (windows in the app, event streams in the web host). */
  events: EventPublisher
  /** Used when a site has no time zone in its Business Info. */
  fallbackTimeZone: string
  /** Connect to this site at start instead of the saved one (the web host's `--wix-url`); throws if it fails. */
  connectTo?: SiteCredentials
  /** How often the line is probed while running. */
  probeIntervalMs?: number
  onInternalError?: (channel: string, error: unknown) => void
}

export interface MainServices {
  /** The one gate every call from the renderer goes through. */
  dispatch: Dispatch
  site: SiteConnection
  connectivity: ConnectivityMonitor
  stop(): Promise<void>
}

/**
 * Everything main does for the renderer, free of Electron: the line monitor, the site connection (the saved
 * site, or the demo site), the Wix client with its rate limiter, every IPC handler behind one dispatcher,
 * and the pushes. The app (startup.ts) and the web host build the same services; only the transport differs.
 */
export async function startMainServices(options: MainServicesOptions): Promise<MainServices> {
  let apiBaseUrl = ''
  const connectivity = createConnectivityMonitor({
    probe: createReachabilityProbe({
      isOsOnline: options.isOsOnline,
      apiBaseUrl: () => apiBaseUrl,
      fetch: options.fetch,
    }),
    ...(options.probeIntervalMs ? { intervalMs: options.probeIntervalMs } : {}),
  })
  const limiter = createRateLimiter(defaultRateLimit)
  const site = createSiteConnection({
    credentials: options.credentials,
    startDemoSite: options.startDemoSite,
    createClient: ({ baseUrl, credentials }) =>
      createWixClient({
        baseUrl,
        credentials,
        fetch: options.fetch,
        limiter,
        onReachability: (reachability) => connectivity.report(reachability),
      }),
    fallbackTimeZone: options.fallbackTimeZone,
  })
  site.subscribe((status) => (apiBaseUrl = status.apiBaseUrl))
  if (options.connectTo) await site.connect(options.connectTo)
  else await site.start()

  const dispatch = createDispatcher({
    handlers: {
      app: appHandlers({ appInfo: () => options.appInfo }),
      connectivity: connectivityHandlers(connectivity),
      site: siteHandlers(site),
      bookings: bookingsHandlers(site),
      attendance: attendanceHandlers(site),
      sessions: sessionsHandlers(site),
    },
    isTrustedSender: options.isTrustedSender,
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  })

  connectivity.subscribe((status) => options.events.publish('connectivity', 'changed', status))
  site.subscribe((status) => {
    options.events.publish('site', 'changed', status)
    void connectivity.check()
  })
  connectivity.start()

  return {
    dispatch,
    site,
    connectivity,
    async stop() {
      connectivity.stop()
      await site.stop()
    },
  }
}

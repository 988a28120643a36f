import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppInfo, SiteMode } from '@shared/ipc/app'
import type { SiteCredentials } from '@shared/ipc/site'
import { createConnectivityMonitor, type ConnectivityMonitor } from './connectivity'
import type { CredentialStore } from './credentials/credential-store'
import { consoleLog, type Log } from './logs/console-log'
import type { LogsFolder } from './logs/logs-folder'
import { appHandlers } from './ipc/app'
import { attendanceHandlers } from './ipc/attendance'
import { bookingsHandlers } from './ipc/bookings'
import { connectivityHandlers } from './ipc/connectivity'
import { createDispatcher, type Dispatch } from './ipc/dispatch'
import type { EventPublisher } from './ipc/events'
import type { SenderCheck } from './ipc/sender-policy'
import { servicesHandlers } from './ipc/services'
import { sessionsHandlers } from './ipc/sessions'
import { siteHandlers } from './ipc/site'
import { createSiteCheckRunner } from './site-check/site-check-runner'
import { createReachabilityProbe } from './site/reachability-probe'
import { createSiteConnection, type DemoSiteHandle, type SiteConnection } from './site/site-connection'
import {
  createUpdateController,
  updateCheckSkipReason,
  type UpdateController,
  type UpdaterPort,
} from './updates/update-controller'
import { createRateLimiter, type RateLimiter } from './wix/rate-limiter'
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
  /**
   * The app's updater (electron-updater behind a port) and whether this is an installed build; absent in
   * the web host, where the update status is always idle and there is nothing to install.
   */
  updates?: { updater: UpdaterPort; isPackaged: boolean; intervalMs?: number }
  /** The folder of the log file (the app); absent in the web host, which logs to its terminal. */
  logsFolder?: LogsFolder
  /** Main's log: where the update controller and the Wix client report (the app's log file; the redacted console by default). */
  log?: Log
  /**
   * Rollcall's own budget of calls to the site (Wix: about 200 a minute); `'none'` only for the benchmark,
   * which measures the pipeline against a demo site with no limit (npm run bench).
   */
  rateLimit?: { perMinute: number; burst: number } | 'none'
}

export interface MainServices {
  /** The one gate every call from the renderer goes through. */
  dispatch: Dispatch
  site: SiteConnection
  connectivity: ConnectivityMonitor
  /** Null without an updater (the web host). */
  updates: UpdateController | null
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
  const limiter: RateLimiter =
    options.rateLimit === 'none'
      ? { acquire: () => Promise.resolve() }
      : createRateLimiter(options.rateLimit ?? defaultRateLimit)
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
        log: options.log ?? consoleLog,
      }),
    fallbackTimeZone: options.fallbackTimeZone,
  })
  site.subscribe((status) => (apiBaseUrl = status.apiBaseUrl))
  if (options.connectTo) await site.connect(options.connectTo)
  else await site.start()

  const updates = options.updates
    ? createUpdateController({
        updater: options.updates.updater,
        skipReason: () =>
          updateCheckSkipReason({
            isPackaged: options.updates?.isPackaged === true,
            siteMode: site.status().mode,
          }),
        log: options.log ?? consoleLog,
        onChange: (status) => options.events.publish('app', 'updateChanged', status),
        ...(options.updates.intervalMs ? { intervalMs: options.updates.intervalMs } : {}),
      })
    : null

  const dispatch = createDispatcher({
    handlers: {
      app: appHandlers({ appInfo: () => options.appInfo, updates, logsFolder: options.logsFolder ?? null }),
      connectivity: connectivityHandlers(connectivity),
      site: siteHandlers(
        site,
        createSiteCheckRunner({
          site,
          fetch: options.fetch,
          // The web host has no logs folder: its reports go to the system's temporary folder.
          reportFolder: options.logsFolder?.path ?? join(tmpdir(), 'rollcall-site-checks'),
          log: options.log ?? consoleLog,
        }),
      ),
      bookings: bookingsHandlers(site),
      attendance: attendanceHandlers(site),
      sessions: sessionsHandlers(site),
      services: servicesHandlers(site),
    },
    isTrustedSender: options.isTrustedSender,
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  })

  connectivity.subscribe((status) => options.events.publish('connectivity', 'changed', status))
  let siteMode: SiteMode = site.status().mode
  site.subscribe((status) => {
    options.events.publish('site', 'changed', status)
    void connectivity.check()
    // A Wix site connected after a start on the demo site: look for updates now rather than in hours.
    if (status.mode === 'wix' && siteMode !== 'wix') void updates?.check()
    siteMode = status.mode
  })
  connectivity.start()
  updates?.start()

  return {
    dispatch,
    site,
    connectivity,
    updates,
    async stop() {
      updates?.stop()
      connectivity.stop()
      await site.stop()
    },
  }
}

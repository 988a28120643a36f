import { app, BrowserWindow, net } from 'electron'
import { join } from 'node:path'
import { buildAppInfo } from './app-info'
import { createConnectivityMonitor } from './connectivity'
import { createCredentialStore } from './credentials/credential-store'
import { safeStorageCipher } from './credentials/safe-storage-cipher'
import { startDemoSite } from './demo'
import { appHandlers } from './ipc/app'
import { attendanceHandlers } from './ipc/attendance'
import { bookingsHandlers } from './ipc/bookings'
import { connectivityHandlers } from './ipc/connectivity'
import { createDispatcher } from './ipc/dispatch'
import { createEventPublisher } from './ipc/events'
import { registerIpc } from './ipc/register'
import { createSenderPolicy } from './ipc/sender-policy'
import { sessionsHandlers } from './ipc/sessions'
import { siteHandlers } from './ipc/site'
import { serveRendererFrom } from './protocol'
import { createReachabilityProbe } from './site/reachability-probe'
import { createSiteConnection } from './site/site-connection'
import { createRateLimiter } from './wix/rate-limiter'
import { createWixClient, defaultRateLimit } from './wix/client'
import { createMainWindow } from './window'

export interface StartupOptions {
  /** Where the renderer is: `app://rollcall/index.html`, or the dev server in development. */
  entryUrl: string
  appOrigin: string
  /** Serve the built renderer on the app origin (production). */
  serveBuiltRenderer: boolean
}

/** Runs once the app is ready: services first, then IPC, then the window. */
export async function startRollcall({
  entryUrl,
  appOrigin,
  serveBuiltRenderer,
}: StartupOptions): Promise<void> {
  if (serveBuiltRenderer) serveRendererFrom(join(__dirname, '../renderer'))
  // Electron's net.fetch follows the system's proxy and certificate settings, as front desks need.
  const netFetch = net.fetch.bind(net) as typeof fetch

  let apiBaseUrl = ''
  const connectivity = createConnectivityMonitor({
    probe: createReachabilityProbe({
      isOsOnline: () => net.isOnline(),
      apiBaseUrl: () => apiBaseUrl,
      fetch: netFetch,
    }),
  })
  const limiter = createRateLimiter(defaultRateLimit)
  const site = createSiteConnection({
    credentials: createCredentialStore({
      file: join(app.getPath('userData'), 'wix-connection.json'),
      cipher: safeStorageCipher,
    }),
    startDemoSite: () => startDemoSite(),
    createClient: ({ baseUrl, credentials }) =>
      createWixClient({
        baseUrl,
        credentials,
        fetch: netFetch,
        limiter,
        onReachability: (reachability) => connectivity.report(reachability),
      }),
    fallbackTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  })
  site.subscribe((status) => (apiBaseUrl = status.apiBaseUrl))
  await site.start()

  const appInfo = buildAppInfo({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    versions: process.versions,
  })
  const dispatch = createDispatcher({
    handlers: {
      app: appHandlers({ appInfo: () => appInfo }),
      connectivity: connectivityHandlers(connectivity),
      site: siteHandlers(site),
      bookings: bookingsHandlers(site),
      attendance: attendanceHandlers(site),
      sessions: sessionsHandlers(site),
    },
    isTrustedSender: createSenderPolicy(appOrigin),
    onInternalError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
  })
  registerIpc(dispatch)

  const events = createEventPublisher(() => BrowserWindow.getAllWindows().map((window) => window.webContents))
  connectivity.subscribe((status) => events.publish('connectivity', 'changed', status))
  site.subscribe((status) => {
    events.publish('site', 'changed', status)
    void connectivity.check()
  })
  connectivity.start()

  const openWindow = () => createMainWindow({ preloadPath: join(__dirname, '../preload/index.js'), entryUrl })
  openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  app.on('will-quit', () => {
    connectivity.stop()
    void site.stop()
  })
}

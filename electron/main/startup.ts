import { app, BrowserWindow, net } from 'electron'
import { join } from 'node:path'
import { buildAppInfo } from './app-info'
import { createConnectivityMonitor } from './connectivity'
import { demoBusinessProfile } from './demo/profile'
import { appHandlers } from './ipc/app'
import { connectivityHandlers } from './ipc/connectivity'
import { createDispatcher } from './ipc/dispatch'
import { createEventPublisher } from './ipc/events'
import { registerIpc } from './ipc/register'
import { createSenderPolicy } from './ipc/sender-policy'
import { serveRendererFrom } from './protocol'
import { createMainWindow } from './window'

export interface StartupOptions {
  /** Where the renderer is: `app://rollcall/index.html`, or the dev server in development. */
  entryUrl: string
  appOrigin: string
  /** Serve the built renderer on the app origin (production). */
  serveBuiltRenderer: boolean
}

/** Runs once the app is ready: services first, then IPC, then the window. */
export function startRollcall({ entryUrl, appOrigin, serveBuiltRenderer }: StartupOptions): void {
  if (serveBuiltRenderer) serveRendererFrom(join(__dirname, '../renderer'))

  const connectivity = createConnectivityMonitor({
    probe: () => Promise.resolve(net.isOnline() ? { online: true } : { online: false }),
  })
  const appInfo = buildAppInfo({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    versions: process.versions,
    // Until a Wix site is connected, Rollcall runs on the built-in demo site.
    site: { mode: 'demo', ...demoBusinessProfile },
  })

  const dispatch = createDispatcher({
    handlers: {
      app: appHandlers({ appInfo: () => appInfo }),
      connectivity: connectivityHandlers(connectivity),
    },
    isTrustedSender: createSenderPolicy(appOrigin),
    onInternalError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
  })
  registerIpc(dispatch)

  const events = createEventPublisher(() => BrowserWindow.getAllWindows().map((window) => window.webContents))
  connectivity.subscribe((status) => events.publish('connectivity', 'changed', status))
  connectivity.start()

  const openWindow = () => createMainWindow({ preloadPath: join(__dirname, '../preload/index.js'), entryUrl })
  openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  app.on('will-quit', () => connectivity.stop())
}

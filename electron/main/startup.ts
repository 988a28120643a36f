import { app, BrowserWindow, net } from 'electron'
import { join } from 'node:path'
import { buildAppInfo } from './app-info'
import { createCredentialStore } from './credentials/credential-store'
import { safeStorageCipher } from './credentials/safe-storage-cipher'
import { startDemoSite } from '../demo-site'
import { createEventPublisher } from './ipc/events'
import { registerIpc } from './ipc/register'
import { createSenderPolicy } from './ipc/sender-policy'
import { logsFolderAt } from './logs/app-log'
import type { FileLog } from './logs/log'
import { serveRendererFrom } from './protocol'
import { startMainServices } from './services'
import { electronUpdater } from './updates/electron-updater'
import { createMainWindow } from './window'

export interface StartupOptions {
  /** Where the renderer is: `app://rollcall/index.html`, or the dev server in development. */
  entryUrl: string
  appOrigin: string
  /** Serve the built renderer on the app origin (production). */
  serveBuiltRenderer: boolean
  /** Main's log file (see logs/app-log.ts). */
  log: FileLog
}

/** Runs once the app is ready: services first, then IPC, then the window. */
export async function startRollcall({
  entryUrl,
  appOrigin,
  serveBuiltRenderer,
  log,
}: StartupOptions): Promise<void> {
  if (serveBuiltRenderer) serveRendererFrom(join(__dirname, '../renderer'))
  const appInfo = buildAppInfo({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    versions: process.versions,
  })
  log.info(`${appInfo.name} ${appInfo.version} starting`, { platform: appInfo.platform, ...appInfo.versions })
  const services = await startMainServices({
    // Electron's net.fetch follows the system's proxy and certificate settings, as front desks need.
    fetch: net.fetch.bind(net) as typeof fetch,
    isOsOnline: () => net.isOnline(),
    credentials: createCredentialStore({
      file: join(app.getPath('userData'), 'wix-connection.json'),
      cipher: safeStorageCipher,
    }),
    startDemoSite: () =>
      startDemoSite({ onUnexpectedError: (error) => log.error('[demo-site] unexpected error', error) }),
    appInfo,
    isTrustedSender: createSenderPolicy(appOrigin),
    events: createEventPublisher(() => BrowserWindow.getAllWindows().map((window) => window.webContents)),
    fallbackTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    onInternalError: (channel, error) => log.error(`[ipc] ${channel} failed`, error),
    // Checks on start and every few hours — never in development (not packaged) nor on the demo site —
    // and installs only when the renderer asks (app.installUpdate), or on a normal quit.
    updates: { updater: electronUpdater(log), isPackaged: app.isPackaged },
    logsFolder: logsFolderAt(log.directory),
    log,
  })
  registerIpc(services.dispatch)

  const openWindow = () => createMainWindow({ preloadPath: join(__dirname, '../preload/index.js'), entryUrl })
  openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  app.on('will-quit', () => void services.stop())
}

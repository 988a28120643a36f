import { app, BrowserWindow, dialog } from 'electron'
import { openAppLog } from './logs/app-log'
import { hardenApp } from './security'
import { APP_ENTRY_URL, APP_ORIGIN, registerAppScheme } from './protocol'
import { originOf } from './origin'
import { startRollcall } from './startup'

// In development electron-vite serves the renderer; its origin then takes the place of app://rollcall
// (and so has its own, separate IndexedDB).
const devServerUrl = process.env['ELECTRON_RENDERER_URL']
const entryUrl = devServerUrl ?? APP_ENTRY_URL
const appOrigin = (devServerUrl && originOf(devServerUrl)) || APP_ORIGIN

hardenApp(appOrigin)
registerAppScheme()

// One window per machine: two would fight over the same offline store and outbox.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  const log = openAppLog()
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  void app
    .whenReady()
    .then(() => startRollcall({ entryUrl, appOrigin, serveBuiltRenderer: !devServerUrl, log }))
    .catch((error: unknown) => {
      log.error('Rollcall could not start', error)
      dialog.showErrorBox('Rollcall could not start', error instanceof Error ? error.message : String(error))
      app.exit(1)
    })
}

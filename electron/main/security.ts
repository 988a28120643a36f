import { app, session, shell } from 'electron'
import { externalUrlToOpen, isAppUrl } from './navigation-policy'

/**
 * App-wide hardening, installed before any window exists: our windows never navigate away from the app
 * origin, never open new windows (http/https links go to the system browser instead), never attach
 * webviews, and every permission request (camera, notifications, geolocation, …) is denied.
 */
export function hardenApp(appOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url, appOrigin)) return
      event.preventDefault()
      openExternally(url)
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appOrigin)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url)
      return { action: 'deny' }
    })
  })

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
  })
}

function openExternally(url: string): void {
  const safe = externalUrlToOpen(url)
  if (safe) void shell.openExternal(safe)
}

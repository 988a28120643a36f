import { BrowserWindow, type WebPreferences } from 'electron'

/** Every security switch for the renderer, on. Kept as data so the tests can read it. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  }
}

export interface MainWindowOptions {
  preloadPath: string
  entryUrl: string
}

export function createMainWindow({ preloadPath, entryUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Rollcall',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(entryUrl)
  return window
}

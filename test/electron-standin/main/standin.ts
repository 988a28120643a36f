import { createCipheriv, createDecipheriv, pbkdf2Sync } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronDocs, electronSays, standinSays } from './electron-rules'
import { fetchFile } from './net-fetch'
import { singleInstanceLock } from './single-instance'
import { checkWebPreferences, checkWindowOptions, type EffectiveWebPreferences } from './web-preferences'

/**
 * The main-process half of the stand-in `electron` module: the part of Electron's API Rollcall calls, with
 * Electron's documented rules enforced (./electron-rules.ts names the page of each). What Chromium does
 * (the page, its requests, its IPC) is a RendererHost's job: a real Chromium through Playwright
 * (../chromium-host.ts), or none (headless: loadURL only fetches the page through the protocol handler).
 */

/** A frame as main sees it (Electron's WebFrameMain). */
export interface StandinFrame {
  readonly url: string
  readonly origin: string
  readonly name: string
  readonly routingId: number
  readonly processId: number
  readonly top: StandinFrame | null
  readonly parent: StandinFrame | null
}

export interface WindowInfo {
  id: number
  title: string
  webPreferences: EffectiveWebPreferences
}

/** What the stand-in asks of "Chromium". */
export interface RendererHost {
  openWindow(window: WindowInfo): void
  /** Resolves when the page has loaded (did-finish-load); rejects like loadURL does. */
  load(id: number, url: string): Promise<void>
  send(id: number, channel: string, args: unknown[]): void
  show(id: number): void
  focus(id: number): void
  close(id: number): void
}

export type HostFactory = (browser: BrowserSide) => RendererHost

export interface StandinOptions {
  /** The user data folder (Electron's --user-data-dir): required, so no test writes to a real profile. */
  userData: string
  /** The folder of the app's package.json (app.getAppPath()). */
  appPath: string
  host?: HostFactory
  /** Ends the process (app.quit / app.exit). */
  exit: (code: number) => void
  /** Where Electron's own log lines go (stderr in a child process). */
  log?: (line: string) => void
  platform?: NodeJS.Platform
  /** safeStorage's backend on Linux: 'basic_text' where no keyring runs (every CI machine). */
  storageBackend?: string
  /** net.isOnline() */
  online?: boolean
}

export interface ProtocolRequest {
  url: string
  method: string
  headers: [string, string][]
  body?: Uint8Array
}

export type ProtocolAnswer =
  { status: number; statusText: string; headers: [string, string][]; body: Uint8Array } | { error: string }

export type InvokeAnswer = { ok: true; value: unknown } | { ok: false; error: string }

export interface NetLogEntry {
  method: string
  url: string
  status: number | null
  /** Request headers (main's own log: a test may look for the key here, never in the page). */
  headers: Record<string, string>
  body: string | null
  error?: string
}

export interface StandinSnapshot {
  ready: boolean
  singleInstanceLock: boolean
  privilegedSchemes: { scheme: string; privileges: Record<string, unknown> }[]
  handledSchemes: string[]
  ipcChannels: string[]
  windows: {
    id: number
    title: string
    options: Record<string, unknown>
    webPreferences: Record<string, unknown>
    effective: EffectiveWebPreferences
    visible: boolean
    minimized: boolean
    focusCount: number
    url: string
  }[]
  openedExternally: string[]
  openedPaths: string[]
  errorBoxes: { title: string; content: string }[]
  secondInstances: { argv: string[]; cwd: string }[]
  permissionHandlers: { request: boolean; check: boolean }
  netLog: NetLogEntry[]
}

/** What Chromium-in-Electron does on behalf of pages: hosts and tests call it. */
export interface BrowserSide {
  invoke(
    webContentsId: number,
    frame: { url: string; isMain: boolean },
    channel: string,
    args: unknown[],
  ): Promise<InvokeAnswer>
  protocolRequest(request: ProtocolRequest): Promise<ProtocolAnswer>
  /** Renderer-initiated navigation of a main frame: false when main prevented it. */
  willNavigate(webContentsId: number, url: string): boolean
  windowOpen(
    webContentsId: number,
    details: { url: string; frameName: string; features: string },
  ): 'allow' | 'deny'
  didNavigate(webContentsId: number, url: string): void
  readyToShow(webContentsId: number): void
  closedByUser(webContentsId: number): void
  preloadError(webContentsId: number, preloadPath: string, message: string): void
  requestPermission(webContentsId: number, permission: string): Promise<boolean>
  checkPermission(webContentsId: number, permission: string, origin: string): boolean
  /** Electron's ready event (a child process emits it once the main script has run: ../boot.ts). */
  emitReady(): void
  snapshot(): StandinSnapshot
}

/** Electron's main-process modules the stand-in does not implement: using one fails loudly. */
const NOT_IN_STANDIN = [
  'autoUpdater',
  'BaseWindow',
  'clipboard',
  'contentTracing',
  'crashReporter',
  'desktopCapturer',
  'globalShortcut',
  'inAppPurchase',
  'Menu',
  'MenuItem',
  'MessageChannelMain',
  'nativeImage',
  'nativeTheme',
  'Notification',
  'powerMonitor',
  'powerSaveBlocker',
  'pushNotifications',
  'screen',
  'ShareMenu',
  'systemPreferences',
  'TouchBar',
  'Tray',
  'utilityProcess',
  'View',
  'webContents',
  'WebContentsView',
  'webFrameMain',
]

class StandinEvent {
  defaultPrevented = false
  preventDefault() {
    this.defaultPrevented = true
  }
}

const BUILT_IN_SCHEMES = new Set(['http', 'https', 'file', 'about', 'data', 'blob', 'ws', 'wss'])

function originOfUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : 'null'
  } catch {
    return 'null'
  }
}

/** Chromium's "v10" OSCrypt on Linux with the fixed basic_text password: what safeStorage does without a keyring. */
const basicTextKey = pbkdf2Sync('peanuts', 'saltysalt', 1, 16, 'sha1')
const basicTextIv = Buffer.alloc(16, ' ')

function readPackageJson(appPath: string): { name: string; productName?: string; version: string } {
  const file = join(appPath, 'package.json')
  if (!existsSync(file)) throw new Error(standinSays(`no package.json in the app path ${appPath}`))
  return JSON.parse(readFileSync(file, 'utf8')) as { name: string; productName?: string; version: string }
}

export interface MainStandin {
  /** The `electron` module as main's code sees it. */
  electron: Record<string, unknown>
  browser: BrowserSide
}

export function createMainStandin(options: StandinOptions): MainStandin {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const platform = options.platform ?? process.platform
  const pkg = readPackageJson(options.appPath)
  const appName = pkg.productName ?? pkg.name
  let ready = false
  let quitting = false
  let readyResolve: () => void = () => {}
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve))
  const record = {
    openedExternally: [] as string[],
    openedPaths: [] as string[],
    errorBoxes: [] as { title: string; content: string }[],
    secondInstances: [] as { argv: string[]; cwd: string }[],
    netLog: [] as NetLogEntry[],
  }

  // ---- app ----------------------------------------------------------------------------------------------
  class App extends EventEmitter {
    get isPackaged() {
      return false // run from the source folder, as `electron .` is
    }
    whenReady() {
      return readyPromise
    }
    isReady() {
      return ready
    }
    getName() {
      return appName
    }
    getVersion() {
      return pkg.version
    }
    getAppPath() {
      return options.appPath
    }
    getPath(name: string): string {
      const appData = process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config')
      const paths: Record<string, string> = {
        home: homedir(),
        appData,
        userData: options.userData,
        sessionData: options.userData,
        temp: tmpdir(),
        exe: process.execPath,
        module: process.execPath,
        desktop: join(homedir(), 'Desktop'),
        documents: join(homedir(), 'Documents'),
        downloads: join(homedir(), 'Downloads'),
        music: join(homedir(), 'Music'),
        pictures: join(homedir(), 'Pictures'),
        videos: join(homedir(), 'Videos'),
        logs: join(options.userData, 'logs'),
        crashDumps: join(options.userData, 'Crashpad'),
      }
      const path = paths[name]
      // electronDocs.getPath: an unknown name throws.
      if (path === undefined) throw new Error(electronSays.getPathFailed(name))
      return path
    }
    requestSingleInstanceLock(additionalData?: unknown) {
      return lock.request(additionalData ?? {})
    }
    hasSingleInstanceLock() {
      return lock.held()
    }
    releaseSingleInstanceLock() {
      lock.release()
    }
    quit() {
      if (quitting) return
      quitting = true
      void quitInOrder()
    }
    exit(code = 0) {
      lock.release()
      log(`[electron-standin] app.exit(${String(code)})`)
      options.exit(code)
    }
    focus() {}
  }
  const app = new App()

  function appEvent() {
    return new StandinEvent()
  }

  async function quitInOrder() {
    // A refused second instance first delivers its command line to the first one.
    await lock.delivered()
    const beforeQuit = appEvent()
    app.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return void (quitting = false)
    // electronDocs.quit: windows close first; window-all-closed is not emitted while quitting.
    for (const window of [...windows.values()]) {
      const close = new StandinEvent()
      window.emit('close', close)
      if (close.defaultPrevented) return void (quitting = false)
      window.destroy()
    }
    const willQuit = appEvent()
    app.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) return void (quitting = false)
    app.emit('quit', appEvent(), 0)
    lock.release()
    log('[electron-standin] quit')
    options.exit(0)
  }

  const lock = singleInstanceLock(
    () => options.userData,
    (message) => {
      record.secondInstances.push({ argv: message.argv, cwd: message.cwd })
      // electronDocs.secondInstance: "guaranteed to be emitted after the ready event".
      void readyPromise.then(() => {
        log('[electron-standin] second-instance')
        app.emit('second-instance', appEvent(), message.argv, message.cwd, message.additionalData)
      })
    },
  )

  // ---- windows ------------------------------------------------------------------------------------------
  let nextId = 1
  const windows = new Map<number, StandinBrowserWindow>()

  class Frame implements StandinFrame {
    constructor(
      public url: string,
      readonly routingId: number,
      readonly top: StandinFrame | null,
    ) {}
    get origin() {
      return originOfUrl(this.url)
    }
    get parent() {
      return this.top
    }
    readonly name = ''
    readonly processId = process.pid
  }

  class StandinWebContents extends EventEmitter {
    readonly mainFrame: Frame
    windowOpenHandler: ((details: unknown) => unknown) | null = null
    destroyed = false
    url = ''
    constructor(
      readonly id: number,
      readonly owner: StandinBrowserWindow,
    ) {
      super()
      this.mainFrame = new Frame('', 1, null)
    }
    isDestroyed() {
      return this.destroyed
    }
    getURL() {
      return this.url
    }
    send(channel: unknown, ...args: unknown[]) {
      // lib/browser/api/web-contents.ts, send
      if (typeof channel !== 'string') throw new TypeError('Missing required channel argument')
      if (this.destroyed) throw new Error('Object has been destroyed')
      host.send(this.id, channel, cloneForIpc(args))
    }
    setWindowOpenHandler(handler: unknown) {
      if (handler !== null && typeof handler !== 'function')
        throw new TypeError(
          standinSays(`setWindowOpenHandler takes a function (${electronDocs.setWindowOpenHandler})`),
        )
      this.windowOpenHandler = handler as ((details: unknown) => unknown) | null
    }
    async loadURL(url: string) {
      if (typeof url !== 'string') throw new TypeError(standinSays('loadURL takes a URL string'))
      const scheme = url.split(':')[0]?.toLowerCase() ?? ''
      if (!BUILT_IN_SCHEMES.has(scheme)) {
        // Chromium: a scheme nobody handles is ERR_UNKNOWN_URL_SCHEME (-302).
        if (!protocolHandlers.has(scheme)) throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`)
        const privileges = privileged.find((entry) => entry.scheme === scheme)?.privileges
        if (privileges?.['standard'] !== true || privileges['secure'] !== true)
          throw new Error(
            standinSays(
              `${scheme}: is not registered as a standard, secure scheme before ready: Chromium would give its pages an opaque origin (no IndexedDB); the stand-in loads only such schemes (${electronDocs.registerSchemesAsPrivileged})`,
            ),
          )
      }
      this.url = url
      this.mainFrame.url = url
      try {
        await host.load(this.id, url)
      } catch (error) {
        this.emit('did-fail-load', new StandinEvent(), -2, String(error), url, true)
        throw error
      }
      log(`[electron-standin] window ${String(this.id)} loaded ${url}`)
      this.emit('did-finish-load', new StandinEvent())
    }
    focus() {
      host.focus(this.id)
    }
  }

  class StandinBrowserWindow extends EventEmitter {
    readonly id: number
    readonly webContents: StandinWebContents
    readonly options: Record<string, unknown>
    readonly webPreferences: Record<string, unknown>
    readonly effective: EffectiveWebPreferences
    visible: boolean
    minimized = false
    focusCount = 0
    destroyed = false
    static getAllWindows() {
      return [...windows.values()]
    }
    static fromWebContents(contents: unknown) {
      return [...windows.values()].find((window) => window.webContents === contents) ?? null
    }
    static getFocusedWindow() {
      return null
    }
    constructor(options?: unknown) {
      super()
      // electronDocs.browserWindow: not before ready.
      if (!ready) throw new Error(electronSays.windowBeforeReady)
      this.options = checkWindowOptions(options)
      const { given, effective } = checkWebPreferences(this.options['webPreferences'], log)
      this.webPreferences = given
      this.effective = effective
      this.visible = this.options['show'] !== false
      this.id = nextId++
      this.webContents = new StandinWebContents(this.id, this)
      windows.set(this.id, this)
      // Electron's order: the contents exist (web-contents-created), then the window (browser-window-created).
      app.emit('web-contents-created', appEvent(), this.webContents)
      app.emit('browser-window-created', appEvent(), this)
      host.openWindow({
        id: this.id,
        title: typeof this.options['title'] === 'string' ? this.options['title'] : appName,
        webPreferences: effective,
      })
      log(`[electron-standin] window ${String(this.id)} created`)
      if (this.visible) host.show(this.id)
    }
    loadURL(url: string) {
      return this.webContents.loadURL(url)
    }
    show() {
      this.visible = true
      host.show(this.id)
      this.emit('show')
    }
    hide() {
      this.visible = false
    }
    isVisible() {
      return this.visible
    }
    focus() {
      this.focusCount++
      host.focus(this.id)
      this.emit('focus')
    }
    isMinimized() {
      return this.minimized
    }
    minimize() {
      this.minimized = true
      this.emit('minimize')
    }
    restore() {
      this.minimized = false
      this.emit('restore')
    }
    isDestroyed() {
      return this.destroyed
    }
    close() {
      const event = new StandinEvent()
      this.emit('close', event)
      if (!event.defaultPrevented) this.destroy()
    }
    destroy() {
      if (this.destroyed) return
      this.destroyed = true
      this.webContents.destroyed = true
      windows.delete(this.id)
      host.close(this.id)
      this.emit('closed')
      this.webContents.emit('destroyed')
      if (windows.size === 0 && !quitting) {
        // With no listener, Electron quits when the last window closes.
        if (app.listenerCount('window-all-closed') === 0) app.quit()
        else app.emit('window-all-closed', appEvent())
      }
    }
  }

  // ---- ipcMain ------------------------------------------------------------------------------------------
  type Handler = (event: unknown, ...args: unknown[]) => unknown
  const invokeHandlers = new Map<string, Handler>()
  class IpcMain extends EventEmitter {
    handle(channel: string, handler: unknown) {
      // electronDocs.ipcMainHandle, with lib/browser/ipc-main-impl.ts's words.
      if (invokeHandlers.has(channel)) throw new Error(electronSays.secondHandler(channel))
      if (typeof handler !== 'function') throw new Error(electronSays.handlerNotFunction(typeof handler))
      invokeHandlers.set(channel, handler as Handler)
    }
    handleOnce(channel: string, handler: unknown) {
      if (typeof handler !== 'function') throw new Error(electronSays.handlerNotFunction(typeof handler))
      this.handle(channel, (event: unknown, ...args: unknown[]) => {
        this.removeHandler(channel)
        return (handler as Handler)(event, ...args)
      })
    }
    removeHandler(channel: string) {
      invokeHandlers.delete(channel)
    }
  }
  const ipcMain = new IpcMain()

  function cloneForIpc<T>(value: T): T {
    try {
      return structuredClone(value)
    } catch {
      throw new Error(electronSays.cannotClone)
    }
  }

  // ---- protocol and session -----------------------------------------------------------------------------
  const privileged: { scheme: string; privileges: Record<string, unknown> }[] = []
  let privilegedRegistered = false
  type ProtocolHandler = (request: Request) => unknown
  const protocolHandlers = new Map<string, ProtocolHandler>()

  const sessionProtocol = {
    handle(scheme: string, handler: unknown) {
      if (typeof handler !== 'function') throw new TypeError(standinSays('protocol.handle takes a function'))
      // lib/browser/api/protocol.ts: registering a scheme twice fails.
      if (protocolHandlers.has(scheme)) throw new Error(electronSays.protocolTaken(scheme))
      protocolHandlers.set(scheme, handler as ProtocolHandler)
    },
    unhandle(scheme: string) {
      protocolHandlers.delete(scheme)
    },
    isProtocolHandled(scheme: string) {
      return Promise.resolve(protocolHandlers.has(scheme))
    },
  }

  let permissionRequestHandler: ((...args: unknown[]) => void) | null = null
  let permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null

  const defaultSession = {
    protocol: sessionProtocol,
    setPermissionRequestHandler(handler: unknown) {
      if (handler !== null && typeof handler !== 'function') throw new TypeError(electronSays.nullOrFunction)
      permissionRequestHandler = handler as typeof permissionRequestHandler
    },
    setPermissionCheckHandler(handler: unknown) {
      if (handler !== null && typeof handler !== 'function') throw new TypeError(electronSays.nullOrFunction)
      permissionCheckHandler = handler as typeof permissionCheckHandler
    },
    fetch: (input: string | Request, init?: RequestInit) => netFetch(input, init),
  }

  const session = {
    get defaultSession() {
      // electronDocs.session; shell/browser/api/electron_api_session.cc's words.
      if (!ready) throw new TypeError(electronSays.sessionBeforeReady)
      return defaultSession
    },
    fromPartition() {
      if (!ready) throw new TypeError(electronSays.sessionBeforeReady)
      throw new Error(standinSays('session.fromPartition is not part of the stand-in'))
    },
  }

  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown) {
      // electronDocs.registerSchemesAsPrivileged: before ready, and only once.
      if (ready) throw new Error(electronSays.schemesAfterReady)
      if (!Array.isArray(schemes)) throw new Error(standinSays('registerSchemesAsPrivileged takes an array'))
      if (privilegedRegistered)
        throw new Error(
          standinSays(
            `protocol.registerSchemesAsPrivileged "can be called only once" (${electronDocs.registerSchemesAsPrivileged})`,
          ),
        )
      privilegedRegistered = true
      for (const entry of schemes as { scheme?: unknown; privileges?: unknown }[]) {
        if (typeof entry.scheme !== 'string')
          throw new Error(standinSays('each custom scheme needs a scheme name'))
        privileged.push({ scheme: entry.scheme, privileges: { ...(entry.privileges as object) } })
      }
    },
    // lib/browser/api/protocol.ts: every other method is session.defaultSession.protocol's (electronDocs.protocol).
    handle: (scheme: string, handler: unknown) => session.defaultSession.protocol.handle(scheme, handler),
    unhandle: (scheme: string) => session.defaultSession.protocol.unhandle(scheme),
    isProtocolHandled: (scheme: string) => session.defaultSession.protocol.isProtocolHandled(scheme),
  }

  async function callProtocolHandler(request: Request): Promise<Response> {
    const scheme = new URL(request.url).protocol.slice(0, -1)
    const handler = protocolHandlers.get(scheme)
    if (!handler) throw new Error('net::ERR_UNKNOWN_URL_SCHEME')
    const answer = await handler(request)
    // lib/browser/api/protocol.ts: anything but a Response is ERR_UNEXPECTED.
    if (!(answer instanceof Response)) throw new Error('net::ERR_UNEXPECTED')
    return answer
  }

  // ---- net ----------------------------------------------------------------------------------------------
  async function netFetch(input: string | Request, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init)
    const scheme = new URL(request.url).protocol.slice(0, -1)
    if (scheme === 'file') return fetchFile(request.url)
    if (protocolHandlers.has(scheme)) return callProtocolHandler(request)
    if (scheme !== 'http' && scheme !== 'https') throw new TypeError('Failed to fetch')
    const entry: NetLogEntry = {
      method: request.method,
      url: request.url,
      status: null,
      headers: Object.fromEntries(request.headers.entries()),
      body: null,
    }
    record.netLog.push(entry)
    if (record.netLog.length > 5_000) record.netLog.shift()
    const body = request.body ? await request.clone().text() : null
    entry.body = body
    try {
      const response = await fetch(request)
      entry.status = response.status
      return response
    } catch (error) {
      entry.error = String(error)
      throw error
    }
  }

  const net = {
    fetch(input: string | Request, init?: RequestInit) {
      // lib/browser/api/net.ts: net.fetch is session.defaultSession.fetch (electronDocs.netFetch).
      return session.defaultSession.fetch(input, init)
    },
    request() {
      if (!ready) throw new Error(electronSays.netBeforeReady)
      throw new Error(standinSays('net.request is not part of the stand-in'))
    },
    isOnline: () => options.online ?? true,
    get online() {
      return options.online ?? true
    },
  }

  // ---- shell, dialog, safeStorage -----------------------------------------------------------------------
  const shell = {
    openExternal(url: unknown) {
      if (typeof url !== 'string') throw new TypeError(standinSays('shell.openExternal takes a URL string'))
      record.openedExternally.push(url)
      log(`[electron-standin] shell.openExternal ${url}`)
      return Promise.resolve()
    },
    openPath(path: string) {
      record.openedPaths.push(path)
      return Promise.resolve('')
    },
  }

  const dialog = {
    showErrorBox(title: string, content: string) {
      // electronDocs.showErrorBox: usable before ready.
      record.errorBoxes.push({ title, content })
      log(`[electron-standin] dialog.showErrorBox: ${title}: ${content}`)
    },
  }

  const backend = options.storageBackend ?? 'basic_text'
  const safeStorage = {
    isEncryptionAvailable() {
      // electronDocs.isEncryptionAvailable: on Linux, not before ready.
      if (platform === 'linux') return ready && backend !== 'unknown'
      return true
    },
    getSelectedStorageBackend() {
      if (platform !== 'linux') throw new Error(standinSays('getSelectedStorageBackend is Linux only'))
      // electronDocs.getSelectedStorageBackend: "unknown" before ready.
      return ready ? backend : 'unknown'
    },
    encryptString(plain: string) {
      if (!safeStorage.isEncryptionAvailable()) throw new Error(electronSays.encryptionUnavailable)
      const cipher = createCipheriv('aes-128-cbc', basicTextKey, basicTextIv)
      return Buffer.concat([Buffer.from('v10'), cipher.update(plain, 'utf8'), cipher.final()])
    },
    decryptString(encrypted: Buffer) {
      if (!safeStorage.isEncryptionAvailable()) throw new Error(electronSays.decryptionUnavailable)
      if (!Buffer.isBuffer(encrypted))
        throw new TypeError('Expected the first argument of decryptString() to be a buffer')
      const decipher = createDecipheriv('aes-128-cbc', basicTextKey, basicTextIv)
      return Buffer.concat([decipher.update(encrypted.subarray(3)), decipher.final()]).toString('utf8')
    },
  }

  // ---- the browser side ---------------------------------------------------------------------------------
  const contentsById = (id: number) => windows.get(id)?.webContents ?? null

  const browser: BrowserSide = {
    async invoke(webContentsId, frameInfo, channel, args) {
      const contents = contentsById(webContentsId)
      if (!contents)
        return { ok: false, error: 'Error: Render frame was disposed before WebFrameMain could be accessed' }
      const frame = frameInfo.isMain ? contents.mainFrame : new Frame(frameInfo.url, 2, contents.mainFrame)
      if (frameInfo.isMain) contents.mainFrame.url = frameInfo.url
      const event = {
        sender: contents,
        senderFrame: frame,
        frameId: frame.routingId,
        processId: frame.processId,
        type: 'frame',
      }
      const handler = invokeHandlers.get(channel)
      if (!handler) return { ok: false, error: `Error: ${electronSays.noHandler(channel)}` }
      try {
        return { ok: true, value: cloneForIpc(await handler(event, ...args)) }
      } catch (error) {
        log(`Error occurred in handler for '${channel}': ${String(error)}`)
        return { ok: false, error: String(error) }
      }
    },
    async protocolRequest(request) {
      try {
        const response = await callProtocolHandler(
          new Request(request.url, {
            method: request.method,
            headers: request.headers,
            ...(request.body && request.method !== 'GET' && request.method !== 'HEAD'
              ? { body: request.body.slice().buffer }
              : {}),
          }),
        )
        return {
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers.entries()],
          body: new Uint8Array(await response.arrayBuffer()),
        }
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) }
      }
    },
    willNavigate(webContentsId, url) {
      const contents = contentsById(webContentsId)
      if (!contents) return false
      // electronDocs.willNavigate: (event, url, isInPlace, isMainFrame, frameProcessId, frameRoutingId); the
      // event carries the same as properties (Electron 25+).
      const event = Object.assign(new StandinEvent(), {
        url,
        isSameDocument: false,
        isMainFrame: true,
        frame: contents.mainFrame,
        initiator: contents.mainFrame,
      })
      contents.emit('will-frame-navigate', event)
      if (!event.defaultPrevented)
        contents.emit('will-navigate', event, url, false, true, contents.mainFrame.processId, 1)
      return !event.defaultPrevented
    },
    windowOpen(webContentsId, details) {
      const contents = contentsById(webContentsId)
      if (!contents) return 'deny'
      // electronDocs.setWindowOpenHandler: without a handler, Electron opens the window.
      if (!contents.windowOpenHandler) return 'allow'
      const answer = contents.windowOpenHandler({
        url: details.url,
        frameName: details.frameName,
        features: details.features,
        disposition: 'new-window',
        referrer: { url: contents.mainFrame.url, policy: 'strict-origin-when-cross-origin' },
        postBody: undefined,
      }) as { action?: unknown } | null
      if (
        typeof answer !== 'object' ||
        answer === null ||
        (answer.action !== 'allow' && answer.action !== 'deny')
      )
        throw new Error(
          standinSays(
            `the window open handler must return { action: 'allow' | 'deny' } (${electronDocs.setWindowOpenHandler})`,
          ),
        )
      return answer.action
    },
    didNavigate(webContentsId, url) {
      const contents = contentsById(webContentsId)
      if (!contents) return
      contents.url = url
      contents.mainFrame.url = url
      contents.emit('did-navigate', new StandinEvent(), url, 200, 'OK')
    },
    readyToShow(webContentsId) {
      const window = windows.get(webContentsId)
      if (window && !window.destroyed) window.emit('ready-to-show', new StandinEvent())
    },
    closedByUser(webContentsId) {
      windows.get(webContentsId)?.destroy()
    },
    preloadError(webContentsId, preloadPath, message) {
      log(`[electron-standin] ${electronSays.unableToLoadPreload(preloadPath)}\n${message}`)
      contentsById(webContentsId)?.emit('preload-error', new StandinEvent(), preloadPath, new Error(message))
    },
    requestPermission(webContentsId, permission) {
      const contents = contentsById(webContentsId)
      // electronDocs.permissionsDefault: no handler, every request granted.
      if (!permissionRequestHandler) return Promise.resolve(true)
      const handler = permissionRequestHandler
      return new Promise<boolean>((resolve) => {
        handler(contents, permission, (granted: unknown) => resolve(granted === true), {
          requestingUrl: contents?.mainFrame.url ?? '',
          isMainFrame: true,
        })
      })
    },
    checkPermission(webContentsId, permission, origin) {
      const contents = contentsById(webContentsId)
      if (!permissionCheckHandler) return true
      return (
        permissionCheckHandler(contents, permission, origin, {
          requestingUrl: contents?.mainFrame.url ?? '',
        }) === true
      )
    },
    emitReady() {
      if (ready) return
      app.emit('will-finish-launching')
      ready = true
      log('[electron-standin] ready')
      app.emit('ready', appEvent(), {})
      readyResolve()
    },
    snapshot() {
      return {
        ready,
        singleInstanceLock: lock.held(),
        privilegedSchemes: privileged.map((entry) => ({ ...entry })),
        handledSchemes: [...protocolHandlers.keys()],
        ipcChannels: [...invokeHandlers.keys()],
        windows: [...windows.values()].map((window) => ({
          id: window.id,
          title: typeof window.options['title'] === 'string' ? window.options['title'] : '',
          options: Object.fromEntries(
            Object.entries(window.options).filter(([key]) => key !== 'webPreferences'),
          ),
          webPreferences: window.webPreferences,
          effective: window.effective,
          visible: window.visible,
          minimized: window.minimized,
          focusCount: window.focusCount,
          url: window.webContents.url,
        })),
        openedExternally: [...record.openedExternally],
        openedPaths: [...record.openedPaths],
        errorBoxes: [...record.errorBoxes],
        secondInstances: [...record.secondInstances],
        permissionHandlers: {
          request: permissionRequestHandler !== null,
          check: permissionCheckHandler !== null,
        },
        netLog: record.netLog.map((entry) => ({ ...entry })),
      }
    },
  }

  // Declared here, used by the windows above (never before a window exists).
  const host: RendererHost = (options.host ?? headlessHost)(browser)

  const electron: Record<string, unknown> = {
    app,
    BrowserWindow: StandinBrowserWindow,
    ipcMain,
    protocol,
    session,
    net,
    shell,
    dialog,
    safeStorage,
  }
  const module = new Proxy(electron, {
    get(target, key, receiver) {
      if (typeof key === 'string' && NOT_IN_STANDIN.includes(key))
        throw new Error(
          standinSays(
            `electron.${key} is not part of the stand-in (Rollcall did not use it when the stand-in was written): add it to test/electron-standin with the rules of its page on electronjs.org`,
          ),
        )
      return Reflect.get(target, key, receiver) as unknown
    },
  })
  return { electron: module, browser }
}

/** No Chromium: loadURL fetches the page through the protocol handler and "loads" it if the answer is 2xx. */
export const headlessHost: HostFactory = (browser) => ({
  openWindow() {},
  async load(id, url) {
    const answer = await browser.protocolRequest({ url, method: 'GET', headers: [] })
    if ('error' in answer) throw new Error(`${answer.error.replace(/^net::/, '')} loading '${url}'`)
    if (answer.status >= 400) throw new Error(`ERR_HTTP_RESPONSE_CODE_FAILURE (-379) loading '${url}'`)
    browser.didNavigate(id, url)
    browser.readyToShow(id)
  },
  send() {},
  show() {},
  focus() {},
  close() {},
})

import { electronDocs, electronSays, standinSays } from '../main/electron-rules'

/**
 * The renderer half of the stand-in, run in the page before any of the page's own scripts (built to one
 * script by ../chromium-host.ts): what Electron's renderer runtime does for a window, namely run its sandboxed
 * preload with `require('electron')` answered by `contextBridge` and `ipcRenderer`, and carry IPC to main
 * (here over a Playwright binding, to the stand-in's ipcMain). The page cannot reach the binding: the
 * preload's `require`, `ipcRenderer` and the binding live in this closure only.
 *
 * Not like Electron: the preload runs in the page's own JavaScript world (Electron gives it an isolated one;
 * the stand-in keeps it apart by closure and copies what crosses the bridge, as Electron does), and
 * window.open is answered here rather than in the browser process.
 */
export interface RendererConfig {
  preloadPath: string | null
  contextIsolation: boolean
  sandbox: boolean
  platform: string
}

export type Binding = (message: { t: string; [key: string]: unknown }) => Promise<unknown>

/** The sandboxed preload wrapped as Electron wraps it (lib/sandboxed_renderer/init.ts). */
export type PreloadFunction = (
  require: (id: string) => unknown,
  process: unknown,
  Buffer: unknown,
  global: unknown,
  setImmediate: unknown,
  clearImmediate: unknown,
  exports: unknown,
  module: unknown,
) => void

type Listener = (event: unknown, ...args: unknown[]) => void

/** Copies a value across the bridge by its rules (electronDocs.contextBridgeApi): functions proxied, objects copied and frozen. */
function copyAcross(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || value === undefined) return value
  const type = typeof value
  if (type === 'string' || type === 'number' || type === 'boolean' || type === 'bigint') return value
  if (type === 'symbol')
    throw new Error(
      standinSays(`a Symbol cannot cross the context bridge (${electronDocs.contextBridgeApi})`),
    )
  if (type === 'function') {
    const fn = value as (...args: unknown[]) => unknown
    return function bridged(...args: unknown[]) {
      return copyAcross(fn(...args.map((arg) => copyAcross(arg))))
    }
  }
  const object = value
  if (seen.has(object)) return seen.get(object)
  if (object instanceof Promise)
    return object.then(
      (resolved) => copyAcross(resolved),
      (error: unknown) => Promise.reject(copyAcross(error) as Error),
    )
  if (object instanceof Error) return new Error(object.message)
  if (Array.isArray(object)) {
    const copy: unknown[] = []
    seen.set(object, copy)
    for (const item of object) copy.push(copyAcross(item, seen))
    return copy
  }
  if (Object.getPrototypeOf(object) !== Object.prototype && Object.getPrototypeOf(object) !== null) {
    // Dates, typed arrays, Blobs…: the structured clone algorithm.
    return structuredClone(object)
  }
  const copy: Record<string, unknown> = {}
  seen.set(object, copy)
  // "Prototype modifications are dropped": own enumerable keys only.
  for (const [key, item] of Object.entries(object)) copy[key] = copyAcross(item, seen)
  return copy
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value))
    return value
  seen.add(value)
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen)
  return Object.freeze(value)
}

export function installRendererHalf(
  config: RendererConfig,
  binding: Binding,
  win: Window & typeof globalThis,
  preload: PreloadFunction | null,
): void {
  // ---- window.open: answered by main's setWindowOpenHandler (electronDocs.setWindowOpenHandler) ---------
  win.open = function open(url?: string | URL, target?: string, features?: string): WindowProxy | null {
    const absolute =
      url === undefined || url === '' ? 'about:blank' : new URL(String(url), win.location.href).href
    void binding({ t: 'window-open', url: absolute, frameName: target ?? '', features: features ?? '' })
    return null
  }

  // ---- ipcRenderer ------------------------------------------------------------------------------------
  const listeners = new Map<string, Listener[]>()
  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      let cloned: unknown[]
      try {
        cloned = structuredClone(args)
      } catch {
        return Promise.reject(new Error(electronSays.cannotClone))
      }
      return binding({ t: 'invoke', channel, args: cloned }).then((answer) => {
        const { ok, value, error } = answer as { ok: boolean; value?: unknown; error?: string }
        // lib/renderer/api/ipc-renderer.ts (electronDocs.ipcRendererInvoke)
        if (!ok) throw new Error(electronSays.invokeFailed(channel, error ?? ''))
        return value
      })
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
      return ipcRenderer
    },
    once(channel: string, listener: Listener) {
      const once: Listener = (event, ...args) => {
        ipcRenderer.removeListener(channel, once)
        listener(event, ...args)
      }
      return ipcRenderer.on(channel, once)
    },
    removeListener(channel: string, listener: Listener) {
      const list = listeners.get(channel) ?? []
      const at = list.indexOf(listener)
      if (at !== -1) listeners.set(channel, [...list.slice(0, at), ...list.slice(at + 1)])
      return ipcRenderer
    },
    off(channel: string, listener: Listener) {
      return ipcRenderer.removeListener(channel, listener)
    },
    removeAllListeners(channel?: string) {
      if (channel === undefined) listeners.clear()
      else listeners.delete(channel)
      return ipcRenderer
    },
    send() {
      throw new Error(standinSays('ipcRenderer.send is not part of the stand-in (Rollcall invokes)'))
    },
    sendSync() {
      throw new Error(standinSays('ipcRenderer.sendSync is not part of the stand-in'))
    },
  }
  const ipcEvent = { sender: ipcRenderer, senderId: 0, ports: [] }

  // Pushes from main (webContents.send), fetched by long poll so nothing but the closure can receive them.
  void (async () => {
    for (;;) {
      let batch: { channel: string; args: unknown[] }[]
      try {
        batch = (await binding({ t: 'poll' })) as typeof batch
      } catch {
        return // the page is going away
      }
      for (const { channel, args } of batch) {
        for (const listener of listeners.get(channel) ?? []) {
          try {
            listener(ipcEvent, ...args)
          } catch (error) {
            console.error(error)
          }
        }
      }
    }
  })()

  // ---- contextBridge ----------------------------------------------------------------------------------
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      // lib/renderer/api/context-bridge.ts (electronDocs.contextBridge)
      if (!config.contextIsolation) throw new Error(electronSays.contextIsolationOff)
      // shell/renderer/api/electron_api_context_bridge.cc: the key must be free, the copy is deep-frozen and
      // set read-only and non-configurable.
      if (key in win) throw new Error(electronSays.existingProperty)
      Object.defineProperty(win, key, {
        value: deepFreeze(copyAcross(api)),
        writable: false,
        configurable: false,
        enumerable: true,
      })
    },
  }

  // ---- the sandboxed preload --------------------------------------------------------------------------
  if (!config.preloadPath || !preload) return
  const notInStandin = new Set(['webFrame', 'webUtils', 'crashReporter', 'nativeImage'])
  const electronModule = new Proxy(
    { contextBridge, ipcRenderer },
    {
      get(target, key, receiver) {
        if (typeof key === 'string' && notInStandin.has(key))
          throw new Error(standinSays(`electron.${key} (renderer) is not part of the stand-in`))
        return Reflect.get(target, key, receiver) as unknown
      },
    },
  )
  // electronDocs.sandboxedPreload: a polyfilled require with a few modules only.
  const preloadRequire = (id: string): unknown => {
    if (id === 'electron' || id === 'electron/renderer') return electronModule
    if (id === 'events' || id === 'timers' || id === 'url')
      throw new Error(
        standinSays(
          `require('${id}') works in Electron's sandboxed preloads but is not part of the stand-in`,
        ),
      )
    throw new Error(electronSays.moduleNotFound(id))
  }
  const sandboxedProcess = {
    type: 'renderer',
    sandboxed: true,
    contextIsolated: config.contextIsolation,
    platform: config.platform,
    env: {},
    argv: [],
  }
  try {
    if (!config.sandbox)
      throw new Error(standinSays('the stand-in runs sandboxed preloads only (sandbox: true)'))
    const module = { exports: {} }
    preload(preloadRequire, sandboxedProcess, undefined, win, undefined, undefined, module.exports, module)
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    console.error(electronSays.unableToLoadPreload(config.preloadPath))
    console.error(error)
    void binding({ t: 'preload-error', path: config.preloadPath, message }).catch(() => {})
  }
}

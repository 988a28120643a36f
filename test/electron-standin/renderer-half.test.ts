/* eslint-disable @typescript-eslint/no-unsafe-return -- the stand-in's `electron` is untyped, as a mocked module is */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toChromiumUrl, toElectronUrl } from './chromium-host'
import {
  installRendererHalf,
  type Binding,
  type PreloadFunction,
  type RendererConfig,
} from './renderer/renderer-half'

/** The renderer half's rules (contextBridge, the sandboxed require, ipcRenderer), on a bare window object. */
type Any = any // eslint-disable-line @typescript-eslint/no-explicit-any

// The renderer half prints a failed preload to the page's console, as Electron does: quiet here.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}))
afterEach(() => vi.restoreAllMocks())

const config: RendererConfig = {
  preloadPath: '/abs/preload.js',
  contextIsolation: true,
  sandbox: true,
  platform: 'linux',
}

function run(
  preload: (require: (id: string) => Any) => void,
  options: Partial<RendererConfig> = {},
  answer?: unknown,
) {
  const win = { location: { href: 'https://rollcall.app.electron-standin.invalid/index.html' } } as Any
  const calls: Any[] = []
  const binding: Binding = (message) => {
    calls.push(message)
    if (message.t === 'poll') return new Promise(() => {}) // no pushes
    return Promise.resolve(answer)
  }
  const wrapped: PreloadFunction = (require) => preload(require as (id: string) => Any)
  installRendererHalf({ ...config, ...options }, binding, win, wrapped)
  return { win, calls, errors: () => calls.filter((call) => call.t === 'preload-error') }
}

describe('contextBridge', () => {
  it('refuses without context isolation, in Electron words', () => {
    const { errors } = run((require) => require('electron').contextBridge.exposeInMainWorld('api', {}), {
      contextIsolation: false,
    })
    expect(errors()[0].message).toContain(
      'contextBridge API can only be used when contextIsolation is enabled',
    )
  })

  it('refuses a key the window already has', () => {
    const { win, errors } = run((require) => {
      require('electron').contextBridge.exposeInMainWorld('api', {})
      require('electron').contextBridge.exposeInMainWorld('api', {})
    })
    expect(win.api).toEqual({})
    expect(errors()[0].message).toContain(
      'Cannot bind an API on top of an existing property on the window object',
    )
  })

  it('copies the API, proxies its functions, drops prototypes and freezes it', () => {
    class Thing {
      x = 1
      hidden() {
        return 2
      }
    }
    const { win } = run((require) =>
      require('electron').contextBridge.exposeInMainWorld('api', {
        thing: new Thing(),
        add: (a: number) => a + 1,
      }),
    )
    expect(Object.getOwnPropertyDescriptor(win, 'api')).toMatchObject({
      writable: false,
      configurable: false,
    })
    expect(Object.isFrozen(win.api) && Object.isFrozen(win.api.thing)).toBe(true)
    expect(win.api.add(1)).toBe(2)
    expect(win.api.thing.hidden).toBeUndefined()
  })
})

describe('the sandboxed preload', () => {
  it("answers require('electron') only; other modules are Electron's 'module not found'", () => {
    const { errors } = run((require) => require('fs'))
    expect(errors()[0]).toMatchObject({ path: '/abs/preload.js' })
    expect(errors()[0].message).toContain('module not found: fs')
  })

  it('runs no preload where webPreferences had none, and refuses an unsandboxed one', () => {
    let ran = false
    run(() => (ran = true), { preloadPath: null })
    expect(ran).toBe(false)
    const { errors } = run(() => {}, { sandbox: false })
    expect(errors()[0].message).toContain('sandboxed preloads only')
  })
})

describe('ipcRenderer', () => {
  it("rejects a failed invoke with Electron's wording, and an uncloneable argument before sending", async () => {
    let ipc: Any
    const { calls } = run(
      (require) => (ipc = require('electron').ipcRenderer),
      {},
      { ok: false, error: 'Error: boom' },
    )
    await expect(ipc.invoke('app.info', { a: 1 })).rejects.toThrow(
      "Error invoking remote method 'app.info': Error: boom",
    )
    expect(calls.find((call) => call.t === 'invoke')).toEqual({
      t: 'invoke',
      channel: 'app.info',
      args: [{ a: 1 }],
    })
    await expect(ipc.invoke('app.info', () => 1)).rejects.toThrow('An object could not be cloned.')
  })

  it('hands window.open to main and returns null', () => {
    const { win, calls } = run(() => {})
    expect(win.open('/help', '_blank')).toBeNull()
    expect(calls).toContainEqual({
      t: 'window-open',
      url: 'https://rollcall.app.electron-standin.invalid/help',
      frameName: '_blank',
      features: '',
    })
  })
})

describe('the app scheme in Chromium', () => {
  it('maps app://rollcall to a secure origin of its own and back', () => {
    expect(toChromiumUrl('app://rollcall/index.html?a=1#b')).toBe(
      'https://rollcall.app.electron-standin.invalid/index.html?a=1#b',
    )
    expect(toElectronUrl('https://rollcall.app.electron-standin.invalid/assets/x.js')).toBe(
      'app://rollcall/assets/x.js',
    )
    expect(toElectronUrl('https://example.com/')).toBe('https://example.com/')
  })
})

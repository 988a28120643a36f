import { describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown
const appListeners = new Map<string, Listener>()
const openExternal = vi.fn(() => Promise.resolve())
let permissionRequestHandler: Listener | undefined
let permissionCheckHandler: Listener | undefined

vi.mock('electron', () => ({
  app: {
    on: (name: string, listener: Listener) => appListeners.set(name, listener),
    whenReady: () => Promise.resolve(),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler: Listener) => (permissionCheckHandler = handler),
    },
  },
  shell: { openExternal },
}))

const { hardenApp } = await import('../../electron/main/security')

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let windowOpenHandler: Listener | undefined
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: Listener) => (windowOpenHandler = handler),
    emit: (name: string, ...args: unknown[]) => listeners.get(name)?.(...args),
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  }
}

function navigationEvent() {
  return { preventDefault: vi.fn() }
}

hardenApp('app://rollcall')
await Promise.resolve()
const contents = fakeContents()
appListeners.get('web-contents-created')?.({}, contents)

describe('app hardening', () => {
  it('keeps navigation inside the app origin', () => {
    const inside = navigationEvent()
    contents.emit('will-navigate', inside, 'app://rollcall/index.html')
    expect(inside.preventDefault).not.toHaveBeenCalled()

    const outside = navigationEvent()
    contents.emit('will-navigate', outside, 'https://evil.example/')
    expect(outside.preventDefault).toHaveBeenCalled()
  })

  it("hands the desk's mailto: and tel: links to the system, clicked or opened in a new window", () => {
    openExternal.mockClear()
    const click = navigationEvent()
    contents.emit('will-navigate', click, 'mailto:dana.lee@example.com')
    expect(click.preventDefault).toHaveBeenCalled()
    expect(openExternal).toHaveBeenCalledWith('mailto:dana.lee@example.com')
    expect(contents.openWindow('tel:+15550102030')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('tel:+15550102030')
    openExternal.mockClear()
    contents.emit('will-navigate', navigationEvent(), 'mailto:a@example.com?bcc=all@example.com')
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('sends ordinary web links to the system browser instead of navigating', () => {
    openExternal.mockClear()
    contents.emit('will-navigate', navigationEvent(), 'https://www.wix.com/')
    expect(openExternal).toHaveBeenCalledWith('https://www.wix.com/')
  })

  it('denies window.open, opening only http(s) links externally', () => {
    openExternal.mockClear()
    expect(contents.openWindow('https://support.wix.com/en')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://support.wix.com/en')
    openExternal.mockClear()
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://share/x', 'ms-settings:privacy']) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' })
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('blocks redirects away from the app and any webview', () => {
    const redirect = navigationEvent()
    contents.emit('will-redirect', redirect, 'https://evil.example/')
    expect(redirect.preventDefault).toHaveBeenCalled()
    const webview = navigationEvent()
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check', () => {
    const callback = vi.fn()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      permissionRequestHandler?.({}, permission, callback)
    }
    expect(callback.mock.calls).toEqual([[false], [false], [false], [false]])
    expect(permissionCheckHandler?.({}, 'media')).toBe(false)
  })
})

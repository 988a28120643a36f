/* eslint-disable @typescript-eslint/no-unsafe-return -- the stand-in's `electron` is untyped, as a mocked module is */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { createConnection } from 'node:net'
import { hostname, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createMainStandin, type MainStandin } from './main/standin'

/** Each rule of the stand-in's main half, on its own (electron-rules.ts names the page each comes from). */
const projectRoot = resolve(__dirname, '../..')
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

type Any = any // eslint-disable-line @typescript-eslint/no-explicit-any

function standin(options: { storageBackend?: string } = {}) {
  const userData = mkdtempSync(join(tmpdir(), 'standin-rules-'))
  const logged: string[] = []
  const exits: number[] = []
  const made: MainStandin = createMainStandin({
    userData,
    appPath: projectRoot,
    exit: (code) => exits.push(code),
    log: (line) => logged.push(line),
    platform: 'linux',
    ...options,
  })
  const electron = made.electron as Any
  cleanups.push(() => {
    electron.app.releaseSingleInstanceLock()
    rmSync(userData, { recursive: true, force: true })
  })
  return { ...made, e: electron, userData, logged, exits }
}

const secure = { preload: '/abs/preload.js', contextIsolation: true, sandbox: true }

describe('before and after ready', () => {
  it('registers privileged schemes only before ready, and only once', () => {
    const { e, browser } = standin()
    e.protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true } }])
    expect(() => e.protocol.registerSchemesAsPrivileged([])).toThrow(/can be called only once/)
    browser.emitReady()
    expect(() => e.protocol.registerSchemesAsPrivileged([])).toThrow(
      'protocol.registerSchemesAsPrivileged should be called before app is ready',
    )
  })

  it('refuses windows, protocol.handle, the session and net.fetch before ready', () => {
    const { e, browser } = standin()
    expect(() => new e.BrowserWindow({})).toThrow('Cannot create BrowserWindow before app is ready')
    expect(() => e.protocol.handle('app', () => new Response(''))).toThrow(
      new TypeError('Session can only be received when app is ready'),
    )
    expect(() => e.session.defaultSession).toThrow('Session can only be received when app is ready')
    expect(() => e.net.fetch('http://127.0.0.1:1/')).toThrow('Session can only be received when app is ready')
    expect(() => e.net.request('http://127.0.0.1:1/')).toThrow(
      'net module can only be used after app is ready',
    )
    browser.emitReady()
    expect(() => e.protocol.handle('app', () => new Response(''))).not.toThrow()
    expect(() => e.protocol.handle('app', () => new Response(''))).toThrow('Failed to register protocol: app')
    expect(new e.BrowserWindow({ show: false, webPreferences: secure }).id).toBe(1)
  })

  it('resolves whenReady and emits ready once', async () => {
    const { e, browser } = standin()
    let readies = 0
    e.app.on('ready', () => readies++)
    expect(e.app.isReady()).toBe(false)
    browser.emitReady()
    browser.emitReady()
    await e.app.whenReady()
    expect([e.app.isReady(), readies]).toEqual([true, 1])
  })
})

describe('ipcMain', () => {
  it('throws on a second handler for one channel, in Electron words', () => {
    const { e } = standin()
    e.ipcMain.handle('app.info', () => 1)
    expect(() => e.ipcMain.handle('app.info', () => 2)).toThrow(
      "Attempted to register a second handler for 'app.info'",
    )
    expect(() => e.ipcMain.handle('other', 'nope')).toThrow(
      "Expected handler to be a function, but found type 'string'",
    )
    e.ipcMain.removeHandler('app.info')
    expect(() => e.ipcMain.handle('app.info', () => 3)).not.toThrow()
  })

  it('answers invokes with the sender frame, and errors as Electron carries them', async () => {
    const { e, browser } = standin()
    browser.emitReady()
    const window = new e.BrowserWindow({ show: false, webPreferences: secure })
    const seen: Any[] = []
    e.ipcMain.handle('echo', (event: Any, input: unknown) => {
      seen.push(event)
      return { input }
    })
    e.ipcMain.handle('boom', () => {
      throw new Error('bad')
    })
    e.ipcMain.handle('fn', () => () => 1)
    const frame = { url: 'app://rollcall/index.html', isMain: true }
    expect(await browser.invoke(window.id, frame, 'echo', [7])).toEqual({ ok: true, value: { input: 7 } })
    expect(seen[0].sender).toBe(window.webContents)
    expect(seen[0].senderFrame).toBe(window.webContents.mainFrame)
    expect(seen[0].senderFrame.origin).toBe('app://rollcall')
    expect(e.BrowserWindow.fromWebContents(seen[0].sender)).toBe(window)
    await browser.invoke(window.id, { url: 'app://rollcall/frame.html', isMain: false }, 'echo', [1])
    expect(seen[1].senderFrame).not.toBe(window.webContents.mainFrame)
    expect(await browser.invoke(window.id, frame, 'nope', [])).toEqual({
      ok: false,
      error: "Error: No handler registered for 'nope'",
    })
    expect(await browser.invoke(window.id, frame, 'boom', [])).toEqual({ ok: false, error: 'Error: bad' })
    expect(await browser.invoke(window.id, frame, 'fn', [])).toEqual({
      ok: false,
      error: 'Error: An object could not be cloned.',
    })
    expect(() => window.webContents.send('x', () => 1)).toThrow('An object could not be cloned.')
  })
})

describe('BrowserWindow', () => {
  it('validates webPreferences: unknown keys, wrong types, and a relative preload ignored as Electron does', () => {
    const { e, browser, logged } = standin()
    browser.emitReady()
    expect(() => new e.BrowserWindow({ webPreferences: { contextIsolaton: true } })).toThrow(
      /unknown webPreferences key 'contextIsolaton'/,
    )
    expect(() => new e.BrowserWindow({ webPreferences: { sandbox: 'yes' } })).toThrow(
      /webPreferences.sandbox must be a boolean, not string/,
    )
    expect(() => new e.BrowserWindow({ width: '1280' })).toThrow(/width must be a number/)
    const relative = new e.BrowserWindow({ show: false, webPreferences: { preload: 'preload.js' } })
    expect(relative.effective.preload).toBeNull()
    expect(logged).toContain('[electron-standin] preload script must have absolute path.')
    // Electron 45's defaults under nothing given.
    expect(new e.BrowserWindow({ show: false }).effective).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    expect(
      new e.BrowserWindow({ show: false, webPreferences: { nodeIntegration: true } }).effective.sandbox,
    ).toBe(false)
  })

  it('emits web-contents-created before the window exists for the caller, and quits when the last one closes', () => {
    const { e, browser, exits } = standin()
    browser.emitReady()
    const created: unknown[] = []
    e.app.on('web-contents-created', (_event: unknown, contents: unknown) => created.push(contents))
    const window = new e.BrowserWindow({ show: false, webPreferences: secure })
    expect(created).toEqual([window.webContents])
    let allClosed = 0
    e.app.on('window-all-closed', () => allClosed++)
    window.close()
    expect([allClosed, exits]).toEqual([1, []])
  })

  it('loads only a handled, standard and secure custom scheme', async () => {
    const { e, browser } = standin()
    e.protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true } }])
    browser.emitReady()
    const window = new e.BrowserWindow({ show: false, webPreferences: secure })
    await expect(window.loadURL('app://rollcall/index.html')).rejects.toThrow(
      "ERR_UNKNOWN_URL_SCHEME (-302) loading 'app://rollcall/index.html'",
    )
    e.protocol.handle('plain', () => new Response('x'))
    await expect(window.loadURL('plain://x/')).rejects.toThrow(/not registered as a standard, secure scheme/)
    e.protocol.handle('app', () => new Response('<p>hi</p>'))
    await window.loadURL('app://rollcall/index.html')
    expect(window.webContents.getURL()).toBe('app://rollcall/index.html')
  })
})

describe('navigation, new windows and permissions', () => {
  it('asks will-navigate, and a preventDefault keeps the page', () => {
    const { e, browser } = standin()
    browser.emitReady()
    const window = new e.BrowserWindow({ show: false, webPreferences: secure })
    expect(browser.willNavigate(window.id, 'https://example.com/')).toBe(true)
    window.webContents.on('will-navigate', (event: Any, url: string) => {
      if (url.startsWith('https:')) event.preventDefault()
    })
    expect(browser.willNavigate(window.id, 'https://example.com/')).toBe(false)
    expect(browser.willNavigate(window.id, 'app://rollcall/x')).toBe(true)
  })

  it('opens new windows unless the window open handler denies, and checks its answer', () => {
    const { e, browser } = standin()
    browser.emitReady()
    const window = new e.BrowserWindow({ show: false, webPreferences: secure })
    const details = { url: 'https://example.com/', frameName: '', features: '' }
    expect(browser.windowOpen(window.id, details)).toBe('allow')
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
    expect(browser.windowOpen(window.id, details)).toBe('deny')
    window.webContents.setWindowOpenHandler(() => 'deny')
    expect(() => browser.windowOpen(window.id, details)).toThrow(/must return \{ action/)
  })

  it('grants every permission without handlers (as Electron does) and asks them once set', async () => {
    const { e, browser } = standin()
    browser.emitReady()
    const window = new e.BrowserWindow({ show: false, webPreferences: secure })
    expect(await browser.requestPermission(window.id, 'media')).toBe(true)
    expect(browser.checkPermission(window.id, 'media', 'app://rollcall')).toBe(true)
    expect(() => e.session.defaultSession.setPermissionRequestHandler('no')).toThrow(
      'Must pass null or function',
    )
    e.session.defaultSession.setPermissionRequestHandler((_c: unknown, _p: unknown, callback: Any) =>
      callback(false),
    )
    e.session.defaultSession.setPermissionCheckHandler(() => false)
    expect(await browser.requestPermission(window.id, 'media')).toBe(false)
    expect(browser.checkPermission(window.id, 'media', 'app://rollcall')).toBe(false)
  })
})

describe('the single-instance lock', () => {
  it('takes a stale lock, and refuses while another live process holds it', () => {
    const { e, userData } = standin()
    symlinkSync(`${hostname()}-999999999`, join(userData, 'SingletonLock'))
    expect(e.app.requestSingleInstanceLock()).toBe(true)
    e.app.releaseSingleInstanceLock()

    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    cleanups.push(() => other.kill())
    symlinkSync(`${hostname()}-${String(other.pid)}`, join(userData, 'SingletonLock'))
    expect(e.app.requestSingleInstanceLock()).toBe(false)
    expect(e.app.hasSingleInstanceLock()).toBe(false)
    rmSync(join(userData, 'SingletonLock'))
  })

  it('emits second-instance on the first instance, never before ready', async () => {
    const { e, browser, userData } = standin()
    expect(e.app.requestSingleInstanceLock()).toBe(true)
    const seen: unknown[][] = []
    e.app.on('second-instance', (_event: unknown, argv: unknown, cwd: unknown, data: unknown) =>
      seen.push([argv, cwd, data]),
    )
    await new Promise<void>((done) => {
      const connection = createConnection(join(userData, 'SingletonSocket'), () =>
        connection.end(JSON.stringify({ argv: ['rollcall'], cwd: '/', additionalData: { a: 1 } })),
      )
      connection.on('close', () => done())
    })
    await new Promise((wait) => setTimeout(wait, 50))
    expect(seen).toEqual([])
    browser.emitReady()
    await expect.poll(() => seen).toEqual([[['rollcall'], '/', { a: 1 }]])
  })
})

describe('safeStorage, net.fetch, shell, app.getPath and what the stand-in lacks', () => {
  it('gives basic_text on Linux after ready, nothing before', () => {
    const { e, browser } = standin()
    expect(e.safeStorage.isEncryptionAvailable()).toBe(false)
    expect(e.safeStorage.getSelectedStorageBackend()).toBe('unknown')
    expect(() => e.safeStorage.encryptString('x')).toThrow(/Encryption is not available/)
    browser.emitReady()
    expect(e.safeStorage.isEncryptionAvailable()).toBe(true)
    expect(e.safeStorage.getSelectedStorageBackend()).toBe('basic_text')
    const sealed = e.safeStorage.encryptString('secret')
    expect(sealed.subarray(0, 3).toString()).toBe('v10')
    expect(e.safeStorage.decryptString(sealed)).toBe('secret')
  })

  it('fetches file: URLs as Chromium does, and custom schemes through their handler', async () => {
    const { e, browser } = standin()
    browser.emitReady()
    const file = await e.net.fetch(pathToFileURL(join(projectRoot, 'package.json')).toString())
    expect(file.headers.get('content-type')).toBe('application/json')
    await expect(e.net.fetch(pathToFileURL(join(projectRoot, 'nope.js')).toString())).rejects.toThrow(
      'net::ERR_FILE_NOT_FOUND',
    )
    e.protocol.handle('app', () => 'not a response')
    expect(await browser.protocolRequest({ url: 'app://rollcall/', method: 'GET', headers: [] })).toEqual({
      error: 'net::ERR_UNEXPECTED',
    })
  })

  it('knows the app and its paths, records what it opens, and refuses what it does not implement', async () => {
    const { e, userData } = standin()
    expect([e.app.getName(), e.app.isPackaged]).toEqual(['Rollcall', false])
    expect(e.app.getPath('userData')).toBe(userData)
    expect(() => e.app.getPath('nope')).toThrow("Failed to get 'nope' path")
    await e.shell.openExternal('https://example.com/')
    expect(() => e.Menu).toThrow(/electron.Menu is not part of the stand-in/)
  })
})

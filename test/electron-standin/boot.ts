/**
 * Runs an Electron main script (the built `out/main/index.js`, unmodified) in plain Node with
 * `require('electron')` answered by the stand-in, as Electron's own start-up would:
 *
 *   node --import tsx test/electron-standin/boot.ts <main script> --user-data-dir=<folder> [args…]
 *
 * With an IPC channel to its parent (chromium-host.ts) the windows are real Chromium pages; without one they
 * are headless (loadURL only fetches the page through the app's protocol handler). Prints Electron's
 * lifecycle as `[electron-standin] …` lines on stderr. ELECTRON_STANDIN_CLOCK=<ISO instant> starts the
 * process's clock there (a pinned instant; it keeps running), as `faketime` would.
 */
import Module from 'node:module'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createLink, type LinkMessage } from './link'
import { createMainStandin, headlessHost, type HostFactory, type MainStandin } from './main/standin'

const log = (line: string) => process.stderr.write(`${line}\n`)

function pinClock(iso: string) {
  const RealDate = Date
  const target = RealDate.parse(iso)
  if (Number.isNaN(target)) throw new Error(`ELECTRON_STANDIN_CLOCK: not an instant: ${iso}`)
  const offset = target - RealDate.now()
  const shiftedNow = () => RealDate.now() + offset
  function ShiftedDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(shiftedNow()).toString()
    return Reflect.construct(RealDate, args.length ? args : [shiftedNow()], new.target) as unknown
  }
  ShiftedDate.prototype = RealDate.prototype
  Object.setPrototypeOf(ShiftedDate, RealDate)
  Object.defineProperty(ShiftedDate, 'now', { value: shiftedNow })
  globalThis.Date = ShiftedDate as unknown as DateConstructor
}

function appPathOf(mainScript: string): string {
  for (let dir = dirname(mainScript); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`No package.json above ${mainScript}`)
  }
}

const [mainArg, ...appArgs] = process.argv.slice(2)
if (!mainArg) throw new Error('usage: boot.ts <main script> --user-data-dir=<folder> [args…]')
const mainScript = resolve(mainArg)
const userDataArg = appArgs.find((arg) => arg.startsWith('--user-data-dir='))
if (!userDataArg) throw new Error('boot.ts: pass --user-data-dir=<folder> (never a real profile)')
if (process.env['ELECTRON_STANDIN_CLOCK']) pinClock(process.env['ELECTRON_STANDIN_CLOCK'])

let standin: MainStandin | null = null
const exit = (code: number) => {
  process.exitCode = code
  process.disconnect?.()
  process.exit(code)
}

// The Chromium host at the other end of the IPC channel, when there is one.
let host: HostFactory = headlessHost
if (process.send) {
  const send = (message: LinkMessage) => {
    try {
      process.send?.(message)
    } catch {
      // The host is gone: its disconnect ends this process.
    }
  }
  const link = createLink(send, (message) => {
    const browser = standin?.browser
    if (!browser) throw new Error('the stand-in is not up yet')
    const id = message['id'] as number
    switch (message.t) {
      case 'invoke':
        return browser.invoke(
          id,
          message['frame'] as { url: string; isMain: boolean },
          message['channel'] as string,
          message['args'] as unknown[],
        )
      case 'protocol':
        return browser.protocolRequest(message['request'] as Parameters<typeof browser.protocolRequest>[0])
      case 'will-navigate':
        return browser.willNavigate(id, message['url'] as string)
      case 'window-open':
        return browser.windowOpen(id, message['details'] as Parameters<typeof browser.windowOpen>[1])
      case 'did-navigate':
        return browser.didNavigate(id, message['url'] as string)
      case 'ready-to-show':
        return browser.readyToShow(id)
      case 'closed':
        return browser.closedByUser(id)
      case 'preload-error':
        return browser.preloadError(id, message['path'] as string, message['message'] as string)
      case 'permission':
        return browser.requestPermission(id, message['permission'] as string).then((requested) => ({
          requested,
          checked: browser.checkPermission(id, message['permission'] as string, message['origin'] as string),
        }))
      case 'snapshot':
        return browser.snapshot()
      case 'minimize': {
        const [window] = (
          standin?.electron['BrowserWindow'] as { getAllWindows(): { minimize(): void }[] }
        ).getAllWindows()
        window?.minimize()
        return true
      }
      case 'quit':
        ;(standin?.electron['app'] as { quit(): void }).quit()
        return true
      default:
        throw new Error(`boot.ts: unknown message ${message.t}`)
    }
  })
  process.on('message', (message: LinkMessage) => link.receive(message))
  process.on('disconnect', () => {
    link.close('the Chromium host disconnected')
    exit(0)
  })
  host = () => ({
    openWindow: (window) => link.notify({ t: 'window', window }),
    load: (id, url) => link.request({ t: 'load', id, url }).then(() => undefined),
    send: (id, channel, args) => link.notify({ t: 'send', id, channel, args }),
    show: (id) => link.notify({ t: 'show', id }),
    focus: (id) => link.notify({ t: 'focus', id }),
    close: (id) => link.notify({ t: 'close', id }),
  })
}

standin = createMainStandin({
  userData: resolve(userDataArg.slice('--user-data-dir='.length)),
  appPath: appPathOf(mainScript),
  host,
  exit,
  log,
})

// Electron's main process: `require('electron')` is the stand-in, wherever it is required from (the bundle,
// electron-updater, …). A require hook: the bundle itself is loaded as it is, unmodified.
const electronId = join(__dirname, 'electron-standin.virtual.js')
const moduleInternals = Module as unknown as {
  _resolveFilename: (request: string, ...rest: unknown[]) => string
  _cache: Record<string, unknown>
}
const resolveFilename = moduleInternals._resolveFilename
moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === 'electron' || request === 'electron/main') return electronId
  return resolveFilename.call(this, request, ...rest)
}
moduleInternals._cache[electronId] = {
  id: electronId,
  filename: electronId,
  loaded: true,
  exports: standin.electron,
  children: [],
  paths: [],
}
Object.assign(process, { type: 'browser' })
process.argv = [process.execPath, mainScript, ...appArgs]

// Electron shows "A JavaScript error occurred in the main process" and leaves the app without its window;
// here the process ends with that line, so a test sees it.
process.on('uncaughtException', (error) => {
  log(
    `[electron-standin] A JavaScript error occurred in the main process: Uncaught Exception: ${error.stack ?? String(error)}`,
  )
  exit(1)
})
process.on('unhandledRejection', (reason) => {
  log(
    `[electron-standin] Unhandled promise rejection in the main process: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
  )
})
// A parent that dies (its end of stdin closes) takes this process with it.
if (process.env['ELECTRON_STANDIN_STDIN_LIFELINE']) {
  process.stdin.on('end', () => (standin?.electron['app'] as { quit(): void }).quit())
  process.stdin.resume()
}
// Electron quits cleanly on SIGTERM and SIGINT.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => (standin?.electron['app'] as { quit(): void }).quit())

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is CommonJS, loaded as Electron loads it
require(mainScript)
// Electron emits ready once the main script has run and Chromium is up: after the script's own synchronous
// code and the microtasks it queued.
setImmediate(() => standin?.browser.emitReady())

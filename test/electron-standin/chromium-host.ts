import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import type { Browser, BrowserContext, BrowserContextOptions, Page, Route } from '@playwright/test'
import { createLink, type Link, type LinkMessage } from './link'
import type { ProtocolAnswer, StandinSnapshot, WindowInfo } from './main/standin'
import type { RendererConfig } from './renderer/renderer-half'

/**
 * The parent side of a stand-in run: starts an Electron main script under the stand-in in a child process
 * (boot.ts) and, given a Playwright browser, plays Chromium for it: each BrowserWindow is a page, loadURL is
 * page.goto, requests to a privileged app scheme are answered by the app's own protocol.handle handler,
 * renderer-initiated navigations ask main's will-navigate first, and IPC crosses through a Playwright binding
 * that only the renderer half (renderer/renderer-half.ts) holds. Without a browser the windows are headless.
 *
 * Chromium has no `app:` scheme of its own: a standard, secure custom scheme is served to it on
 * `https://<host>.<scheme>.electron-standin.invalid` (a secure origin of its own, like Electron gives
 * `app://rollcall`), and every URL main sees (frames, navigations, requests) is translated back.
 */
export const projectRoot = resolve(__dirname, '../..')
const bootScript = join(__dirname, 'boot.ts')
const MAPPED_SUFFIX = '.electron-standin.invalid'
const BUILT_IN = new Set(['http:', 'https:', 'file:', 'about:', 'data:', 'blob:', 'ws:', 'wss:'])

/** `app://rollcall/x` → `https://rollcall.app.electron-standin.invalid/x`; other URLs unchanged. */
export function toChromiumUrl(url: string): string {
  const parsed = new URL(url)
  if (BUILT_IN.has(parsed.protocol)) return url
  return `https://${parsed.host}.${parsed.protocol.slice(0, -1)}${MAPPED_SUFFIX}${parsed.pathname || '/'}${parsed.search}${parsed.hash}`
}

/** The inverse of toChromiumUrl. */
export function toElectronUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname.endsWith(MAPPED_SUFFIX)) return url
  const rest = parsed.hostname.slice(0, -MAPPED_SUFFIX.length)
  const dot = rest.lastIndexOf('.')
  return `${rest.slice(dot + 1)}://${rest.slice(0, dot)}${parsed.pathname}${parsed.search}${parsed.hash}`
}

/** Children still running: a test process that dies takes them with it (they also end when their stdin closes). */
const running = new Set<ChildProcess>()
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')))

let rendererHalfSource: string | null = null
/** renderer/renderer-half.ts as one browser script defining `__electronStandinRendererHalf`. */
export function rendererHalfScript(): string {
  rendererHalfSource ??= buildSync({
    entryPoints: [join(__dirname, 'renderer/renderer-half.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__electronStandinRendererHalf',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  }).outputFiles[0]!.text
  return rendererHalfSource
}

/** The script every page of a window runs first: the renderer half, then the window's preload inside it. */
export function windowInitScript(
  window: WindowInfo,
  bindingName: string,
  token: string,
  platform: string,
): string {
  const prefs = window.webPreferences
  const config: RendererConfig = {
    preloadPath: prefs.preload,
    contextIsolation: prefs.contextIsolation,
    sandbox: prefs.sandbox,
    platform,
  }
  let preload = 'null'
  if (prefs.preload) {
    let source: string | null
    try {
      source = readFileSync(prefs.preload, 'utf8')
    } catch {
      source = null
    }
    // The preload's text inside a function, as Electron wraps a sandboxed preload: no eval (the app's CSP
    // forbids it), and nothing of the preload reaches the page's globals.
    preload =
      source === null
        ? `function () { throw new Error(${JSON.stringify(`ENOENT: no such file ${prefs.preload}`)}) }`
        : `function (require, process, Buffer, global, setImmediate, clearImmediate, exports, module) {\n${source}\n}`
  }
  return `(() => {
  const raw = window[${JSON.stringify(bindingName)}];
  delete window[${JSON.stringify(bindingName)}];
  // Playwright's binding controller lists binding names, so the page could find this one: every call
  // carries a token only this script (never readable by the page) knows.
  const binding = (message) => raw({ ...message, token: ${JSON.stringify(token)} });
  ${rendererHalfScript()}
  __electronStandinRendererHalf.installRendererHalf(${JSON.stringify(config)}, binding, window, ${preload});
})();`
}

export interface StandinAppOptions {
  /** The Electron main script, e.g. out/main/index.js. */
  mainScript: string
  /** A temporary user data folder (app.getPath('userData')). */
  userData: string
  /** Chromium for the windows; none: headless windows. */
  browser?: Browser
  contextOptions?: BrowserContextOptions
  /** A pinned instant both main's clock and the pages' clocks start from (and keep running). */
  clockAt?: string
  args?: string[]
}

export interface StandinWindow {
  id: number
  page: Page
  info: WindowInfo
}

export interface StandinApp {
  /** Everything main printed (stdout and stderr). */
  output(): string
  /** The first printed line matching `pattern`. */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>
  firstWindow(timeoutMs?: number): Promise<StandinWindow>
  snapshot(): Promise<StandinSnapshot>
  /** A request to the stand-in's main side (boot.ts): permission, minimize, quit. */
  request<T = unknown>(message: LinkMessage): Promise<T>
  /** Every value main handed to a page (invoke answers and pushes), as JSON. */
  sentToPages(): string[]
  /** Requests no handler answered (the stand-in lets nothing reach the network from a page). */
  blockedRequests(): string[]
  /** Popups that opened in spite of window.open being main's to answer. */
  escapedPopups(): string[]
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Quits the app (app.quit) and waits; kills it if it does not end. Closes the pages. */
  stop(): Promise<void>
}

export async function startUnderStandin(options: StandinAppOptions): Promise<StandinApp> {
  const withBrowser = options.browser !== undefined
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      bootScript,
      options.mainScript,
      `--user-data-dir=${options.userData}`,
      ...(options.args ?? []),
    ],
    {
      cwd: projectRoot,
      stdio: ['pipe', 'pipe', 'pipe', withBrowser ? 'ipc' : 'ignore'],
      serialization: 'advanced',
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        ELECTRON_STANDIN_STDIN_LIFELINE: '1',
        ...(options.clockAt ? { ELECTRON_STANDIN_CLOCK: options.clockAt } : {}),
      },
    },
  )
  running.add(child)
  const lines: string[] = []
  const wakers = new Set<() => void>()
  const take = (chunk: Buffer) => {
    lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    )
    wakers.forEach((wake) => wake())
  }
  child.stdout?.on('data', take)
  child.stderr?.on('data', take)
  let exitedWith: { code: number | null; signal: NodeJS.Signals | null } | null = null
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => {
      running.delete(child)
      exitedWith = { code, signal }
      link?.close('the stand-in process exited')
      wakers.forEach((wake) => wake())
      done(exitedWith)
    }),
  )
  const output = () => lines.join('\n')

  const windows = new Map<
    number,
    StandinWindow & {
      ready: Promise<void>
      programmatic: string | null
      queue: { channel: string; args: unknown[] }[]
      wake: (() => void) | null
    }
  >()
  const windowWaiters = new Set<() => void>()
  const sent: string[] = []
  const blocked: string[] = []
  const escaped: string[] = []
  let context: BrowserContext | null = null
  let link: Link | null = null

  async function route(routeObject: Route) {
    const request = routeObject.request()
    const url = request.url()
    const electronUrl = toElectronUrl(url)
    let window: (typeof windows extends Map<number, infer W> ? W : never) | undefined
    try {
      const page = request.frame().page()
      window = [...windows.values()].find((candidate) => candidate.page === page)
    } catch {
      window = undefined
    }
    if (!link) return routeObject.abort('failed')
    if (request.isNavigationRequest() && window && request.frame() === window.page.mainFrame()) {
      if (window.programmatic === url) window.programmatic = null
      // electronDocs.willNavigate: only navigations the page starts ask main; loadURL does not.
      else if (!(await link.request<boolean>({ t: 'will-navigate', id: window.id, url: electronUrl })))
        return routeObject.abort('aborted')
    }
    if (electronUrl !== url) {
      const answer = await link.request<ProtocolAnswer>({
        t: 'protocol',
        request: {
          url: electronUrl,
          method: request.method(),
          headers: Object.entries(request.headers()),
          ...(request.postDataBuffer() ? { body: new Uint8Array(request.postDataBuffer()!) } : {}),
        },
      })
      if ('error' in answer) return routeObject.abort('failed')
      return routeObject.fulfill({
        status: answer.status,
        headers: Object.fromEntries(answer.headers),
        body: Buffer.from(answer.body),
      })
    }
    blocked.push(url)
    return routeObject.abort('blockedbyclient')
  }

  async function openWindow(info: WindowInfo) {
    if (!context) throw new Error('no browser context')
    const page = await context.newPage()
    const bindingName = `__electronStandin_${randomBytes(8).toString('hex')}`
    const token = randomBytes(16).toString('hex')
    const window = {
      id: info.id,
      page,
      info,
      ready: Promise.resolve(),
      programmatic: null as string | null,
      queue: [] as { channel: string; args: unknown[] }[],
      wake: null as (() => void) | null,
    }
    await page.exposeBinding(bindingName, async (source, message: LinkMessage) => {
      if (!link) throw new Error('the stand-in is gone')
      if (message['token'] !== token) throw new Error('electron-standin: not the renderer half')
      switch (message.t) {
        case 'invoke': {
          const answer = await link.request({
            t: 'invoke',
            id: window.id,
            frame: { url: toElectronUrl(source.frame.url()), isMain: source.frame === page.mainFrame() },
            channel: message['channel'],
            args: message['args'],
          })
          sent.push(JSON.stringify(answer))
          return answer
        }
        case 'poll':
          while (window.queue.length === 0) await new Promise<void>((wake) => (window.wake = wake))
          return window.queue.splice(0)
        case 'window-open':
          return link.request({
            t: 'window-open',
            id: window.id,
            details: { url: message['url'], frameName: message['frameName'], features: message['features'] },
          })
        case 'preload-error':
          link.notify({
            t: 'preload-error',
            id: window.id,
            path: message['path'],
            message: message['message'],
          })
          return null
        default:
          throw new Error(`unknown binding message ${message.t}`)
      }
    })
    await page.addInitScript({ content: windowInitScript(info, bindingName, token, process.platform) })
    page.on('popup', (popup) => {
      escaped.push(popup.url())
      void popup.close()
    })
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame())
        link?.notify({ t: 'did-navigate', id: window.id, url: toElectronUrl(frame.url()) })
    })
    page.on('close', () => {
      if (windows.get(window.id) === window) {
        windows.delete(window.id)
        link?.notify({ t: 'closed', id: window.id })
      }
    })
    windows.set(info.id, window)
    windowWaiters.forEach((wake) => wake())
  }

  if (withBrowser) {
    context = await options.browser!.newContext(options.contextOptions ?? {})
    if (options.clockAt) await context.clock.install({ time: new Date(options.clockAt) })
    await context.route('**/*', (routeObject) =>
      route(routeObject).catch(() => routeObject.abort('failed').catch(() => {})),
    )
    const opening = new Map<number, Promise<void>>()
    link = createLink(
      (message) => {
        try {
          child.send(message)
        } catch {
          // exited
        }
      },
      async (message) => {
        const id = message['id'] as number
        switch (message.t) {
          case 'window': {
            const info = message['window'] as WindowInfo
            opening.set(info.id, openWindow(info))
            return opening.get(info.id)
          }
          case 'load': {
            await opening.get(id)
            const window = windows.get(id)
            if (!window) throw new Error(`no window ${String(id)}`)
            const url = toChromiumUrl(message['url'] as string)
            window.programmatic = url
            const response = await window.page.goto(url, { waitUntil: 'load' })
            link?.notify({ t: 'ready-to-show', id })
            if (response && !response.ok())
              throw new Error(`ERR_HTTP_RESPONSE_CODE_FAILURE (-379) loading '${String(message['url'])}'`)
            return true
          }
          case 'send': {
            await opening.get(id)
            const window = windows.get(id)
            if (!window) return
            sent.push(JSON.stringify(message['args']))
            window.queue.push({ channel: message['channel'] as string, args: message['args'] as unknown[] })
            window.wake?.()
            return
          }
          case 'show':
            return
          case 'focus':
            await opening.get(id)
            return windows.get(id)?.page.bringToFront()
          case 'close': {
            await opening.get(id)
            const window = windows.get(id)
            windows.delete(id)
            return window?.page.close()
          }
          default:
            throw new Error(`unknown message from the stand-in: ${message.t}`)
        }
      },
    )
    child.on('message', (message: LinkMessage) => link?.receive(message))
  }

  function line(pattern: RegExp, timeoutMs = 60_000) {
    return new Promise<RegExpExecArray>((found, failed) => {
      const timer = setTimeout(() => {
        wakers.delete(check)
        failed(new Error(`no line matching ${String(pattern)} after ${String(timeoutMs)} ms:\n${output()}`))
      }, timeoutMs)
      const check = () => {
        for (const candidate of lines) {
          const match = pattern.exec(candidate)
          if (match) {
            clearTimeout(timer)
            wakers.delete(check)
            return found(match)
          }
        }
        if (exitedWith) {
          clearTimeout(timer)
          wakers.delete(check)
          failed(
            new Error(
              `the app exited (${JSON.stringify(exitedWith)}) before printing ${String(pattern)}:\n${output()}`,
            ),
          )
        }
      }
      wakers.add(check)
      check()
    })
  }

  const requireLink = () => {
    if (!link) throw new Error('headless run: no link to the stand-in')
    return link
  }

  return {
    output,
    line,
    firstWindow(timeoutMs = 60_000) {
      return new Promise<StandinWindow>((found, failed) => {
        const timer = setTimeout(
          () => failed(new Error(`no window after ${String(timeoutMs)} ms:\n${output()}`)),
          timeoutMs,
        )
        const check = () => {
          const [window] = windows.values()
          if (window) {
            clearTimeout(timer)
            windowWaiters.delete(check)
            found(window)
          } else if (exitedWith) {
            clearTimeout(timer)
            failed(new Error(`the app exited (${JSON.stringify(exitedWith)}) without a window:\n${output()}`))
          }
        }
        windowWaiters.add(check)
        wakers.add(check)
        check()
      })
    },
    snapshot: () => requireLink().request<StandinSnapshot>({ t: 'snapshot' }),
    request: (message) => requireLink().request(message),
    sentToPages: () => [...sent],
    blockedRequests: () => [...blocked],
    escapedPopups: () => [...escaped],
    exited,
    async stop() {
      if (!exitedWith) {
        if (link) void link.request({ t: 'quit' }).catch(() => {})
        else child.kill('SIGTERM')
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        await exited
        clearTimeout(killer)
      }
      await context?.close().catch(() => {})
    },
  }
}

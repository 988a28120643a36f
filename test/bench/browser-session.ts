import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { bundleBrowserScript } from '../../electron/web-host/bridge/bundle-bridge'
import type { BenchStore } from './browser/bench-store'
import {
  installPageProbes,
  type PageProbes,
  type WatchCondition,
  type WatchResult,
  type WatchStart,
} from './browser/page-probes'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A page in the background must not be throttled while it syncs.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
]

export interface BrowserSession {
  context: BrowserContext
  page: Page
  version: string
  /** Runs one of the in-page store helpers (bundled from browser/bench-store.ts). */
  store<K extends keyof BenchStore>(
    name: K,
    ...args: Parameters<BenchStore[K]>
  ): Promise<Awaited<ReturnType<BenchStore[K]>>>
  close(): Promise<void>
}

let storeScript: Promise<string> | null = null

/**
 * Headless Chromium with a profile folder that outlives the browser (so a cold start finds the full store),
 * the page probes installed before the app's scripts, and a page at 1280×800.
 */
export async function openBrowser(projectRoot: string, profileDir: string): Promise<BrowserSession> {
  storeScript ??= bundleBrowserScript(projectRoot, 'test/bench/browser/bench-store.ts')
  const script = await storeScript
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  })
  // tsx (esbuild, keepNames) wraps named functions in __name(…); functions sent into the page need it there.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f' })
  await context.addInitScript(installPageProbes)
  const page = context.pages()[0] ?? (await context.newPage())
  const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent))
  return {
    context,
    page,
    version,
    async store(name, ...args) {
      // Evaluated, not injected as a tag: the app's CSP allows no inline script, and DevTools evaluation is not a page script.
      const ready = await page.evaluate('typeof globalThis.__benchStore === "object"')
      if (!ready) await page.evaluate(script)
      return page.evaluate(
        ([n, a]) => {
          const store = (
            globalThis as unknown as { __benchStore: Record<string, (...x: unknown[]) => unknown> }
          ).__benchStore
          return store[n]!(...a)
        },
        [name, args] as [string, unknown[]],
      ) as never
    },
    close: () => context.close(),
  }
}

/**
 * Arms a watch, does `act` (the click, the key, the navigation), and returns the page's own times: from the
 * input to the DOM showing the change, and to the frame that paints it.
 */
export async function measure(
  page: Page,
  condition: WatchCondition,
  start: WatchStart,
  act: () => Promise<unknown>,
  timeoutMs = 10_000,
): Promise<{ toDom: number; toFrame: number }> {
  const id = await page.evaluate(
    ([c, s]) => (window as unknown as { __benchProbes: PageProbes }).__benchProbes.arm(c, s),
    [condition, start] as [WatchCondition, WatchStart],
  )
  await act()
  const result = await page.evaluate(
    ([i, t]) => (window as unknown as { __benchProbes: PageProbes }).__benchProbes.result(i, t),
    [id, timeoutMs] as [number, number],
  )
  return timings(result)
}

export function timings(result: WatchResult): { toDom: number; toFrame: number } {
  return { toDom: result.domAt - result.inputAt, toFrame: result.frameAt - result.inputAt }
}

/** The page's own times for a watch armed at navigation (see PageProbes.onLoad): ms since navigation start. */
export async function sinceNavigation(
  page: Page,
  which: keyof PageProbes['onLoad'],
  timeoutMs: number,
): Promise<{ toDom: number; toFrame: number; timeOrigin: number }> {
  const [result, timeOrigin] = await page.evaluate(
    async ([w, t]) => {
      const probes = (window as unknown as { __benchProbes: PageProbes }).__benchProbes
      return [await probes.result(probes.onLoad[w], t), performance.timeOrigin] as const
    },
    [which, timeoutMs] as [keyof PageProbes['onLoad'], number],
  )
  return { ...timings(result), timeOrigin }
}

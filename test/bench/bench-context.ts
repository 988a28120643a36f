import type { Page } from 'playwright-core'
import type { DemoControl } from '../e2e/support/demo-control'
import type { SiteFacts } from '../e2e/support/site-facts'
import type { BrowserSession } from './browser-session'
import type { RecordingFetch } from './recording-fetch'
import type { TableRow } from './report'

/** What every phase works with. */
export interface BenchContext {
  projectRoot: string
  /** The web host (the app's renderer and main's services). */
  url: string
  demo: DemoControl
  /** The site as it was seeded, read once before the desk opens. */
  site: SiteFacts
  /** Every call main made to the site. */
  calls: RecordingFetch
  browser: BrowserSession
  /** Replaces the browser (cold starts); the profile folder, and so the store, stay. */
  reopenBrowser(): Promise<BrowserSession>
  log(message: string): void
  /** Runs `work`, with CPU profiles of it when BENCH_PROFILE names it (a phase, or a part like "replay online"). */
  profile<T>(name: string, work: () => Promise<T>): Promise<T>
}

export interface PhaseResult {
  rows: TableRow[]
  /** Raw figures for the JSON. */
  data: Record<string, unknown>
  /** Said under the table (how a figure was made, what it leaves out). */
  notes?: string[]
}

export const page = (ctx: BenchContext): Page => ctx.browser.page

/** Goes to a screen of the app without reloading it (hash routes). */
export async function goTo(p: Page, hashPath: string): Promise<void> {
  await p.evaluate((path) => (location.hash = path), hashPath)
}

/** JS heap in use after a full garbage collection (Chromium's own count, through DevTools). */
export async function heapUsed(p: Page): Promise<number> {
  const cdp = await p.context().newCDPSession(p)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize
  } finally {
    await cdp.detach()
  }
}

/** The desk's sync sentence ("Offline · 3 changes waiting", "All changes synced"). */
export const syncText = async (p: Page): Promise<string> =>
  ((await p.getByRole('status', { name: 'Sync' }).textContent()) ?? '').trim()

export async function waitForSyncText(p: Page, wanted: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const text = await syncText(p)
    if (wanted.test(text)) return text
    if (Date.now() > deadline)
      throw new Error(`the sync status never said ${String(wanted)} (it says "${text}")`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

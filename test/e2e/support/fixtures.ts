// Time is pinned here: the demo site starts from MORNING (its clock, which the desk reads), never from the machine's date.
import { test as base, expect, type Page } from '@playwright/test'
import { demoControl, type DemoControl } from './demo-control'
import { openLine, type Line } from './line'
import { startTsx, type RunningProcess } from './processes'

/** Tuesday 10 March 2026, 9:30 in Chicago (the demo business's time zone): a morning with classes to come. */
export const MORNING = '2026-03-10T14:30:00.000Z'

/** Enough bookings for full classes, waitlists and pending requests on the morning's schedule. */
const DEMO_SEED = ['--seed', '7', '--bookings', '3000'] as const

/** A site started apart, reached through the line: its key and ID look like real Wix ones. */
const LINE_SITE = {
  apiKey: 'IST.e2e-test-key-0123456789abcdef',
  siteId: '5e2e0000-1111-4222-8333-444455556666',
}

export interface Desk {
  /** The web host: `http://127.0.0.1:<port>` */
  url: string
  demo: DemoControl
  /** The line between main and the demo site (only for `lineDesk`). */
  line: Line | null
  /** Opens Rollcall in the page with the browser's clock at the demo site's, and waits for the first sync. */
  open(page: Page): Promise<void>
}

/** A desk reaching its site through a line the test can cut and restore. */
export interface LineDesk extends Desk {
  line: Line
}

/** The desk's own sync summary (role=status "Sync"). */
export const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync' })

function deskOver<L extends Line | null>(url: string, demo: DemoControl, line: L): Desk & { line: L } {
  return {
    url,
    demo,
    line,
    async open(page) {
      // The browser's clock follows the demo site's (both keep running), so "today" is the same day for both.
      await page.clock.install({ time: new Date(await demo.now()) })
      await page.goto(url)
      await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 60_000 })
    },
  }
}

async function stopAll(processes: RunningProcess[]): Promise<void> {
  await Promise.all(processes.map((p) => p.stop()))
}

export const test = base.extend<{ demoDesk: Desk; lineDesk: LineDesk }>({
  /**
   * The browser speaks en-US whatever the machine's locale: the desk writes times in the browser's locale,
   * and the specs match them as en-US writes them ("9:00 AM": support/patterns.ts).
   */
  locale: async ({}, use) => {
    await use('en-US')
  },

  /** `npm run start:web` as a new user runs it: no credentials, so the host starts the demo site itself. */
  demoDesk: async ({}, use) => {
    const host = startTsx('electron/web-host/cli.ts', [
      '--port',
      '0',
      '--demo-starts-at',
      MORNING,
      ...DEMO_SEED,
      '--probe-every',
      '1',
    ])
    try {
      const [, url] = await host.line(/^Rollcall \(web\) on (\S+)$/)
      const [, demoUrl, apiKey, siteId] = await host.line(
        /^Demo site on (\S+) \(API key (\S+), site ID (\S+)\)$/,
      )
      await use(deskOver(url!, demoControl(demoUrl!, apiKey!, siteId!), null))
    } finally {
      await stopAll([host])
    }
  },

  /** A Wix-compatible site started apart (the demo site's CLI), reached by main through a line we can cut. */
  lineDesk: async ({}, use) => {
    const processes: RunningProcess[] = []
    let line: Line | null = null
    try {
      const site = startTsx('electron/demo-site/cli.ts', [
        '--port',
        '0',
        '--control',
        '--starts-at',
        MORNING,
        ...DEMO_SEED,
        '--api-key',
        LINE_SITE.apiKey,
        '--site-id',
        LINE_SITE.siteId,
        '--rate-limit',
        '100000',
      ])
      processes.push(site)
      const [, siteUrl] = await site.line(/^Demo site on (\S+)$/)
      line = await openLine(siteUrl!)
      const host = startTsx('electron/web-host/cli.ts', [
        '--port',
        '0',
        '--wix-url',
        line.url,
        '--api-key',
        LINE_SITE.apiKey,
        '--site-id',
        LINE_SITE.siteId,
        '--probe-every',
        '1',
      ])
      processes.push(host)
      const [, url] = await host.line(/^Rollcall \(web\) on (\S+)$/)
      await use(deskOver(url!, demoControl(siteUrl!, LINE_SITE.apiKey, LINE_SITE.siteId), line))
    } finally {
      await line?.close()
      await stopAll(processes)
    }
  },
})

export { expect }

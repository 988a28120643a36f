import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  projectRoot,
  startUnderStandin,
  toElectronUrl,
  type StandinApp,
} from '../electron-standin/chromium-host'
import { MORNING, expect, syncStatus, test } from './support/fixtures'

/**
 * Rollcall's own start-up, end to end, minus Electron's binary: the built `out/main/index.js` (unmodified)
 * runs in Node with `electron` answered by the strict stand-in (test/electron-standin), its window is a real
 * Chromium page running the built `out/preload/index.js`, `app://rollcall` is served by Rollcall's own
 * protocol handler, and IPC reaches main's real dispatcher with the sender's frame on the app origin.
 * What only the real Electron shows is electron-smoke.spec.ts's (test/README.md, "The app's own start-up").
 */
const MAIN = join(projectRoot, 'out/main/index.js')
const PRELOAD = join(projectRoot, 'out/preload/index.js')
/** The demo site's key (electron/demo-site/defaults.ts): main holds it, the page must never see it. */
const DEMO_API_KEY = 'demo-api-key.rollcall.local'

test.skip(!existsSync(MAIN) || !existsSync(PRELOAD), 'the app is not built (npm run build)')

test('the built app starts under the strict stand-in: demo site, first sync, a check-in, one instance, no way out', async ({
  browser,
}) => {
  const userData = mkdtempSync(join(tmpdir(), 'rollcall-standin-'))
  let app: StandinApp | null = null
  let second: StandinApp | null = null
  try {
    app = await startUnderStandin({
      mainScript: MAIN,
      userData,
      browser,
      contextOptions: { locale: 'en-US', viewport: { width: 1280, height: 800 } },
      // Pinned: main's clock (its demo site seeds "today" from it) and the page's start at the same morning.
      clockAt: MORNING,
    })
    const { page } = await app.firstWindow()

    // The window: made after ready with every security switch, loading the app origin through its handler.
    await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 60_000 })
    await expect(page.getByText('Demo site', { exact: true })).toBeVisible()
    const started = await app.snapshot()
    expect(started.ready).toBe(true)
    expect(started.singleInstanceLock).toBe(true)
    expect(started.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(started.handledSchemes).toEqual(['app'])
    expect(started.permissionHandlers).toEqual({ request: true, check: true })
    expect(started.windows).toHaveLength(1)
    const [mainWindow] = started.windows
    expect(mainWindow!.webPreferences).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    })
    expect(mainWindow!.options).toMatchObject({ title: 'Rollcall', show: false })
    expect(mainWindow!.visible).toBe(true) // shown on ready-to-show
    expect(mainWindow!.url).toBe('app://rollcall/index.html')
    expect(toElectronUrl(page.url())).toBe('app://rollcall/index.html')
    // The demo site started itself (no saved site) on 127.0.0.1, reached through net.fetch.
    const demoCalls = started.netLog.filter((entry) => entry.url.startsWith('http://127.0.0.1:'))
    expect(demoCalls.length).toBeGreaterThan(0)
    expect(started.netLog.every((entry) => entry.url.startsWith('http://127.0.0.1:'))).toBe(true)
    const demoUrl = new URL(demoCalls[0]!.url).origin

    // The preload exposed exactly window.rollcall, frozen; nothing of Electron reached the page.
    expect(
      await page.evaluate(() => ({
        rollcall: typeof (window as unknown as { rollcall?: unknown }).rollcall,
        frozen: Object.isFrozen((window as unknown as { rollcall: object }).rollcall),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        // (Playwright's own __playwright__binding__* globals are the test's, not the app's.)
        electronGlobals: Object.getOwnPropertyNames(window).filter(
          (name) => /electron|ipc|contextBridge/i.test(name) && !name.startsWith('__playwright__'),
        ),
      })),
    ).toEqual({
      rollcall: 'object',
      frozen: true,
      require: 'undefined',
      process: 'undefined',
      electronGlobals: [],
    })

    // One check-in, by role and name, reaches the demo site.
    const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('link')
    await expect(sessions.first()).toBeVisible()
    let checkIn = null
    for (let i = 0, count = await sessions.count(); i < count && !checkIn; i++) {
      await sessions.nth(i).click()
      const booked = page.getByRole('list', { name: 'Booked' })
      await expect(booked.or(page.getByText('Nobody is booked into this session.'))).toBeVisible()
      const button = booked.getByRole('button', { name: /^Check in / }).first()
      if (await button.count()) checkIn = button
      else await page.goBack()
    }
    if (!checkIn) throw new Error('no session of the pinned morning has anyone to check in')
    const name = ((await checkIn.getAttribute('aria-label')) ?? (await checkIn.innerText())).replace(
      /^Check in /,
      '',
    )
    const callsBefore = (await app.snapshot()).netLog.length
    await checkIn.click()
    await expect(page.getByRole('button', { name: `Undo check-in for ${name}`, exact: true })).toBeVisible()
    const attendanceWrites = async () =>
      (await app!.snapshot()).netLog
        .slice(callsBefore)
        .filter(
          (entry) =>
            entry.method === 'POST' && /\/v2\/(bulk\/)?attendance\/set$/.test(new URL(entry.url).pathname),
        )
    // The engine sends it on its own time: wait for the write to be answered, then for the desk to say so.
    await expect
      .poll(async () => (await attendanceWrites()).map((entry) => entry.status), { timeout: 30_000 })
      .toContain(200)
    await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 30_000 })
    expect((await attendanceWrites()).every((entry) => entry.status === 200)).toBe(true)
    // Read back from the demo site itself, with the key main used.
    const write = (await attendanceWrites()).at(-1)!
    const bookingId = /"bookingId":"([^"]+)"/.exec(write.body ?? '')?.[1]
    expect(bookingId).toBeTruthy()
    const queryUrl = new URL(write.url.replace(/\/v2\/(bulk\/)?attendance\/set$/, '/v2/attendance/query'))
    const stored = (await (
      await fetch(`${demoUrl}${queryUrl.pathname}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...pick(write.headers, ['authorization', 'wix-site-id']),
        },
        body: JSON.stringify({ query: { filter: { bookingId } } }),
      })
    ).json()) as { attendances: { bookingId: string; status: string }[] }
    expect(stored.attendances).toEqual([expect.objectContaining({ bookingId, status: 'ATTENDED' })])

    // A second instance is refused by the lock; the first one comes to the front.
    await app.request({ t: 'minimize' })
    second = await startUnderStandin({ mainScript: MAIN, userData })
    expect(await second.exited).toEqual({ code: 0, signal: null })
    expect(second.output()).toContain('[electron-standin] quit')
    expect(second.output()).not.toContain('created') // no window, no services: it only handed over
    await expect.poll(async () => (await app!.snapshot()).secondInstances.length).toBe(1)
    const afterSecond = await app.snapshot()
    expect(afterSecond.windows[0]).toMatchObject({ minimized: false })
    expect(afterSecond.windows[0]!.focusCount).toBeGreaterThan(0)

    // Navigation away is denied (https links go to the system browser instead; other schemes nowhere).
    await page.evaluate(() => window.location.assign('https://example.com/away'))
    await page.evaluate(() => window.location.assign('file:///etc/passwd'))
    await expect
      .poll(async () => (await app!.snapshot()).openedExternally)
      .toEqual(['https://example.com/away'])
    expect(toElectronUrl(page.url())).toMatch(/^app:\/\/rollcall\//)
    await expect(syncStatus(page)).toBeVisible()
    // window.open is denied the same way.
    expect(await page.evaluate(() => window.open('https://example.com/help', '_blank'))).toBeNull()
    await expect
      .poll(async () => (await app!.snapshot()).openedExternally)
      .toEqual(['https://example.com/away', 'https://example.com/help'])
    expect(app.escapedPopups()).toEqual([])
    // Nothing left the app origin from the page.
    expect(app.blockedRequests()).toEqual([])

    // Every permission request and check is denied (Electron grants them all without a handler).
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      expect(
        await app.request({ t: 'permission', id: mainWindow!.id, permission, origin: 'app://rollcall' }),
      ).toEqual({
        requested: false,
        checked: false,
      })
    }

    // The API key never reaches the page: not in anything main sent it, nor in its DOM, storage or IndexedDB.
    expect(app.sentToPages().length).toBeGreaterThan(0)
    expect(app.sentToPages().filter((json) => json.includes(DEMO_API_KEY))).toEqual([])
    const pageText = await page.evaluate(async () => {
      const parts = [
        document.documentElement.outerHTML,
        JSON.stringify({ ...localStorage }),
        JSON.stringify({ ...sessionStorage }),
      ]
      for (const { name } of await indexedDB.databases()) {
        if (!name) continue
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const open = indexedDB.open(name)
          open.onsuccess = () => ok(open.result)
          open.onerror = () => fail(new Error(String(open.error)))
        })
        for (const store of Array.from(db.objectStoreNames)) {
          const rows = await new Promise<unknown[]>((ok, fail) => {
            const all = db.transaction(store).objectStore(store).getAll()
            all.onsuccess = () => ok(all.result)
            all.onerror = () => fail(new Error(String(all.error)))
          })
          parts.push(JSON.stringify(rows))
        }
        db.close()
      }
      return parts.join('\n')
    })
    expect(pageText.length).toBeGreaterThan(1000)
    expect(pageText).not.toContain(DEMO_API_KEY)

    // Nothing went wrong on the way: no preload error, no unhandled rejection, no error box.
    expect(app.output()).not.toMatch(
      /Unable to load preload script|Unhandled promise rejection|A JavaScript error/,
    )
    expect(afterSecond.errorBoxes).toEqual([])

    // Quitting ends it by itself.
    await app.stop()
    expect(await app.exited).toEqual({ code: 0, signal: null })
  } finally {
    await second?.stop()
    await app?.stop()
    rmSync(userData, { recursive: true, force: true })
  }
})

function pick(record: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]!]))
}

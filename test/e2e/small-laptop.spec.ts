import type { Locator, Page } from '@playwright/test'
import { bookedList, button, checkInFirst, inList, openSession, screenLink } from './support/desk-page'
import { test, expect, type Desk } from './support/fixtures'
import { readSite } from './support/site-facts'

/**
 * The desk on a small laptop (issue 21): at 1024×640 every screen fits the window, the page itself never
 * scrolls and each screen scrolls in one region only (its list, or the main area); a roster shows eight
 * people and more; a dialog's buttons stay in view; the toast and the "Restart to update" bar cover no row. At
 * 1280 the header is one line.
 */
test.use({ viewport: { width: 1024, height: 640 } })

/** Booked rows a desk sees whole, without scrolling (a sound floor: 48-px rows under a two-line header). */
const ROWS_IN_VIEW = 8

/**
 * What scrolls besides `only` (the screen's one region): whether the document does, and which elements
 * scroll their content (by tag and class, to say which).
 */
function scrollingBesides(page: Page, only: Locator | null) {
  const look = (allowed: Element | null) => {
    const root = document.scrollingElement ?? document.documentElement
    const others = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        if (element === allowed) return false
        const { overflowY, overflowX } = getComputedStyle(element)
        const y = ['auto', 'scroll'].includes(overflowY) && element.scrollHeight > element.clientHeight + 1
        const x = ['auto', 'scroll'].includes(overflowX) && element.scrollWidth > element.clientWidth + 1
        return x || y
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    return { document: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth, others }
  }
  return only ? only.evaluate(look) : page.evaluate(look, null)
}

/** The page does not scroll, and nothing but the screen's one region (`only`, when given) does. */
async function expectOneScroller(page: Page, only: Locator | null, screen: string) {
  await expect
    .poll(() => scrollingBesides(page, only), { message: `${screen}: what scrolls besides its one region` })
    .toEqual({ document: false, others: [] })
}

type Box = { x: number; y: number; width: number; height: number }
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const clip = (a: Box, to: Box): Box => {
  const x = Math.max(a.x, to.x)
  const y = Math.max(a.y, to.y)
  return {
    x,
    y,
    width: Math.min(a.x + a.width, to.x + to.width) - x,
    height: Math.min(a.y + a.height, to.y + to.height) - y,
  }
}

/** The demo site's fullest class today: more booked people than a small laptop shows at once. */
async function fullestClassToday(desk: Desk) {
  const facts = await readSite(desk.demo)
  const confirmed = (id: string) => facts.bookingsOf(id).filter((b) => b.status === 'CONFIRMED').length
  const session = [...facts.classesToday()].sort((a, b) => confirmed(b.id) - confirmed(a.id))[0]!
  expect(confirmed(session.id)).toBeGreaterThan(ROWS_IN_VIEW)
  return { facts, session }
}

test('At 1024×640 every screen fits without nested scrolling, a roster shows its people, the toast covers none', async ({
  page,
  demoDesk,
}) => {
  // The demo site's clock is pinned to MORNING (fixtures.ts); the session is the day's fullest class.
  const { facts, session } = await fullestClassToday(demoDesk)
  await demoDesk.open(page)
  const main = page.getByRole('main')
  const scroller = (list: Locator) => page.locator('[data-virtual-scroller]').filter({ has: list })

  // Today: its Sessions list is its one scroller.
  await expectOneScroller(page, scroller(page.getByRole('list', { name: 'Sessions' })), 'Today')

  // A roster: the Booked list (and the sections after it, in the same region) is its one scroller, and it
  // shows eight people and more, whole, above the fold.
  await openSession(page, session, facts.timeZone)
  const booked = bookedList(page)
  await expect(booked.getByRole('listitem').first()).toBeVisible()
  await expectOneScroller(page, scroller(booked), 'Roster')
  const whole = await booked.getByRole('listitem').evaluateAll((rows) => {
    const view = rows[0]!.closest('[data-virtual-scroller]')!.getBoundingClientRect()
    const bottom = Math.min(view.bottom, window.innerHeight)
    return rows.filter((row) => {
      const box = row.getBoundingClientRect()
      return box.top >= view.top - 1 && box.bottom <= bottom + 1
    }).length
  })
  expect(whole).toBeGreaterThanOrEqual(ROWS_IN_VIEW)

  // Add walk-in: the dialog fits the window, its submit button in view.
  await button(page, 'Add walk-in').click()
  const walkIn = page.getByRole('dialog', { name: 'Add walk-in' })
  await expect(walkIn).toBeVisible()
  const submit = walkIn.getByRole('button', { name: /^Book( and check in)?$/ })
  await expect(submit).toBeInViewport({ ratio: 1 })
  expect(await walkIn.evaluate((d) => d.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true)
  await page.keyboard.press('Escape')
  await expect(walkIn).toBeHidden()

  // A check-in: its toast, in the status bar, covers no row of the roster.
  await checkInFirst(page)
  const toast = page.getByRole('button', { name: /^Undo: Checked in / })
  await expect(toast).toBeVisible()
  const toastBox = (await page.locator('.toast').boundingBox())!
  const rowBoxes = await booked
    .getByRole('listitem')
    .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().toJSON() as Box))
  const listBox = (await scroller(booked).boundingBox())!
  // What shows of each row is what its scroller does not clip.
  const seen = rowBoxes.filter((row) => intersects(row, listBox)).map((row) => clip(row, listBox))
  expect(seen.length).toBeGreaterThanOrEqual(ROWS_IN_VIEW - 1)
  for (const row of seen) expect(intersects(toastBox, row)).toBe(false)
  expect(intersects(toastBox, listBox)).toBe(false)
  await expectOneScroller(page, scroller(booked), 'Roster with a toast')

  // The person's card and the shortcuts: dialogs within the window.
  await booked
    .getByRole('button', { name: /, open card$/ })
    .first()
    .click()
  const card = page.getByRole('dialog').first()
  await expect(card).toBeVisible()
  expect(await card.evaluate((d) => d.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true)
  await page.keyboard.press('Escape')
  await expect(card).toBeHidden()
  await page.keyboard.press('?')
  const shortcuts = page.getByRole('dialog', { name: /shortcuts/i })
  await expect(shortcuts).toBeVisible()
  expect(await shortcuts.evaluate((d) => d.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true)
  await page.keyboard.press('Escape')

  // The other screens: Pending's list is its one scroller; the others scroll in the main area, if at all.
  await screenLink(page, 'Pending').click()
  await expect(
    page.getByRole('list', { name: 'Pending requests' }).getByRole('listitem').first(),
  ).toBeVisible()
  await expectOneScroller(page, scroller(page.getByRole('list', { name: 'Pending requests' })), 'Pending')
  for (const [name, heading] of [
    ['Needs attention', 'Needs attention'],
    ['Activity', 'Activity'],
    ['Settings', 'Settings'],
  ] as const) {
    await screenLink(page, name).click()
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible()
    const list = main.locator('[data-virtual-scroller]')
    await expectOneScroller(page, (await list.count()) ? list : main, name)
  }
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Cancellations' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Recent cancellations' })).toBeVisible()
  await expectOneScroller(page, main, 'Recent cancellations')
  await screenLink(page, 'Today').click()
  await page.getByRole('link', { name: 'Sign-in sheet', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: /^Sign-in sheet: / })).toBeVisible()
  await expectOneScroller(page, main, 'Sign-in sheet')

  // At 1280 wide the header is one line: the business, the search box, Add walk-in and the sync status.
  await page.setViewportSize({ width: 1280, height: 800 })
  const banner = page.getByRole('banner')
  const line = [
    banner.getByRole('heading', { level: 1 }),
    banner.getByRole('combobox', { name: 'Find attendee' }),
    button(page, 'Add walk-in'),
    banner.getByRole('status', { name: 'Sync' }),
    banner.getByRole('status', { name: 'Connection' }),
  ]
  const boxes = await Promise.all(line.map(async (l) => (await l.boundingBox())!))
  const top = Math.max(...boxes.map((b) => b.y))
  const bottom = Math.min(...boxes.map((b) => b.y + b.height))
  expect(bottom, 'every part of the header line overlaps the others vertically').toBeGreaterThan(top)
})

test('At 1024×640 with an update ready, the "Restart to update" bar covers no roster row and the last one scrolls into view', async ({
  page,
  demoDesk,
}) => {
  // The web host never updates itself (app.updateStatus answers idle): the test answers for main, as main does
  // once an update is downloaded, to the question the window asks at start.
  await page.route('**/__rollcall/ipc/app.updateStatus', (route) =>
    route.fulfill({ json: { ok: true, data: { state: 'ready', version: '0.2.0' } } }),
  )
  // The demo site's clock is pinned to MORNING (fixtures.ts); the session is the day's fullest class.
  const { facts, session } = await fullestClassToday(demoDesk)
  await demoDesk.open(page)
  const update = page.getByRole('region', { name: 'Update ready' })
  await expect(update).toBeVisible()
  await expect(update.getByRole('status')).toContainText('Rollcall 0.2.0 is ready to install.')

  await openSession(page, session, facts.timeZone)
  const booked = bookedList(page)
  const list = page.locator('[data-virtual-scroller]').filter({ has: booked })
  // The worst case: a toast up in the status bar too.
  await checkInFirst(page)
  await expect(page.getByRole('button', { name: /^Undo: Checked in / })).toBeVisible()
  await expectOneScroller(page, list, 'Roster with an update ready')

  const updateBox = (await update.boundingBox())!
  const listBox = (await list.boundingBox())!
  expect(intersects(updateBox, listBox), 'the bar and the Booked list').toBe(false)
  const rowBoxes = await booked
    .getByRole('listitem')
    .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().toJSON() as Box))
  const seen = rowBoxes.filter((row) => intersects(row, listBox)).map((row) => clip(row, listBox))
  expect(seen.length).toBeGreaterThan(0)
  for (const row of seen) expect(intersects(updateBox, row)).toBe(false)

  // The last Booked row, scrolled to: whole in its list, clear of the bar, its check-in button reachable.
  const size = Number(await booked.getByRole('listitem').first().getAttribute('aria-setsize'))
  expect(size).toBeGreaterThan(ROWS_IN_VIEW)
  const last = await inList(
    booked,
    booked.getByRole('listitem').and(page.locator(`[aria-posinset="${String(size)}"]`)),
  )
  const lastBox = (await last.boundingBox())!
  expect(lastBox.y).toBeGreaterThanOrEqual(listBox.y - 1)
  expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(listBox.y + listBox.height + 1)
  expect(intersects(updateBox, lastBox)).toBe(false)
  const lastButton = last.getByRole('button', { name: /^(Check in|Undo check-in for) / })
  await expect(lastButton).toBeInViewport({ ratio: 1 })
  // Playwright's hit test: the button, not whatever might lie over it, takes the click.
  await lastButton.click({ trial: true })

  // The bar's own buttons, whole in the window.
  await expect(update.getByRole('button', { name: 'Restart to update' })).toBeInViewport({ ratio: 1 })
  await expect(update.getByRole('button', { name: 'Later' })).toBeInViewport({ ratio: 1 })
})

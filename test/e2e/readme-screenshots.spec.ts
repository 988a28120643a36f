import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { businessDayOf } from '../../shared/domain/business-day'
import type { Booking } from '../../shared/wix/booking'
import type { DemoData, DemoEvent } from '../../electron/main/demo'
import type { DemoControl } from './support/demo-control'
import { test, expect, syncStatus } from './support/fixtures'
import { projectRoot } from './support/processes'

/**
 * The README's pictures, taken from the real app: Today, a roster with check-ins, the same roster during an
 * outage, and Needs attention after a conflict. Always saved under test-results/screenshots/; copied over the
 * tracked ones in .github/screenshots/ only with UPDATE_README_SCREENSHOTS=1 (so `npm test` changes no
 * tracked file).
 */
const VIEWPORT = { width: 1280, height: 800 }
const RESULTS_DIR = resolve(projectRoot, 'test-results/screenshots')
const README_DIR = resolve(projectRoot, '.github/screenshots')
const updateReadme = process.env['UPDATE_README_SCREENSHOTS'] === '1'

test.use({ viewport: VIEWPORT })

/** The name the desk shows for a booking ("First Last"). */
function personName(booking: Booking): string {
  const contact = booking.contactDetails
  return `${contact?.firstName?.trim() ?? ''} ${contact?.lastName?.trim() ?? ''}`.trim()
}

/** Attendance at `eventId` of the CONFIRMED bookings into it: how many are in, and who is still to come. */
function rosterOf(state: DemoData, eventId: string): { checkedIn: number; toCome: Booking[] } {
  const status = new Map(
    state.attendance.filter((a) => a.eventId === eventId).map((a) => [a.bookingId, a.status]),
  )
  const booked = state.bookings.filter(
    (b) => b.status === 'CONFIRMED' && b.bookedEntity.slot?.eventId === eventId,
  )
  return {
    checkedIn: booked.filter((b) => status.get(b.id) === 'ATTENDED').length,
    toCome: booked.filter((b) => (status.get(b.id) ?? 'NOT_SET') === 'NOT_SET'),
  }
}

/** A class on now or next with some people in already and a few still to come: a roster worth a picture. */
async function classUnderway(demo: DemoControl, state: DemoData): Promise<DemoEvent> {
  const now = new Date(await demo.now())
  const today = businessDayOf(now, state.timeZone)
  const event = state.events
    .filter((e) => {
      if (e.kind !== 'CLASS' || e.status !== 'CONFIRMED' || e.endMs <= now.getTime()) return false
      if (businessDayOf(new Date(e.startMs), state.timeZone) !== today) return false
      const { checkedIn, toCome } = rosterOf(state, e.id)
      return checkedIn >= 2 && toCome.length >= 4
    })
    .sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id))[0]
  if (!event) throw new Error('No class underway today with people in and people to come')
  return event
}

/** Closes every toast ("Dismiss: …") and moves the pointer and the focus out of the way, for a clean shot. */
async function clearTheStage(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: /^Dismiss: / })
  // A toast may close by itself meanwhile (its 10 seconds are up): then there is just nothing to click.
  for (let tries = 0; tries < 10 && (await dismiss.count()) > 0; tries++)
    await dismiss
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined)
  await expect(dismiss).toHaveCount(0)
  await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(data: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(data.subarray(0, 8).equals(signature), 'PNG signature').toBe(true)
  expect(data.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR')
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

/** Saves the viewport as `<name>.png` (and over the README's copy when asked), checking what was written. */
async function shoot(page: Page, name: string): Promise<void> {
  await clearTheStage(page)
  const path = resolve(RESULTS_DIR, `${name}.png`)
  await mkdir(RESULTS_DIR, { recursive: true })
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' })
  expect(pngSize(await readFile(path)), `${name}.png`).toEqual(VIEWPORT)
  if (updateReadme) {
    await mkdir(README_DIR, { recursive: true })
    await copyFile(path, resolve(README_DIR, `${name}.png`))
    expect(pngSize(await readFile(resolve(README_DIR, `${name}.png`))), `README ${name}.png`).toEqual(
      VIEWPORT,
    )
  }
}

/** From Today, opens the class and checks in the first person still to come, by click, until synced. */
async function openRosterWithCheckIns(page: Page, session: DemoEvent): Promise<void> {
  await page
    .getByRole('list', { name: 'Sessions' })
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(session.title)}, `) })
    .and(page.locator(`[href="#/session/${session.id}"]`))
    .click()
  await expect(page.getByRole('heading', { name: session.title, level: 2 })).toBeVisible()
  await checkInFirstToCome(page)
  await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 30_000 })
  await expect(bookedList(page)).not.toContainText('Waiting to sync')
}

const bookedList = (page: Page) => page.getByRole('list', { name: 'Booked' })

/** Clicks the first "Check in" of the Booked list; answers the person's name once their row says so. */
async function checkInFirstToCome(page: Page): Promise<string> {
  const checkIn = bookedList(page)
    .getByRole('button', { name: /^Check in / })
    .first()
  const name = (await checkIn.getAttribute('aria-label'))?.replace(/^Check in /, '') ?? ''
  await checkIn.click()
  await expect(
    bookedList(page).getByRole('button', { name: `Undo check-in for ${name}`, exact: true }),
  ).toBeVisible()
  return name
}

/** The screen back at its top (a click may have scrolled it to reach a row). */
async function scrollToTop(page: Page): Promise<void> {
  await page.getByRole('main').evaluate((main) => main.scrollTo(0, 0))
}

/** The screen at its top, unless `name`'s row is further down: then just enough scrolled to show it. */
async function showRow(page: Page, name: string): Promise<void> {
  await scrollToTop(page)
  const row = bookedList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: `Select ${name}`, exact: true }) })
  await row.scrollIntoViewIfNeeded()
  await expect(row).toBeInViewport({ ratio: 1 })
}

test('README screenshots: Today and a roster, on the demo site', async ({ page, demoDesk }) => {
  const state = await demoDesk.demo.state()
  const session = await classUnderway(demoDesk.demo, state)

  await demoDesk.open(page)
  await expect(page.getByRole('heading', { name: /^Today, / })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('link').first()).toBeVisible()
  await shoot(page, 'today')

  await openRosterWithCheckIns(page, session)
  await scrollToTop(page)
  await shoot(page, 'roster')
})

test('README screenshots: the roster offline, then Needs attention', async ({ page, lineDesk }) => {
  const { demo, line } = lineDesk
  if (!line) throw new Error('lineDesk has a line')
  const state = await demo.state()
  const session = await classUnderway(demo, state)
  const screens = page.getByRole('navigation', { name: 'Screens' })

  // The same roster as above; then the line goes, and one more check-in waits on this computer.
  await lineDesk.open(page)
  await openRosterWithCheckIns(page, session)
  line.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 30_000 })
  const waiting = await checkInFirstToCome(page)
  await expect(syncStatus(page)).toContainText('Offline · 1 change waiting')
  const waitingRow = bookedList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: `Select ${waiting}`, exact: true }) })
  await expect(waitingRow).toContainText('Waiting to sync')
  await showRow(page, waiting)
  await shoot(page, 'offline')

  // Still offline, the desk confirms a request; meanwhile the customer cancels it online.
  await screens.getByRole('link', { name: /^Pending/ }).click()
  const confirmFor = page.getByRole('button', { name: /^Confirm booking for / }).first()
  const requester = (await confirmFor.getAttribute('aria-label'))?.replace(/^Confirm booking for /, '') ?? ''
  const requests = state.bookings.filter((b) => b.status === 'PENDING' && personName(b) === requester)
  expect(requests, `one pending request of ${requester}`).toHaveLength(1)
  await confirmFor.click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Confirm booking', exact: true }).click()
  await expect(dialog).toHaveCount(0)
  await expect(syncStatus(page)).toContainText('Offline · 2 changes waiting')
  await demo.post('/world/customer-cancels', { bookingId: requests[0]?.id })

  // The line is back: the check-in goes through; the confirm (sent after its undo window) is refused.
  line.restore()
  await screens.getByRole('link', { name: /^Needs attention/ }).click()
  await expect(page.getByText(`${requester} canceled at`)).toBeVisible({ timeout: 60_000 })
  await expect(syncStatus(page)).toContainText('All changes synced · 1 needs attention', { timeout: 30_000 })
  await expect(page.getByRole('button', { name: /^Retry: / })).toBeVisible()
  await shoot(page, 'needs-attention')
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

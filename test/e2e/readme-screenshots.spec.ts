import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { DemoEvent } from '../../electron/demo-site'
import type { Booking } from '../../shared/wix/booking'
import {
  bookedList,
  bookedRow,
  button,
  checkInFirst,
  confirmRequest,
  dismissToasts,
  expectBookedRow,
  inList,
  openDaySheet,
  openSession,
  screenLink,
  screens,
  sessionsList,
} from './support/desk-page'
import { test, expect, syncStatus } from './support/fixtures'
import { projectRoot } from './support/processes'
import {
  classToCheckIn,
  personName,
  readSite,
  requestsLaterToday,
  type SiteFacts,
} from './support/site-facts'

/**
 * The README's pictures, taken from the real app: Today, a roster with check-ins, a person's card, the cancel
 * dialog, Recent cancellations, the day's sign-in sheet, Pending, the same roster during an outage, and Needs
 * attention after a conflict. Taken by `npm run screenshots` (its own config,
 * playwright.screenshots.config.ts; `npm test` leaves it out): saved under test-results/screenshots/ and
 * copied over the tracked ones in .github/screenshots/ (UPDATE_README_SCREENSHOTS=0 keeps those as they are).
 */
const VIEWPORT = { width: 1280, height: 800 }
const RESULTS_DIR = resolve(projectRoot, 'test-results/screenshots')
const README_DIR = resolve(projectRoot, '.github/screenshots')
const updateReadme = process.env['UPDATE_README_SCREENSHOTS'] !== '0'

test.use({ viewport: VIEWPORT })

/**
 * A class on now or next with some people in already and a few still to come: a roster worth a picture. Three
 * to come: one checked in for the roster's picture, one more while offline, one left for the cancel dialog.
 */
const classUnderway = (facts: SiteFacts) => classToCheckIn(facts, 3, (e) => facts.checkedIn(e.id).length >= 2)

/**
 * The oldest request for a class later today from someone with no other request (so that their Confirm on
 * Pending is theirs alone): once canceled, its roster is still there to open from Needs attention.
 */
function requestToCancel(facts: SiteFacts): { booking: Booking; event: DemoEvent } {
  const requestsOf = (name: string) =>
    facts.state.bookings.filter((b) => b.status === 'PENDING' && personName(b) === name)
  const request = requestsLaterToday(facts)
    .filter((r) => requestsOf(personName(r.booking)).length === 1)
    .sort((a, b) => a.booking.createdDate.localeCompare(b.booking.createdDate))[0]
  if (!request) throw new Error('The demo site has no request for a class later today')
  return request
}

/** Closes every toast and moves the pointer and the focus out of the way, for a clean shot. */
async function clearTheStage(page: Page): Promise<void> {
  await dismissToasts(page)
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

/**
 * What a picture would show cut off: a button whose words overflow it, content cut sideways by a box that
 * clips or scrolls it (unless it ends in an ellipsis, on purpose), parts of the header over one another.
 */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Seen at all (a visually hidden label is a pixel wide, on purpose).
    const shown = (e: Element) => {
      const box = e.getBoundingClientRect()
      return box.width > 2 && box.height > 2
    }
    const say = (e: Element) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 40)}"`
    const problems: string[] = []
    for (const button of document.querySelectorAll('button, [role="button"]')) {
      if (!shown(button)) continue
      const words = document.createRange()
      words.selectNodeContents(button)
      const inside = button.getBoundingClientRect()
      const text = words.getBoundingClientRect()
      if (text.width > 0 && (text.left < inside.left - 1 || text.right > inside.right + 1))
        problems.push(`words overflow ${say(button)}`)
    }
    for (const box of document.querySelectorAll('body *')) {
      const style = getComputedStyle(box)
      if (style.overflowX === 'visible' || style.textOverflow === 'ellipsis' || !shown(box)) continue
      if (box.scrollWidth > box.clientWidth + 1) problems.push(`cut sideways: ${say(box)}`)
    }
    const header = [
      ...document.querySelectorAll(
        'header h1, header [role="combobox"], header button, header [role="status"]',
      ),
    ].filter(shown)
    for (const [i, a] of header.entries())
      for (const b of header.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue
        const p = a.getBoundingClientRect()
        const q = b.getBoundingClientRect()
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1)
          problems.push(`in the header, ${say(a)} over ${say(b)}`)
      }
    return problems
  })
}

/** Saves the viewport as `<name>.png` (and over the README's copy when asked), checking what was written. */
async function shoot(page: Page, name: string): Promise<void> {
  await clearTheStage(page)
  expect(await cutOff(page), `${name}: nothing cut off or covered`).toEqual([])
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
async function openRosterWithCheckIns(page: Page, session: DemoEvent, timeZone: string): Promise<void> {
  await openSession(page, session, timeZone)
  await checkInFirst(page)
  await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 30_000 })
  await expect(bookedList(page)).not.toContainText('Waiting to sync')
}

/** The Pending screen's list of requests (virtual). */
const pendingRequests = (page: Page) => page.getByRole('list', { name: 'Pending requests' })

/** The screen back at its top (a click may have scrolled it to reach a row). */
async function scrollToTop(page: Page): Promise<void> {
  await page.getByRole('main').evaluate((main) => main.scrollTo(0, 0))
}

/** The screen at its top, unless `name`'s row is further down: then just enough scrolled to show it. */
async function showRow(page: Page, name: string): Promise<void> {
  await scrollToTop(page)
  const row = bookedRow(page, name)
  await row.scrollIntoViewIfNeeded()
  await expect(row).toBeInViewport({ ratio: 1 })
}

test('README screenshots: Today, a roster, a card, a cancel, Cancellations, the sheet and Pending, on the demo site', async ({
  page,
  demoDesk,
}) => {
  const facts = await readSite(demoDesk.demo)
  const session = classUnderway(facts)

  await demoDesk.open(page)
  await expect(page.getByRole('heading', { name: /^Today, / })).toBeVisible()
  await expect(sessionsList(page).getByRole('link').first()).toBeVisible()
  await shoot(page, 'today')

  await openRosterWithCheckIns(page, session, facts.timeZone)
  await scrollToTop(page)
  await shoot(page, 'roster')

  // A person's card, from their roster row: contact details, their bookings in the synced days, the actions.
  const cardButton = bookedList(page)
    .getByRole('button', { name: /, open card$/ })
    .first()
  const person = ((await cardButton.getAttribute('aria-label')) ?? '').replace(/, open card$/, '')
  await cardButton.click()
  const card = page.getByRole('dialog', { name: person })
  await expect(card.getByRole('list', { name: /^Bookings in the synced days/ })).toBeVisible()
  await shoot(page, 'person-card')
  await page.keyboard.press('Escape')
  await expect(card).toBeHidden()

  // The cancel dialog from a roster row of someone still to come, once it has read the policy's facts (its
  // one primary button says which cancel it is). Only asked: Escape cancels nothing.
  const cancelButton = bookedList(page)
    .getByRole('button', { name: /^Cancel booking for / })
    .first()
  const canceling = ((await cancelButton.getAttribute('aria-label')) ?? '').replace(
    /^Cancel booking for /,
    '',
  )
  await cancelButton.click()
  const cancel = page.getByRole('dialog', { name: `Cancel ${canceling}'s booking` })
  await expect(cancel.getByRole('button', { name: /^Cancel (booking|anyway)$/ })).toBeFocused()
  await shoot(page, 'cancel')
  await page.keyboard.press('Escape')
  await expect(cancel).toBeHidden()

  // Recent cancellations: who canceled in the last days, newest first, with how to reach them.
  await screens(page).getByRole('link', { name: 'Cancellations' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Recent cancellations' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Cancellations' }).getByRole('listitem').nth(2)).toBeVisible()
  await shoot(page, 'cancellations')

  // The day's sign-in sheet, from Today: every session's people with a column to sign.
  await openDaySheet(page)
  await shoot(page, 'sign-in-sheet')

  // Pending: the requests of the synced days, oldest first, a screenful of them.
  await screenLink(page, 'Pending').click()
  await expect(page.getByRole('heading', { level: 2, name: 'Pending requests' })).toBeVisible()
  await expect(pendingRequests(page).getByRole('listitem').nth(4)).toBeVisible()
  await expect(page.getByText(/^\d+ requests, oldest first$/)).toBeVisible()
  await expect(syncStatus(page)).toHaveText('All changes synced')
  await shoot(page, 'pending')
})

test('README screenshots: the roster offline, then Needs attention', async ({ page, lineDesk }) => {
  const { demo, line } = lineDesk
  const facts = await readSite(demo)
  const session = classUnderway(facts)
  const request = requestToCancel(facts)
  const requester = personName(request.booking)

  // The same roster as above; then the line goes, and one more check-in waits on this computer.
  await lineDesk.open(page)
  await openRosterWithCheckIns(page, session, facts.timeZone)
  line.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 30_000 })
  const waiting = await checkInFirst(page)
  await expect(syncStatus(page)).toContainText('Offline · 1 change waiting')
  await expectBookedRow(page, waiting, { checkedIn: true, waitingToSync: true })
  await showRow(page, waiting)
  await shoot(page, 'offline')

  // Still offline, the desk confirms a request from Pending; meanwhile the customer cancels it online.
  await screenLink(page, 'Pending').click()
  await inList(pendingRequests(page), button(page, `Confirm booking for ${requester}`))
  await confirmRequest(page, requester)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(syncStatus(page)).toContainText('Offline · 2 changes waiting')
  await demo.post('/world/customer-cancels', { bookingId: request.booking.id })

  // The line is back: the check-in goes through; the confirm (sent after its undo window) is refused, and
  // for a canceled booking the choices are Discard and Open booking.
  line.restore()
  await screenLink(page, 'Needs attention').click()
  await expect(page.getByText(`${requester} canceled at`)).toBeVisible({ timeout: 60_000 })
  await expect(syncStatus(page)).toContainText('All changes synced · 1 needs attention', { timeout: 30_000 })
  // The summary names the session after the person (issue 21).
  await expect(page.getByRole('button', { name: `Discard: Confirmed ${requester} for ` })).toBeVisible()
  await expect(page.getByRole('link', { name: `Open booking: Confirmed ${requester}` })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Retry: / })).toHaveCount(0)
  await shoot(page, 'needs-attention')
})

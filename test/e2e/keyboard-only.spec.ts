import type { Locator, Page } from '@playwright/test'
import { businessDayOf } from '../../shared/domain/business-day'
import type { Booking } from '../../shared/wix/booking'
import type { DemoData, DemoEvent } from '../../electron/main/demo'
import type { DemoControl } from './support/demo-control'
import { test, expect, syncStatus } from './support/fixtures'

/** The name the desk shows for a booking ("First Last"), as the roster's buttons say it. */
function personName(booking: Booking): string {
  const contact = booking.contactDetails
  return `${contact?.firstName?.trim() ?? ''} ${contact?.lastName?.trim() ?? ''}`.trim()
}

/** A session's booked people (CONFIRMED, booked into that very session) nobody has checked in or marked. */
function notYetIn(state: DemoData, eventId: string): Booking[] {
  const marked = new Set(
    state.attendance.filter((a) => a.eventId === eventId && a.status !== 'NOT_SET').map((a) => a.bookingId),
  )
  return state.bookings.filter(
    (b) => b.status === 'CONFIRMED' && b.bookedEntity.slot?.eventId === eventId && !marked.has(b.id),
  )
}

/** Today's first class not over yet with at least `atLeast` people still to check in. */
async function classToCheckIn(demo: DemoControl, state: DemoData, atLeast: number): Promise<DemoEvent> {
  const now = new Date(await demo.now())
  const today = businessDayOf(now, state.timeZone)
  const event = state.events
    .filter(
      (e) =>
        e.kind === 'CLASS' &&
        e.status === 'CONFIRMED' &&
        e.endMs > now.getTime() &&
        businessDayOf(new Date(e.startMs), state.timeZone) === today &&
        notYetIn(state, e.id).length >= atLeast,
    )
    .sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id))[0]
  if (!event) throw new Error(`No class today with ${String(atLeast)} people still to check in`)
  return event
}

/** The site's attendance (the truth) of one booking at one session: NOT_SET when it has no record. */
async function siteAttendance(demo: DemoControl, bookingId: string, eventId: string): Promise<string> {
  const { attendance } = await demo.state()
  return attendance.find((a) => a.bookingId === bookingId && a.eventId === eventId)?.status ?? 'NOT_SET'
}

/** The focused element's accessible name as the app gives it (aria-label, else its text). */
function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement
    if (!focused || focused === document.body) return '(nothing)'
    return focused.getAttribute('aria-label') ?? focused.textContent?.trim() ?? ''
  })
}

/** Focused, and shown as focused: the keyboard ring is on (`:focus-visible`). */
async function expectFocusVisible(target: Locator): Promise<void> {
  await expect(target).toBeFocused()
  expect(await target.evaluate((el) => el.matches(':focus-visible')), 'focus ring shown').toBe(true)
}

/** Presses Tab until the focus is inside `container` (at most `max` times); the focus must move each time. */
async function tabInto(page: Page, container: Locator, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    const before = await focusedLabel(page)
    await page.keyboard.press('Tab')
    if (await container.evaluate((el) => el.contains(document.activeElement))) return
    expect(await focusedLabel(page), `Tab moves on from ${before}`).not.toBe('(nothing)')
  }
  throw new Error(`${String(max)} presses of Tab never reached ${String(container)}`)
}

/** Presses ↓ until `reached` (at most `max` times), each press moving the focus on; then the focus's name. */
async function arrowDownUntil(page: Page, reached: () => Promise<boolean>, max: number): Promise<string> {
  for (let presses = 0; presses < max; presses++) {
    const from = await focusedLabel(page)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => focusedLabel(page), { message: `↓ moves on from ${from}` }).not.toBe(from)
    if (await reached()) return focusedLabel(page)
  }
  throw new Error(
    `${String(max)} presses of ↓ never reached the row wanted (last: ${await focusedLabel(page)})`,
  )
}

/** Where the focused link goes (null when the focus is not on a link). */
function focusedHref(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('href') ?? null)
}

test('Keyboard only: reach a class, check someone in and undo it, without the mouse', async ({
  page,
  demoDesk,
}) => {
  const { demo } = demoDesk
  const state = await demo.state()
  const session = await classToCheckIn(demo, state, 2)
  const toCome = new Map(notYetIn(state, session.id).map((b) => [personName(b), b]))

  await demoDesk.open(page)

  // Tab from the top of the page into the day's sessions, then ↓ to the class; Enter opens its roster.
  const sessions = page.getByRole('list', { name: 'Sessions' })
  await expect(sessions).toBeVisible()
  await tabInto(page, sessions)
  await expectFocusVisible(sessions.getByRole('link').first())
  const href = `#/session/${session.id}`
  const sessionLink = sessions.getByRole('link').and(page.locator(`[href="${href}"]`))
  const atClass = async () => (await focusedHref(page)) === href
  if (!(await atClass())) await arrowDownUntil(page, atClass, 100)
  await expectFocusVisible(sessionLink)
  await expect(sessionLink).toHaveAccessibleName(new RegExp(`^${escapeRegExp(session.title)}, .* booked, `))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/session/${session.id}$`))
  await expect(page.getByRole('heading', { name: session.title, level: 2 })).toBeVisible()

  // Into the Booked list, then ↓ from row to row to someone not checked in yet (at least one move).
  const booked = page.getByRole('list', { name: 'Booked' })
  await tabInto(page, booked)
  await expectFocusVisible(booked.locator(':focus'))
  const label = await arrowDownUntil(
    page,
    async () => {
      const focused = await focusedLabel(page)
      return focused.startsWith('Check in ') && toCome.has(focused.slice('Check in '.length))
    },
    100,
  )
  const name = label.slice('Check in '.length)
  const person = toCome.get(name)
  if (!person) throw new Error(`${name} is not among the people to check in`)
  const checkIn = booked.getByRole('button', { name: `Check in ${name}`, exact: true })
  const undoCheckIn = booked.getByRole('button', { name: `Undo check-in for ${name}`, exact: true })
  const row = booked
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: `Select ${name}`, exact: true }) })
  await expectFocusVisible(checkIn)

  // Enter checks the focused row in; the focus stays on its button, now the undo.
  await page.keyboard.press('Enter')
  await expectFocusVisible(undoCheckIn)
  await expect(row).toContainText('Checked in')
  // Sent and taken by the site (Undo must now send the state it replaced, not just drop a queued change).
  await expect(row).not.toContainText('Waiting to sync')
  await expect.poll(() => siteAttendance(demo, person.id, session.id)).toBe('ATTENDED')
  const toastUndo = page.getByRole('button', { name: `Undo: Checked in ${name}`, exact: true })
  await expect(toastUndo).toBeVisible()

  // Ctrl+Z takes it back: the row is "Check in" again, with the focus still on it, and the toast is gone.
  await page.keyboard.press('Control+z')
  await expectFocusVisible(checkIn)
  await expect(toastUndo).toHaveCount(0)
  await expect(row).not.toContainText('Checked in')

  // The truth: the site no longer has them in (the undo sent NOT_SET, the state the check-in replaced).
  await expect.poll(() => siteAttendance(demo, person.id, session.id), { timeout: 30_000 }).toBe('NOT_SET')
  await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 30_000 })
  await expect(row).not.toContainText('Waiting to sync')
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

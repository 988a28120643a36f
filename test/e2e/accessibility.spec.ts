import type { Locator, Page } from '@playwright/test'
import type { DemoEvent } from '../../electron/demo-site'
import type { BusinessDay } from '../../shared/domain/business-day'
import { expectNoSeriousViolations } from './support/axe'
import {
  bookedList,
  button,
  checkInFirst,
  confirmRequest,
  inList,
  openDaySheet,
  openSession,
  rosterTitle,
  screenLink,
  screens,
  sessionsList,
} from './support/desk-page'
import { test, expect, syncStatus } from './support/fixtures'
import {
  classToCheckIn,
  firstCancelable,
  firstWhere,
  personName,
  readSite,
  requestsLaterToday,
  type SiteFacts,
} from './support/site-facts'

/**
 * Every screen and dialog of the desk scanned by axe (support/axe.ts: the default rules, color-contrast among
 * them, and label-content-name-mismatch), each as a desk sees it with the demo site's data in it: none may
 * have a serious or critical violation. Each screen is checked softly, so one run reports them all.
 */

const DAY_MS = 24 * 60 * 60 * 1000

/** How many days after `facts.today` `day` is (business days, whatever the zone). */
const daysAfterToday = (facts: SiteFacts, day: BusinessDay) =>
  Math.round((Date.parse(day) - Date.parse(facts.today)) / DAY_MS)

/** The days the desk keeps from today on (the synced week), as business days. */
const syncedDays = (facts: SiteFacts) =>
  Array.from({ length: 7 }, (_, i) => facts.dayOf(facts.nowMs + i * DAY_MS))

/** A session in the synced days whose roster has every section: booked, pending, waitlist and checkout. */
function sessionWithEverySection(facts: SiteFacts): DemoEvent {
  const days = new Set(syncedDays(facts))
  const statuses = ['CONFIRMED', 'PENDING', 'WAITING_LIST', 'CREATED'] as const
  return firstWhere(
    facts.state.events
      .filter((e) => e.status === 'CONFIRMED' && days.has(facts.dayOf(e.startMs)) && e.startMs > facts.nowMs)
      .sort((a, b) => a.startMs - b.startMs),
    (e) => statuses.every((status) => facts.bookingsOf(e.id).some((b) => b.status === status)),
    'session with booked, pending, waitlist and checkout bookings in the synced days',
  )
}

/** The first synced day with an appointment request (PENDING, no session yet: Today shows it as a row). */
function dayWithAppointmentRequest(facts: SiteFacts): BusinessDay {
  const requestDays = new Set(
    facts.state.bookings
      .filter((b) => b.status === 'PENDING' && !b.bookedEntity.slot?.eventId && b.startDate)
      .map((b) => facts.dayOf(b.startDate ?? '')),
  )
  const day = syncedDays(facts).find((d) => requestDays.has(d))
  if (!day) throw new Error('The demo site has no appointment request in the synced days')
  return day
}

/** Opens a dialog with `open`, scans it, and closes it with Escape. */
async function scanDialog(page: Page, name: string | RegExp, what: string, open: () => Promise<void>) {
  await open()
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  await expectNoSeriousViolations(page, what)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
}

/** Opens a closed `<details>` section of the roster by its summary, so its rows are scanned too. */
async function expand(section: Locator): Promise<void> {
  await section.locator('summary').click()
  await expect(section.locator('details')).toHaveAttribute('open', '')
}

test('axe: every screen and dialog of the desk, with the demo morning in it', async ({ page, demoDesk }) => {
  test.setTimeout(240_000)
  // The demo site's clock is pinned to MORNING (Tuesday 10 March 2026, 9:30 in Chicago: fixtures.ts).
  const facts = await readSite(demoDesk.demo)
  const { timeZone } = facts
  const everySection = sessionWithEverySection(facts)
  const toCheckIn = classToCheckIn(facts, 1)
  const requestDay = daysAfterToday(facts, dayWithAppointmentRequest(facts))
  test.info().annotations.push({
    type: 'sessions',
    description: `roster ${everySection.title} ${new Date(everySection.startMs).toISOString()}; check-in ${toCheckIn.title}; request day +${String(requestDay)}`,
  })

  await demoDesk.open(page)

  // Today, its sessions loaded.
  await expect(sessionsList(page).getByRole('link').first()).toBeVisible()
  await expect(sessionsList(page)).not.toContainText('loading')
  await expectNoSeriousViolations(page, 'Today')

  // A day with an appointment request among its sessions (it links to Pending).
  for (let day = 0; day < requestDay; day++) await button(page, 'Next day').click()
  await inList(
    sessionsList(page),
    sessionsList(page).getByRole('link').and(page.locator('[href="#/pending"]')).first(),
  )
  await expectNoSeriousViolations(page, 'Today with an appointment request')

  // Find attendee with its options open.
  const someone = personName(facts.stillToCome(toCheckIn.id, { named: true })[0]!)
  const search = page.getByRole('combobox', { name: 'Find attendee' })
  await search.fill(someone)
  await expect(page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first()).toBeVisible()
  await expectNoSeriousViolations(page, 'Find attendee, options open')
  await search.press('Escape')
  await search.blur()

  // The dialogs anyone can open from anywhere: the keyboard shortcuts and the walk-in form.
  await scanDialog(page, 'Keyboard shortcuts', 'Keyboard shortcuts dialog', () => page.keyboard.press('?'))
  await scanDialog(page, 'Add walk-in', 'Walk-in dialog', () => button(page, 'Add walk-in').click())

  // A roster with every section: booked, pending, waitlist, checkout not finished (opened), canceled.
  await openSession(page, everySection, timeZone, {
    daysAhead: daysAfterToday(facts, facts.dayOf(everySection.startMs)),
  })
  await expect(page.getByRole('heading', { level: 3, name: /^Pending/ })).toBeVisible()
  await expect(page.getByRole('region', { name: /Waitlist/ })).toBeVisible()
  await expand(page.getByRole('region', { name: 'Checkout not finished' }))
  const inactive = page.getByRole('region', { name: 'Canceled and declined' })
  if ((await inactive.count()) > 0) await expand(inactive)
  await expectNoSeriousViolations(page, `the roster of ${everySection.title}`)

  // Its dialogs: a request's decline decision, a person's card, the move to another session.
  await scanDialog(page, /^Decline .*'s booking$/, 'Decline decision dialog', () =>
    page
      .getByRole('button', { name: /^Decline booking for / })
      .first()
      .click(),
  )
  const cardButton = bookedList(page)
    .getByRole('button', { name: /, open card$/ })
    .first()
  const person = ((await cardButton.getAttribute('aria-label')) ?? '').replace(/, open card$/, '')
  await scanDialog(page, person, "Person's card", () => cardButton.click())

  // The Cancel dialog from a roster row (issue 21): asking only, outside the service's cancellation window;
  // inside it, with the warning and "Cancel anyway".
  for (const { window, what } of [
    { window: 'outside', what: 'Cancel dialog' },
    { window: 'inside', what: 'Cancel dialog, inside the cancellation window' },
  ] as const) {
    const { booking, event } = firstCancelable(facts, window)
    const name = personName(booking)
    await openSession(page, event, timeZone)
    await scanDialog(page, `Cancel ${name}'s booking`, what, async () => {
      await (await inList(bookedList(page), button(page, `Cancel booking for ${name}`))).click()
      const dialog = page.getByRole('dialog', { name: `Cancel ${name}'s booking` })
      // The primary button says which: "Cancel anyway" once the desk has read the booking inside the window.
      const primary = window === 'inside' ? 'Cancel anyway' : 'Cancel booking'
      await expect(dialog.getByRole('button', { name: primary, exact: true })).toBeFocused()
      await expect(dialog.getByRole('note')).toHaveCount(window === 'inside' ? 1 : 0)
    })
  }

  await openSession(page, toCheckIn, timeZone)
  await scanDialog(page, /^Move .* to another session$/, 'Move to another session dialog', () =>
    bookedList(page)
      .getByRole('button', { name: /^Move .* to another session/ })
      .first()
      .click(),
  )

  // A check-in, with its toast: something for Activity to list.
  await checkInFirst(page)
  await expectNoSeriousViolations(page, `the roster of ${toCheckIn.title} after a check-in, with its toast`)
  await expect(syncStatus(page)).toContainText('All changes synced', { timeout: 30_000 })

  await screenLink(page, 'Activity').click()
  await expect(page.getByRole('heading', { level: 2, name: 'Activity' })).toBeVisible()
  await expectNoSeriousViolations(page, 'Activity')

  await screenLink(page, 'Pending').click()
  await expect(page.getByRole('heading', { level: 2, name: 'Pending requests' })).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Pending requests' }).getByRole('listitem').first(),
  ).toBeVisible()
  await expectNoSeriousViolations(page, 'Pending')

  await screens(page).getByRole('link', { name: 'Cancellations' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /cancellations/i })).toBeVisible()
  await expectNoSeriousViolations(page, 'Recent cancellations')

  await screenLink(page, 'Needs attention').click()
  await expect(page.getByRole('heading', { level: 2, name: 'Needs attention' })).toBeVisible()
  await expectNoSeriousViolations(page, 'Needs attention (nothing in it)')

  await screenLink(page, 'Settings').click()
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible()
  await expectNoSeriousViolations(page, 'Settings')

  await openDaySheet(page)
  await expectNoSeriousViolations(page, 'Sign-in sheet')
})

test('axe: the desk offline, and Needs attention with a conflict card', async ({ page, lineDesk: desk }) => {
  test.setTimeout(180_000)
  // The demo site's clock is pinned to MORNING (fixtures.ts).
  const facts = await readSite(desk.demo)
  const request = requestsLaterToday(facts)[0]
  if (!request) throw new Error('The demo site has no request for a class later today')
  const name = personName(request.booking)
  await desk.open(page)

  // Offline: the header says so, and a change waits on this computer.
  desk.line.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 30_000 })
  await expectNoSeriousViolations(page, 'Today offline')
  await openSession(page, request.event, facts.timeZone)
  await expect(rosterTitle(page, request.event)).toBeVisible()
  await confirmRequest(page, name)
  await expect(syncStatus(page)).toHaveText('Offline · 1 change waiting')
  await expectNoSeriousViolations(page, 'a roster offline, a change waiting')

  // Meanwhile the customer cancels; the line comes back and the confirm meets the cancel: a conflict.
  await desk.demo.post('/world/customer-cancels', { bookingId: request.booking.id })
  desk.line.restore()
  await expect(syncStatus(page)).toHaveText('All changes synced · 1 needs attention', { timeout: 60_000 })
  await screenLink(page, 'Needs attention').click()
  await expect(page.getByRole('article', { name: `Confirmed ${name}` })).toBeVisible()
  await expectNoSeriousViolations(page, 'Needs attention with a conflict card')
})

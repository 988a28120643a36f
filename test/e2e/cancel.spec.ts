import type { Locator, Page } from '@playwright/test'
import type { DemoEvent } from '../../electron/demo-site'
import { cancellationPolicyWords } from '../../shared/domain/cancellation-window'
import { UNDO_WINDOW_MS } from '../../shared/domain/undo-window'
import { bookedList, bookedRow, expectBookedRow, inList, openSession, screenLink } from './support/desk-page'
import type { DemoControl } from './support/demo-control'
import { test, expect, syncStatus, type Desk } from './support/fixtures'
import { arrowDownUntil, expectFocusVisible, focusedLabel, tabInto } from './support/keyboard'
import { escapeRegExp } from './support/patterns'
import { requestsTo, siteRequests } from './support/request-log'
import {
  cancelableToday,
  firstCancelable,
  personName,
  readSite,
  statusOf,
  type Cancelable,
  type SiteFacts,
} from './support/site-facts'

/**
 * Cancel at the desk (issue 21) end to end: the built renderer in Chromium against the demo site, which
 * enforces each service's cancellation window (BOOKING_POLICY_VIOLATION inside it unless the cancel ignores
 * the policy). A cancel is asked first in the Cancel dialog, shown at once, held for the undo window, then
 * sent; inside the window the dialog says so and offers "Cancel anyway"; a plain cancel Wix refuses for the
 * policy ends under Needs attention in words, with "Cancel anyway". The site's clock starts from the pinned
 * MORNING (support/fixtures.ts), and every booking is chosen from the site's own state
 * (support/site-facts.ts).
 */

/** The Cancel dialog asking about `name`'s booking. */
const cancelDialog = (page: Page, name: string) =>
  page.getByRole('dialog', { name: `Cancel ${name}'s booking` })

/** "Dana Lee's booking for Vinyasa Flow · ": a booking and its session as a pattern (day and time follow). */
const bookingWords = (name: string, event: DemoEvent) =>
  `${escapeRegExp(name)}'s booking for ${escapeRegExp(event.title)} · `

/** "Canceled Dana Lee's booking for …" (or "Canceled anyway: …"), as a pattern. */
const canceledWords = (name: string, event: DemoEvent, { anyway = false } = {}) =>
  `${anyway ? 'Canceled anyway: ' : 'Canceled '}${bookingWords(name, event)}`

/** The toast's Undo for the cancel of `name`'s booking. */
const toastUndo = (page: Page, name: string, event: DemoEvent, options?: { anyway?: boolean }) =>
  page.getByRole('button', { name: new RegExp(`^Undo: ${canceledWords(name, event, options)}`) })

/** Opens the Cancel dialog with the "Cancel booking for …" button on the person's Booked row. */
async function openCancelDialog(page: Page, name: string): Promise<Locator> {
  const row = await inList(bookedList(page), bookedRow(page, name))
  await row.getByRole('button', { name: `Cancel booking for ${name}`, exact: true }).click()
  const dialog = cancelDialog(page, name)
  await expect(dialog).toBeVisible()
  return dialog
}

/** The site's answers to the cancels of this booking it received, oldest first (a status, or what it did). */
async function cancelOutcomes(demo: DemoControl, bookingId: string) {
  return requestsTo(await siteRequests(demo), `/bookings/${bookingId}/cancel`, 'POST').map((r) => r.outcome)
}

/** Opens the desk on the roster of the session `cancelable` is booked into; names the person in the report. */
async function openRosterOf(page: Page, desk: Desk, facts: SiteFacts, cancelable: Cancelable) {
  const name = personName(cancelable.booking)
  test.info().annotations.push({ type: 'cancel', description: `${name}, ${cancelable.event.title}` })
  await desk.open(page)
  await openSession(page, cancelable.event, facts.timeZone)
  return { ...cancelable, name }
}

test.describe('Cancel at the desk', () => {
  test('from a roster row by keyboard: asked first, gone from Booked at once, undoable, then canceled on Wix', async ({
    page,
    demoDesk: desk,
  }) => {
    const facts = await readSite(desk.demo)
    const { booking, event, name } = await openRosterOf(page, desk, facts, firstCancelable(facts, 'outside'))

    // Tab into the Booked list, Home to its first row's button, ↓ to the person's; C opens the Cancel dialog.
    await tabInto(page, bookedList(page))
    await page.keyboard.press('Home')
    await expectFocusVisible(
      bookedList(page)
        .getByRole('button', { name: /^Check in / })
        .first(),
    )
    const atPerson = async () => (await focusedLabel(page)) === `Check in ${name}`
    if (!(await atPerson())) await arrowDownUntil(page, atPerson, 100)
    await page.keyboard.press('c')

    // The dialog asks first: whose booking, which session; outside the window it warns of nothing, and its
    // primary button has the focus.
    const dialog = cancelDialog(page, name)
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText(event.title)
    await expect(dialog.getByRole('button', { name: 'Keep booking', exact: true })).toBeVisible()
    const cancelBooking = dialog.getByRole('button', { name: 'Cancel booking', exact: true })
    await expectFocusVisible(cancelBooking)
    await expect(dialog.getByRole('note')).toHaveCount(0)
    expect(statusOf(await desk.demo.state(), booking.id)).toBe('CONFIRMED')

    // Enter cancels: the person leaves Booked at once, and the toast offers Undo. The site's clock is read
    // before the press: the browser's runs at the same pace, so the cancel reaches the site at least the undo
    // window after this reading.
    const pressedAt = Date.parse(await desk.demo.now())
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(bookedRow(page, name)).toHaveCount(0)
    await expect(toastUndo(page, name, event)).toBeVisible()

    // After the undo window the cancel reaches the site, which takes it (the policy respected: no flag).
    await expect
      .poll(async () => statusOf(await desk.demo.state(), booking.id), { timeout: 30_000 })
      .toBe('CANCELED')
    const cancels = requestsTo(await siteRequests(desk.demo), `/bookings/${booking.id}/cancel`, 'POST')
    expect(cancels.map((r) => r.outcome)).toEqual([200])
    expect(Date.parse(cancels[0]!.at) - pressedAt).toBeGreaterThanOrEqual(UNDO_WINDOW_MS)
    await expect(syncStatus(page)).toHaveText('All changes synced', { timeout: 30_000 })

    // Activity has the cancel, named with its session, synced.
    await screenLink(page, 'Activity').click()
    const line = page
      .getByRole('list', { name: 'Activity log' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: new RegExp(`^${canceledWords(name, event)}`) }) })
    await expect(line).toHaveCount(1)
    await expect(line).toContainText('Synced')
  })

  test('inside the cancellation window: the dialog says so, and "Cancel anyway" cancels over the policy', async ({
    page,
    demoDesk: desk,
  }) => {
    const facts = await readSite(desk.demo)
    const { booking, event, name } = await openRosterOf(page, desk, facts, firstCancelable(facts, 'inside'))

    // The desk knows the service's window offline: the dialog warns before anything is sent, and its one
    // primary button is "Cancel anyway" (the key is not known to lack the permission).
    const dialog = await openCancelDialog(page, name)
    const anyway = dialog.getByRole('button', { name: 'Cancel anyway', exact: true })
    await expect(anyway).toBeFocused()
    await expect(dialog.getByRole('button', { name: 'Cancel booking', exact: true })).toHaveCount(0)
    const note = dialog.getByRole('note')
    await expect(note).toContainText('this booking is inside that window, so Wix refuses a plain cancel')
    await expect(note).toContainText('Cancel anyway cancels it over the policy.')

    await anyway.click()
    await expect(dialog).toBeHidden()
    await expect(bookedRow(page, name)).toHaveCount(0)
    await expect(toastUndo(page, name, event, { anyway: true })).toBeVisible()

    // Sent over the policy once its undo window is over: the site cancels it at the first attempt.
    await expect
      .poll(async () => statusOf(await desk.demo.state(), booking.id), { timeout: 30_000 })
      .toBe('CANCELED')
    expect(await cancelOutcomes(desk.demo, booking.id)).toEqual([200])
    await expect(syncStatus(page)).toHaveText('All changes synced', { timeout: 30_000 })
  })

  test('the window closes while the cancel is held: Wix refuses it for the policy, Needs attention says so and offers "Cancel anyway"', async ({
    page,
    demoDesk: desk,
  }) => {
    const facts = await readSite(desk.demo)
    // The booking whose window closes soonest (yet well after now): the desk sees it outside the window.
    const soonest = cancelableToday(facts, 'outside').reduce(
      (soonest, c) => (c.deadline < soonest.deadline ? c : soonest),
      firstCancelable(facts, 'outside'),
    )
    const { booking, event, deadline, name } = await openRosterOf(page, desk, facts, soonest)

    const dialog = await openCancelDialog(page, name)
    await expect(dialog.getByRole('note')).toHaveCount(0)

    // While the dialog is open, the window closes on Wix: the site's clock goes a minute past its deadline.
    // The desk read the policy by its own clock when the dialog opened: it still offers the plain cancel.
    const untilClosed = deadline + 60_000 - Date.parse(await desk.demo.now())
    await desk.demo.post('/clock', { advanceMs: untilClosed })
    await dialog.getByRole('button', { name: 'Cancel booking', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(toastUndo(page, name, event)).toBeVisible()
    // The desk's own clock catches up (as a laptop woken after a while): the undo window is over.
    await page.clock.fastForward(untilClosed)

    // Wix refuses the plain cancel for its policy: nothing changed there, and the desk is told.
    await expect(syncStatus(page)).toHaveText('All changes synced · 1 needs attention', { timeout: 60_000 })
    expect(statusOf(await desk.demo.state(), booking.id)).toBe('CONFIRMED')
    expect(await cancelOutcomes(desk.demo, booking.id)).toEqual([428])
    // The booking is back among the booked, as on Wix.
    await expectBookedRow(page, name, { checkedIn: false })

    // Needs attention says why in words (the service's rule as the desk knows it) and offers "Cancel anyway".
    await screenLink(page, 'Needs attention').click()
    const card = page.getByRole('article', { name: new RegExp(`^${canceledWords(name, event)}`) })
    await expect(card).toBeVisible()
    const windowMinutes = (Date.parse(booking.startDate) - deadline) / 60_000
    await expect(card).toHaveAccessibleDescription(
      new RegExp(
        `^The service's cancellation policy \\(${escapeRegExp(cancellationPolicyWords(windowMinutes))}\\) closed cancellations for ${escapeRegExp(name)}'s booking for ${escapeRegExp(event.title)}, so Wix did not cancel it: it is still booked, as on Wix\\.$`,
      ),
    )
    await card.getByRole('button', { name: /^Cancel anyway: / }).click()

    // Cancel anyway sends it over the policy: the site cancels it, and nothing needs attention any more.
    await expect
      .poll(async () => statusOf(await desk.demo.state(), booking.id), { timeout: 30_000 })
      .toBe('CANCELED')
    expect(await cancelOutcomes(desk.demo, booking.id)).toEqual([428, 200])
    await expect(page.getByText('Nothing needs attention')).toBeVisible()
    await expect(syncStatus(page)).toHaveText('All changes synced', { timeout: 30_000 })
  })
})

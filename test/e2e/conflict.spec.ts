import type { Booking } from '../../shared/wix/booking'
import type { DemoEvent } from '../../electron/demo-site'
import {
  bookedList,
  confirmRequest,
  expectBookedRow,
  rosterTitle,
  screenLink,
  screens,
} from './support/desk-page'
import { test, expect, syncStatus } from './support/fixtures'
import { clockPattern, escapeRegExp } from './support/patterns'
import { requestsTo, siteRequests } from './support/request-log'
import { personName, readSite, requestsLaterToday, statusOf, type SiteFacts } from './support/site-facts'

/**
 * A request for a class later today (support/site-facts.ts), one of a name with a hyphen or an apostrophe
 * when there is one (typed whole, such a name once found nobody), else the earliest.
 */
function upcomingRequest(facts: SiteFacts): { booking: Booking; event: DemoEvent } {
  const requests = requestsLaterToday(facts)
  const request = requests.find((r) => /[-']/.test(personName(r.booking))) ?? requests[0]
  if (!request) throw new Error('The demo site has no pending request for a class later today')
  return request
}

test.describe('A conflict', () => {
  test('the desk confirms offline while the customer cancels: the customer wins, and the desk is told why', async ({
    lineDesk: desk,
    page,
  }) => {
    const facts = await readSite(desk.demo)
    const { timeZone } = facts
    const { booking, event } = upcomingRequest(facts)
    const name = personName(booking)
    // The option's name reads what it shows: the person, their e-mail (else phone), the session, the status.
    const contact = booking.contactDetails
    const hint = contact?.email ?? contact?.phone
    const match = new RegExp(
      `^${escapeRegExp(name)}, ${hint ? `${escapeRegExp(hint)}, ` : ''}${escapeRegExp(event.title)}, Today ${clockPattern(event.startMs, timeZone)}, Pending`,
    )
    test.info().annotations.push({ type: 'request', description: `${name}, ${event.title}` })
    await desk.open(page)

    // The line goes: the desk keeps working.
    desk.line.cut()
    await expect(syncStatus(page)).toContainText('Offline')

    // The desk finds the person by their name as it is (hyphen and all), opens the session of their
    // request and confirms it from its roster.
    await page.getByRole('combobox', { name: 'Find attendee' }).fill(name)
    await page.getByRole('listbox', { name: 'Matches' }).getByRole('option', { name: match }).click()
    await expect(rosterTitle(page, event)).toBeVisible()
    await confirmRequest(page, name)
    await expect(syncStatus(page)).toHaveText('Offline · 1 change waiting')
    await expectBookedRow(page, name, { checkedIn: false, waitingToSync: true })

    // Meanwhile the customer cancels that same booking on the website.
    await desk.demo.post('/world/customer-cancels', { bookingId: booking.id })
    const canceled = (await desk.demo.state()).bookings.find((b) => b.id === booking.id)
    expect(canceled?.status).toBe('CANCELED')
    const canceledAt = clockPattern(canceled?.updatedDate ?? '', timeZone)

    // The line comes back: the confirm (held for its undo window) meets the canceled booking.
    desk.line.restore()
    await expect(syncStatus(page)).toHaveText('All changes synced · 1 needs attention', { timeout: 60_000 })

    // The customer's cancel stands on the site: the desk's confirm did not override it.
    expect(statusOf(await desk.demo.state(), booking.id)).toBe('CANCELED')
    const confirms = requestsTo(await siteRequests(desk.demo), `/bookings/${booking.id}/confirm`)
    expect(confirms.filter((r) => r.outcome === 200)).toEqual([])

    // The roster shows the booking canceled (with a way to the decision), no longer booked or pending.
    await expect(bookedList(page).getByText(name, { exact: true })).toHaveCount(0)
    await expect(page.getByRole('button', { name: `Confirm booking for ${name}` })).toHaveCount(0)
    const inactive = page.getByRole('region', { name: 'Canceled and declined' })
    await inactive.getByText(/^Canceled and declined \(\d+\)$/).click()
    const canceledRow = inactive.getByRole('listitem').filter({ hasText: name })
    await expect(canceledRow).toContainText('Canceled')
    await expect(canceledRow.getByRole('link', { name: 'Needs attention' })).toBeVisible()

    // Needs attention explains it in words and offers the choices the app has for it; the status's own words
    // lead there.
    await expect(syncStatus(page)).toHaveText('All changes synced · 1 needs attention')
    // … whole, on the header's one line at 1280 px (no ellipsis).
    expect(page.viewportSize()?.width).toBe(1280)
    expect(await syncStatus(page).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    await syncStatus(page).getByRole('link', { name: '1 needs attention', exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Needs attention' })).toBeVisible()
    const cards = page.getByRole('list', { name: 'Changes that need a decision' }).getByRole('listitem')
    await expect(cards).toHaveCount(1)
    const summary = `Confirmed ${name}`
    const card = page.getByRole('article', { name: summary })
    await expect(card).toHaveAccessibleDescription(
      new RegExp(`^${escapeRegExp(name)} canceled at ${canceledAt} before your confirm arrived$`),
    )
    await expect(card).toContainText('Wix refused it')
    await expect(card.getByRole('button', { name: `Discard: ${summary}` })).toBeEnabled()
    await expect(card.getByRole('link', { name: `Open booking: ${summary}` })).toBeVisible()
    // A canceled booking can be neither confirmed again (a retry would only come back to this same card)
    // nor confirmed over capacity: no such choices.
    await expect(card.getByRole('button', { name: `Retry: ${summary}` })).toHaveCount(0)
    await expect(card.getByRole('button', { name: `Book over capacity: ${summary}` })).toHaveCount(0)
    // Its only choice is Discard; the other button opens the person's card (issue 21).
    await expect(card.getByRole('button', { name: /^Person's card: / })).toHaveCount(1)
    await expect(card.getByRole('button')).toHaveCount(2)

    // "Open booking" leads to the session's roster, where the booking is among the canceled.
    await card.getByRole('link', { name: `Open booking: ${summary}` }).click()
    await expect(page).toHaveURL(new RegExp(`#/session/${escapeRegExp(encodeURIComponent(event.id))}$`))
    await expect(page.getByRole('region', { name: 'Canceled and declined' })).toContainText(name)

    // Discard it: nothing needs attention any more, and the site still has the customer's cancel.
    await screenLink(page, 'Needs attention').click()
    await page.getByRole('button', { name: `Discard: ${summary}` }).click()
    await expect(page.getByText('Nothing needs attention')).toBeVisible()
    await expect(syncStatus(page)).toHaveText('All changes synced')
    await expect(syncStatus(page).getByRole('link')).toHaveCount(0)
    await expect(screens(page).getByRole('link', { name: 'Needs attention', exact: true })).toBeVisible()
    expect(statusOf(await desk.demo.state(), booking.id)).toBe('CANCELED')
  })
})

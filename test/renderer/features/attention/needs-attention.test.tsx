import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import { personName } from '../../../../renderer/src/db/booking-rows'
import type { BookingRow } from '../../../../renderer/src/db/rows'
import { DEFAULT_STAFF_NAME, usePreferences } from '../../../../renderer/src/state/preferences'
import { DEFAULT_WINDOW } from '../../../../renderer/src/sync/sync-window'
import { occupancyOf } from '../../../demo-site/seed-lookups'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'
import { sessionSaidIn } from '../roster/roster-helpers'

const harness = await openDeskHarness()
const { demo } = harness

/** "10:20 AM" on the demo clock, in the business's zone (what reasons and times on screen use). */
const deskTimeNow = () =>
  new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: harness.timeZone }).format(
    harness.now(),
  )

async function pendingBooking(desk: Desk): Promise<BookingRow> {
  const rows = await desk.db.bookings.where('status').equals('PENDING').toArray()
  const row = rows.find((b) => b.eventId && b.contact.firstName && b.contact.lastName)
  if (!row) throw new Error('no pending booking with a session in the window')
  return row
}

/** An action's words as the desk says them: with " for <the session>" when the store has the session. */
async function forSession(desk: Desk, words: string, eventId: string | null) {
  const session = await sessionSaidIn(desk.db, eventId, harness.timeZone)
  return session ? `${words} for ${session}` : words
}

/** Past the 10-second undo hold, then one push: what Wix refuses lands in "Needs attention". */
async function pushPastHold(desk: Desk) {
  demo.advanceClock(10_000)
  await act(() => desk.engine.pushNow())
}

/** The desk confirms a request; the customer cancels on the website before the confirm reaches Wix. */
async function confirmAfterCustomerCanceled(desk: Desk) {
  const booking = await pendingBooking(desk)
  await desk.engine.actions.confirm(booking.id)
  demo.world.customerCancels(booking.id)
  await pushPastHold(desk)
  const name = personName(booking.contact)
  return { booking, name, summary: await forSession(desk, `Confirmed ${name}`, booking.eventId) }
}

/** The desk declines a request that another desk has meanwhile confirmed: Retry can make sense (it re-reads). */
async function declineAfterAnotherDeskConfirmed(desk: Desk) {
  const booking = await pendingBooking(desk)
  await desk.engine.actions.decline(booking.id)
  demo.world.deskConfirms(booking.id)
  await pushPastHold(desk)
  return {
    booking,
    summary: await forSession(desk, `Declined ${personName(booking.contact)}`, booking.eventId),
  }
}

/** A waitlisted booking on a session with no room for its party (in the local window). */
async function waitlistedOnFullSession(desk: Desk): Promise<BookingRow> {
  const state = demo.state()
  const rows = await desk.db.bookings.where('status').equals('WAITING_LIST').toArray()
  const row = rows.find((b) => {
    const event = state.events.find((e) => e.id === b.eventId)
    const server = state.bookings.find((s) => s.id === b.id)
    return (
      !!event &&
      !!server &&
      occupancyOf(state, event.id) + bookingParticipantCount(server) > event.totalCapacity
    )
  })
  if (!row) throw new Error('no waitlisted booking on a full session in the window')
  return row
}

const decisions = () => screen.findByRole('list', { name: 'Changes that need a decision' })
const entryOf = async (desk: Desk, mutationId: string) =>
  desk.db.outbox.where('mutationId').equals(mutationId).first()

afterEach(() => {
  usePreferences.setState({ staffName: DEFAULT_STAFF_NAME, window: DEFAULT_WINDOW, notifyCustomers: true })
})

describe('Needs attention', { timeout: 20_000 }, () => {
  it('says so when nothing needs a decision', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/attention' })
    await screen.findByRole('heading', { level: 2, name: 'Needs attention' })
    await screen.findByText('Nothing needs attention')
    expect(screen.queryByRole('list', { name: 'Changes that need a decision' })).toBeNull()
  })

  it('shows a confirm the customer beat: what, why in words, who and when, and its choices', async () => {
    usePreferences.getState().setStaffName('Maya')
    const desk = await harness.freshDesk()
    const recordedAt = deskTimeNow()
    const { booking, name, summary } = await confirmAfterCustomerCanceled(desk)
    harness.renderDesk(desk, { path: '/attention' })

    const list = await decisions()
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    const item = items[0] as HTMLElement
    within(item).getByRole('heading', { name: summary })
    within(item).getByText(`${name} canceled at ${deskTimeNow()} before your confirm arrived`)
    expect(item.textContent).toContain(`By Maya · ${recordedAt}`)
    // A canceled booking takes no change: Retry could never work, so it is not offered.
    expect(within(item).queryByRole('button', { name: `Retry: ${summary}` })).toBeNull()
    within(item).getByRole('button', { name: `Discard: ${summary}` })
    expect(within(item).queryByRole('button', { name: `Book over capacity: ${summary}` })).toBeNull()
    const open = within(item).getByRole('link', { name: `Open booking: ${summary}` })
    expect(open.textContent).toBe('Open booking')
    expect(booking.eventId).toBeTruthy()

    // The nav counts the same item.
    const nav = screen.getByRole('navigation', { name: 'Screens' })
    expect(within(nav).getByRole('link', { name: /^Needs attention/ }).textContent).toContain('1')
  })

  it('Discard drops the change: it leaves the list and the outbox marks it discarded', async () => {
    const desk = await harness.freshDesk()
    const { summary } = await confirmAfterCustomerCanceled(desk)
    const [entry] = await desk.db.outbox.where('state').equals('conflict').toArray()
    harness.renderDesk(desk, { path: '/attention' })

    await userEvent.click(await screen.findByRole('button', { name: `Discard: ${summary}` }))
    await screen.findByText('Nothing needs attention')
    // Focus is not lost to the page: it goes to the screen's heading when no card is left.
    const heading = screen.getByRole('heading', { level: 2, name: 'Needs attention' })
    await waitFor(() => expect(document.activeElement).toBe(heading))
    expect((await entryOf(desk, entry?.mutationId ?? ''))?.state).toBe('discarded')
    expect(
      (
        await desk.db.activity
          .where('mutationId')
          .equals(entry?.mutationId ?? '')
          .first()
      )?.outcome,
    ).toBe('discarded')
    await waitFor(() => expect(desk.engine.getState().attentionCount).toBe(0))
  })

  it('Retry puts the change back in the queue', async () => {
    const desk = await harness.freshDesk()
    const { summary } = await declineAfterAnotherDeskConfirmed(desk)
    const [entry] = await desk.db.outbox.where('state').equals('conflict').toArray()
    harness.renderDesk(desk, { path: '/attention' })

    await userEvent.click(await screen.findByRole('button', { name: `Retry: ${summary}` }))
    await screen.findByText('Nothing needs attention')
    expect(await entryOf(desk, entry?.mutationId ?? '')).toMatchObject({ state: 'queued', attention: null })
    await waitFor(() => expect(desk.engine.getState()).toMatchObject({ attentionCount: 0, pendingCount: 1 }))
  })

  it('offers "Book over capacity" for a refused waitlist promotion, which then goes through', async () => {
    const desk = await harness.freshDesk()
    const waitlisted = await waitlistedOnFullSession(desk)
    await desk.engine.actions.promoteFromWaitlist(waitlisted.id, { override: false })
    await pushPastHold(desk)
    const moved = `Moved ${personName(waitlisted.contact)} from the waitlist to booked`
    const summary = await forSession(desk, moved, waitlisted.eventId)
    harness.renderDesk(desk, { path: '/attention' })

    const list = await decisions()
    within(list).getByText(/is full, so .+ could not be moved from the waitlist/)
    expect(within(list).queryByRole('button', { name: `Retry: ${summary}` })).toBeNull()
    await userEvent.click(within(list).getByRole('button', { name: `Book over capacity: ${summary}` }))
    await screen.findByText('Nothing needs attention')
    const [entry] = await desk.db.outbox.toArray()
    expect(entry).toMatchObject({ state: 'queued', args: { overrideCapacity: true } })

    await act(() => desk.engine.pushNow())
    expect(demo.state().bookings.find((b) => b.id === waitlisted.id)?.status).toBe('CONFIRMED')
    expect((await entryOf(desk, entry?.mutationId ?? ''))?.state).toBe('done')
  })

  it('says there is no roster to open when the booking’s session has left this computer', async () => {
    const desk = await harness.freshDesk()
    const { booking, summary } = await confirmAfterCustomerCanceled(desk)
    // A canceled appointment's session leaves the calendar, and the local store with it.
    await desk.db.events.delete(booking.eventId ?? '')
    harness.renderDesk(desk, { path: '/attention' })

    const list = await decisions()
    await within(list).findByText(
      'There is no roster to open: this booking’s session is not on this computer.',
    )
    expect(within(list).queryByRole('link', { name: `Open booking: ${summary}` })).toBeNull()
  })

  it('Open booking goes to the roster of the booking’s session', async () => {
    const desk = await harness.freshDesk()
    const { booking, summary } = await confirmAfterCustomerCanceled(desk)
    harness.renderDesk(desk, { path: '/attention' })

    await userEvent.click(await screen.findByRole('link', { name: `Open booking: ${summary}` }))
    expect(window.location.hash).toBe(`#/session/${encodeURIComponent(booking.eventId ?? '')}`)
  })

  it('opens a course booking on today’s session of its course, and shows a change Rollcall could not send', async () => {
    const desk = await harness.freshDesk()
    const today = businessDayOf(new Date(harness.now()), harness.timeZone)
    const courseBookings = await desk.db.bookings.where('status').equals('CONFIRMED').toArray()
    let course: { booking: BookingRow; sessionId: string } | null = null
    for (const b of courseBookings) {
      if (b.eventId || !b.scheduleId) continue
      const session = (await desk.db.events.where('scheduleId').equals(b.scheduleId).toArray()).find(
        (e) => e.day === today,
      )
      if (session) {
        course = { booking: b, sessionId: session.id }
        break
      }
    }
    if (!course) throw new Error('no course booking with a session today')
    demo.injectFault({ kind: 'status', status: 400, pathIncludes: '/cancel', count: 1 })
    await desk.engine.actions.cancel(course.booking.id)
    await pushPastHold(desk)
    const summary = `Canceled ${personName(course.booking.contact)}'s booking`
    harness.renderDesk(desk, { path: '/attention' })

    const list = await decisions()
    within(list).getByText(/^Rollcall could not send this change/)
    within(list).getByText('Could not be sent')
    await userEvent.click(within(list).getByRole('link', { name: `Open booking: ${summary}` }))
    expect(window.location.hash).toBe(`#/session/${encodeURIComponent(course.sessionId)}`)
  })

  it('lists a refused walk-in once, with its held check-in mentioned under it', async () => {
    const desk = await harness.freshDesk()
    const waitlisted = await waitlistedOnFullSession(desk)
    const eventId = waitlisted.eventId ?? ''
    await desk.engine.actions.addWalkIn({
      eventId,
      contact: { firstName: 'Walker', lastName: 'Inn' },
      totalParticipants: 1,
      checkIn: true,
    })
    await pushPastHold(desk)
    const held = await desk.db.outbox.toArray()
    expect(held.map((e) => e.state)).toEqual(['conflict', 'conflict'])
    harness.renderDesk(desk, { path: '/attention' })

    const list = await decisions()
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    const item = items[0] as HTMLElement
    const summary = within(item).getByRole('heading', { level: 3 }).textContent ?? ''
    expect(summary).toMatch(/^Booked walk-in Walker Inn into /)
    within(item).getByText('Its check-in waits with it.')
    within(item).getByRole('button', { name: `Book over capacity: ${summary}` })
    expect(within(item).queryByRole('link')).toBeNull()

    await userEvent.click(within(item).getByRole('button', { name: `Discard: ${summary}` }))
    await screen.findByText('Nothing needs attention')
    await waitFor(async () =>
      expect((await desk.db.outbox.toArray()).map((e) => e.state)).toEqual(['discarded', 'discarded']),
    )
  })
})

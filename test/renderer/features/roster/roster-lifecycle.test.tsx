import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Booking } from '@shared/wix/booking'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import type { SessionSummary } from '../../../../renderer/src/queries/roster-view'
import { openDeskHarness } from '../../desk/desk-harness'
import { classBooking } from '../../db/fixtures'
import { rowOf } from '../../db/lifecycle-fixtures'
import { bookedRow, classToday, findRoster, rosterPath, todayOf } from './roster-helpers'

const harness = await openDeskHarness()

/** A booking of `session` (a class today on the demo site, pinned clock) for the case at hand. */
function on(session: SessionSummary, overrides: Partial<Booking>, extra: Partial<ExtendedBooking> = {}) {
  const base = classBooking()
  const extended: ExtendedBooking = {
    ...base,
    ...extra,
    booking: {
      ...base.booking,
      bookedEntity: {
        ...base.booking.bookedEntity,
        title: session.title,
        slot: { ...base.booking.bookedEntity.slot!, eventId: session.id, scheduleId: session.scheduleId },
      },
      startDate: session.startUtc,
      totalParticipants: 1,
      ...overrides,
    },
  }
  return rowOf(extended, harness.timeZone)
}

const contact = (firstName: string, lastName: string) => ({
  firstName,
  lastName,
  email: `${firstName.toLowerCase()}@example.com`,
})

/** Issue 19 at the roster: checkout not finished, double-booked, parties, payment words, visits. */
describe('the roster: the booking lifecycle', { timeout: 30_000 }, () => {
  it('shows CREATED apart, explained, never as a request nor with Confirm', async () => {
    const desk = await harness.freshDesk()
    // The demo site seeds unfinished checkouts on some classes (issue 19): take a class without any, so
    // the section holds exactly the one added here.
    const { session } = await findRoster(
      desk.db,
      harness.timeZone,
      (r) =>
        r.session.day === todayOf(harness) && r.session.kind === 'CLASS' && r.checkoutUnfinished.length === 0,
    )
    await desk.db.bookings.bulkPut([
      on(session, { id: 'bkg-cara', status: 'CREATED', contactDetails: contact('Cara', 'Checkout') }),
      on(session, {
        id: 'bkg-dora',
        status: 'PENDING',
        doubleBooked: true,
        contactDetails: contact('Dora', 'Double'),
      }),
    ])
    harness.renderDesk(desk, { path: rosterPath(session.id) })
    const unfinished = await screen.findByRole('region', { name: 'Checkout not finished' })
    within(unfinished).getByText('Checkout not finished (1)')
    within(unfinished).getByText(/have not finished paying\. They do not hold a spot/)
    within(unfinished).getByText('Cara Checkout')
    expect(screen.queryByRole('button', { name: 'Confirm booking for Cara Checkout' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Decline booking for Cara Checkout' })).toBeNull()

    const pending = screen.getByRole('region', { name: /Pending requests/ })
    expect(within(pending).queryByText('Cara Checkout')).toBeNull()
    const dora = within(pending).getByText('Dora Double').closest('li')!
    within(dora).getByText('Double-booked')
    within(dora).getByRole('button', { name: 'Confirm booking for Dora Double' })
  })

  it('checks in part of a party by keyboard, and says "2 of 3 checked in"', async () => {
    const desk = await harness.freshDesk()
    const { session } = await classToday(harness, desk.db)
    await desk.db.bookings.put(
      on(
        session,
        {
          id: 'bkg-pat',
          status: 'CONFIRMED',
          totalParticipants: 3,
          paymentStatus: 'PARTIALLY_PAID',
          contactDetails: contact('Pat', 'Party'),
        },
        { order: { balance: { amount: '20.00', formattedAmount: '$20.00' } } },
      ),
    )
    harness.renderDesk(desk, { path: rosterPath(session.id) })
    await waitFor(() => bookedRow('Pat Party'))
    const row = bookedRow('Pat Party')
    expect(within(row).getByText('Part paid: $20.00 due').className).toContain('fact--due')
    within(row).getByText('Party of 3')
    const arrived = within(row).getByRole('combobox', { name: "How many of Pat Party's party of 3 arrived" })
    arrived.focus()
    await userEvent.selectOptions(arrived, '2 of 3 arrived')
    await userEvent.tab()
    expect(document.activeElement).toBe(within(row).getByRole('button', { name: 'Check in Pat Party' }))
    await userEvent.keyboard('{Enter}')
    // The desk shows it at once, and the change queued for Wix carries the two who came.
    await within(bookedRow('Pat Party')).findByText('2 of 3 checked in')
    const entry = await desk.db.outbox.where('bookingId').equals('bkg-pat').last()
    expect(entry?.intent === 'setAttendance' && entry.args).toMatchObject({
      status: 'ATTENDED',
      numberOfAttendees: 2,
    })

    // What Wix answers (or the store holds) for part of a party reads as such.
    await desk.db.attendance.put({
      bookingId: 'bkg-pat',
      eventId: session.id,
      status: 'ATTENDED',
      numberOfAttendees: 2,
      serverStatus: 'ATTENDED',
      serverNumberOfAttendees: 2,
      pending: false,
    })
    await within(bookedRow('Pat Party')).findByText('2 of 3 checked in')
  })

  it('shows a part of a multi-service visit as one visit: "Massage then Facial, 1 of 2"', async () => {
    const desk = await harness.freshDesk()
    const { session } = await classToday(harness, desk.db)
    const later = new Date(Date.parse(session.startUtc) + 3_600_000).toISOString()
    const visit = { id: 'msb-vi', type: 'SEQUENTIAL_BOOKINGS' }
    const massage = on(session, {
      id: 'bkg-vi-1',
      status: 'CONFIRMED',
      multiServiceBookingInfo: visit,
      contactDetails: contact('Vi', 'Visit'),
    })
    massage.server!.booking.bookedEntity.title = 'Massage'
    const facial = on(session, {
      id: 'bkg-vi-2',
      status: 'CONFIRMED',
      multiServiceBookingInfo: visit,
      startDate: later,
      contactDetails: contact('Vi', 'Visit'),
    })
    facial.server!.booking.bookedEntity.title = 'Facial'
    await desk.db.bookings.bulkPut([massage, { ...facial, eventId: 'evt-elsewhere' }])
    harness.renderDesk(desk, { path: rosterPath(session.id) })
    await waitFor(() => bookedRow('Vi Visit'))
    within(bookedRow('Vi Visit')).getByText('Visit: Massage then Facial, 1 of 2')
  })
})

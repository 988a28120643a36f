import { describe, expect, it } from 'vitest'
import type { BookingRow } from '../../../../renderer/src/db/rows'
import { rosterEntry } from '../../../../renderer/src/queries/roster-view'
import { CHECKOUT_UNFINISHED, sheetRowsOf } from '../../../../renderer/src/features/sheet/sheet-rows'
import { statusCell } from '../../../../renderer/src/features/sheet/sheet-words'
import { classBooking, TIME_ZONE } from '../../db/fixtures'
import { rowOf } from '../../db/lifecycle-fixtures'

const person = (id: string, firstName: string, overrides: Partial<BookingRow> = {}) =>
  rowOf(
    classBooking({
      id,
      contactDetails: { firstName, lastName: 'Lee' },
      totalParticipants: 1,
      paymentStatus: 'PAID',
    }),
    TIME_ZONE,
    overrides,
  )

describe('the sign-in sheet rows of a roster', () => {
  it('lists booked, pending, checkouts in progress and the waitlist in that order, with their words', () => {
    const rows = sheetRowsOf({
      attendees: [
        rosterEntry(person('b1', 'Ann', { participants: 3, paymentStatus: 'NOT_PAID' }), {
          bookingId: 'b1',
          eventId: 'evt-vinyasa-1123',
          status: 'ATTENDED',
          numberOfAttendees: 2,
          serverStatus: 'ATTENDED',
          serverNumberOfAttendees: 2,
          pending: false,
        }),
        rosterEntry(person('b2', 'Bo'), undefined),
      ],
      pending: [rosterEntry(person('b3', 'Cy', { status: 'PENDING' }), undefined)],
      checkoutUnfinished: [
        rosterEntry(person('b4', 'Di', { status: 'CREATED', paymentStatus: null }), undefined),
      ],
      waitlist: [
        rosterEntry(person('b5', 'Ed', { status: 'WAITING_LIST' }), undefined),
        rosterEntry(person('b6', 'Flo', { status: 'WAITING_LIST' }), undefined),
      ],
    })
    expect(rows.map((r) => [r.name, r.party, statusCell(r), r.payment])).toEqual([
      ['Ann Lee', 3, 'Booked · 2 of 3 checked in', 'Pays at the desk'],
      ['Bo Lee', 1, 'Booked', 'Paid'],
      ['Cy Lee', 1, 'Pending', 'Paid'],
      ['Di Lee', 1, CHECKOUT_UNFINISHED, null],
      ['Ed Lee', 1, 'Waitlist 1', 'Paid'],
      ['Flo Lee', 1, 'Waitlist 2', 'Paid'],
    ])
  })
})

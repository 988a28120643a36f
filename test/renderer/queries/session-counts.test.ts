import { describe, expect, it } from 'vitest'
import type { BookingStatus } from '@shared/wix/booking-enums'
import type { AttendanceRow, BookingRow } from '../../../renderer/src/db/rows'
import { countsOf, fitsIn, fullWords, roomOf } from '../../../renderer/src/queries/session-counts'
import { bookingRow, classBooking } from '../db/fixtures'

let next = 0
function booking(status: BookingStatus, party: number, overrides: Partial<BookingRow> = {}): BookingRow {
  const id = `bkg-${++next}`
  return bookingRow(classBooking({ id, status, totalParticipants: party }), { ...overrides })
}

const NO_ATTENDANCE = new Map<string, AttendanceRow>()

describe('the counting rule', () => {
  it('booked is confirmed people, party sizes counted; pending and the waitlist apart; CREATED nowhere', () => {
    const bookings = [
      booking('CONFIRMED', 2),
      booking('CONFIRMED', 1),
      booking('PENDING', 2),
      booking('PENDING', 1),
      booking('WAITING_LIST', 3),
      booking('CREATED', 4),
      booking('CANCELED', 1),
      booking('DECLINED', 1),
    ]
    expect(countsOf(bookings, 'evt-1', NO_ATTENDANCE)).toEqual({
      booked: 3,
      checkedIn: 0,
      waitlist: 1,
      waitlistPeople: 3,
      pending: 2,
      pendingPeople: 3,
    })
  })

  it('counts a party booked by choices (participantsChoices) by its people', () => {
    const extended = classBooking({
      id: 'bkg-choices',
      status: 'CONFIRMED',
      participantsChoices: { serviceChoices: [{ numberOfParticipants: 2 }, { numberOfParticipants: 3 }] },
    })
    delete extended.booking.totalParticipants
    expect(countsOf([bookingRow(extended)], 'evt-1', NO_ATTENDANCE).booked).toBe(5)
  })

  it('“full” follows Wix’s remaining capacity, and says so when the count alone would not', () => {
    const bookings = [booking('PENDING', 1)]
    const counts = countsOf(bookings, 'evt-1', NO_ATTENDANCE)
    const room = roomOf({ totalCapacity: 1, remainingCapacity: 0 }, bookings, counts)
    expect(counts.booked).toBe(0)
    expect(fitsIn(room)).toBe(false)
    expect(fullWords(room, counts)).toBe('Full on Wix')

    const open = roomOf({ totalCapacity: 10, remainingCapacity: 4 }, bookings, counts)
    expect(open.left).toBe(4)
    expect(fitsIn(open, 4)).toBe(true)
    expect(fitsIn(open, 5)).toBe(false)
    expect(fullWords(open, counts)).toBeNull()

    const packed = [booking('CONFIRMED', 2)]
    const packedCounts = countsOf(packed, 'evt-1', NO_ATTENDANCE)
    expect(
      fullWords(roomOf({ totalCapacity: 2, remainingCapacity: 0 }, packed, packedCounts), packedCounts),
    ).toBe('Full')
  })

  it('takes what the desk booked or released here, not yet on Wix, off Wix’s last figure', () => {
    // A walk-in of 2 recorded here (Wix has not got it) and a cancel of 1 still queued.
    const walkIn = booking('CONFIRMED', 2, { serverStatus: null })
    const canceled = booking('CANCELED', 1, { serverStatus: 'CONFIRMED' })
    const bookings = [walkIn, canceled, booking('CONFIRMED', 1)]
    const counts = countsOf(bookings, 'evt-1', NO_ATTENDANCE)
    const room = roomOf({ totalCapacity: 10, remainingCapacity: 3 }, bookings, counts)
    expect(room.leftOnWix).toBe(2)
    expect(room.left).toBe(2)
  })

  it('a request confirmed here is weighed by the count, whether or not Wix held a spot for it', () => {
    const confirmed = booking('CONFIRMED', 2, { serverStatus: 'PENDING' })
    const bookings = [confirmed, booking('CONFIRMED', 7)]
    const counts = countsOf(bookings, 'evt-1', NO_ATTENDANCE)
    // Wix held the request's spots: 1 left, and confirming it takes no other.
    expect(roomOf({ totalCapacity: 10, remainingCapacity: 1 }, bookings, counts).left).toBe(1)
    // Wix did not: 3 left there, 1 once the confirm is in (10 less the 9 booked).
    expect(roomOf({ totalCapacity: 10, remainingCapacity: 3 }, bookings, counts).left).toBe(1)
  })

  it('without Wix’s figure, the capacity less the booked people; without a capacity, never full', () => {
    const bookings = [booking('CONFIRMED', 3)]
    const counts = countsOf(bookings, 'evt-1', NO_ATTENDANCE)
    expect(roomOf({ totalCapacity: 4 }, bookings, counts).left).toBe(1)
    const unknown = roomOf({}, bookings, counts)
    expect(unknown.left).toBeNull()
    expect(fitsIn(unknown, 100)).toBe(true)
  })
})

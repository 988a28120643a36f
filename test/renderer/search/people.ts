import { businessDayOf } from '@shared/domain/business-day'
import { queryWords } from '@shared/domain/search-tokens'
import { personName } from '../../../renderer/src/db/booking-rows'
import type { AttendanceRow, BookingRow } from '../../../renderer/src/db/rows'
import type { Desk, DeskHarness } from '../desk/desk-harness'

/** The store as the tests pick people from it: every booking, its attendance, and "today". */
export interface StoreView {
  today: string
  bookings: BookingRow[]
  attendance: Map<string, AttendanceRow>
  /** Bookings per person (by full name). */
  byName: Map<string, BookingRow[]>
}

export async function viewStore(harness: DeskHarness, desk: Desk): Promise<StoreView> {
  const bookings = await desk.db.bookings.toArray()
  const attendance = new Map(
    (await desk.db.attendance.toArray()).map((row) => [`${row.bookingId}|${row.eventId}`, row]),
  )
  const byName = new Map<string, BookingRow[]>()
  for (const b of bookings) {
    const name = personName(b.contact)
    byName.set(name, [...(byName.get(name) ?? []), b])
  }
  return { today: businessDayOf(new Date(harness.now()), harness.timeZone), bookings, attendance, byName }
}

export function attendanceOf(view: StoreView, booking: BookingRow): string {
  const row = booking.eventId ? view.attendance.get(`${booking.id}|${booking.eventId}`) : undefined
  return row?.status ?? 'NOT_SET'
}

/** A booking in one of today's class or appointment sessions, CONFIRMED, with this attendance there. */
export const bookedToday =
  (view: StoreView, attendance: 'NOT_SET' | 'ATTENDED') =>
  (b: BookingRow): boolean =>
    b.day === view.today &&
    b.eventId !== null &&
    b.status === 'CONFIRMED' &&
    attendanceOf(view, b) === attendance

/** Bookings whose every search token starts with some token of `words` (how the box matches). */
export function matching(view: StoreView, words: string[]): BookingRow[] {
  return view.bookings.filter((b) => words.every((w) => b.searchTokens.some((t) => t.startsWith(w))))
}

/** A person whose full name finds exactly one booking in the store (theirs), meeting `test`. */
export function onlyBooking(view: StoreView, test: (booking: BookingRow) => boolean): BookingRow {
  const found = view.bookings.find(
    (b) =>
      b.contact.lastName !== '' && test(b) && matching(view, queryWords(personName(b.contact))).length === 1,
  )
  if (!found) throw new Error('The demo store has no such person')
  return found
}

/**
 * A booking meeting `test` of a person whose full name finds only their own bookings, this one their only one
 * today: typed in full, the name lists it as the person's one option "today" (their other days after it).
 * People book more than once in the seeded window, so few have a single booking in the store.
 */
export function onlyTodayBooking(view: StoreView, test: (booking: BookingRow) => boolean): BookingRow {
  const found = view.bookings.find((b) => {
    if (b.day !== view.today || b.contact.lastName === '' || !test(b)) return false
    const own = view.byName.get(fullName(b)) ?? []
    return (
      matching(view, queryWords(fullName(b))).length === own.length &&
      own.filter((other) => other.day === view.today).length === 1
    )
  })
  if (!found) throw new Error('The demo store has no such person')
  return found
}

/** The attendance at a session as a pull leaves it when Wix holds `status` (sent, nothing pending). */
export async function pulledAttendance(
  desk: Desk,
  booking: BookingRow,
  eventId: string,
  status: AttendanceRow['status'],
): Promise<void> {
  const count = status === 'ATTENDED' ? booking.participants : 0
  await desk.db.attendance.put({
    bookingId: booking.id,
    eventId,
    status,
    numberOfAttendees: count,
    serverStatus: status,
    serverNumberOfAttendees: count,
    pending: false,
  })
}

export function fullName(booking: BookingRow): string {
  return personName(booking.contact)
}

/** `text` as a literal inside a regular expression (names can hold dots, hyphens, apostrophes). */
export const re = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** An option's accessible name: this person first, then (a pattern for) the rest. */
export const optionName = (name: string, rest = '') => new RegExp(`^${re(name)},${rest}`)

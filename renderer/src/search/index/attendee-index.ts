import { queryWords } from '@shared/domain/search-tokens'
import type { AttendanceStatus } from '@shared/wix/attendance'
import type { AttendanceRow, BookingRow, EventRow } from '../../db/rows'
import type { AttendeeSearch, SearchContext } from '../search'
import {
  attendeeMatch,
  bestMatches,
  searchBookingOf,
  searchSessionOf,
  sessionFinder,
  type SearchBooking,
  type SearchSession,
} from '../ranking'
import { KnownSessions } from './known-sessions'
import { TokenIndex } from './token-index'

/** An attendance row's key ([bookingId+eventId]) as one string. */
export function attendanceKey(bookingId: string, eventId: string): string {
  return `${bookingId}\u0000${eventId}`
}

/**
 * What the search box searches, in memory: per booking only what ranking and a result row need, its search
 * tokens (TokenIndex), the sessions (KnownSessions) and the attendance recorded. `find` answers as
 * `findAttendees` does over the store, synchronously. Kept in step with the store by LiveAttendeeIndex.
 */
export class AttendeeIndex {
  /** Bookings by slot; a removed booking's slot is reused. */
  private readonly bookings: (SearchBooking | undefined)[] = []
  private readonly slots = new Map<string, number>()
  private readonly freeSlots: number[] = []
  private readonly tokens = new TokenIndex()
  private readonly sessions = new KnownSessions()
  /** Attendance other than NOT_SET, by attendanceKey (no record reads as NOT_SET, as in the store). */
  private readonly attendance = new Map<string, AttendanceStatus>()
  /**
   * One string for each value that many rows repeat (a day, a status, a session id, a title): thousands of
   * bookings of a session then hold one copy of its id, not thousands.
   */
  private pool = new Map<string, string>()

  /** Adds or replaces a booking; false when it was held as it is. */
  putBooking(row: BookingRow): boolean {
    const booking = this.shared(searchBookingOf(row))
    const slot = this.slots.get(booking.id)
    const held = slot === undefined ? undefined : this.bookings[slot]
    if (held && sameBooking(held, booking)) return false
    if (slot !== undefined && held) this.tokens.remove(slot, held.tokens)
    const at = slot ?? this.freeSlots.pop() ?? this.bookings.length
    booking.tokens = this.tokens.add(at, booking.tokens)
    if (booking.contactHint !== null)
      booking.contactHint =
        booking.tokens.find((token) => token === booking.contactHint) ?? booking.contactHint
    this.slots.set(booking.id, at)
    this.bookings[at] = booking
    return true
  }

  removeBooking(id: string): boolean {
    const slot = this.slots.get(id)
    const held = slot === undefined ? undefined : this.bookings[slot]
    if (slot === undefined || !held) return false
    this.tokens.remove(slot, held.tokens)
    this.bookings[slot] = undefined
    this.slots.delete(id)
    this.freeSlots.push(slot)
    return true
  }

  bookingIds(): IterableIterator<string> {
    return this.slots.keys()
  }

  putSession(row: EventRow): boolean {
    const session = searchSessionOf(row)
    return this.sessions.put({
      ...session,
      day: this.intern(session.day),
      scheduleId: this.intern(session.scheduleId),
      title: this.intern(session.title),
      startUtc: this.intern(session.startUtc),
    })
  }

  removeSession(id: string): boolean {
    return this.sessions.remove(id)
  }

  sessionIds(): IterableIterator<string> {
    return this.sessions.ids()
  }

  putAttendance(row: AttendanceRow): boolean {
    const key = attendanceKey(row.bookingId, row.eventId)
    if (row.status === 'NOT_SET') return this.attendance.delete(key)
    if (this.attendance.get(key) === row.status) return false
    this.attendance.set(key, row.status)
    return true
  }

  /** Forgets the attendance under an attendanceKey. */
  removeAttendance(key: string): boolean {
    return this.attendance.delete(key)
  }

  attendanceKeys(): IterableIterator<string> {
    return this.attendance.keys()
  }

  /** How much is held (for tests and diagnostics). */
  get counts(): { bookings: number; sessions: number; attendance: number; tokens: number } {
    return {
      bookings: this.slots.size,
      sessions: this.sessions.size,
      attendance: this.attendance.size,
      tokens: this.tokens.size,
    }
  }

  /** Finishes the work a batch of changes leaves (sorting new tokens in), so the next keystroke need not. */
  settle(): void {
    this.tokens.settle()
  }

  /** Part of `settle`, between the pages of a big read (see TokenIndex.settleIfMany). */
  settleIfMany(): void {
    this.tokens.settleIfMany()
  }

  private intern(text: string): string {
    const held = this.pool.get(text)
    if (held !== undefined) return held
    // Values of sessions long gone would pile up over weeks: start over now and then (held rows keep theirs).
    if (this.pool.size >= 20_000) this.pool = new Map()
    this.pool.set(text, text)
    return text
  }

  private shared(booking: SearchBooking): SearchBooking {
    const intern = (text: string | null) => (text === null ? null : this.intern(text))
    booking.status = this.intern(booking.status)
    booking.day = this.intern(booking.day)
    booking.startUtc = this.intern(booking.startUtc)
    booking.eventId = intern(booking.eventId)
    booking.scheduleId = intern(booking.scheduleId)
    booking.title = this.intern(booking.title)
    return booking
  }

  /** `findAttendees` over memory: the same matches, order, `total` and `limit`. */
  find(text: string, ctx: SearchContext): AttendeeSearch {
    const words = queryWords(text)
    if (!words.length) return { query: text, matches: [], total: 0 }
    const found: SearchBooking[] = []
    for (const slot of this.tokens.holdersOfAll(words)) {
      const booking = this.bookings[slot]
      if (booking) found.push(booking)
    }
    const sessionOf = sessionFinder(
      ctx,
      (id) => this.sessions.get(id),
      (id) => this.sessions.ofSchedule(id),
    )
    const attendanceAt = (bookingId: string, eventId: string) =>
      this.attendance.get(attendanceKey(bookingId, eventId)) ?? 'NOT_SET'
    const checkedIn = (booking: SearchBooking, session: SearchSession) =>
      attendanceAt(booking.id, session.id) === 'ATTENDED'
    const matches = bestMatches(found, sessionOf, checkedIn, ctx).map((ranked) =>
      attendeeMatch(ranked, attendanceAt(ranked.booking.id, ranked.session?.id ?? ''), ctx.timeZone),
    )
    return { query: text, matches, total: found.length }
  }
}

function sameBooking(a: SearchBooking, b: SearchBooking): boolean {
  return (
    a.name === b.name &&
    a.contactHint === b.contactHint &&
    a.status === b.status &&
    a.due === b.due &&
    a.participants === b.participants &&
    a.eventId === b.eventId &&
    a.scheduleId === b.scheduleId &&
    a.day === b.day &&
    a.startUtc === b.startUtc &&
    a.title === b.title &&
    a.tokens.length === b.tokens.length &&
    a.tokens.every((token, i) => token === b.tokens[i])
  )
}

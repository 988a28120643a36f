import type { AttendanceStatus } from '@shared/wix/attendance'
import { personName } from '../../db/booking-rows'
import type { BookingRow, ContactFields } from '../../db/rows'
import { rowsWithAnyOf } from '../../db/rows-with-any-of'
import type { RollcallDb } from '../../db/schema'
import { sessionFacts, type SessionFacts } from '../../queries/session-facts'

/**
 * Who a booking is for, as the local store can tell. The person is the booking's Wix contact
 * (`contactDetails.contactId`, on the server's copy): Wix files every booking a customer makes under one CRM
 * contact, so it is the one id that holds across bookings. The `externalUserId` column is NOT a person's id,
 * although it is indexed: Rollcall sets it to a fresh `rollcall:<uuid>` on each walk-in (it keeps a create from
 * being made twice, sync/send-walk-in.ts), and on Wix it is whatever an external app put there, if anything.
 * A booking with no contact id (a walk-in Wix has not created yet) is matched by its e-mail, compared without
 * case; one with neither is matched by nothing but itself.
 */
export interface PersonKey {
  contactId: string | null
  /** Lower-case, trimmed; null when the booking has none. */
  email: string | null
}

export function personKeyOf(row: Pick<BookingRow, 'contact' | 'server'>): PersonKey {
  const email = row.contact.email?.trim().toLowerCase() || null
  return { contactId: row.server?.booking.contactDetails?.contactId || null, email }
}

/** Whether two bookings are the same person's: by contact id when both have one, else by e-mail. */
export function isSamePerson(a: PersonKey, b: PersonKey): boolean {
  if (a.contactId && b.contactId) return a.contactId === b.contactId
  return a.email !== null && a.email === b.email
}

/** One booking of the person, with the session it is for and its attendance there. */
export interface PersonBooking {
  booking: BookingRow
  /** The session (a course booking: its first session in the store); null when the store has none. */
  session: SessionFacts | null
  /**
   * The attendance at `session`, for a booking of one session (class, appointment); null for a course
   * booking (checked in session by session, on each roster) or one with no session in the store.
   */
  attendance: AttendanceStatus | null
  /** How many of the party are checked in, when checked in and said. */
  attended: number | null
  /** A change of this booking, or of its attendance, still waits to reach Wix. */
  waiting: boolean
}

export interface PersonCardData {
  name: string
  contact: ContactFields
  /** Every booking of theirs in the synced days, oldest session first. */
  bookings: PersonBooking[]
  /** Sessions of theirs marked as a no-show in the synced days (each session of a course counts once). */
  noShows: number
}

/**
 * The person's card, from the local store only: the booking it was opened on, every booking of the same
 * person (isSamePerson) and their attendance. Null when the booking is not in the store.
 */
export async function personCard(
  db: RollcallDb,
  bookingId: string,
  timeZone: string,
): Promise<PersonCardData | null> {
  const opened = await db.bookings.get(bookingId)
  if (!opened) return null
  const key = personKeyOf(opened)
  // No index answers "same contact": the synced days are a bounded window, so one pass over them is fine.
  const rows = await db.bookings
    .filter((row) => row.id === opened.id || isSamePerson(key, personKeyOf(row)))
    .toArray()
  const ids = rows.map((row) => row.id)
  const [attendance, events] = await Promise.all([
    rowsWithAnyOf(db, db.attendance, 'bookingId', ids),
    db.events.bulkGet(rows.map((row) => row.eventId ?? '')),
  ])
  const courseIds = [
    ...new Set(rows.filter((r) => r.eventId === null && r.scheduleId).map((r) => r.scheduleId!)),
  ]
  const courseFirst = new Map<string, SessionFacts>()
  for (const scheduleId of courseIds) {
    const first = (await db.events.where('scheduleId').equals(scheduleId).sortBy('startUtc'))[0]
    if (first) courseFirst.set(scheduleId, sessionFacts(first, timeZone))
  }
  const bookings = rows.map((booking, i): PersonBooking => {
    const event = events[i]
    const here = event
      ? attendance.find((a) => a.bookingId === booking.id && a.eventId === event.id)
      : undefined
    const session = event
      ? sessionFacts(event, timeZone)
      : booking.scheduleId
        ? (courseFirst.get(booking.scheduleId) ?? null)
        : null
    return {
      booking,
      session,
      attendance: event ? (here?.status ?? 'NOT_SET') : null,
      attended: here?.status === 'ATTENDED' ? here.numberOfAttendees || booking.participants : null,
      waiting: here?.pending === true || booking.status !== booking.serverStatus,
    }
  })
  bookings.sort(
    (a, b) =>
      (a.session?.startUtc ?? a.booking.startUtc).localeCompare(b.session?.startUtc ?? b.booking.startUtc) ||
      a.booking.id.localeCompare(b.booking.id),
  )
  return {
    name: personName(opened.contact),
    contact: opened.contact,
    bookings,
    noShows: attendance.filter((a) => a.status === 'NOT_ATTENDED').length,
  }
}

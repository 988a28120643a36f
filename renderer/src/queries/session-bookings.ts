import type { AttendanceStatus } from '@shared/wix/attendance'
import { personName } from '../db/booking-rows'
import type { AttendanceRow, BookingRow, EventRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { holdsSpot, sessionFacts, type SessionFacts } from './session-facts'

/** A person on a session's roster: the booking as the desk sees it and its attendance for that session. */
export interface RosterEntry {
  booking: BookingRow
  name: string
  attendance: AttendanceStatus
  /** A change of this booking's status, or of its attendance at this session, still waits to reach Wix. */
  waiting: boolean
}

export interface SessionCounts {
  /** Participants holding a spot (CONFIRMED and PENDING). */
  booked: number
  /** Participants checked in. */
  checkedIn: number
  /** Bookings on the waitlist. */
  waitlist: number
  /** Requests waiting for the desk's confirm or decline. */
  pending: number
}

export interface SessionSummary extends SessionFacts {
  counts: SessionCounts
}

/**
 * The bookings of sessions, by session: a class or appointment booking names its session; a course booking
 * names only the course's schedule and belongs to every session of it.
 */
export async function bookingsBySession(
  db: RollcallDb,
  events: readonly EventRow[],
): Promise<Map<string, BookingRow[]>> {
  const ids = events.map((e) => e.id)
  const courseSchedules = [...new Set(events.filter((e) => e.kind === 'COURSE').map((e) => e.scheduleId))]
  const [own, course] = await Promise.all([
    // One session (a roster): a plain key range, much cheaper than anyOf's multi-range walk.
    ids.length === 1
      ? db.bookings
          .where('eventId')
          .equals(ids[0] ?? '')
          .toArray()
      : db.bookings.where('eventId').anyOf(ids).toArray(),
    courseSchedules.length
      ? db.bookings
          .where('scheduleId')
          .anyOf(courseSchedules)
          .filter((b) => b.eventId === null)
          .toArray()
      : Promise.resolve([]),
  ])
  const bySchedule = new Map<string, BookingRow[]>()
  for (const b of course)
    if (b.scheduleId) bySchedule.set(b.scheduleId, [...(bySchedule.get(b.scheduleId) ?? []), b])
  const result = new Map<string, BookingRow[]>(events.map((e) => [e.id, []]))
  for (const b of own) if (b.eventId) result.get(b.eventId)?.push(b)
  for (const e of events)
    if (e.kind === 'COURSE') result.get(e.id)?.push(...(bySchedule.get(e.scheduleId) ?? []))
  return result
}

/** Attendance of sessions, keyed `${eventId}|${bookingId}`. */
export async function attendanceOf(
  db: RollcallDb,
  eventIds: readonly string[],
): Promise<Map<string, AttendanceRow>> {
  const rows = await db.attendance
    .where('eventId')
    .anyOf([...eventIds])
    .toArray()
  return new Map(rows.map((row) => [`${row.eventId}|${row.bookingId}`, row]))
}

export function rosterEntry(booking: BookingRow, attendance: AttendanceRow | undefined): RosterEntry {
  return {
    booking,
    name: personName(booking.contact),
    attendance: attendance?.status ?? 'NOT_SET',
    // Only what concerns this session: a course booking checked in elsewhere is not waiting here.
    waiting: attendance?.pending === true || booking.status !== booking.serverStatus,
  }
}

export function countsOf(
  bookings: readonly BookingRow[],
  eventId: string,
  attendance: Map<string, AttendanceRow>,
): SessionCounts {
  const counts: SessionCounts = { booked: 0, checkedIn: 0, waitlist: 0, pending: 0 }
  for (const b of bookings) {
    if (holdsSpot(b.status)) counts.booked += b.participants
    if (b.status === 'WAITING_LIST') counts.waitlist++
    if (b.status === 'PENDING') counts.pending++
    const seen = attendance.get(`${eventId}|${b.id}`)
    if (b.status === 'CONFIRMED' && seen?.status === 'ATTENDED')
      counts.checkedIn += seen.numberOfAttendees || b.participants
  }
  return counts
}

/** The day's sessions in time order, with what the Today list shows of each. */
export async function daySessions(db: RollcallDb, day: string, timeZone: string): Promise<SessionSummary[]> {
  const events = await db.events.where('day').equals(day).sortBy('startUtc')
  const [bookings, attendance] = await Promise.all([
    bookingsBySession(db, events),
    attendanceOf(
      db,
      events.map((e) => e.id),
    ),
  ])
  return events.map((event) => ({
    ...sessionFacts(event, timeZone),
    counts: countsOf(bookings.get(event.id) ?? [], event.id, attendance),
  }))
}

export interface SessionRoster {
  session: SessionSummary
  /** Booked people (CONFIRMED), by name. */
  attendees: RosterEntry[]
  /** Requests to confirm or decline, oldest first. */
  pending: RosterEntry[]
  /** The waitlist in order (first come, first served). */
  waitlist: RosterEntry[]
  /** Canceled and declined bookings, for the record. */
  inactive: RosterEntry[]
}

const byName = (a: RosterEntry, b: RosterEntry) =>
  a.name.localeCompare(b.name) || a.booking.id.localeCompare(b.booking.id)
const byCreated = (a: RosterEntry, b: RosterEntry) =>
  a.booking.createdDate.localeCompare(b.booking.createdDate) || a.booking.id.localeCompare(b.booking.id)

/** Everything the roster screen shows of one session; null when the session is not in the store. */
export async function sessionRoster(
  db: RollcallDb,
  eventId: string,
  timeZone: string,
): Promise<SessionRoster | null> {
  const event = await db.events.get(eventId)
  if (!event) return null
  const [bookings, attendance] = await Promise.all([
    bookingsBySession(db, [event]),
    attendanceOf(db, [event.id]),
  ])
  const list = bookings.get(event.id) ?? []
  const entries = list.map((b) => rosterEntry(b, attendance.get(`${event.id}|${b.id}`)))
  const of = (statuses: readonly string[]) => entries.filter((e) => statuses.includes(e.booking.status))
  return {
    session: { ...sessionFacts(event, timeZone), counts: countsOf(list, event.id, attendance) },
    attendees: of(['CONFIRMED']).sort(byName),
    pending: of(['PENDING', 'CREATED']).sort(byCreated),
    waitlist: of(['WAITING_LIST']).sort(byCreated),
    inactive: of(['CANCELED', 'DECLINED']).sort(byName),
  }
}

/** Whether one more booking of `participants` fits without an override. Unknown capacity never blocks. */
export function isFull(session: SessionSummary, participants = 1): boolean {
  return session.capacity !== null && session.counts.booked + participants > session.capacity
}

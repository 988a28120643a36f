import type { AttendanceStatus } from '@shared/wix/attendance'
import { personName } from '../db/booking-rows'
import type { AttendanceRow, BookingRow, EventRow } from '../db/rows'
import { rowsWithAnyOf } from '../db/rows-with-any-of'
import type { RollcallDb } from '../db/schema'
import { dayLoadedOf, inStoreFor, type DayLoaded, type DayState } from '../sync/loaded-days'
import { readSyncMemory } from '../sync/sync-memory'
import { isCheckoutUnfinished } from '@shared/domain/booking-lifecycle'
import { sessionFacts, sessionTitle, type SessionFacts } from './session-facts'
import { visitsOf, type VisitFacts } from './visits'
import { countsOf, fitsIn, roomOf, type SessionCounts, type SessionRoom } from './session-counts'

export type { SessionCounts, SessionRoom } from './session-counts'

/** A person on a session's roster: the booking as the desk sees it and its attendance for that session. */
export interface RosterEntry {
  booking: BookingRow
  name: string
  attendance: AttendanceStatus
  /** How many of the party Wix (or the desk) has as come, when checked in; null when not said. */
  attended: number | null
  /** A change of this booking's status, or of its attendance at this session, still waits to reach Wix. */
  waiting: boolean
  /** The multi-service visit it is part of ("Massage then Facial, 2 of 2"); null on its own. */
  visit: VisitFacts | null
}

export interface SessionSummary extends SessionFacts {
  /** By the counting rule (session-counts): meaningful only once `bookingsLoaded`. */
  counts: SessionCounts
  room: SessionRoom
  /**
   * All of the session's bookings are in the store. Until then (the first sync, a day new to the window)
   * the screens say its bookings are loading: its numbers and lists are not the whole truth yet.
   */
  bookingsLoaded: boolean
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
    rowsWithAnyOf(db, db.bookings, 'eventId', ids),
    rowsWithAnyOf(db, db.bookings, 'scheduleId', courseSchedules).then((rows) =>
      rows.filter((b) => b.eventId === null),
    ),
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
  const rows = await rowsWithAnyOf(db, db.attendance, 'eventId', eventIds)
  return new Map(rows.map((row) => [`${row.eventId}|${row.bookingId}`, row]))
}

export function rosterEntry(
  booking: BookingRow,
  attendance: AttendanceRow | undefined,
  visit: VisitFacts | null = null,
): RosterEntry {
  return {
    booking,
    name: personName(booking.contact),
    attendance: attendance?.status ?? 'NOT_SET',
    attended: attendance?.status === 'ATTENDED' ? attendance.numberOfAttendees || booking.participants : null,
    visit,
    // Only what concerns this session: a course booking checked in elsewhere is not waiting here.
    waiting: attendance?.pending === true || booking.status !== booking.serverStatus,
  }
}

/** A session with its numbers, from its bookings and attendance as stored. */
function summaryOf(
  event: EventRow,
  bookings: readonly BookingRow[],
  attendance: ReadonlyMap<string, AttendanceRow>,
  loaded: DayLoaded,
  timeZone: string,
): SessionSummary {
  const counts = countsOf(bookings, event.id, attendance)
  return {
    ...sessionFacts(event, timeZone),
    counts,
    room: roomOf(event.server, bookings, counts),
    bookingsLoaded: inStoreFor(loaded, event.kind),
  }
}

/**
 * The day's sessions in time order, with what the Today list shows of each. `loaded`: how much of the day's
 * bookings is in the store (`dayLoadedOf`), when the caller reads it apart (a live screen, so that writes of
 * the sync memory about other days do not wake this read); read here otherwise.
 */
export async function daySessions(
  db: RollcallDb,
  day: string,
  timeZone: string,
  loaded?: DayLoaded,
): Promise<SessionSummary[]> {
  const [events, dayState] = await Promise.all([
    db.events.where('day').equals(day).sortBy('startUtc'),
    loaded ?? readSyncMemory(db).then((memory) => dayLoadedOf(memory, day)),
  ])
  // While a day's bookings are still loading its rows say so and show no numbers: their bookings are not
  // read, so the list is not read again for every batch the first sync stores (only when the day is in).
  const inStore = events.filter((event) => inStoreFor(dayState, event.kind))
  const [bookings, attendance] = await Promise.all([
    bookingsBySession(db, inStore),
    attendanceOf(
      db,
      inStore.map((e) => e.id),
    ),
  ])
  return events.map((event) => summaryOf(event, bookings.get(event.id) ?? [], attendance, dayState, timeZone))
}

export interface SessionRoster {
  session: SessionSummary
  /** Booked people (CONFIRMED), by name. */
  attendees: RosterEntry[]
  /** Requests to confirm or decline (PENDING), oldest first. */
  pending: RosterEntry[]
  /**
   * CREATED: the customer has not finished the checkout. Shown apart, never counted nor offered a decision
   * (shared/domain/booking-lifecycle.ts `isCheckoutUnfinished`), oldest first.
   */
  checkoutUnfinished: RosterEntry[]
  /** The waitlist in order (first come, first served). */
  waitlist: RosterEntry[]
  /** Canceled and declined bookings, for the record. */
  inactive: RosterEntry[]
}

const byName = (a: RosterEntry, b: RosterEntry) =>
  a.name.localeCompare(b.name) || a.booking.id.localeCompare(b.booking.id)
const byCreated = (a: RosterEntry, b: RosterEntry) =>
  a.booking.createdDate.localeCompare(b.booking.createdDate) || a.booking.id.localeCompare(b.booking.id)

/**
 * How much of `event`'s day is in the store: `known` when it is about that day (a live screen reads it apart,
 * useDayLoaded.ts, so that writes of the sync memory about other days do not wake its read); read here
 * otherwise.
 */
async function dayLoadedFor(
  db: RollcallDb,
  event: EventRow,
  known: DayState | undefined,
): Promise<DayLoaded> {
  return known?.day === event.day ? known.loaded : dayLoadedOf(await readSyncMemory(db), event.day)
}

/**
 * Everything the roster screen shows of one session; null when the session is not in the store. `known`: the
 * session's day state, when the caller reads it apart (see `dayLoadedFor`).
 */
export async function sessionRoster(
  db: RollcallDb,
  eventId: string,
  timeZone: string,
  known?: DayState,
): Promise<SessionRoster | null> {
  const event = await db.events.get(eventId)
  if (!event) return null
  const [bookings, attendance, loaded] = await Promise.all([
    bookingsBySession(db, [event]),
    attendanceOf(db, [event.id]),
    dayLoadedFor(db, event, known),
  ])
  const list = bookings.get(event.id) ?? []
  const visits = await visitsOf(db, list, new Map([[event.id, sessionTitle(event)]]))
  const entries = list.map((b) =>
    rosterEntry(b, attendance.get(`${event.id}|${b.id}`), visits.get(b.id) ?? null),
  )
  const of = (statuses: readonly string[]) => entries.filter((e) => statuses.includes(e.booking.status))
  return {
    session: summaryOf(event, list, attendance, loaded, timeZone),
    attendees: of(['CONFIRMED']).sort(byName),
    pending: of(['PENDING']).sort(byCreated),
    checkoutUnfinished: entries.filter((e) => isCheckoutUnfinished(e.booking.status)).sort(byCreated),
    waitlist: of(['WAITING_LIST']).sort(byCreated),
    inactive: of(['CANCELED', 'DECLINED']).sort(byName),
  }
}

/** One session's summary (the decision dialog's capacity line); null when the session is not in the store. */
export async function sessionSummary(
  db: RollcallDb,
  eventId: string,
  timeZone: string,
  known?: DayState,
): Promise<SessionSummary | null> {
  return (await sessionRoster(db, eventId, timeZone, known))?.session ?? null
}

/**
 * Whether a booking of `participants` more people does not fit without an override: by Wix's remaining
 * capacity and the people booked (see session-counts). Unknown capacity never blocks.
 */
export function isFull(session: SessionSummary, participants = 1): boolean {
  return !fitsIn(session.room, participants)
}

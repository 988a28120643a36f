import { Dexie } from 'dexie'
import type { BookingRow, EventRow } from '../../db/rows'
import { rowsWithAnyOf } from '../../db/rows-with-any-of'
import type { RollcallDb } from '../../db/schema'
import {
  appointmentFacts,
  isUnscheduledAppointment,
  type AppointmentFacts,
} from '../../queries/appointment-requests'
import { rosterEntry, type RosterEntry } from '../../queries/roster-view'
import { sessionFacts, type SessionFacts } from '../../queries/session-facts'
import { partName, visitIdOf, visitsOf } from '../../queries/visits'

/** One booking of a request: the person (as on a roster) and where and when it is. */
export interface RequestPart {
  entry: RosterEntry
  /** The session booked; for a course, its next session (else its last). Null: not in the store. */
  session: SessionFacts | null
  /**
   * An appointment Wix has not put on the calendar yet (no session until it is confirmed): its slot's time
   * and staff member (issue 19 case 2). Null for a booking of a session.
   */
  appointment: AppointmentFacts | null
  /** The booking's own title (the service), for a request whose session is not in the store. */
  title: string
}

/**
 * A request in the inbox. A multi-service visit is one request (issue 19 case 4): its first part (by start)
 * is the item, and `parts` lists every part in order; a booking on its own has no parts.
 */
export interface PendingRequest extends RequestPart {
  parts: RequestPart[]
}

/** The course session a request is shown with: the next one not over yet, else the last one held here. */
function courseSession(sessions: readonly EventRow[], now: number): EventRow | undefined {
  return sessions.find((s) => Date.parse(s.endUtc) > now) ?? sessions.at(-1)
}

/**
 * Every PENDING booking in the store, oldest request first (the `[status+createdDate]` index: the order is
 * the index's, not a sort), each joined to its session — a course booking to its course's schedule.
 */
export async function pendingRequests(
  db: RollcallDb,
  timeZone: string,
  now: number,
): Promise<PendingRequest[]> {
  const bookings = await db.bookings
    .where('[status+createdDate]')
    .between(['PENDING', Dexie.minKey], ['PENDING', Dexie.maxKey])
    .toArray()
  const eventIds = [...new Set(bookings.flatMap((b) => (b.eventId ? [b.eventId] : [])))]
  const courseBookings = bookings.filter((b) => !b.eventId)
  const scheduleIds = [...new Set(courseBookings.flatMap((b) => (b.scheduleId ? [b.scheduleId] : [])))]
  const [events, courseEvents] = await Promise.all([
    db.events.bulkGet(eventIds),
    rowsWithAnyOf(db, db.events, 'scheduleId', scheduleIds).then((rows) =>
      rows.sort((a, b) => a.startUtc.localeCompare(b.startUtc)),
    ),
  ])
  const byId = new Map(events.flatMap((e) => (e ? [[e.id, e] as const] : [])))
  const bySchedule = new Map<string, EventRow[]>()
  for (const e of courseEvents) bySchedule.set(e.scheduleId, [...(bySchedule.get(e.scheduleId) ?? []), e])
  const visits = await visitsOf(db, bookings)
  const partOf = (booking: BookingRow): RequestPart => {
    if (isUnscheduledAppointment(booking)) {
      const appointment = appointmentFacts(booking, timeZone)
      const entry = rosterEntry(booking, undefined, visits.get(booking.id) ?? null)
      return { entry, session: null, appointment, title: appointment.title }
    }
    const event = booking.eventId
      ? byId.get(booking.eventId)
      : courseSession(bySchedule.get(booking.scheduleId ?? '') ?? [], now)
    const session = event ? sessionFacts(event, timeZone) : null
    return {
      entry: rosterEntry(booking, undefined, visits.get(booking.id) ?? null),
      session,
      appointment: null,
      title: session?.title ?? partName(booking),
    }
  }
  // A visit is one item, where its oldest request stands; its parts in the order they happen.
  const visitItems = new Map<string, RequestPart[]>()
  const items: (RequestPart | string)[] = []
  for (const booking of bookings) {
    const visitId = visitIdOf(booking)
    if (!visitId) {
      items.push(partOf(booking))
      continue
    }
    if (!visitItems.has(visitId)) {
      visitItems.set(visitId, [])
      items.push(visitId)
    }
    visitItems.get(visitId)?.push(partOf(booking))
  }
  return items.map((item) => {
    if (typeof item !== 'string') return { ...item, parts: [] }
    const parts = (visitItems.get(item) ?? []).sort((a, b) =>
      a.entry.booking.startUtc.localeCompare(b.entry.booking.startUtc),
    )
    return { ...parts[0]!, parts }
  })
}

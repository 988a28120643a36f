import { Dexie } from 'dexie'
import type { EventRow } from '../../db/rows'
import type { RollcallDb } from '../../db/schema'
import { rosterEntry, type RosterEntry } from '../../queries/roster-view'
import { sessionFacts, type SessionFacts } from '../../queries/session-facts'

/** A request in the inbox: the person (as on a roster) and the session it is for, when the store has it. */
export interface PendingRequest {
  entry: RosterEntry
  /** The session booked; for a course, its next session (else its last). Null: not in the store. */
  session: SessionFacts | null
  /** The booking's own title, for a request whose session is not in the store. */
  title: string
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
    scheduleIds.length ? db.events.where('scheduleId').anyOf(scheduleIds).sortBy('startUtc') : [],
  ])
  const byId = new Map(events.flatMap((e) => (e ? [[e.id, e] as const] : [])))
  const bySchedule = new Map<string, EventRow[]>()
  for (const e of courseEvents) bySchedule.set(e.scheduleId, [...(bySchedule.get(e.scheduleId) ?? []), e])
  return bookings.map((booking) => {
    const event = booking.eventId
      ? byId.get(booking.eventId)
      : courseSession(bySchedule.get(booking.scheduleId ?? '') ?? [], now)
    const session = event ? sessionFacts(event, timeZone) : null
    return {
      entry: rosterEntry(booking, undefined),
      session,
      title: session?.title ?? booking.server?.booking.bookedEntity.title ?? 'A session',
    }
  })
}

import { queryWords } from '@shared/domain/search-tokens'
import type { BookingRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import {
  attendeeMatch,
  bestMatches,
  searchBookingOf,
  searchSessionOf,
  sessionFinder,
  type AttendeeMatch,
  type CheckedIn,
  type SearchBooking,
  type SearchContext,
  type SearchSession,
} from './ranking'
import { checksInToday } from './tiers'

// The result row and the search's context are declared where results are ranked and built (ranking.ts,
// which this module uses); they are part of this module's API, so they are exported from here too.
export type { AttendeeMatch, SearchContext }

export interface AttendeeSearch {
  /** The text these matches are for (a live query can lag behind the box by a keystroke). */
  query: string
  matches: AttendeeMatch[]
  /** How many bookings matched in all (`matches` holds the best `limit` of them). */
  total: number
}

/** Ids of bookings with a token starting with `word`; a multi-entry index can list one booking twice. */
async function idsMatching(db: RollcallDb, word: string): Promise<Set<string>> {
  return new Set(await db.bookings.where('searchTokens').startsWith(word).primaryKeys())
}

async function intersectedIds(db: RollcallDb, words: readonly string[]): Promise<string[]> {
  const sets = await Promise.all(words.map((word) => idsMatching(db, word)))
  sets.sort((a, b) => a.size - b.size)
  const [smallest, ...rest] = sets
  if (!smallest) return []
  return [...smallest].filter((id) => rest.every((set) => set.has(id)))
}

/** The sessions of these bookings: their own (one read), and their courses' (one read per course schedule). */
async function sessionsOf(
  db: RollcallDb,
  bookings: readonly SearchBooking[],
  ctx: SearchContext,
): Promise<(booking: SearchBooking) => SearchSession | null> {
  const schedules = [
    ...new Set(bookings.filter((b) => b.eventId === null && b.scheduleId).map((b) => b.scheduleId ?? '')),
  ]
  const ownIds = [...new Set(bookings.map((b) => b.eventId).filter((id) => id !== null))]
  const [courses, own] = await Promise.all([
    Promise.all(schedules.map((id) => db.events.where('scheduleId').equals(id).sortBy('startUtc'))),
    db.events.bulkGet(ownIds),
  ])
  const bySchedule = new Map(schedules.map((id, i) => [id, (courses[i] ?? []).map(searchSessionOf)]))
  const byId = new Map(own.filter((e) => e !== undefined).map((e) => [e.id, searchSessionOf(e)]))
  return sessionFinder(
    ctx,
    (id) => byId.get(id),
    (id) => bySchedule.get(id) ?? [],
  )
}

/**
 * Who is checked in already among the bookings the ranking asks about (today's confirmed ones, at their
 * session): one read of their attendance.
 */
async function checkedInOf(
  db: RollcallDb,
  bookings: readonly SearchBooking[],
  sessionOf: (booking: SearchBooking) => SearchSession | null,
  ctx: SearchContext,
): Promise<CheckedIn> {
  const keys: [string, string][] = []
  for (const booking of bookings) {
    const session = sessionOf(booking)
    if (session && checksInToday(session.day === ctx.today, booking.status))
      keys.push([booking.id, session.id])
  }
  const key = (bookingId: string, eventId: string) => `${bookingId}\u0000${eventId}`
  const inAlready = new Set<string>()
  for (const row of await db.attendance.bulkGet(keys))
    if (row?.status === 'ATTENDED') inAlready.add(key(row.bookingId, row.eventId))
  return (booking, session) => inAlready.has(key(booking.id, session.id))
}

/**
 * The search box's query over the store: every word of `text` must prefix-match one of a booking's search
 * tokens (name parts, e-mail, phone digits — the multi-entry `searchTokens` index, one index range per word,
 * intersected by id). Best first: the booking due at the desk (today's, confirmed, not checked in: in
 * progress or starting soon, then the next, then one missed earlier today), then the rest of today, then
 * other days, canceled and declined after active, closest in time to now (see tiers.ts). Reads only the
 * matches, their sessions (one read per course), the attendance of today's confirmed ones and, for the
 * best `limit`, theirs. The box answers from the in-memory index
 * (index/AttendeeIndex.find, the same answers without a round trip) once it is built, and from this
 * until then.
 */
export async function findAttendees(
  db: RollcallDb,
  text: string,
  ctx: SearchContext,
): Promise<AttendeeSearch> {
  const words = queryWords(text)
  if (!words.length) return { query: text, matches: [], total: 0 }
  const ids = await intersectedIds(db, words)
  if (!ids.length) return { query: text, matches: [], total: 0 }
  const found = (await db.bookings.bulkGet(ids))
    .filter((row): row is BookingRow => row !== undefined)
    .map(searchBookingOf)
  const sessionOf = await sessionsOf(db, found, ctx)
  const top = bestMatches(found, sessionOf, await checkedInOf(db, found, sessionOf, ctx), ctx)
  const attendance = await db.attendance.bulkGet(
    top.map(({ booking, session }): [string, string] => [booking.id, session?.id ?? '']),
  )
  const matches = top.map((ranked, i) =>
    attendeeMatch(ranked, attendance[i]?.status ?? 'NOT_SET', ctx.timeZone),
  )
  return { query: text, matches, total: found.length }
}

import type { BusinessDay } from '@shared/domain/business-day'
import { queryWords } from '@shared/domain/search-tokens'
import type { AttendanceStatus } from '@shared/wix/attendance'
import type { BookingStatus } from '@shared/wix/booking-enums'
import { personName } from '../db/booking-rows'
import type { BookingRow, EventRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { sessionFacts, timeOfDay } from './session-facts'

/** One booking found by the search box, with the session it is about and where that person stands. */
export interface AttendeeMatch {
  bookingId: string
  name: string
  /** The e-mail (else the phone), to tell two people of the same name apart. */
  contactHint: string | null
  status: BookingStatus
  /** The booking is NOT_PAID: the desk collects at the door. */
  unpaid: boolean
  participants: number
  /**
   * The session to check in to or open: the booking's own; for a course booking, today's session of the
   * course, else its next one. Null when that session is not in the store (nothing to open).
   */
  eventId: string | null
  title: string
  day: BusinessDay
  /** "9:00 AM", in the business's time zone. */
  startLabel: string
  startUtc: string
  isToday: boolean
  /** Attendance at that session (NOT_SET when none is recorded). */
  attendance: AttendanceStatus
}

export interface AttendeeSearch {
  /** The text these matches are for (a live query can lag behind the box by a keystroke). */
  query: string
  matches: AttendeeMatch[]
  /** How many bookings matched in all (`matches` holds the best `limit` of them). */
  total: number
}

export interface SearchContext {
  today: BusinessDay
  /** Now (ms), for "closest in time". */
  now: number
  timeZone: string
  limit?: number
}

const INACTIVE: ReadonlySet<BookingStatus> = new Set(['CANCELED', 'DECLINED'])

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

interface Ranked {
  row: BookingRow
  /** The session this result is about (see AttendeeMatch.eventId); null when not in the store. */
  event: EventRow | null
  isToday: boolean
  distance: number
}

/**
 * A course booking names no session: today's session of the course (the first not over, if it has two),
 * else its next one from now, else its last one in the store.
 */
function courseSession(sessions: readonly EventRow[], ctx: SearchContext): EventRow | null {
  const notOver = (e: EventRow) => Date.parse(e.endUtc) > ctx.now
  const today = sessions.filter((e) => e.day === ctx.today)
  return today.find(notOver) ?? today[0] ?? sessions.find(notOver) ?? sessions.at(-1) ?? null
}

/** The session of each booking: its own, or its course's (one read per course schedule among the matches). */
async function sessionsOf(
  db: RollcallDb,
  rows: readonly BookingRow[],
  ctx: SearchContext,
): Promise<Map<string, EventRow | null>> {
  const schedules = [
    ...new Set(rows.filter((r) => r.eventId === null && r.scheduleId).map((r) => r.scheduleId ?? '')),
  ]
  const ownIds = [...new Set(rows.map((r) => r.eventId).filter((id) => id !== null))]
  const [courses, own] = await Promise.all([
    Promise.all(
      schedules.map(async (id) =>
        courseSession(await db.events.where('scheduleId').equals(id).sortBy('startUtc'), ctx),
      ),
    ),
    db.events.bulkGet(ownIds),
  ])
  const bySchedule = new Map(schedules.map((id, i) => [id, courses[i] ?? null]))
  const byId = new Map(ownIds.map((id, i) => [id, own[i] ?? null]))
  return new Map(
    rows.map((r) => [
      r.id,
      (r.eventId !== null ? byId.get(r.eventId) : bySchedule.get(r.scheduleId ?? '')) ?? null,
    ]),
  )
}

function rank(
  rows: readonly BookingRow[],
  events: Map<string, EventRow | null>,
  ctx: SearchContext,
): Ranked[] {
  const names = new Map(rows.map((row) => [row.id, personName(row.contact)]))
  return rows
    .map((row): Ranked => {
      const event = events.get(row.id) ?? null
      const start = event?.startUtc ?? row.startUtc
      const isToday = (event?.day ?? row.day) === ctx.today
      return { row, event, isToday, distance: Math.abs(Date.parse(start) - ctx.now) }
    })
    .sort(
      (a, b) =>
        Number(b.isToday) - Number(a.isToday) ||
        Number(INACTIVE.has(a.row.status)) - Number(INACTIVE.has(b.row.status)) ||
        a.distance - b.distance ||
        (names.get(a.row.id) ?? '').localeCompare(names.get(b.row.id) ?? '') ||
        a.row.id.localeCompare(b.row.id),
    )
}

/**
 * The search box's query: every word of `text` must prefix-match one of a booking's search tokens (name
 * parts, e-mail, phone digits — the multi-entry `searchTokens` index, one index range per word, intersected
 * by id). Best first: today's sessions, then active bookings before canceled and declined ones, then the
 * closest in time to now. Reads only the matches, their sessions (one read per course) and, for the best
 * `limit`, their attendance, so it stays quick enough to run on every keystroke.
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
  const found = (await db.bookings.bulkGet(ids)).filter((row): row is BookingRow => row !== undefined)
  const top = rank(found, await sessionsOf(db, found, ctx), ctx).slice(0, ctx.limit ?? 20)
  const attendance = await db.attendance.bulkGet(
    top.map(({ row, event }): [string, string] => [row.id, event?.id ?? '']),
  )
  const matches = top.map(({ row, event, isToday }, i): AttendeeMatch => {
    const facts = event ? sessionFacts(event, ctx.timeZone) : null
    return {
      bookingId: row.id,
      name: personName(row.contact),
      contactHint: row.contact.email ?? row.contact.phone,
      status: row.status,
      unpaid: row.paymentStatus === 'NOT_PAID',
      participants: row.participants,
      eventId: event?.id ?? null,
      title: facts?.title ?? row.server?.booking.bookedEntity.title?.trim() ?? 'Session',
      day: event?.day ?? row.day,
      startLabel: facts?.startLabel ?? timeOfDay(row.startUtc, ctx.timeZone),
      startUtc: event?.startUtc ?? row.startUtc,
      isToday,
      attendance: attendance[i]?.status ?? 'NOT_SET',
    }
  })
  return { query: text, matches, total: found.length }
}

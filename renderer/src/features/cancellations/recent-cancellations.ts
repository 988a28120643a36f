import type { BusinessDay } from '@shared/domain/business-day'
import { personName } from '../../db/booking-rows'
import type { BookingRow, ContactFields, EventRow } from '../../db/rows'
import { rowsWithAnyOf } from '../../db/rows-with-any-of'
import type { RollcallDb } from '../../db/schema'
import { appointmentFacts } from '../../queries/appointment-requests'
import { daySessions, type SessionSummary } from '../../queries/roster-view'

/**
 * Recent cancellations (issue 21): the bookings canceled in the last days, newest first, with who to reach
 * and the session each freed — and whether anyone waits for that session's spot — so the desk can call back
 * or fill the spot from the waitlist. Read from the local store only, so only the bookings of the days this
 * computer keeps (the sync window) are there.
 *
 * CANCELED only: a DECLINED booking is a request the desk (or the business) turned down, never booked; it
 * freed nothing the desk had counted (queries/session-counts.ts). The store tells the two apart by status.
 *
 * When: Wix's Booking has no cancel date, so a booking's `updatedDate` (the last change on Wix, which for a
 * canceled booking is its cancel) stands for it; a cancel recorded at this desk and not on Wix yet is dated
 * by its outbox entry.
 */

/** How far back the screen looks, in days. */
export const RECENT_DAYS = 7

const DAY_MS = 24 * 60 * 60 * 1000

/** The session a cancellation freed a spot in, as the desk can name it. */
export interface FreedSession {
  /** Its roster; null for an appointment whose session is not in the store (Wix removes it on cancel). */
  eventId: string | null
  title: string
  day: BusinessDay
  startUtc: string
  /** "9:00 – 10:00 AM" */
  timeLabel: string
  staff: string | null
  /** Ended by now: no spot left to fill. */
  over: boolean
  /** The session itself was canceled on Wix. */
  canceled: boolean
  /** Its numbers (waitlist, room) by the counting rule; null without a session in the store. */
  summary: SessionSummary | null
}

export interface Cancellation {
  bookingId: string
  name: string
  contact: ContactFields
  party: number
  /** ISO instant: when it was canceled, as well as the store knows (see above). */
  canceledAt: string
  /** Canceled at this desk and not on Wix yet. */
  waiting: boolean
  session: FreedSession
}

/** When each desk cancel still in the outbox was recorded, by booking. */
async function deskCancelTimes(db: RollcallDb, rows: readonly BookingRow[]): Promise<Map<string, string>> {
  const ids = rows.filter((row) => row.serverStatus !== 'CANCELED').map((row) => row.id)
  if (!ids.length) return new Map()
  const entries = await db.outbox
    .where('bookingId')
    .anyOf(ids)
    .filter((entry) => entry.intent === 'cancel' && entry.state !== 'discarded')
    .toArray()
  const times = new Map<string, string>()
  for (const entry of entries)
    if (entry.createdAt > (times.get(entry.bookingId) ?? '')) times.set(entry.bookingId, entry.createdAt)
  return times
}

/**
 * The session of each booking: its own (a class, a placed appointment), or for a course booking the course's
 * next session from `nowIso` (its last when the course is over). Missing: not in the store.
 */
async function sessionsOf(db: RollcallDb, rows: readonly BookingRow[], nowIso: string) {
  const eventIds = [...new Set(rows.flatMap((row) => row.eventId ?? []))]
  const scheduleIds = [...new Set(rows.flatMap((row) => (row.eventId === null && row.scheduleId) || []))]
  const [events, courseEvents] = await Promise.all([
    db.events.bulkGet(eventIds),
    rowsWithAnyOf(db, db.events, 'scheduleId', scheduleIds),
  ])
  const byId = new Map(events.flatMap((event) => (event ? [[event.id, event] as const] : [])))
  const nextOfCourse = new Map<string, EventRow>()
  for (const scheduleId of scheduleIds) {
    const course = courseEvents
      .filter((event) => event.scheduleId === scheduleId && event.kind === 'COURSE')
      .sort((a, b) => a.startUtc.localeCompare(b.startUtc))
    const next = course.find((event) => event.endUtc > nowIso) ?? course.at(-1)
    if (next) nextOfCourse.set(scheduleId, next)
  }
  return (row: BookingRow): EventRow | undefined =>
    row.eventId ? byId.get(row.eventId) : row.scheduleId ? nextOfCourse.get(row.scheduleId) : undefined
}

/** The summaries (numbers by the counting rule) of the given sessions, read a day at a time. */
async function summariesOf(
  db: RollcallDb,
  events: readonly EventRow[],
  timeZone: string,
): Promise<Map<string, SessionSummary>> {
  const days = [...new Set(events.map((event) => event.day))]
  const perDay = await Promise.all(days.map((day) => daySessions(db, day, timeZone)))
  return new Map(perDay.flat().map((summary) => [summary.id, summary]))
}

function freedSession(
  row: BookingRow,
  summary: SessionSummary | undefined,
  nowIso: string,
  timeZone: string,
): FreedSession {
  if (summary)
    return {
      eventId: summary.id,
      title: summary.title,
      day: summary.day,
      startUtc: summary.startUtc,
      timeLabel: summary.timeLabel,
      staff: summary.staff,
      over: summary.endUtc <= nowIso,
      canceled: summary.canceled,
      summary,
    }
  // No session in the store: what the booking itself says of its slot.
  const facts = appointmentFacts(row, timeZone)
  return {
    eventId: null,
    title: facts.title,
    day: facts.day,
    startUtc: facts.startUtc,
    timeLabel: facts.timeLabel,
    staff: facts.staff,
    over: (facts.endUtc ?? facts.startUtc) <= nowIso,
    canceled: false,
    summary: null,
  }
}

/** Newest first; the same instant in booking id order, so the list does not shuffle. */
export const byNewest = (a: Cancellation, b: Cancellation) =>
  b.canceledAt.localeCompare(a.canceledAt) || a.bookingId.localeCompare(b.bookingId)

/** The bookings canceled from `days` days before `nowMs` on, newest first, with the sessions they freed. */
export async function recentCancellations(
  db: RollcallDb,
  nowMs: number,
  timeZone: string,
  days: number = RECENT_DAYS,
): Promise<Cancellation[]> {
  const since = new Date(nowMs - days * DAY_MS).toISOString()
  const nowIso = new Date(nowMs).toISOString()
  const canceled = await db.bookings.where('status').equals('CANCELED').toArray()
  const deskTimes = await deskCancelTimes(db, canceled)
  const recent = canceled
    .map((row) => ({ row, at: deskTimes.get(row.id) ?? row.updatedDate }))
    .filter(({ at }) => at >= since)
  const sessionOf = await sessionsOf(
    db,
    recent.map(({ row }) => row),
    nowIso,
  )
  const events = recent.flatMap(({ row }) => sessionOf(row) ?? [])
  const summaries = await summariesOf(db, events, timeZone)
  return recent
    .map(({ row, at }): Cancellation => {
      const event = sessionOf(row)
      return {
        bookingId: row.id,
        name: personName(row.contact),
        contact: row.contact,
        party: row.participants,
        canceledAt: at,
        waiting: row.serverStatus !== 'CANCELED',
        session: freedSession(row, event && summaries.get(event.id), nowIso, timeZone),
      }
    })
    .sort(byNewest)
}

/** What the desk can do about the spot: fill it from the waitlist, or nothing (why), or it is free. */
export type SpotState =
  | { kind: 'waitlist'; summary: SessionSummary }
  | { kind: 'open'; summary: SessionSummary }
  | { kind: 'over' }
  | { kind: 'session-canceled' }
  | { kind: 'unknown' }

export function spotState(session: FreedSession): SpotState {
  if (session.canceled) return { kind: 'session-canceled' }
  if (session.over) return { kind: 'over' }
  const summary = session.summary
  if (!summary || !summary.bookingsLoaded) return { kind: 'unknown' }
  return summary.counts.waitlist > 0 ? { kind: 'waitlist', summary } : { kind: 'open', summary }
}

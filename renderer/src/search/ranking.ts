import type { BusinessDay } from '@shared/domain/business-day'
import type { AttendanceStatus } from '@shared/wix/attendance'
import type { WixBookingStatus } from '@shared/wix/booking-enums'
import { personName } from '../db/booking-rows'
import type { BookingRow, EventRow } from '../db/rows'
import { searchTier, SearchTier } from './tiers'
import { paymentWords } from '../queries/payment-words'
import { sessionTitle, timeOfDay } from '../queries/session-facts'

/**
 * What the search box needs of a booking: the fields that rank it and fill its result row, nothing of the
 * server's copy. The store's query and the in-memory index (index/) both rank these.
 */
export interface SearchBooking {
  id: string
  /** The row's `searchTokens`. */
  tokens: readonly string[]
  name: string
  /** The e-mail (else the phone), to tell two people of the same name apart. */
  contactHint: string | null
  status: WixBookingStatus
  /** Money is still due, in the desk's words ("Pays at the desk", "Part paid: $20.00 due"); null: nothing due. */
  due: string | null
  participants: number
  eventId: string | null
  scheduleId: string | null
  day: BusinessDay
  startUtc: string
  /** `startUtc` as ms. */
  startMs: number
  /** The booked service's title, for a booking whose session is not in the store. */
  title: string
}

/** What the search box needs of a session. */
export interface SearchSession {
  id: string
  day: BusinessDay
  scheduleId: string
  title: string
  startUtc: string
  startMs: number
  endMs: number
}

/** What is still to pay on a booking, as the roster says it (queries/payment-words.ts); null when nothing is due. */
function dueWords(row: BookingRow): string | null {
  const payment = paymentWords(row)
  return payment?.due ? payment.label : null
}

export function searchBookingOf(row: BookingRow): SearchBooking {
  return {
    id: row.id,
    tokens: row.searchTokens,
    name: personName(row.contact),
    contactHint: row.contact.email ?? row.contact.phone,
    status: row.status,
    due: dueWords(row),
    participants: row.participants,
    eventId: row.eventId,
    scheduleId: row.scheduleId,
    day: row.day,
    startUtc: row.startUtc,
    startMs: Date.parse(row.startUtc),
    title: row.server?.booking.bookedEntity.title?.trim() ?? 'Session',
  }
}

export function searchSessionOf(event: EventRow): SearchSession {
  return {
    id: event.id,
    day: event.day,
    scheduleId: event.scheduleId,
    title: sessionTitle(event),
    startUtc: event.startUtc,
    startMs: Date.parse(event.startUtc),
    endMs: Date.parse(event.endUtc),
  }
}

/** What a search is ranked against. */
export interface SearchContext {
  today: BusinessDay
  /** Now (ms), for "closest in time". */
  now: number
  timeZone: string
  limit?: number
}

/** One booking found by the search box, with the session it is about and where that person stands. */
export interface AttendeeMatch extends Pick<
  SearchBooking,
  'name' | 'contactHint' | 'status' | 'due' | 'participants'
> {
  bookingId: string
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

/** The order of a schedule's sessions (the store's `sortBy('startUtc')` over its scheduleId index). */
export function bySessionStart(a: SearchSession, b: SearchSession): number {
  if (a.startUtc !== b.startUtc) return a.startUtc < b.startUtc ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * A course booking names no session: today's session of the course (the first not over, if it has two),
 * else its next one from now, else its last one in the store. `sessions` in start order.
 */
export function courseSession(sessions: readonly SearchSession[], ctx: SearchContext): SearchSession | null {
  const notOver = (e: SearchSession) => e.endMs > ctx.now
  const today = sessions.filter((e) => e.day === ctx.today)
  return today.find(notOver) ?? today[0] ?? sessions.find(notOver) ?? sessions.at(-1) ?? null
}

/**
 * The session each booking is about: its own, or (for a course booking) its course's session for today,
 * worked out once per schedule. Null when that session is not in the store.
 */
export function sessionFinder(
  ctx: SearchContext,
  sessionById: (id: string) => SearchSession | undefined,
  sessionsOfSchedule: (scheduleId: string) => readonly SearchSession[],
): (booking: SearchBooking) => SearchSession | null {
  const courses = new Map<string, SearchSession | null>()
  return (booking) => {
    if (booking.eventId !== null) return sessionById(booking.eventId) ?? null
    const scheduleId = booking.scheduleId
    if (!scheduleId) return null
    let session = courses.get(scheduleId)
    if (session === undefined) {
      session = courseSession(sessionsOfSchedule(scheduleId), ctx)
      courses.set(scheduleId, session)
    }
    return session
  }
}

export interface RankedBooking {
  booking: SearchBooking
  /** The session this result is about (see AttendeeMatch.eventId); null when not in the store. */
  session: SearchSession | null
  isToday: boolean
  tier: SearchTier
  distance: number
}

/** Whether the person is checked in at this session (asked only of today's confirmed bookings). */
export type CheckedIn = (booking: SearchBooking, session: SearchSession) => boolean

/** `localeCompare`'s order (the same default collator), without its set-up on every call. */
const collator = new Intl.Collator()

/** Best first: by tier (tiers.ts), then closest in time to now, then name. */
function compareRanked(a: RankedBooking, b: RankedBooking): number {
  return (
    a.tier - b.tier ||
    a.distance - b.distance ||
    collator.compare(a.booking.name, b.booking.name) ||
    collator.compare(a.booking.id, b.booking.id)
  )
}

/** Puts `item` into `best` (sorted, shorter than `limit`, or `item` ranks above its last) after its equals. */
function insertRanked(best: RankedBooking[], item: RankedBooking, limit: number): void {
  let low = 0
  let high = best.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareRanked(item, best[middle] as RankedBooking) < 0) high = middle
    else low = middle + 1
  }
  best.splice(low, 0, item)
  if (best.length > limit) best.pop()
}

/**
 * The best `ctx.limit` (default 20) of `bookings`, best first — the first `limit` of the whole list sorted,
 * without sorting it: a keystroke can match thousands of bookings, and most lose to the current last at once.
 * The first is the booking Enter acts on: the one due (see SearchTier).
 */
export function bestMatches(
  bookings: readonly SearchBooking[],
  sessionOf: (booking: SearchBooking) => SearchSession | null,
  checkedIn: CheckedIn,
  ctx: SearchContext,
): RankedBooking[] {
  const limit = Math.max(0, ctx.limit ?? 20)
  const best: RankedBooking[] = []
  if (!limit) return best
  const candidate: RankedBooking = {
    booking: bookings[0] as SearchBooking,
    session: null,
    isToday: false,
    tier: SearchTier.otherDay,
    distance: 0,
  }
  for (const booking of bookings) {
    const session = sessionOf(booking)
    const isToday = (session?.day ?? booking.day) === ctx.today
    const status = booking.status
    const facts = { isToday, status, session, checkedIn: () => !!session && checkedIn(booking, session) }
    const tier = searchTier(facts, ctx.now)
    const distance = Math.abs((session?.startMs ?? booking.startMs) - ctx.now)
    const last = best.length >= limit ? best[best.length - 1] : undefined
    // Most candidates lose to the current last on the first keys: skip them without the full comparison.
    if (last && (tier > last.tier || (tier === last.tier && distance > last.distance))) continue
    candidate.booking = booking
    candidate.session = session
    candidate.isToday = isToday
    candidate.tier = tier
    candidate.distance = distance
    if (last && compareRanked(candidate, last) >= 0) continue
    insertRanked(best, { ...candidate }, limit)
  }
  return best
}

/** One result row: the booking, the session it is about, and the attendance recorded there. */
export function attendeeMatch(
  { booking, session, isToday }: RankedBooking,
  attendance: AttendanceStatus,
  timeZone: string,
): AttendeeMatch {
  const startUtc = session?.startUtc ?? booking.startUtc
  return {
    bookingId: booking.id,
    name: booking.name,
    contactHint: booking.contactHint,
    status: booking.status,
    due: booking.due,
    participants: booking.participants,
    eventId: session?.id ?? null,
    title: session?.title ?? booking.title,
    day: session?.day ?? booking.day,
    startLabel: timeOfDay(startUtc, timeZone),
    startUtc,
    isToday,
    attendance,
  }
}

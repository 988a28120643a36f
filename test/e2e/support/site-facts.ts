import { businessDayOf, type BusinessDay } from '../../../shared/domain/business-day'
import { knownAttendanceStatus, type AttendanceStatus } from '../../../shared/wix/attendance'
import type { Booking } from '../../../shared/wix/booking'
import type { DemoData, DemoEvent } from '../../../electron/demo-site'
import type { DemoControl } from './demo-control'

/**
 * The demo site's state (the truth the desk syncs from) read as the desk will show it: people by name, the
 * business's days, a session's bookings and who is still to check in.
 */

/** "Dana Lee": the name the desk gives a booking (first and last name, trimmed), as its buttons say it. */
export function personName(booking: Booking): string {
  const contact = booking.contactDetails
  return `${contact?.firstName?.trim() ?? ''} ${contact?.lastName?.trim() ?? ''}`.trim()
}

/** The site's attendance of one booking at one session: NOT_SET when it has no record. */
export function attendanceOf(state: DemoData, bookingId: string, eventId: string): AttendanceStatus {
  return knownAttendanceStatus(
    state.attendance.find((a) => a.bookingId === bookingId && a.eventId === eventId)?.status,
  )
}

/** A booking's status on the site (undefined when the site has no such booking). */
export function statusOf(state: DemoData, bookingId: string): Booking['status'] | undefined {
  return state.bookings.find((b) => b.id === bookingId)?.status
}

/**
 * The instant (ms) from which the site refuses a plain cancel of `booking`: its start less its service's
 * cancellation window (electron/demo-site/rules/cancellation-policy.ts; no window: the start).
 */
export function cancellationDeadline(state: DemoData, booking: Booking): number {
  const serviceId = booking.bookedEntity.slot?.serviceId ?? booking.bookedEntity.schedule?.serviceId
  const hours = state.services.find((s) => s.id === serviceId)?.cancellationWindowHours ?? 0
  return Date.parse(booking.startDate) - hours * 3_600_000
}

/** The site's attendance (read now) of these people at that session, by name: what to poll for. */
export async function attendanceByName(
  demo: DemoControl,
  eventId: string,
  people: readonly Booking[],
): Promise<Record<string, AttendanceStatus>> {
  const state = await demo.state()
  return Object.fromEntries(people.map((b) => [personName(b), attendanceOf(state, b.id, eventId)]))
}

/** The same people, all with one status: what `attendanceByName` is expected to come to. */
export function allByName(
  people: readonly Booking[],
  status: AttendanceStatus,
): Record<string, AttendanceStatus> {
  return Object.fromEntries(people.map((b) => [personName(b), status]))
}

export interface SiteFacts {
  state: DemoData
  timeZone: string
  /** The site's clock (ms) when the facts were read. */
  nowMs: number
  /** The business day at the site's clock. */
  today: BusinessDay
  /** The business day of an instant. */
  dayOf(instant: number | string): BusinessDay
  /** The sessions of a day (confirmed, any kind, over or not), earliest first. */
  sessionsOn(day: BusinessDay): DemoEvent[]
  /** Today's confirmed classes not over yet (with `notStarted`, not begun yet), earliest first. */
  classesToday(options?: { notStarted?: boolean }): DemoEvent[]
  /** Every booking into that very session (any status). */
  bookingsOf(eventId: string): Booking[]
  /** Whether the desk can name this person unambiguously in that session: both names, nobody else's. */
  nameable(eventId: string, booking: Booking): boolean
  /**
   * Booked people (CONFIRMED) not checked in (no-shows included): what the roster's "Check in all" takes.
   * With `named`, only those the desk can name unambiguously (`nameable`).
   */
  notCheckedIn(eventId: string, options?: { named?: boolean }): Booking[]
  /** Booked people nobody has marked yet (neither checked in nor a no-show): still to come. */
  stillToCome(eventId: string, options?: { named?: boolean }): Booking[]
  /** Booked people checked in. */
  checkedIn(eventId: string): Booking[]
  /** Participants holding a spot (CONFIRMED and PENDING), as the desk counts a session's bookings. */
  held(event: DemoEvent): number
}

/** Facts of `state` at the site's clock `nowMs`. People lists are in the roster's order (by name). */
export function siteFacts(state: DemoData, nowMs: number): SiteFacts {
  const { timeZone } = state
  const dayOf = (instant: number | string) => businessDayOf(new Date(instant), timeZone)
  const today = dayOf(nowMs)
  const byEvent = new Map<string, Booking[]>()
  for (const booking of state.bookings) {
    const eventId = booking.bookedEntity.slot?.eventId
    if (eventId) byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), booking])
  }
  const earliestFirst = (a: DemoEvent, b: DemoEvent) => a.startMs - b.startMs || a.id.localeCompare(b.id)
  const byName = (a: Booking, b: Booking) => personName(a).localeCompare(personName(b))
  const bookingsOf = (eventId: string) => byEvent.get(eventId) ?? []
  const booked = (eventId: string) =>
    bookingsOf(eventId)
      .filter((b) => b.status === 'CONFIRMED')
      .sort(byName)
  const nameable = (eventId: string, booking: Booking) => {
    const name = personName(booking)
    return (
      !!booking.contactDetails?.firstName?.trim() &&
      !!booking.contactDetails.lastName?.trim() &&
      bookingsOf(eventId).filter((other) => personName(other) === name).length === 1
    )
  }
  /** Booked people whose attendance there is as wanted (and, when asked, whom the desk can name). */
  const bookedWith = (eventId: string, wanted: (status: AttendanceStatus) => boolean, named = false) =>
    booked(eventId).filter(
      (b) => wanted(attendanceOf(state, b.id, eventId)) && (!named || nameable(eventId, b)),
    )
  const sessionsOn = (day: BusinessDay) =>
    state.events.filter((e) => e.status === 'CONFIRMED' && dayOf(e.startMs) === day).sort(earliestFirst)
  return {
    state,
    timeZone,
    nowMs,
    today,
    dayOf,
    sessionsOn,
    classesToday: ({ notStarted = false } = {}) =>
      sessionsOn(today).filter(
        (e) => e.kind === 'CLASS' && e.endMs > nowMs && (!notStarted || e.startMs > nowMs),
      ),
    bookingsOf,
    nameable,
    notCheckedIn: (eventId, { named } = {}) => bookedWith(eventId, (s) => s !== 'ATTENDED', named),
    stillToCome: (eventId, { named } = {}) => bookedWith(eventId, (s) => s === 'NOT_SET', named),
    checkedIn: (eventId) => bookedWith(eventId, (s) => s === 'ATTENDED'),
    held: (event) =>
      bookingsOf(event.id)
        .filter((b) => b.status === 'CONFIRMED' || b.status === 'PENDING')
        .reduce((sum, b) => sum + (b.totalParticipants ?? 1), 0),
  }
}

/** The demo site's state and clock, read now. */
export async function readSite(demo: DemoControl): Promise<SiteFacts> {
  const [state, now] = await Promise.all([demo.state(), demo.now()])
  return siteFacts(state, Date.parse(now))
}

/** The first of `events` for which `wanted` holds; else an error saying what was looked for. */
export function firstWhere(
  events: readonly DemoEvent[],
  wanted: (event: DemoEvent) => boolean,
  what: string,
): DemoEvent {
  const event = events.find(wanted)
  if (!event) throw new Error(`The demo site has no ${what}`)
  return event
}

/**
 * Today's first class not over yet with at least `atLeast` people still to come whom the desk can name (and
 * for which `also` holds, when given): a class a desk opens to check people in.
 */
export function classToCheckIn(
  facts: SiteFacts,
  atLeast: number,
  also: (event: DemoEvent) => boolean = () => true,
): DemoEvent {
  return firstWhere(
    facts.classesToday(),
    (e) => facts.stillToCome(e.id, { named: true }).length >= atLeast && also(e),
    `class today with ${String(atLeast)} people still to check in`,
  )
}

/**
 * Requests (PENDING, each person named unambiguously) for today's classes still to come, in the order of
 * their sessions; each session the only one of its title and start (a search match or a link names it
 * unambiguously). Classes, not appointments: a canceled appointment takes its session off the calendar, so a
 * conflict over it would have no roster to show the booking in.
 */
export function requestsLaterToday(facts: SiteFacts): { booking: Booking; event: DemoEvent }[] {
  const classes = facts.classesToday({ notStarted: true })
  return classes
    .filter((e) => classes.filter((o) => o.title === e.title && o.startMs === e.startMs).length === 1)
    .flatMap((event) =>
      facts
        .bookingsOf(event.id)
        .filter((b) => b.status === 'PENDING' && facts.nameable(event.id, b))
        .map((booking) => ({ booking, event })),
    )
}

/** Someone the desk can cancel from a roster row, their session, and the site's deadline for a cancel. */
export interface Cancelable {
  booking: Booking
  event: DemoEvent
  /** From this instant (ms) the site refuses a plain cancel (`cancellationDeadline`). */
  deadline: number
}

/** Far enough before a cancellation deadline that a test's own minutes cannot carry a cancel across it. */
const WELL_BEFORE_DEADLINE_MS = 10 * 60_000

/**
 * People booked on today's classes not begun yet whom a desk cancels from their roster row as one booking:
 * still to come (their row's primary button is "Check in …"), named unambiguously, alone on their booking
 * and not one part of a multi-service visit (whose cancel takes the whole visit); `inside` their service's
 * cancellation window (the site refuses a plain cancel now) or well `outside` it (the site takes one now, and
 * will still in ten minutes). In the order of their sessions, then of their names (the roster's order).
 */
export function cancelableToday(facts: SiteFacts, window: 'inside' | 'outside'): Cancelable[] {
  const wanted = (deadline: number) =>
    window === 'inside' ? deadline <= facts.nowMs : deadline > facts.nowMs + WELL_BEFORE_DEADLINE_MS
  return facts.classesToday({ notStarted: true }).flatMap((event) =>
    facts
      .stillToCome(event.id, { named: true })
      .filter((b) => (b.totalParticipants ?? 1) === 1 && !b.multiServiceBookingInfo)
      .map((booking) => ({ booking, event, deadline: cancellationDeadline(facts.state, booking) }))
      .filter((c) => wanted(c.deadline)),
  )
}

/** The first of `cancelableToday(facts, window)`; else an error saying what was looked for. */
export function firstCancelable(facts: SiteFacts, window: 'inside' | 'outside'): Cancelable {
  const found = cancelableToday(facts, window)[0]
  if (!found) throw new Error(`The demo site has no one to cancel today ${window} their cancellation window`)
  return found
}

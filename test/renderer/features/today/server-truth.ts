import { businessDayOf } from '@shared/domain/business-day'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import type { DemoData, DemoEvent } from '../../../../electron/demo-site'
import { isOnCalendar } from '../../../../electron/demo-site/routes/calendar-routes'
import { holdsSpot as holdsSpotOnSite } from '../../../../electron/demo-site/capacity'
import { awaitsCalendarEvent } from '@shared/domain/booking-lifecycle'
import type { Booking } from '@shared/wix/booking'

/**
 * What the demo site itself says about a day's sessions, worked out from its own records (not through the
 * desk's store or queries): the oracle the Today screen is checked against.
 */
export interface ServerSession {
  id: string
  title: string
  startMs: number
  endMs: number
  /** "9:00 AM – 10:00 AM" in the site's time zone. */
  time: string
  staff: string
  location: string
  capacity: number
  canceled: boolean
  /** People confirmed (party sizes counted); pending requests and the waitlist are counted apart. */
  booked: number
  /** The calendar event's `remainingCapacity`, as the demo site answers it. */
  remaining: number
  /** What the desk should say of it: "Full", "Full on Wix" (no spot left on Wix, fewer booked), or null. */
  full: 'Full' | 'Full on Wix' | null
  checkedIn: number
  waitlist: number
  pending: number
  /** People on the waitlist and asking (party sizes counted): what the desk's numbers say (issue 19). */
  waitlistPeople: number
  pendingPeople: number
}

const people = (list: readonly Booking[]) => list.reduce((sum, b) => sum + bookingParticipantCount(b), 0)

/**
 * "2 pending", or "5 pending (3 requests)": people counted, then how many bookings hold them where the
 * people are more. Written out here, apart from the app's own words, so that a test checks them.
 */
function peopleSaid(people: number, bookings: number, what: string, one: string, many: string): string {
  const head = `${people} ${what}`
  return people === bookings ? head : `${head} (${bookings} ${bookings === 1 ? one : many})`
}

/** What the desk should say of the session's requests: "2 pending", or "5 pending (3 requests)". */
export function pendingSaid(s: Pick<ServerSession, 'pending' | 'pendingPeople'>): string {
  return peopleSaid(s.pendingPeople, s.pending, 'pending', 'request', 'requests')
}

/** "2 on the waitlist", or "4 on the waitlist (2 bookings)". */
export function waitlistSaid(s: Pick<ServerSession, 'waitlist' | 'waitlistPeople'>): string {
  return peopleSaid(s.waitlistPeople, s.waitlist, 'on the waitlist', 'booking', 'bookings')
}

/** What a Today row says of its waitlist: "2 waitlist", or "4 waitlist (2 bookings)" (the figure over its caption). */
export function waitlistOnTodayRow(s: Pick<ServerSession, 'waitlist' | 'waitlistPeople'>): string {
  return peopleSaid(s.waitlistPeople, s.waitlist, 'waitlist', 'booking', 'bookings')
}

export function serverTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, hour: 'numeric', minute: '2-digit' }).format(ms)
}

/** The site's own remaining capacity of a session (what its Calendar events answer), by its own rule. */
function remainingOnSite(event: DemoEvent, bookings: readonly Booking[]): number {
  let held = 0
  for (const b of bookings) if (holdsSpotOnSite(b.status)) held += bookingParticipantCount(b)
  return Math.max(0, event.totalCapacity - held)
}

function countsOf(data: DemoData, event: DemoEvent) {
  const bookings = data.bookings.filter((b) =>
    event.kind === 'COURSE'
      ? b.bookedEntity.schedule?.scheduleId === event.scheduleId
      : b.bookedEntity.slot?.eventId === event.id,
  )
  const remaining = remainingOnSite(event, bookings)
  let booked = 0
  let checkedIn = 0
  for (const b of bookings) {
    if (b.status === 'CONFIRMED') booked += bookingParticipantCount(b)
    const seen = data.attendance.find((a) => a.bookingId === b.id && a.eventId === event.id)
    if (b.status === 'CONFIRMED' && seen?.status === 'ATTENDED')
      checkedIn += seen.numberOfAttendees || bookingParticipantCount(b)
  }
  const full: ServerSession['full'] =
    remaining > 0 && booked < event.totalCapacity
      ? null
      : booked >= event.totalCapacity
        ? 'Full'
        : 'Full on Wix'
  return {
    booked,
    remaining,
    full,
    checkedIn,
    waitlist: bookings.filter((b) => b.status === 'WAITING_LIST').length,
    pending: bookings.filter((b) => b.status === 'PENDING').length,
    waitlistPeople: people(bookings.filter((b) => b.status === 'WAITING_LIST')),
    pendingPeople: people(bookings.filter((b) => b.status === 'PENDING')),
  }
}

/** The day's sessions on the site's calendar (a canceled appointment leaves it; a canceled class stays). */
export function serverDay(data: DemoData, day: string): ServerSession[] {
  const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? ''
  return data.events
    .filter((e) => isOnCalendar(e) && businessDayOf(new Date(e.startMs), data.timeZone) === day)
    .sort((a, b) => a.startMs - b.startMs)
    .map((e) => ({
      id: e.id,
      title: e.title,
      startMs: e.startMs,
      endMs: e.endMs,
      time: `${serverTime(e.startMs, data.timeZone)} – ${serverTime(e.endMs, data.timeZone)}`,
      staff: name(data.staff, e.staffId),
      location: name(data.locations, e.locationId),
      capacity: e.totalCapacity,
      canceled: e.status === 'CANCELLED',
      ...countsOf(data, e),
    }))
}

/** The days of the site's calendar (in its time zone) that have sessions, in order. */
export function serverDays(data: DemoData): string[] {
  return [...new Set(data.events.map((e) => businessDayOf(new Date(e.startMs), data.timeZone)))].sort()
}

/**
 * The day's appointment requests the site has not put on its calendar (issue 19 case 2: booked by slot, no
 * `eventId` until confirmed), which Today lists as rows of their own among the sessions: PENDING ones, and
 * CONFIRMED ones still without an event. A checkout not finished (CREATED) is not among them. Time order.
 */
export function serverRequests(data: DemoData, day: string): Booking[] {
  return data.bookings
    .filter(
      (b) =>
        (b.status === 'PENDING' || b.status === 'CONFIRMED') &&
        awaitsCalendarEvent(b) &&
        businessDayOf(new Date(b.startDate), data.timeZone) === day,
    )
    .sort((a, b) => Date.parse(a.startDate) - Date.parse(b.startDate))
}

import type { BusinessDay } from '@shared/domain/business-day'
import type { RollcallDb } from '../../db/schema'
import { dayAppointmentRequests, type AppointmentRequest } from '../../queries/appointment-requests'
import { paymentWords } from '../../queries/payment-words'
import { sessionRoster, type RosterEntry, type SessionRoster } from '../../queries/roster-view'
import { bookingStatusName } from '../../queries/session-facts'
import { attendanceWords } from '../roster/booking-words'
import type { DayLoaded, DayState } from '../../sync/loaded-days'

/**
 * What the sign-in sheet lists: per session, the people who may come through the door, grouped and ordered
 * as the roster groups them (queries/roster-view.ts `sessionRoster`, by the counting rule of
 * queries/session-counts.ts): booked (by name), requests still pending, checkouts not finished, then the
 * waitlist in order. Canceled and declined bookings are not on it. Read from the local store only.
 */

export interface SheetRow {
  bookingId: string
  name: string
  /** People in the booking (its party size). */
  party: number
  /** "Booked", "Pending", "Checkout not finished", "Waitlist 2" (the place in the waitlist). */
  status: string
  /** "Checked in", "No-show", "2 of 3 checked in"; null when nobody marked the booked person yet. */
  attendance: string | null
  /** The payment in the desk's words (queries/payment-words.ts); null when Wix says nothing. */
  payment: string | null
}

export interface SheetSession {
  /** The session's event id, or `request:<bookingId>` for an appointment not on the calendar yet. */
  id: string
  day: BusinessDay
  /** The roster this is the sheet of; null for an appointment request (it has no session yet). */
  eventId: string | null
  title: string
  startUtc: string
  /** "9:00 AM" */
  startLabel: string
  /** "9:00 – 10:00 AM" */
  timeLabel: string
  staff: string | null
  location: string | null
  /** Canceled on Wix (its people are still listed: they may not know). */
  canceled: boolean
  /** False while some of its bookings are still to come from Wix (the first sync, a day new to the window). */
  complete: boolean
  rows: SheetRow[]
}

/** The roster's words for a checkout in progress (features/roster/CheckoutSection.tsx). */
export const CHECKOUT_UNFINISHED = 'Checkout not finished'

function row(entry: RosterEntry, status: string, attendance: string | null = null): SheetRow {
  return {
    bookingId: entry.booking.id,
    name: entry.name,
    party: entry.booking.participants,
    status,
    attendance,
    payment: paymentWords(entry.booking)?.label ?? null,
  }
}

/** The sheet's rows of one session's roster, in the roster's groups and order. */
export function sheetRowsOf(roster: Omit<SessionRoster, 'session' | 'inactive'>): SheetRow[] {
  return [
    ...roster.attendees.map((e) =>
      row(
        e,
        bookingStatusName(e.booking.status),
        attendanceWords(e.attendance, e.booking.participants, e.attended),
      ),
    ),
    ...roster.pending.map((e) => row(e, bookingStatusName(e.booking.status))),
    ...roster.checkoutUnfinished.map((e) => row(e, CHECKOUT_UNFINISHED)),
    ...roster.waitlist.map((e, index) => row(e, `${bookingStatusName(e.booking.status)} ${index + 1}`)),
  ]
}

export function sheetSessionOf(roster: SessionRoster): SheetSession {
  const { session } = roster
  return {
    id: session.id,
    day: session.day,
    eventId: session.id,
    title: session.title,
    startUtc: session.startUtc,
    startLabel: session.startLabel,
    timeLabel: session.timeLabel,
    staff: session.staff,
    location: session.location,
    canceled: session.canceled,
    complete: session.bookingsLoaded,
    rows: sheetRowsOf(roster),
  }
}

/** An appointment Wix has not put on the calendar yet, as a sheet of its own (Today lists it among sessions). */
export function requestSheetSession(request: AppointmentRequest): SheetSession {
  return {
    id: `request:${request.bookingId}`,
    day: request.day,
    eventId: null,
    title: request.title,
    startUtc: request.startUtc,
    startLabel: request.startLabel,
    timeLabel: request.timeLabel,
    staff: request.staff,
    location: request.location,
    canceled: false,
    complete: true,
    rows: [row(request.entry, bookingStatusName(request.entry.booking.status))],
  }
}

/** One session's sheet; null when the session is not in the store. */
export async function sessionSheet(
  db: RollcallDb,
  eventId: string,
  timeZone: string,
  known?: DayState,
): Promise<SheetSession | null> {
  const roster = await sessionRoster(db, eventId, timeZone, known)
  return roster && sheetSessionOf(roster)
}

/**
 * The day's sheets in time order: every session of the day and the appointments waiting for one. `loaded`:
 * the day's state, when the caller reads it apart (useDayLoaded.ts); read here otherwise.
 */
export async function daySheet(
  db: RollcallDb,
  day: BusinessDay,
  timeZone: string,
  loaded?: DayLoaded,
): Promise<SheetSession[]> {
  const known = loaded && { day, loaded }
  const [events, requests] = await Promise.all([
    db.events.where('day').equals(day).sortBy('startUtc'),
    dayAppointmentRequests(db, day, timeZone, loaded),
  ])
  const rosters = await Promise.all(events.map((event) => sessionRoster(db, event.id, timeZone, known)))
  const sessions = [
    ...rosters.flatMap((roster) => (roster ? [sheetSessionOf(roster)] : [])),
    ...requests.map(requestSheetSession),
  ]
  return sessions.sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.id.localeCompare(b.id))
}

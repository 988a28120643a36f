import { awaitsCalendarEvent, bookedStaffName } from '@shared/domain/booking-lifecycle'
import type { BusinessDay } from '@shared/domain/business-day'
import type { BookingRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { dayLoadedOf, inStoreFor, type DayLoaded } from '../sync/loaded-days'
import { readSyncMemory } from '../sync/sync-memory'
import { rosterEntry, type RosterEntry } from './roster-view'
import { timeOfDay } from './session-facts'
import { visitsOf } from './visits'

/**
 * Appointment requests Wix has not put on the calendar yet (issue 19 case 2): booked by slot, no `eventId`
 * until the booking is confirmed (`awaitsCalendarEvent`, §8 C4). They belong to no session, so the desk shows
 * them at their slot's time with their staff member — on Today among the sessions, and in the Pending inbox —
 * until a pull brings the event, when the booking lands on that session's roster like any other.
 */
export interface AppointmentFacts {
  bookingId: string
  day: BusinessDay
  startUtc: string
  endUtc: string | null
  /** "2:00 PM" in the business's time zone. */
  startLabel: string
  /** "2:00 – 3:00 PM", or the start alone when Wix gave no end. */
  timeLabel: string
  /** The service booked ("Sports Massage"). */
  title: string
  /** The staff member asked for ("Ana Ruiz"), when Wix names one. */
  staff: string | null
  location: string | null
}

/** An appointment waiting for its calendar event, as Today lists it. */
export interface AppointmentRequest extends AppointmentFacts {
  entry: RosterEntry
  /** PENDING: a request to decide. CONFIRMED here: confirmed, Wix has yet to put it on the calendar. */
  confirmed: boolean
}

/** Whether a booking row is an appointment without its session yet (read from the server's copy). */
export function isUnscheduledAppointment(row: BookingRow): boolean {
  return row.eventId === null && row.server !== null && awaitsCalendarEvent(row.server.booking)
}

/** Where and when an unscheduled appointment is, from its booked slot. */
export function appointmentFacts(row: BookingRow, timeZone: string): AppointmentFacts {
  const booking = row.server?.booking
  const start = timeOfDay(row.startUtc, timeZone)
  const endUtc = booking?.endDate ?? null
  return {
    bookingId: row.id,
    day: row.day,
    startUtc: row.startUtc,
    endUtc,
    startLabel: start,
    timeLabel: endUtc ? `${start} – ${timeOfDay(endUtc, timeZone)}` : start,
    title: booking?.bookedEntity.title?.trim() || 'Appointment',
    staff: booking ? bookedStaffName(booking) : null,
    location: booking?.bookedEntity.slot?.location?.name?.trim() || null,
  }
}

/** Statuses an unscheduled appointment is listed with on Today: a request, or one confirmed here not yet placed. */
const LISTED = new Set(['PENDING', 'CONFIRMED'])

/** The day's appointment requests without a session, in time order (the `day` index). */
export async function dayAppointmentRequests(
  db: RollcallDb,
  day: BusinessDay,
  timeZone: string,
  loaded?: DayLoaded,
): Promise<AppointmentRequest[]> {
  // Until the day's appointment bookings are in, there is nothing true to list (Today says the day is
  // loading), and the day's bookings are not read for every batch a first sync stores. `loaded` as in
  // daySessions: given by a live screen that reads it apart.
  const state = loaded ?? dayLoadedOf(await readSyncMemory(db), day)
  if (!inStoreFor(state, 'APPOINTMENT')) return []
  // The day's rows in one read (a getAll), filtered here: a Dexie filter walks a cursor row by row.
  const rows = (await db.bookings.where('day').equals(day).toArray())
    .filter((row) => LISTED.has(row.status) && isUnscheduledAppointment(row))
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc))
  const visits = await visitsOf(db, rows)
  return rows.map((row) => ({
    ...appointmentFacts(row, timeZone),
    entry: rosterEntry(row, undefined, visits.get(row.id) ?? null),
    confirmed: row.status === 'CONFIRMED',
  }))
}

/** People asking, for the day's count of requests: party sizes counted, as on the sessions. */
export function requestPeople(requests: readonly AppointmentRequest[]): {
  pending: number
  pendingPeople: number
} {
  const asking = requests.filter((r) => !r.confirmed)
  return {
    pending: asking.length,
    pendingPeople: asking.reduce((sum, r) => sum + r.entry.booking.participants, 0),
  }
}

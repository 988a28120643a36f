import { bookingStatuses, type BookingStatus, type WixBookingStatus } from '@shared/wix/booking-enums'
import { isKnownValue } from '@shared/wix/open-enum'
import type { AttendanceRow, BookingRow } from '../db/rows'

/**
 * The counting rule, declared once: where a booking counts on its session's numbers, by its status.
 * - CONFIRMED: booked, by its party size (`participants`: totalParticipants, or the sum of participantsChoices);
 * - PENDING: a request waiting for the desk, counted apart (whether Wix holds a spot for it shows in the
 *   session's remaining capacity, which "full" follows);
 * - WAITING_LIST: counted apart;
 * - CREATED (checkout not finished), CANCELED, DECLINED: not counted.
 */
export type CountedAs = 'booked' | 'pending' | 'waitlist' | null

const COUNTED_AS: Record<BookingStatus, CountedAs> = {
  CONFIRMED: 'booked',
  PENDING: 'pending',
  WAITING_LIST: 'waitlist',
  CREATED: null,
  CANCELED: null,
  DECLINED: null,
}

/** A status Wix added that Rollcall does not know counts nowhere: nothing says it holds a spot. */
export function countedAs(status: WixBookingStatus): CountedAs {
  return isKnownValue(bookingStatuses, status) ? COUNTED_AS[status] : null
}

export interface SessionCounts {
  /** People booked (CONFIRMED bookings, party sizes counted). */
  booked: number
  /** People checked in (of the booked). */
  checkedIn: number
  /** Bookings on the waitlist. */
  waitlist: number
  /** People on the waitlist (party sizes counted): what the desk reads (session-count-words). */
  waitlistPeople: number
  /** Requests waiting for the desk's confirm or decline. */
  pending: number
  /** People those requests are for (party sizes counted). */
  pendingPeople: number
}

/**
 * Room left in a session. Wix's `remainingCapacity` (Calendar events) is the authority, as of the last pull:
 * what the desk booked or released here that Wix has not got yet is taken into account on top of it.
 */
export interface SessionRoom {
  capacity: number | null
  /** Spots Wix had left at the last pull, less the desk's unsent bookings; null when Wix did not say. */
  leftOnWix: number | null
  /**
   * Spots a new booking may take: the lower of Wix's figure and the capacity less the booked people (what is
   * known of the two); null when the session has no capacity.
   */
  left: number | null
}

/**
 * The spots a booking's change not yet on Wix takes (+) or gives back (−) from Wix's last figure. Only what
 * holds whatever Wix does with pending requests: a walk-in or a waitlist move takes its party, a cancel of a
 * booked one gives it back. A pending request confirmed or declined here moves nothing: if Wix held its
 * spot, confirming takes no other and declining frees it only once Wix says so; if Wix did not, the people
 * booked (the capacity less the count, also weighed in `left`) already show it.
 */
function unsentSpots(booking: BookingRow): number {
  const { status, serverStatus, participants } = booking
  if (status === serverStatus) return 0
  if (countedAs(status) === 'booked' && serverStatus !== 'PENDING') return participants
  if (serverStatus !== null && countedAs(serverStatus) === 'booked') return -participants
  return 0
}

export function countsOf(
  bookings: readonly BookingRow[],
  eventId: string,
  attendance: ReadonlyMap<string, AttendanceRow>,
): SessionCounts {
  const counts: SessionCounts = {
    booked: 0,
    checkedIn: 0,
    waitlist: 0,
    waitlistPeople: 0,
    pending: 0,
    pendingPeople: 0,
  }
  for (const b of bookings) {
    const counted = countedAs(b.status)
    if (counted === 'booked') {
      counts.booked += b.participants
      const seen = attendance.get(`${eventId}|${b.id}`)
      if (seen?.status === 'ATTENDED') counts.checkedIn += seen.numberOfAttendees || b.participants
    } else if (counted === 'pending') {
      counts.pending++
      counts.pendingPeople += b.participants
    } else if (counted === 'waitlist') {
      counts.waitlist++
      counts.waitlistPeople += b.participants
    }
  }
  return counts
}

/**
 * The session's room: Wix's remaining capacity less the spots the desk took here that Wix does not have yet
 * (a walk-in or a waitlist move still queued; a cancel still queued gives them back), and never more than
 * the capacity less the people booked.
 */
export function roomOf(
  event: { totalCapacity?: number | null; remainingCapacity?: number | null },
  bookings: readonly BookingRow[],
  counts: SessionCounts,
): SessionRoom {
  const capacity = event.totalCapacity ?? null
  let unsent = 0
  for (const b of bookings) unsent += unsentSpots(b)
  const remaining = event.remainingCapacity ?? null
  const leftOnWix = remaining === null ? null : remaining - unsent
  const leftHere = capacity === null ? null : capacity - counts.booked
  const known = [leftOnWix, leftHere].filter((n): n is number => n !== null)
  return { capacity, leftOnWix, left: known.length ? Math.min(...known) : null }
}

/** Whether `participants` more people fit without an override. Unknown capacity never blocks. */
export function fitsIn(room: SessionRoom, participants = 1): boolean {
  return room.left === null || participants <= room.left
}

/**
 * "Full", or "Full on Wix" when Wix has no spot left although fewer people are booked than the capacity
 * (pending requests, or bookings the desk does not see, hold them there); null while there is room.
 */
export function fullWords(room: SessionRoom, counts: SessionCounts): 'Full' | 'Full on Wix' | null {
  if (fitsIn(room)) return null
  const bookedOut = room.capacity !== null && counts.booked >= room.capacity
  return bookedOut ? 'Full' : 'Full on Wix'
}

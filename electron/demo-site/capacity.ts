import type { WixBookingStatus } from '@shared/wix/booking-enums'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import type { DemoEvent } from './model'
import type { DemoStore } from './store'

/**
 * Capacity is always derived from the bookings, never stored, so the calendar and the bookings can't
 * disagree: a session's spots are held by CONFIRMED and PENDING bookings (PENDING blocks the slot in Wix);
 * WAITING_LIST is counted apart; CREATED, CANCELED and DECLINED hold nothing.
 */
export function holdsSpot(status: WixBookingStatus): boolean {
  return status === 'CONFIRMED' || status === 'PENDING'
}

export interface Occupancy {
  /** Participants holding a spot. */
  participants: number
  /** Participants on the waitlist. */
  waitingList: number
}

export function eventOccupancy(store: DemoStore, event: DemoEvent, excludeBookingId?: string): Occupancy {
  let participants = 0
  let waitingList = 0
  for (const booking of store.bookingsOfEvent(event)) {
    if (booking.id === excludeBookingId) continue
    if (holdsSpot(booking.status)) participants += bookingParticipantCount(booking)
    else if (booking.status === 'WAITING_LIST') waitingList += bookingParticipantCount(booking)
  }
  return { participants, waitingList }
}

/** Remaining spots, never below 0 (a forced confirm can oversubscribe; `participants.total` then shows it). */
export function remainingCapacity(event: DemoEvent, occupancy: Occupancy): number {
  return Math.max(0, event.totalCapacity - occupancy.participants)
}

/** Whether `extra` more participants fit in every one of the sessions (ignoring one booking's own spot). */
export function fitsInSessions(
  store: DemoStore,
  events: readonly DemoEvent[],
  extra: number,
  excludeBookingId?: string,
): boolean {
  return events.every(
    (event) => eventOccupancy(store, event, excludeBookingId).participants + extra <= event.totalCapacity,
  )
}

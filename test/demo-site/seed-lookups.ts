import type { Booking } from '@shared/wix/booking'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import type { DemoData, DemoEvent } from '../../electron/demo-site'

/** Finding the bookings a test needs in a seeded site's state. */

export function occupancyOf(state: DemoData, eventId: string): number {
  return state.bookings
    .filter(
      (b) => b.bookedEntity.slot?.eventId === eventId && (b.status === 'CONFIRMED' || b.status === 'PENDING'),
    )
    .reduce((sum, b) => sum + bookingParticipantCount(b), 0)
}

export function findBooking(
  state: DemoData,
  predicate: (booking: Booking, event: DemoEvent | undefined) => boolean,
): Booking {
  const events = new Map(state.events.map((e) => [e.id, e]))
  const found = state.bookings.find((b) => predicate(b, events.get(b.bookedEntity.slot?.eventId ?? '')))
  if (!found) throw new Error('no seeded booking matches')
  return found
}

export function serviceOf(state: DemoData, booking: Booking) {
  const serviceId = booking.bookedEntity.slot?.serviceId ?? booking.bookedEntity.schedule?.serviceId
  const service = state.services.find((s) => s.id === serviceId)
  if (!service) throw new Error(`no service ${serviceId}`)
  return service
}

/** A waitlisted booking on a session with no room for its party. */
export function waitlistedOnFullSession(state: DemoData): { booking: Booking; event: DemoEvent } {
  for (const booking of state.bookings) {
    if (booking.status !== 'WAITING_LIST') continue
    const event = state.events.find((e) => e.id === booking.bookedEntity.slot?.eventId)
    if (event && occupancyOf(state, event.id) + bookingParticipantCount(booking) > event.totalCapacity)
      return { booking, event }
  }
  throw new Error('seed has no full session with a waitlist')
}

/** A future class session with at least `spots` open spots. */
export function openClassSession(state: DemoData, nowMs: number, spots = 1): DemoEvent {
  const event = state.events.find(
    (e) =>
      e.kind === 'CLASS' &&
      e.startMs > nowMs + 2 * 86_400_000 &&
      e.totalCapacity - occupancyOf(state, e.id) >= spots,
  )
  if (!event) throw new Error('no open class session')
  return event
}

import type { Booking } from '@shared/wix/booking'
import type { DemoStore } from '../store'

/**
 * The booking policy the simulator enforces on cancel: no cancellation within the service's window
 * (`cancellationWindowHours` before the start, or after the start) unless the caller sets
 * `flowControlSettings.ignoreCancellationPolicy` — what a staff member does at the desk
 * (electron/main/wix/README.md, "Writing bookings": 428 BOOKING_POLICY_VIOLATION).
 */
export function serviceIdOf(booking: Booking): string | undefined {
  return booking.bookedEntity.slot?.serviceId ?? booking.bookedEntity.schedule?.serviceId ?? undefined
}

export function cancellationDeadlineMs(store: DemoStore, booking: Booking): number {
  const service = store.services.get(serviceIdOf(booking) ?? '')
  const windowHours = service?.cancellationWindowHours ?? 0
  return Date.parse(booking.startDate) - windowHours * 3_600_000
}

export function cancellationWindowHours(store: DemoStore, booking: Booking): number {
  return store.services.get(serviceIdOf(booking) ?? '')?.cancellationWindowHours ?? 0
}

export function isWithinCancellationPolicy(store: DemoStore, booking: Booking, now: number): boolean {
  return now < cancellationDeadlineMs(store, booking)
}

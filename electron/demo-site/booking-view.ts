import type { Booking } from '@shared/wix/booking'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import { ecomOrderOf } from './ecom-order'
import { isWithinCancellationPolicy } from './rules/cancellation-policy'
import type { DemoStore } from './store'

/**
 * A booking as Query Extended Bookings returns it.
 * - `allowedActions` (withBookingAllowedActions): what the customer's policy allows — cancel while the
 *   booking is active and before the cancellation deadline; reschedule likewise, but never for courses.
 * - `attendance` (withBookingAttendanceInfo): the booking's attendance for its session, when one was set.
 *   A course booking covers many sessions and the field holds one object, so it is omitted for courses
 *   (use Query Attendance per session) (a guess).
 * - `order` (withEcomOrder): the booking's eCommerce order, for bookings paid through one (ecom-order.ts).
 */
export interface ExtendedBookingFlags {
  withBookingAllowedActions: boolean
  withBookingAttendanceInfo: boolean
  withEcomOrder?: boolean
}

const ACTIVE = new Set(['CREATED', 'CONFIRMED', 'PENDING', 'WAITING_LIST'])

export function toExtendedBooking(
  store: DemoStore,
  booking: Booking,
  flags: ExtendedBookingFlags,
  now: number,
): ExtendedBooking {
  const extended: ExtendedBooking = { booking }
  if (flags.withBookingAllowedActions) {
    const cancel = ACTIVE.has(booking.status) && isWithinCancellationPolicy(store, booking, now)
    extended.allowedActions = { cancel, reschedule: cancel && booking.bookedEntity.schedule === undefined }
  }
  if (flags.withBookingAttendanceInfo) {
    const eventId = booking.bookedEntity.slot?.eventId
    const record = eventId ? store.attendanceOf(booking.id, eventId) : undefined
    if (record)
      extended.attendance = {
        id: record.id,
        status: record.status,
        numberOfAttendees: record.numberOfAttendees,
      }
  }
  if (flags.withEcomOrder) {
    const order = ecomOrderOf(store, booking)
    if (order) extended.order = order
  }
  return extended
}

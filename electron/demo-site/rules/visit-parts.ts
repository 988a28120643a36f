import type { Booking } from '@shared/wix/booking'
import { applicationError } from '../http/wix-error'

/**
 * A booking that is part of a multi-service booking (a visit: "Sports Massage then Facial") is managed as one:
 * Wix refuses to cancel or reschedule a part on its own with NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING
 * (SDK-B CancelBookingApplicationErrors ~6719, RescheduleBookingApplicationErrors ~6593); the whole goes through
 * `/v2/multi_service_bookings/{id}/cancel` and friends.
 */
export const PART_OF_VISIT_CODE = 'NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING'

// GUESS: the refusal of a single write on a part of a multi-service booking is a 400 (the SDK gives only the code).
export const PART_OF_VISIT_STATUS = 400

export function refusePartOfVisit(booking: Booking, what: string): void {
  const visitId = booking.multiServiceBookingInfo?.id
  if (!visitId) return
  throw applicationError(
    PART_OF_VISIT_STATUS,
    PART_OF_VISIT_CODE,
    `Booking ${booking.id} is part of multi-service booking ${visitId} and can't be ${what} on its own`,
    { bookingId: booking.id, multiServiceBookingId: visitId },
  )
}

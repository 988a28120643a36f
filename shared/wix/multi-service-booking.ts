import { z } from 'zod'
import { bookingSchema } from './booking'
import { tolerated } from './tolerated'

/**
 * One part of a multi-service booking as Wix answers it (SDK-B `BookingResult`): `bookingId` "Always present";
 * `booking` "Only returned when `returnFullEntity` is `true`". A full booking Rollcall cannot read reads as
 * absent, so the client re-reads that part by id instead of failing the whole answer.
 */
export const multiServiceBookingResultSchema = z.looseObject({
  bookingId: z.string().min(1),
  booking: tolerated(bookingSchema),
})
export type MultiServiceBookingResult = z.infer<typeof multiServiceBookingResultSchema>

/**
 * SDK-B `MultiServiceBooking`, in REST names (`id`, not the SDK's `_id`). The id is optional in Wix's
 * definition; the caller knows which one it asked about.
 */
export const multiServiceBookingSchema = z.looseObject({
  id: tolerated(z.string().min(1)),
  bookings: z.array(multiServiceBookingResultSchema),
})
export type MultiServiceBooking = z.infer<typeof multiServiceBookingSchema>

/**
 * The answer of Confirm, Decline and Cancel Multi-Service Booking (`/v2/multi_service_bookings/{id}/…`):
 * `{ multiServiceBooking: { id, bookings: [{ bookingId, booking? }] } }`.
 */
export const multiServiceBookingResponseSchema = z.looseObject({
  multiServiceBooking: multiServiceBookingSchema,
})
export type MultiServiceBookingResponse = z.infer<typeof multiServiceBookingResponseSchema>

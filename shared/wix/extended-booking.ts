import { z } from 'zod'
import { attendanceStatusReadSchema } from './attendance'
import { bookingSchema } from './booking'
import { pagingMetadataSchema } from './paging'
import { tolerated } from './tolerated'

/** Returned with `withBookingAllowedActions: true`. `refund` is deprecated. */
export const allowedActionsSchema = z.looseObject({
  cancel: tolerated(z.boolean()),
  reschedule: tolerated(z.boolean()),
  refund: tolerated(z.boolean()),
})
export type AllowedActions = z.infer<typeof allowedActionsSchema>

/** Returned with `withBookingAttendanceInfo: true` (the reader's short form: no bookingId/eventId). */
export const extendedBookingAttendanceSchema = z.looseObject({
  id: tolerated(z.string()),
  status: attendanceStatusReadSchema,
  numberOfAttendees: z.number().int().nonnegative().optional().catch(undefined),
})
export type ExtendedBookingAttendance = z.infer<typeof extendedBookingAttendanceSchema>

/** An amount as Wix sends it: a decimal string, and the same with its currency symbol. */
export const priceSchema = z.looseObject({
  amount: tolerated(z.string().regex(/^-?\d+(\.\d+)?$/)),
  formattedAmount: tolerated(z.string()),
})
export type Price = z.infer<typeof priceSchema>

/**
 * The booking's eCommerce order, returned with `withEcomOrder: true` (SDK-X `Order`): what it costs and what is
 * still to pay (`balance`; negative = to refund). Absent for a booking without an order (a walk-in paid at the
 * desk, a plan, a free class).
 */
export const bookingOrderSchema = z.looseObject({
  id: tolerated(z.string()),
  number: tolerated(z.string()),
  status: tolerated(z.string()),
  paymentStatus: tolerated(z.string()),
  totalPrice: tolerated(priceSchema),
  balance: tolerated(priceSchema),
  currency: tolerated(z.string()),
})
export type BookingOrder = z.infer<typeof bookingOrderSchema>

export const extendedBookingSchema = z.looseObject({
  booking: bookingSchema,
  allowedActions: allowedActionsSchema.optional().catch(undefined),
  /** Without a readable status the attendance reads as absent (not marked), the booking is kept. */
  attendance: extendedBookingAttendanceSchema.optional().catch(undefined),
  order: tolerated(bookingOrderSchema),
})
export type ExtendedBooking = z.infer<typeof extendedBookingSchema>

export const queryExtendedBookingsResponseSchema = z.looseObject({
  extendedBookings: z.array(extendedBookingSchema),
  pagingMetadata: pagingMetadataSchema.optional(),
})
export type QueryExtendedBookingsResponse = z.infer<typeof queryExtendedBookingsResponseSchema>

export const countExtendedBookingsResponseSchema = z.looseObject({ count: z.number().int().nonnegative() })
export type CountExtendedBookingsResponse = z.infer<typeof countExtendedBookingsResponseSchema>

import { z } from 'zod'
import { attendanceStatusSchema } from './attendance'
import { bookingSchema } from './booking'
import { pagingMetadataSchema } from './paging'

/** Returned with `withBookingAllowedActions: true`. `refund` is deprecated. */
export const allowedActionsSchema = z.looseObject({
  cancel: z.boolean().optional(),
  reschedule: z.boolean().optional(),
  refund: z.boolean().nullish(),
})
export type AllowedActions = z.infer<typeof allowedActionsSchema>

/** Returned with `withBookingAttendanceInfo: true` (the reader's short form: no bookingId/eventId). */
export const extendedBookingAttendanceSchema = z.looseObject({
  id: z.string().nullish(),
  status: attendanceStatusSchema,
  numberOfAttendees: z.number().int().nonnegative().optional(),
})
export type ExtendedBookingAttendance = z.infer<typeof extendedBookingAttendanceSchema>

export const extendedBookingSchema = z.looseObject({
  booking: bookingSchema,
  allowedActions: allowedActionsSchema.optional(),
  attendance: extendedBookingAttendanceSchema.optional(),
})
export type ExtendedBooking = z.infer<typeof extendedBookingSchema>

export const queryExtendedBookingsResponseSchema = z.looseObject({
  extendedBookings: z.array(extendedBookingSchema),
  pagingMetadata: pagingMetadataSchema.optional(),
})
export type QueryExtendedBookingsResponse = z.infer<typeof queryExtendedBookingsResponseSchema>

export const countExtendedBookingsResponseSchema = z.looseObject({ count: z.number().int().nonnegative() })
export type CountExtendedBookingsResponse = z.infer<typeof countExtendedBookingsResponseSchema>

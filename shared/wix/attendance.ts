import { z } from 'zod'
import { pagingMetadataSchema } from './paging'

/** NOT_SET / ATTENDED / NOT_ATTENDED. A no-show is NOT_ATTENDED, never `numberOfAttendees: 0`. */
export const attendanceStatuses = ['NOT_SET', 'ATTENDED', 'NOT_ATTENDED'] as const
export const attendanceStatusSchema = z.enum(attendanceStatuses)
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>

/**
 * Attendance (SDK-A). One per (booking, event). No revision and no created/updated dates: set is an upsert,
 * so replaying the final state is safe.
 */
export const attendanceSchema = z.looseObject({
  id: z.string().min(1),
  bookingId: z.string().min(1),
  /** Calendar V3 event id (preferred). */
  eventId: z.string().nullish(),
  /** Deprecated legacy session id. */
  sessionId: z.string().nullish(),
  status: attendanceStatusSchema,
  numberOfAttendees: z.number().int().nonnegative().optional(),
})
export type Attendance = z.infer<typeof attendanceSchema>

export const attendanceResponseSchema = z.looseObject({ attendance: attendanceSchema })
export type AttendanceResponse = z.infer<typeof attendanceResponseSchema>

export const queryAttendanceResponseSchema = z.looseObject({
  attendances: z.array(attendanceSchema),
  pagingMetadata: pagingMetadataSchema.optional(),
})
export type QueryAttendanceResponse = z.infer<typeof queryAttendanceResponseSchema>

export const countAttendancesResponseSchema = z.looseObject({ count: z.number().int().nonnegative() })
export type CountAttendancesResponse = z.infer<typeof countAttendancesResponseSchema>

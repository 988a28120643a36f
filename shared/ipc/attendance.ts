import { z } from 'zod'
import { attendanceSchema, attendanceStatusSchema } from '../wix/attendance'
import { MAX_BULK_ATTENDANCE } from '../wix/bulk-attendance'
import { pageOf } from './bookings'

/** One (booking, session) attendance state as the desk sends it; main and the renderer share its type. */
export const attendanceChangeSchema = z.object({
  bookingId: z.string().min(1),
  eventId: z.string().min(1),
  status: attendanceStatusSchema,
  numberOfAttendees: z.number().int().min(1).max(50),
})

export const bulkAttendanceInputSchema = z.object({
  changes: z.array(attendanceChangeSchema).min(1).max(MAX_BULK_ATTENDANCE),
})

export const bulkAttendanceOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ index: z.number().int(), ok: z.literal(true), attendanceId: z.string().nullable() }),
  z.object({ index: z.number().int(), ok: z.literal(false), code: z.string(), message: z.string() }),
])

export const bulkAttendanceResultSchema = z.object({ outcomes: z.array(bulkAttendanceOutcomeSchema) })
export const attendanceResultSchema = attendanceSchema

/**
 * Re-reads the attendance of given sessions (Calendar V3 event ids). Needed because attendance set
 * elsewhere does not move a booking's updatedDate, and course bookings carry none in Query Extended
 * Bookings. At most 100 ids: one Wix `$in` filter. Later pages carry only the cursor, as Wix requires.
 */
export const attendanceQueryInputSchema = z.union([
  z.object({ eventIds: z.array(z.string().min(1)).min(1).max(100) }).strict(),
  z.object({ cursor: z.string().min(1) }).strict(),
])

export const attendancePageSchema = pageOf(attendanceSchema)

export type AttendanceChange = z.infer<typeof attendanceChangeSchema>
export type AttendanceQueryInput = z.infer<typeof attendanceQueryInputSchema>
export type AttendancePage = z.infer<typeof attendancePageSchema>

import { z } from 'zod'
import { attendanceSchema, attendanceStatusSchema } from '../wix/attendance'

export const attendanceChangeSchema = z.object({
  bookingId: z.string().min(1),
  eventId: z.string().min(1),
  status: attendanceStatusSchema,
  numberOfAttendees: z.number().int().min(1).max(50),
})

export const bulkAttendanceInputSchema = z.object({ changes: z.array(attendanceChangeSchema).min(1).max(8) })

export const bulkAttendanceOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ index: z.number().int(), ok: z.literal(true), attendanceId: z.string().nullable() }),
  z.object({ index: z.number().int(), ok: z.literal(false), code: z.string(), message: z.string() }),
])

export const bulkAttendanceResultSchema = z.object({ outcomes: z.array(bulkAttendanceOutcomeSchema) })
export const attendanceResultSchema = attendanceSchema

export type AttendanceChange = z.infer<typeof attendanceChangeSchema>

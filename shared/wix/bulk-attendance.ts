import type { z } from 'zod'
import { attendanceSchema } from './attendance'
import { bulkResponseSchema } from './bulk'

/** Bulk Set Attendance (≤ 8 items); `item` is present only with `returnFullEntity: true`. */
export const bulkSetAttendanceResponseSchema = bulkResponseSchema(attendanceSchema)
export type BulkSetAttendanceResponse = z.infer<typeof bulkSetAttendanceResponseSchema>

import type { z } from 'zod'
import { attendanceSchema } from './attendance'
import { bulkResponseSchema } from './bulk'

/**
 * Wix's cap on the items of one Bulk Set Attendance call. The one declaration: main's client, the IPC
 * contract, the replayer's batches and the demo site all take it from here.
 */
export const MAX_BULK_ATTENDANCE = 8

/** Bulk Set Attendance (≤ MAX_BULK_ATTENDANCE items); `item` is present only with `returnFullEntity: true`. */
export const bulkSetAttendanceResponseSchema = bulkResponseSchema(attendanceSchema)
export type BulkSetAttendanceResponse = z.infer<typeof bulkSetAttendanceResponseSchema>

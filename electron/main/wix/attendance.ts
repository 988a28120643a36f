import { attendanceResponseSchema, type Attendance, type AttendanceStatus } from '@shared/wix/attendance'
import { bulkSetAttendanceResponseSchema } from '@shared/wix/bulk-attendance'
import type { WixCallContext } from './call-context'
import { parseWixResponse } from './validate'

export interface AttendanceChange {
  bookingId: string
  eventId: string
  status: AttendanceStatus
  numberOfAttendees: number
}

/** Wix's cap on Bulk Set Attendance. */
export const MAX_BULK_ATTENDANCE = 8

export type BulkItemOutcome =
  | { index: number; ok: true; attendanceId: string | null }
  | { index: number; ok: false; code: string; message: string }

/** Attendance is an upsert without a revision, so every call is safe to retry and to replay. */
export function createAttendanceApi({ sdk, transport, retry }: WixCallContext) {
  const quiet = { participantNotification: { notifyParticipants: false } }
  return {
    async set(change: AttendanceChange): Promise<Attendance> {
      const exchange = await retry(() =>
        transport.exchange(() => sdk.attendance.setAttendance(change, quiet)),
      )
      return parseWixResponse(attendanceResponseSchema, exchange.body, 'Set Attendance').attendance
    },

    /** Up to 8 changes in one call; one item failing does not fail the others. */
    async bulkSet(changes: AttendanceChange[]): Promise<BulkItemOutcome[]> {
      if (changes.length === 0) return []
      if (changes.length > MAX_BULK_ATTENDANCE) {
        throw new RangeError(
          `Bulk Set Attendance takes at most ${MAX_BULK_ATTENDANCE} items, not ${changes.length}`,
        )
      }
      const exchange = await retry(() =>
        transport.exchange(() =>
          sdk.attendance.bulkSetAttendance({
            attendanceDetails: changes.map((attendance) => ({ attendance, ...quiet })),
            returnFullEntity: false,
          }),
        ),
      )
      const body = parseWixResponse(bulkSetAttendanceResponseSchema, exchange.body, 'Bulk Set Attendance')
      return changes.map((_change, index): BulkItemOutcome => {
        const result = body.results.find((r) => r.itemMetadata.originalIndex === index)
        if (!result)
          return { index, ok: false, code: 'MISSING_RESULT', message: 'Wix did not report on this item.' }
        const { itemMetadata } = result
        return itemMetadata.success
          ? { index, ok: true, attendanceId: itemMetadata.id ?? null }
          : {
              index,
              ok: false,
              code: itemMetadata.error?.code ?? 'UNKNOWN',
              message: itemMetadata.error?.description ?? 'Wix refused this attendance change.',
            }
      })
    },
  }
}

export type AttendanceApi = ReturnType<typeof createAttendanceApi>

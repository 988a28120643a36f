import { withAttendeesToSend } from '@shared/domain/attendance-counts'
import type { AttendanceChange } from '@shared/ipc/attendance'
import { attendanceResponseSchema, attendanceSchema, type Attendance } from '@shared/wix/attendance'
import { bulkSetAttendanceResponseSchema, MAX_BULK_ATTENDANCE } from '@shared/wix/bulk-attendance'
import type { WixCallContext } from './call-context'
import { nextCursorOf, type Page } from './paging'
import { parseWixPage, parseWixResponse } from './validate'

/** The docs' cap on a Query Attendance page (the SDK's type allows 1000; Wix says 100). */
export const MAX_ATTENDANCE_PAGE = 100

export type BulkItemOutcome =
  | { index: number; ok: true; attendanceId: string | null }
  | { index: number; ok: false; code: string; message: string }

/**
 * Attendance is an upsert without a revision, so every call is safe to retry and to replay. Every change
 * goes out with a count that agrees with its status (never NOT_ATTENDED with more than 1: README.md, "SDK
 * facts" C7).
 */
export function createAttendanceApi({ sdk, transport, retry, log }: WixCallContext) {
  const quiet = { participantNotification: { notifyParticipants: false } }
  return {
    /**
     * The attendance of the given sessions, or the page after `cursor`. Attendance set elsewhere moves no
     * booking's updatedDate, so this is how a change made on Wix is seen. Wix processes only the first
     * filter field, hence one `$in` on eventId and no other condition. A record Rollcall cannot read is set
     * aside (counted, logged).
     */
    async page(request: { eventIds: string[] } | { cursor: string }): Promise<Page<Attendance>> {
      const query =
        'cursor' in request
          ? { cursorPaging: { cursor: request.cursor } }
          : {
              filter: { eventId: { $in: request.eventIds } },
              cursorPaging: { limit: MAX_ATTENDANCE_PAGE },
            }
      const exchange = await retry(() => transport.exchange(() => sdk.attendance.queryAttendance(query)))
      const page = parseWixPage(exchange.body, 'attendances', attendanceSchema, 'Query Attendance', log)
      return { items: page.items, nextCursor: nextCursorOf(page.pagingMetadata), setAside: page.setAside }
    },

    async set(change: AttendanceChange): Promise<Attendance> {
      const exchange = await retry(() =>
        transport.exchange(() => sdk.attendance.setAttendance(withAttendeesToSend(change), quiet)),
      )
      return parseWixResponse(attendanceResponseSchema, exchange.body, 'Set Attendance').attendance
    },

    /** Up to MAX_BULK_ATTENDANCE changes in one call; one item failing does not fail the others. */
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
            attendanceDetails: changes.map((change) => ({
              attendance: withAttendeesToSend(change),
              ...quiet,
            })),
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

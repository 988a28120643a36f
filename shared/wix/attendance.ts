import { z } from 'zod'
import { isKnownValue, openEnumSchema, type OpenEnum } from './open-enum'
import { pagingMetadataSchema } from './paging'
import { tolerated } from './tolerated'

/** NOT_SET / ATTENDED / NOT_ATTENDED. A no-show is NOT_ATTENDED, never `numberOfAttendees: 0`. */
export const attendanceStatuses = ['NOT_SET', 'ATTENDED', 'NOT_ATTENDED'] as const
/** A status Rollcall knows and sends. */
export const attendanceStatusSchema = z.enum(attendanceStatuses)
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>
/** A status as Wix sends it: any value reads (Wix adds values); see `knownAttendanceStatus`. */
export const attendanceStatusReadSchema = openEnumSchema(attendanceStatuses)
export type WixAttendanceStatus = OpenEnum<AttendanceStatus>

/**
 * What the desk makes of a status Wix sent: a known one as it is; one Wix added since says nothing Rollcall
 * can show as checked in or missed, so the desk sees it as not marked (the record itself is kept as sent).
 */
export function knownAttendanceStatus(status: WixAttendanceStatus | null | undefined): AttendanceStatus {
  return isKnownValue(attendanceStatuses, status) ? status : 'NOT_SET'
}

/**
 * Attendance (SDK-A). One per (booking, event). No revision and no created/updated dates: set is an upsert,
 * so replaying the final state is safe. Required: what files it (its id, its booking) and its status.
 */
export const attendanceSchema = z.looseObject({
  id: z.string().min(1),
  bookingId: z.string().min(1),
  /** Calendar V3 event id (preferred). */
  eventId: tolerated(z.string()),
  /** Deprecated legacy session id. */
  sessionId: tolerated(z.string()),
  status: attendanceStatusReadSchema,
  numberOfAttendees: z.number().int().nonnegative().optional().catch(undefined),
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

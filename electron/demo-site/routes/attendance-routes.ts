import { z } from 'zod'
import type { Attendance } from '@shared/wix/attendance'
import { attendanceStatusSchema } from '@shared/wix/attendance'
import { MAX_BULK_ATTENDANCE } from '@shared/wix/bulk-attendance'
import { applicationError, invalidField, WixHttpError } from '../http/wix-error'
import { parseRequest } from '../http/request-validation'
import type { Route } from '../http/router'
import { attendanceQueryFields } from '../query/attendance-fields'
import { countMatching, executeQuery, planQuery, type QueryRules } from '../query/run-query'
import { refuseCountMismatch, setAttendance } from '../rules/set-attendance'
import { cursorPagingMetadata } from '../query/paging-metadata'

/**
 * Attendance V2: set (upsert), bulk set (≤ MAX_BULK_ATTENDANCE), query, count, get. Bulk: a request that lacks a required
 * field fails whole (400); an item whose booking or session is unknown, or whose count disagrees with its
 * status (refuseCountMismatch), fails only itself.
 */
const attendanceInputSchema = z.looseObject({
  bookingId: z.string().min(1),
  eventId: z.string().nullish(),
  sessionId: z.string().nullish(),
  status: attendanceStatusSchema,
  numberOfAttendees: z.number().int().min(0).nullish(),
})

const setBodySchema = z.object({
  attendance: attendanceInputSchema,
  participantNotification: z.unknown().optional(),
})

const bulkBodySchema = z.object({
  attendanceDetails: z
    .array(
      z.looseObject({ attendance: attendanceInputSchema, participantNotification: z.unknown().optional() }),
    )
    .max(MAX_BULK_ATTENDANCE, `at most ${MAX_BULK_ATTENDANCE} attendance items per request`)
    .nullish(),
  returnFullEntity: z.boolean().nullish(),
})

const queryRules: QueryRules = {
  scope: 'attendance',
  at: 'query',
  defaultLimit: 50,
  maxLimit: 100,
  defaultSort: [{ fieldName: 'id', order: 'ASC' }],
  tieBreaker: 'id',
}

type AttendanceInput = z.infer<typeof attendanceInputSchema>

const toSetInput = (a: AttendanceInput) => ({
  bookingId: a.bookingId,
  eventId: a.eventId,
  sessionId: a.sessionId,
  status: a.status,
  numberOfAttendees: a.numberOfAttendees ?? undefined,
})

/**
 * "Only the first filter is processed" on Wix (electron/main/wix/README.md, "Attendance"): rather than
 * silently ignoring the rest, the simulator refuses a filter on more than one field, so a client can't come
 * to rely on it.
 */
// GUESS: refusing (400) a filter Wix would half-apply; Wix itself answers with the first field applied.
function assertSingleFieldFilter(query: unknown): void {
  const filter = (query as { filter?: unknown } | undefined)?.filter
  if (filter && typeof filter === 'object' && Object.keys(filter).length > 1) {
    throw invalidField(
      'query.filter',
      'Query Attendance processes only the first filter field; filter on one field',
    )
  }
  if (filter && typeof filter === 'object' && Object.keys(filter).some((k) => k.startsWith('$'))) {
    throw invalidField('query.filter', 'Query Attendance processes only one plain field filter')
  }
}

export const attendanceRoutes: Route[] = [
  {
    service: 'attendance',
    method: 'POST',
    path: '/v2/attendance/set',
    handler: ({ body }, site) => {
      const request = parseRequest(setBodySchema, body)
      const input = toSetInput(request.attendance)
      refuseCountMismatch(input)
      return { attendance: setAttendance(site.writeContext(), input) }
    },
  },
  {
    service: 'attendance',
    method: 'POST',
    path: '/v2/bulk/attendance/set',
    handler: ({ body }, site) => {
      const request = parseRequest(bulkBodySchema, body)
      const details = request.attendanceDetails ?? []
      if (details.length === 0) {
        throw applicationError(
          400,
          'ATTENDANCES_MISSING_IN_REQUEST',
          'attendanceDetails must hold at least one attendance',
        )
      }
      details.forEach((detail, index) => {
        if (!detail.attendance.eventId && !detail.attendance.sessionId) {
          throw applicationError(
            400,
            'SESSION_ID_NOT_PROVIDED',
            `attendanceDetails[${index}].attendance.eventId is required`,
            { originalIndex: index },
          )
        }
      })
      const ctx = site.writeContext()
      const results = details.map((detail, originalIndex) => {
        try {
          const at = `attendanceDetails[${originalIndex}].attendance`
          const input = toSetInput(detail.attendance)
          refuseCountMismatch(input, at)
          const item: Attendance = setAttendance(ctx, input, at)
          return {
            itemMetadata: { id: item.id, originalIndex, success: true },
            ...(request.returnFullEntity ? { item } : {}),
          }
        } catch (error) {
          if (!(error instanceof WixHttpError)) throw error
          return { itemMetadata: { originalIndex, success: false, error: error.toItemError() } }
        }
      })
      const totalSuccesses = results.filter((r) => r.itemMetadata.success).length
      return {
        results,
        bulkActionMetadata: {
          totalSuccesses,
          totalFailures: results.length - totalSuccesses,
          undetailedFailures: 0,
        },
      }
    },
  },
  {
    service: 'attendance',
    method: 'POST',
    path: '/v2/attendance/query',
    handler: ({ body }, site) => {
      const request = parseRequest(z.object({ query: z.unknown().optional() }), body)
      assertSingleFieldFilter(request.query)
      const plan = planQuery(request.query, attendanceQueryFields, queryRules)
      const page = executeQuery(plan, site.store.attendance.values(), queryRules)
      return { attendances: page.items, pagingMetadata: cursorPagingMetadata(page.pagingMetadata) }
    },
  },
  {
    service: 'attendance',
    method: 'POST',
    path: '/v2/attendance/count',
    handler: ({ body }, site) => {
      const request = parseRequest(z.object({ filter: z.unknown().optional() }), body)
      assertSingleFieldFilter({ filter: request.filter })
      return {
        count: countMatching(site.store.attendance.values(), request.filter, attendanceQueryFields, 'filter'),
      }
    },
  },
  {
    service: 'attendance',
    method: 'GET',
    path: '/v2/attendance/:attendanceId',
    handler: ({ params }, site) => {
      const id = params['attendanceId'] ?? ''
      const attendance = site.store.attendance.get(id)
      if (!attendance)
        throw applicationError(404, 'ATTENDANCE_NOT_FOUND', `Attendance ${id} was not found`, {
          attendanceId: id,
        })
      return { attendance }
    },
  },
]

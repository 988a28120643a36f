import { z } from 'zod'
import { toCalendarEvent } from '../event-view'
import { applicationError, invalidField } from '../http/wix-error'
import { parseRequest } from '../http/request-validation'
import type { Route } from '../http/router'
import type { DemoEvent } from '../model'
import { eventQueryFields } from '../query/event-fields'
import { executeQuery, planQuery, type QueryRules } from '../query/run-query'
import type { DemoStore } from '../store'
import { isValidTimeZone, localToUtcMs, parseLocalDateTime } from '@shared/domain/wall-clock'

/**
 * Calendar Events V3: Query Events over a local date range, List Events by ids, Get Event.
 * - The range is `fromLocalDate` / `toLocalDate` (local `YYYY-MM-DDThh:mm:ss`, no offset) in `timeZone`
 *   (default: the site's); an event is returned when it overlaps [from, to) (a guess). Both are required on the
 *   first page; later pages carry only the cursor (stricter reading, as for bookings).
 * - Default sort `start` ASC, default page 50, at most 100 (guesses: Calendar V3 paging is not documented).
 * - A canceled appointment's event is gone from the calendar (not returned, Get → 404).
 */
// GUESS: Calendar V3's default sort, page size and maximum, and that a range selects overlapping events.
const queryRules: QueryRules = {
  scope: 'calendar-events',
  at: 'query',
  defaultLimit: 50,
  maxLimit: 100,
  defaultSort: [{ fieldName: 'start', order: 'ASC' }],
  tieBreaker: 'id',
}

const queryBodySchema = z.object({
  fromLocalDate: z.string().nullish(),
  toLocalDate: z.string().nullish(),
  timeZone: z.string().nullish(),
  recurrenceType: z.array(z.enum(['NONE', 'MASTER', 'INSTANCE', 'EXCEPTION'])).nullish(),
  query: z.unknown().optional(),
  fields: z.array(z.string()).nullish(),
})

interface EventRange {
  fromMs: number
  toMs: number
  timeZone: string
  recurrenceTypes: string[] | null
}

export function isOnCalendar(event: DemoEvent): boolean {
  return !(event.kind === 'APPOINTMENT' && event.status === 'CANCELLED')
}

function rangeFromRequest(request: z.infer<typeof queryBodySchema>, store: DemoStore): EventRange {
  const timeZone = request.timeZone ?? store.timeZone
  if (!isValidTimeZone(timeZone)) throw invalidField('timeZone', 'unknown IANA time zone', 'FORMAT')
  const bound = (value: string | null | undefined, field: string): number => {
    if (!value)
      throw invalidField(
        field,
        `${field} is required (local date-time, e.g. 2026-03-02T00:00:00)`,
        'REQUIRED_FIELD',
      )
    const local = parseLocalDateTime(value)
    if (!local)
      throw invalidField(field, 'expected a local date-time YYYY-MM-DDThh:mm:ss without offset', 'FORMAT')
    return localToUtcMs(local, timeZone)
  }
  const fromMs = bound(request.fromLocalDate, 'fromLocalDate')
  const toMs = bound(request.toLocalDate, 'toLocalDate')
  if (toMs <= fromMs) throw invalidField('toLocalDate', 'must be after fromLocalDate')
  return { fromMs, toMs, timeZone, recurrenceTypes: request.recurrenceType ?? null }
}

function rangeFromCursor(
  extra: Record<string, unknown>,
  request: z.infer<typeof queryBodySchema>,
): EventRange {
  for (const key of ['fromLocalDate', 'toLocalDate', 'timeZone', 'recurrenceType'] as const) {
    if (request[key] !== undefined && request[key] !== null) {
      throw invalidField(
        key,
        `${key} must not be sent with query.cursorPaging.cursor: later pages carry only the cursor`,
      )
    }
  }
  const range = extra as Partial<EventRange>
  if (
    typeof range.fromMs !== 'number' ||
    typeof range.toMs !== 'number' ||
    typeof range.timeZone !== 'string'
  ) {
    throw invalidField('query.cursorPaging.cursor', 'invalid cursor', 'FORMAT')
  }
  const recurrenceTypes = Array.isArray(range.recurrenceTypes) ? range.recurrenceTypes.map(String) : null
  return { fromMs: range.fromMs, toMs: range.toMs, timeZone: range.timeZone, recurrenceTypes }
}

export const calendarRoutes: Route[] = [
  {
    service: 'calendar',
    method: 'POST',
    path: '/v3/events/query',
    handler: ({ body }, site) => {
      const request = parseRequest(queryBodySchema, body)
      const store = site.store
      const plan = planQuery(request.query, eventQueryFields(store), queryRules)
      const range = plan.extra ? rangeFromCursor(plan.extra, request) : rangeFromRequest(request, store)
      const where = (e: DemoEvent): boolean =>
        isOnCalendar(e) &&
        e.endMs > range.fromMs &&
        e.startMs < range.toMs &&
        (range.recurrenceTypes === null || range.recurrenceTypes.includes(e.recurrenceType))
      const page = executeQuery(plan, store.events.values(), queryRules, { where, extra: { ...range } })
      return {
        events: page.items.map((e) => site.oddRecords.servedEvent(toCalendarEvent(store, e, range.timeZone))),
        pagingMetadata: page.pagingMetadata,
      }
    },
  },
  {
    service: 'calendar',
    method: 'GET',
    path: '/v3/events',
    handler: ({ query }, site) => {
      const ids = query.getAll('eventIds')
      if (ids.length === 0)
        throw invalidField('eventIds', 'at least one event id is required', 'REQUIRED_FIELD')
      if (ids.length > 100) throw invalidField('eventIds', 'at most 100 event ids', 'MAX_SIZE')
      const events = ids
        .map((id) => site.store.events.get(id))
        .filter((e): e is DemoEvent => e !== undefined && isOnCalendar(e))
        .map((e) => site.oddRecords.servedEvent(toCalendarEvent(site.store, e)))
      return { events }
    },
  },
  {
    service: 'calendar',
    method: 'GET',
    path: '/v3/events/:eventId',
    handler: ({ params }, site) => {
      const id = params['eventId'] ?? ''
      const event = site.store.events.get(id)
      if (!event || !isOnCalendar(event))
        throw applicationError(404, 'EVENT_NOT_FOUND', `Event ${id} was not found`, { eventId: id })
      return { event: toCalendarEvent(site.store, event) }
    },
  },
]

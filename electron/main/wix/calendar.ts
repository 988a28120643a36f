import {
  listEventsByIdResponseSchema,
  queryEventsResponseSchema,
  type CalendarEvent,
} from '@shared/wix/event'
import { nextCursorOf, type Page } from './paging'
import type { RestCaller } from './rest-call'
import { parseWixResponse } from './validate'

export interface EventsWindow {
  /** Local `YYYY-MM-DDThh:mm:ss` in `timeZone`. */
  fromLocalDate: string
  toLocalDate: string
  timeZone: string
  types?: string[]
  limit?: number
}

export const MAX_EVENTS_PAGE = 100
const MAX_IDS_PER_GET = 100

/** Calendar Events V3 (its SDK package is not on the registry here, so through the REST caller). */
export function createCalendarApi(call: RestCaller) {
  return {
    async page(request: { window: EventsWindow } | { cursor: string }): Promise<Page<CalendarEvent>> {
      const body =
        'cursor' in request
          ? { query: { cursorPaging: { cursor: request.cursor } } }
          : {
              fromLocalDate: request.window.fromLocalDate,
              toLocalDate: request.window.toLocalDate,
              timeZone: request.window.timeZone,
              // Pattern rows (MASTER) are not sessions; a day view wants the instances.
              recurrenceType: ['NONE', 'INSTANCE', 'EXCEPTION'],
              query: {
                filter: { type: { $in: request.window.types ?? ['CLASS', 'APPOINTMENT', 'COURSE'] } },
                cursorPaging: { limit: Math.min(request.window.limit ?? MAX_EVENTS_PAGE, MAX_EVENTS_PAGE) },
              },
            }
      const answer = await call('/calendar/v3/events/query', { method: 'POST', body: JSON.stringify(body) })
      const parsed = parseWixResponse(queryEventsResponseSchema, answer, 'Query Events')
      return { items: parsed.events, nextCursor: nextCursorOf(parsed.pagingMetadata) }
    },

    /** Events by id (unknown ids are left out), in calls of at most 100 ids. */
    async byIds(ids: string[]): Promise<CalendarEvent[]> {
      const events: CalendarEvent[] = []
      for (let start = 0; start < ids.length; start += MAX_IDS_PER_GET) {
        const params = new URLSearchParams(
          ids.slice(start, start + MAX_IDS_PER_GET).map((id) => ['eventIds', id]),
        )
        const answer = await call(`/calendar/v3/events?${params.toString()}`, { method: 'GET' })
        events.push(...parseWixResponse(listEventsByIdResponseSchema, answer, 'List Events').events)
      }
      return events
    },
  }
}

export type CalendarApi = ReturnType<typeof createCalendarApi>

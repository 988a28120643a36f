import { calendarEventSchema, type CalendarEvent } from '@shared/wix/event'
import type { Log } from '../logs/console-log'
import { nextCursorOf, type Page } from './paging'
import type { RestCaller } from './rest-call'
import { restEndpoints } from './rest-endpoints'
import { parseWixPage } from './validate'

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

/**
 * Calendar Events V3 (its SDK package is not on the registry here, so through the REST caller). A session
 * Rollcall cannot place is set aside (counted, logged); the others come back.
 */
export function createCalendarApi(call: RestCaller, log: Log) {
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
      const answer = await call(restEndpoints.queryEvents.path, {
        method: restEndpoints.queryEvents.method,
        body: JSON.stringify(body),
      })
      const page = parseWixPage(answer, 'events', calendarEventSchema, 'Query Events', log)
      return { items: page.items, nextCursor: nextCursorOf(page.pagingMetadata), setAside: page.setAside }
    },

    /** Events by id (unknown ids are left out, and so are sessions set aside), in calls of at most 100 ids. */
    async byIds(ids: string[]): Promise<CalendarEvent[]> {
      const events: CalendarEvent[] = []
      for (let start = 0; start < ids.length; start += MAX_IDS_PER_GET) {
        const params = new URLSearchParams(
          ids.slice(start, start + MAX_IDS_PER_GET).map((id) => ['eventIds', id]),
        )
        const answer = await call(`${restEndpoints.listEvents.path}?${params.toString()}`, {
          method: restEndpoints.listEvents.method,
        })
        events.push(...parseWixPage(answer, 'events', calendarEventSchema, 'List Events', log).items)
      }
      return events
    },
  }
}

export type CalendarApi = ReturnType<typeof createCalendarApi>

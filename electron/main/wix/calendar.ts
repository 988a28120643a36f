import {
  listEventsByIdResponseSchema,
  queryEventsResponseSchema,
  type CalendarEvent,
} from '@shared/wix/event'
import type { WixCallContext } from './call-context'
import { nextCursorOf, type Page } from './paging'
import { WIX_API_ORIGIN } from './transport'
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

/**
 * Calendar Events V3. Its SDK package is not published to the registry this project can reach, so these
 * calls go through the SDK client's authenticated fetch (`fetchWithAuth`), with the same transport,
 * validation and retries as the rest.
 */
export function createCalendarApi(
  { transport, retry }: WixCallContext,
  fetchWithAuth: (url: string, init?: RequestInit) => Promise<Response>,
) {
  const call = async (path: string, init?: RequestInit) =>
    (await retry(() => transport.exchange(() => fetchWithAuth(`${WIX_API_ORIGIN}${path}`, init).then(failOnHttpError)))).body

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
        const params = new URLSearchParams(ids.slice(start, start + MAX_IDS_PER_GET).map((id) => ['eventIds', id]))
        const answer = await call(`/calendar/v3/events?${params.toString()}`, { method: 'GET' })
        events.push(...parseWixResponse(listEventsByIdResponseSchema, answer, 'List Events').events)
      }
      return events
    },
  }
}

/** fetchWithAuth resolves on any status; the transport classifies the answer from the wire. */
async function failOnHttpError(response: Response): Promise<Response> {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`)
  return response
}

export type CalendarApi = ReturnType<typeof createCalendarApi>

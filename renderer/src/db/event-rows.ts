import type { CalendarEvent } from '@shared/wix/event'
import type { EventRow } from './rows'

/**
 * A session row. Its day is its local start date: Wix Bookings sessions are in the business's time zone,
 * which is the zone the desk's days are counted in.
 */
export function eventRow(event: CalendarEvent): EventRow {
  const start = event.adjustedStart?.localDate ?? event.start.localDate
  return {
    id: event.id,
    day: start.slice(0, 10),
    startUtc: event.adjustedStart?.utcDate ?? event.start.utcDate ?? `${start}Z`,
    endUtc: event.adjustedEnd?.utcDate ?? event.end.utcDate ?? `${event.end.localDate}Z`,
    scheduleId: event.scheduleId,
    kind: event.type,
    server: event,
  }
}

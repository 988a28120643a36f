import { placeZonedDate, type Placed } from '@shared/wix/placement'
import type { CalendarEvent } from '@shared/wix/event'
import type { EventRow } from './rows'

/**
 * Where a session starts (or ends): its adjusted time where Wix sends one, else its planned time — each placed
 * by `placeZonedDate` (shared/wix/placement), which reads `utcDate` where given (it is optional) and else the
 * local date-time in its own zone, never that local time taken for UTC (which on a site in Chicago would put
 * a 9:00 class at 3:00 AM).
 */
function placed(
  adjusted: CalendarEvent['adjustedStart'],
  plain: CalendarEvent['start'] | null | undefined,
  event: CalendarEvent,
): Placed | undefined {
  const zone = plain?.timeZone ?? event.timeZone
  return placeZonedDate(adjusted, zone) ?? placeZonedDate(plain, event.timeZone)
}

/**
 * A session row. Its day is its local start date: Wix Bookings sessions are in the business's time zone,
 * which is the zone the desk's days are counted in. The schema has made sure the start can be placed; a
 * session without a readable end ends when it starts.
 */
export function eventRow(event: CalendarEvent): EventRow {
  const start = placed(event.adjustedStart, event.start, event)
  if (!start) throw new RangeError(`Session ${event.id} has no start that can be placed`)
  const end = placed(event.adjustedEnd, event.end, event) ?? start
  return {
    id: event.id,
    day: start.local.slice(0, 10),
    startUtc: start.utc,
    endUtc: end.utc,
    scheduleId: event.scheduleId,
    kind: event.type ?? '',
    server: event,
  }
}

import { instantOfLocal } from '@shared/domain/wall-clock'
import type { CalendarEvent, ZonedDate } from '@shared/wix/event'
import type { EventRow } from './rows'

/**
 * The UTC instant of a session's start or end: Wix's `utcDate` where it sends one (it is optional), else the
 * local date-time read in its own zone — never the local time taken for UTC, which on a site in Chicago would
 * put a 9:00 class at 3:00 AM.
 */
function utcOf(
  adjusted: Partial<ZonedDate> | null | undefined,
  plain: ZonedDate,
  eventZone: string | null | undefined,
): string {
  const stated = adjusted?.utcDate ?? plain.utcDate
  if (stated) return new Date(stated).toISOString()
  const ms = instantOfLocal(plain.localDate, plain.timeZone || eventZone || 'UTC')
  return new Date(ms ?? Date.parse(`${plain.localDate.slice(0, 19)}Z`)).toISOString()
}

/**
 * A session row. Its day is its local start date: Wix Bookings sessions are in the business's time zone,
 * which is the zone the desk's days are counted in.
 */
export function eventRow(event: CalendarEvent): EventRow {
  const start = event.adjustedStart?.localDate ?? event.start.localDate
  return {
    id: event.id,
    day: start.slice(0, 10),
    startUtc: utcOf(event.adjustedStart, event.start, event.timeZone),
    endUtc: utcOf(event.adjustedEnd, event.end, event.timeZone),
    scheduleId: event.scheduleId,
    kind: event.type,
    server: event,
  }
}

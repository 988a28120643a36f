import { formatBusinessDay, type BusinessDay } from '@shared/domain/business-day'
import type { SheetRow } from './sheet-rows'
import { keptPerKey } from '@shared/domain/kept-per-key'

/**
 * What the sign-in sheet says about itself, for paper: the day with its year, and times with their day (a
 * sheet may be read the day after), in the business's time zone.
 */

const instantFormat = keptPerKey(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }),
)

/** "Tue, Mar 10, 10:18 AM" in the business's time zone. */
export function sheetInstant(ms: number, timeZone: string): string {
  return instantFormat(timeZone).format(ms)
}

/** "Tuesday, March 10, 2026". */
export function sheetDayWords(day: BusinessDay): string {
  return `${formatBusinessDay(day, 'en-US')}, ${day.slice(0, 4)}`
}

/** "Last synced with Wix Tue, Mar 10, 10:18 AM", or that this computer never synced. */
export function lastSyncedWords(at: number | null, timeZone: string): string {
  return at === null
    ? 'Not synced with Wix yet on this computer: bookings may be missing'
    : `Last synced with Wix ${sheetInstant(at, timeZone)}`
}

/** "Booked · Checked in", "Pending", "Waitlist 2". */
export function statusCell(row: Pick<SheetRow, 'status' | 'attendance'>): string {
  return row.attendance ? `${row.status} · ${row.attendance}` : row.status
}

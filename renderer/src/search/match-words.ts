import { addDays, formatBusinessDay, type BusinessDay } from '@shared/domain/business-day'
import type { AttendeeMatch } from './search'
import { bookingStatusName } from '../queries/session-facts'

/** "today", "tomorrow", "yesterday" or "Wednesday, March 11": how the desk says a session's day. */
export function dayWord(day: BusinessDay, today: BusinessDay): string {
  if (day === today) return 'today'
  if (day === addDays(today, 1)) return 'tomorrow'
  if (day === addDays(today, -1)) return 'yesterday'
  return formatBusinessDay(day)
}

/** Whether the person came, as a few words; null where it says nothing (a canceled booking not seen). */
export function attendanceWords(match: AttendeeMatch): string | null {
  if (match.attendance === 'ATTENDED') return 'checked in'
  if (match.attendance === 'NOT_ATTENDED') return 'no-show'
  return match.status === 'CONFIRMED' ? 'not checked in' : null
}

/**
 * An option's accessible name, read in one breath: "Dana Lee, Vinyasa Flow today 9:00 AM, booked, not
 * checked in" (then what is still to pay: "pays at the desk", "part paid: $20.00 due"). Screen readers get the same facts the row shows.
 */
export function matchLabel(match: AttendeeMatch, today: BusinessDay): string {
  const when = dayWord(match.day, today).replace(', ', ' ')
  return [
    match.name,
    `${match.title} ${when} ${match.startLabel}`,
    bookingStatusName(match.status).toLowerCase(),
    attendanceWords(match),
    match.due ? match.due.toLowerCase() : null,
  ]
    .filter(Boolean)
    .join(', ')
}

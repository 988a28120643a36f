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

/** "Today", "Tomorrow", "Wednesday, March 11": the day as an option shows it, before the time. */
export const shownDayWord = (day: BusinessDay, today: BusinessDay) => capitalized(dayWord(day, today))

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The attendance as an option's badge shows it ("Checked in", "No-show"); null where no badge is shown (not
 * checked in yet is what a booking is until then: said in the option's name only, last).
 */
export function attendanceBadge(match: AttendeeMatch): string | null {
  const attendance = attendanceWords(match)
  return attendance && attendance !== 'not checked in' ? capitalized(attendance) : null
}

/**
 * An option's accessible name: the option's words in the order seen, then what it does not show, e.g.
 * "Dana Lee, dana@example.com, Vinyasa Flow, Today 9:00 AM, Booked, Part paid: $20.00 due, not checked in".
 * A voice-control user says what they see; a screen reader hears the same facts the row shows.
 */
export function matchLabel(match: AttendeeMatch, today: BusinessDay): string {
  const attendance = attendanceWords(match)
  const badge = attendanceBadge(match)
  return [
    match.name,
    match.contactHint,
    match.title,
    `${shownDayWord(match.day, today)} ${match.startLabel}`,
    bookingStatusName(match.status),
    badge,
    match.due,
    badge === null ? attendance : null,
  ]
    .filter(Boolean)
    .join(', ')
}

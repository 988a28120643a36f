import { addDays, daysBetween, type BusinessDay } from '@shared/domain/business-day'
import { WINDOW_LIMITS } from '../../state/preferences'
import type { WindowSpan } from '../../sync/sync-window'

/**
 * The days this computer keeps (the sync window, set in Settings) in the desk's words, and how far it would
 * have to widen to keep a day outside it.
 */

const shortDay = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
})

/** "Mon, Mar 16": a business day, short (noon UTC of that date is the same calendar date in UTC). */
export function shortBusinessDay(day: BusinessDay): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  return shortDay.format(new Date(Date.UTC(year, month - 1, date, 12)))
}

const before = (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`)
const after = (days: number) => (days === 1 ? 'tomorrow' : `${days} days ahead`)

/** "yesterday to 7 days ahead": the days kept, counted from today. */
export function keptSpanWords(span: WindowSpan): string {
  return `${before(span.daysBefore)} to ${after(span.daysAfter)}`
}

/** Whether `day` is among the days kept around `today`. */
export function isKept(span: WindowSpan, today: BusinessDay, day: BusinessDay): boolean {
  return day >= addDays(today, -span.daysBefore) && day <= addDays(today, span.daysAfter)
}

/** Days from `today` to `day` (negative before it). */
function offset(today: BusinessDay, day: BusinessDay): number {
  return day >= today ? daysBetween(today, day).length - 1 : 1 - daysBetween(day, today).length
}

/**
 * The span that keeps `day` too, widened only on its side; null when Settings' limits do not reach it
 * (`WINDOW_LIMITS`), or when it is kept already.
 */
export function spanKeeping(span: WindowSpan, today: BusinessDay, day: BusinessDay): WindowSpan | null {
  if (isKept(span, today, day)) return null
  const days = offset(today, day)
  if (days > 0) return days <= WINDOW_LIMITS.daysAfter.max ? { ...span, daysAfter: days } : null
  return -days <= WINDOW_LIMITS.daysBefore.max ? { ...span, daysBefore: -days } : null
}

/** "Rollcall can keep at most 30 days ahead": why a day cannot be kept, for the side it is on. */
export function keptLimitWords(today: BusinessDay, day: BusinessDay): string {
  return day > today
    ? `Rollcall can keep at most ${after(WINDOW_LIMITS.daysAfter.max)}`
    : `Rollcall can keep at most back to ${before(WINDOW_LIMITS.daysBefore.max)}`
}

import { addDays, businessDayOf } from '@shared/domain/business-day'
import { keptPerKey } from '@shared/domain/kept-per-key'

/**
 * Times as the desk says them, always in the business's time zone (not the PC's): when something happened
 * (the activity log, Needs attention) and how long a request has waited (rosters, the inbox).
 */

const formats = keptPerKey((id: string) => {
  const cut = id.indexOf('|')
  const options = JSON.parse(id.slice(cut + 1)) as Intl.DateTimeFormatOptions
  return new Intl.DateTimeFormat('en-US', { ...options, timeZone: id.slice(0, cut) })
})

/** One formatter per zone and set of options, made once: these run for every row of a long list. */
function formatIn(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formats(`${timeZone}|${JSON.stringify(options)}`)
}

/**
 * When something happened, as the desk says it, in the business's time zone (not the PC's): "10:42 AM"
 * today, "yesterday 4:10 PM", "Mon, Mar 9, 4:10 PM" further off. The day is named only when it is not today,
 * so a busy morning's log stays short to read.
 */
export function deskWhen(instant: string, nowMs: number, timeZone: string): string {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return instant
  const time = formatIn(timeZone, { hour: 'numeric', minute: '2-digit' }).format(date)
  const day = businessDayOf(date, timeZone)
  const today = businessDayOf(new Date(nowMs), timeZone)
  if (day === today) return time
  if (day === addDays(today, -1)) return `yesterday ${time}`
  if (day === addDays(today, 1)) return `tomorrow ${time}`
  const sameYear = day.slice(0, 4) === today.slice(0, 4)
  const dayLabel = formatIn(
    timeZone,
    sameYear
      ? { weekday: 'short', month: 'short', day: 'numeric' }
      : { month: 'short', day: 'numeric', year: 'numeric' },
  ).format(date)
  return `${dayLabel}, ${time}`
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })

/**
 * "3 hours ago", "yesterday", or "on Mar 3" after a week: how long a request has waited is what the desk
 * weighs when working through them, and a date reads better than "23 days ago". Dates in the business's zone.
 */
export function timeAgo(isoInstant: string, now: number, timeZone: string): string {
  const at = Date.parse(isoInstant)
  if (Number.isNaN(at)) return 'at an unknown time'
  const elapsed = Math.max(0, now - at)
  if (elapsed < MINUTE) return 'just now'
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute')
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour')
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day')
  return `on ${formatIn(timeZone, { month: 'short', day: 'numeric' }).format(at)}`
}

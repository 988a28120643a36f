import { addDays, businessDayOf } from '@shared/domain/business-day'

const formats = new Map<string, Intl.DateTimeFormat>()

function format(timeZone: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const id = `${key}|${timeZone}`
  let formatter = formats.get(id)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone })
    formats.set(id, formatter)
  }
  return formatter
}

/**
 * When something happened, as the desk says it, in the business's time zone (not the PC's): "10:42 AM"
 * today, "yesterday 4:10 PM", "Mon, Mar 9, 4:10 PM" further off. The day is named only when it is not today,
 * so a busy morning's log stays short to read.
 */
export function deskWhen(instant: string, nowMs: number, timeZone: string): string {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return instant
  const time = format(timeZone, { hour: 'numeric', minute: '2-digit' }, 'time').format(date)
  const day = businessDayOf(date, timeZone)
  const today = businessDayOf(new Date(nowMs), timeZone)
  if (day === today) return time
  if (day === addDays(today, -1)) return `yesterday ${time}`
  if (day === addDays(today, 1)) return `tomorrow ${time}`
  const sameYear = day.slice(0, 4) === today.slice(0, 4)
  const dayLabel = format(
    timeZone,
    sameYear
      ? { weekday: 'short', month: 'short', day: 'numeric' }
      : { month: 'short', day: 'numeric', year: 'numeric' },
    sameYear ? 'day' : 'day-year',
  ).format(date)
  return `${dayLabel}, ${time}`
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const dates = new Map<string, Intl.DateTimeFormat>()

function dateIn(timeZone: string): Intl.DateTimeFormat {
  let format = dates.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en', { timeZone, month: 'short', day: 'numeric' })
    dates.set(timeZone, format)
  }
  return format
}

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
  return `on ${dateIn(timeZone).format(at)}`
}

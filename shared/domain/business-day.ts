import { keptPerKey } from './kept-per-key'

/**
 * Dates as the front desk means them: the calendar day in the business's time zone, not the PC's.
 * A "day" is an ISO date string `YYYY-MM-DD`.
 */
export type BusinessDay = string

// en-CA formats as YYYY-MM-DD.
const dayFormatter = keptPerKey(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
)

/**
 * The days already worked out, by zone and instant: a pull asks for the day of every booking it reads (and
 * again as it stores it), most of them starting at one of a few hundred session times, and an Intl format is
 * far slower than a lookup. Emptied when it grows past DAYS_REMEMBERED.
 */
const knownDays = new Map<string, Map<number, BusinessDay>>()
const DAYS_REMEMBERED = 4096

/** The business day that `instant` falls on in `timeZone`. Throws RangeError for an unknown zone. */
export function businessDayOf(instant: Date, timeZone: string): BusinessDay {
  const at = instant.getTime()
  let days = knownDays.get(timeZone)
  const known = days?.get(at)
  if (known !== undefined) return known
  const day = dayFormatter(timeZone).format(instant)
  if (!days || days.size >= DAYS_REMEMBERED) knownDays.set(timeZone, (days = new Map<number, BusinessDay>()))
  days.set(at, day)
  return day
}

/** A long, human label for a business day, e.g. "Monday, November 23". */
export function formatBusinessDay(day: BusinessDay, locale?: string): string {
  const [year, month, date] = day.split('-').map(Number)
  if (!year || !month || !date) throw new RangeError(`Not a business day: ${day}`)
  // Noon UTC of that date is the same calendar date when formatted in UTC.
  return longDayFormatter(locale).format(new Date(Date.UTC(year, month - 1, date, 12)))
}

const longDayFormatter = keptPerKey(
  (locale: string | undefined) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }),
)

/** The business day `days` after (or before, when negative) `day`. Calendar arithmetic, no time zone. */
export function addDays(day: BusinessDay, days: number): BusinessDay {
  const [year, month, date] = day.split('-').map(Number)
  if (!year || !month || !date) throw new RangeError(`Not a business day: ${day}`)
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

/** Every business day from `first` to `last`, both included. */
export function daysBetween(first: BusinessDay, last: BusinessDay): BusinessDay[] {
  const days: BusinessDay[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day)
  return days
}

/**
 * The instant (UTC ms) `day` begins in `timeZone`: usually its local midnight, but on a day whose midnight
 * the clocks skip (zones that change at 00:00) the first instant that is on that day. Found by bisection on
 * `businessDayOf`, which never goes backwards in time, so it holds for any zone and any rule change.
 */
export function startOfBusinessDay(day: BusinessDay, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number)
  if (!year || !month || !date) throw new RangeError(`Not a business day: ${day}`)
  const asUtc = Date.UTC(year, month - 1, date)
  // Every zone's offset is within ±14 h, so the day begins within 15 h of its UTC midnight.
  let before = asUtc - 15 * 3_600_000 // still the day before
  let onOrAfter = asUtc + 15 * 3_600_000 // already the day (or later)
  while (onOrAfter - before > 1) {
    const middle = Math.floor((before + onOrAfter) / 2)
    if (businessDayOf(new Date(middle), timeZone) >= day) onOrAfter = middle
    else before = middle
  }
  return onOrAfter
}

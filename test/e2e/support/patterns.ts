import type { DemoEvent } from '../../../electron/demo-site'

/**
 * Text the desk shows, as patterns to match it by: times of day as the app writes them (en-US, the browser's
 * locale in these tests: see fixtures.ts) and names that may hold characters special to regular expressions.
 */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * "11:00 AM" as a pattern, at `instant` in `timeZone`: any white space stands for the one before AM/PM
 * (ICU writes a narrow no-break space there, older versions a plain one).
 */
export function clockPattern(instant: string | number, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(
    new Date(instant),
  )
  return escapeRegExp(time).replace(/\s+/g, '\\s')
}

/**
 * The start of a session's link name on Today, what its row shows first: "12:00 PM to 1:00 PM, HIIT
 * Bootcamp, …".
 */
export function sessionLinkName(event: DemoEvent, timeZone: string): RegExp {
  const [start, end] = [event.startMs, event.endMs].map((at) => clockPattern(at, timeZone))
  return new RegExp(`^${start!} to ${end!}, ${escapeRegExp(event.title)}, `)
}

/** How a session's link name on Today says its numbers: "…, 12 of 20 booked, 3 checked in" (or "Full"). */
export const sessionCounts = /, \d+ of \d+ (?:booked|Full|Full on Wix), \d+ checked in(?:,|$)/

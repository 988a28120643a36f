import { formatLocalDateTime } from '@shared/domain/wall-clock'

/**
 * The machine clocks `npm run test:clocks` moves the vitest suite to. Each is a wall-clock moment in the
 * business's zone (the demo site and the tests' businesses are in America/Chicago) plus a *different* zone
 * for the machine itself, so that a test or an app path that reads the PC's zone or today's date shows.
 */
export interface ClockScenario {
  /** Short name: the report file and the log say it. */
  name: string
  /** Wall clock in `businessZone`, `YYYY-MM-DD HH:mm`. */
  at: string
  businessZone: string
  /** On a repeated hour (autumn), which of the two: the first (still summer time) or the second. */
  occurrence?: 'first' | 'second'
  /** The machine's own TZ during the run. */
  machineZone: string
  why: string
}

export const CLOCK_SCENARIOS: readonly ClockScenario[] = [
  {
    name: 'spring-forward',
    at: '2027-03-14 08:30',
    businessZone: 'America/Chicago',
    machineZone: 'Pacific/Auckland',
    why: 'the morning clocks spring forward in Chicago (a 23-hour day); the PC is already on Monday',
  },
  {
    name: 'repeated-hour',
    at: '2027-11-07 01:30',
    businessZone: 'America/Chicago',
    occurrence: 'second',
    machineZone: 'Asia/Kolkata',
    why: 'inside the hour Chicago lives twice (a 25-hour day); a half-hour zone on the PC',
  },
  {
    name: 'leap-day',
    at: '2028-02-29 12:00',
    businessZone: 'America/Chicago',
    machineZone: 'UTC',
    why: 'February 29',
  },
  {
    name: 'year-end',
    at: '2026-12-31 23:30',
    businessZone: 'America/Chicago',
    machineZone: 'America/Los_Angeles',
    why: 'the year has ended in UTC (and on the server) but not in Chicago; the PC is two hours behind',
  },
]

/** `YYYY-MM-DD HH:mm` on the clocks of `zone` at `instant`. */
function wallClock(instant: number, zone: string): string {
  return formatLocalDateTime(instant, zone).slice(0, 16).replace('T', ' ')
}

/**
 * The UTC instant at which the clocks in `zone` read `at` (`YYYY-MM-DD HH:mm`). On a repeated hour both
 * instants match and `occurrence` picks one; a time skipped by spring-forward is an error in words.
 */
export function instantOfWallClock(
  at: string,
  zone: string,
  occurrence: 'first' | 'second' = 'first',
): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(at.trim())
  if (!match) throw new Error(`"${at}" is not a wall-clock time like 2027-03-14 08:30`)
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number]
  const asUtc = Date.UTC(y, mo - 1, d, h, mi)
  // Every zone's offset is within ±14 h; try each quarter hour and keep the instants that read `at`.
  const hits: number[] = []
  for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
    const candidate = asUtc - offset * 60_000
    if (wallClock(candidate, zone) === at.trim().replace('T', ' ')) hits.push(candidate)
  }
  hits.sort((a, b) => a - b)
  if (hits.length === 0) throw new Error(`${at} does not happen in ${zone} (the clocks skip it)`)
  return occurrence === 'second' ? hits[hits.length - 1]! : hits[0]!
}

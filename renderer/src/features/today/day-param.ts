import { addDays, type BusinessDay } from '@shared/domain/business-day'

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The day an address or the date field names, if it is a real calendar date (`YYYY-MM-DD`, no 30 February);
 * null otherwise, so a mistyped address cannot break the screen.
 */
export function parseDay(value: string | undefined | null): BusinessDay | null {
  if (!value || !DAY_SHAPE.test(value)) return null
  // Calendar arithmetic normalises an impossible date (2026-02-30 → 2026-03-02): a real one survives as is.
  return addDays(value, 0) === value ? value : null
}

/**
 * The earliest day the "Go to day" field goes to. While someone types a year digit by digit the field
 * briefly holds 0002, 0020, 0202…: those are not days anyone means, so they must not move the screen.
 */
export const EARLIEST_DAY = '2000-01-01'
export const LATEST_DAY = '9999-12-31'

/** A day typed or picked in the "Go to day" field that is worth going to. */
export function pickedDay(value: string): BusinessDay | null {
  const day = parseDay(value)
  return day && day >= EARLIEST_DAY ? day : null
}

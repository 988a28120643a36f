import {
  addDays,
  businessDayOf,
  daysBetween,
  startOfBusinessDay,
  type BusinessDay,
} from '@shared/domain/business-day'

/** Which days the desk keeps offline: default today −1 … today +7 (configurable in Settings). */
export interface WindowSpan {
  daysBefore: number
  daysAfter: number
}

export const DEFAULT_WINDOW: WindowSpan = { daysBefore: 1, daysAfter: 7 }

export interface SyncWindow {
  today: BusinessDay
  first: BusinessDay
  last: BusinessDay
  days: BusinessDay[]
  /** Calendar V3 local bounds (the business's wall clock): [first 00:00, last+1 00:00). */
  fromLocalDate: string
  toLocalDate: string
  /**
   * UTC bounds for the bookings' `startDate` filter, widened by 14 hours each side so that they cover the
   * window in any time zone without zone arithmetic; rows are then kept by their business day.
   */
  fromInstant: string
  toInstant: string
  /** The instant the window's first day begins in the business's zone (ISO, UTC): what is older is past. */
  startsAt: string
}

const ZONE_MARGIN_MS = 14 * 60 * 60 * 1000

export function syncWindowAt(now: Date, timeZone: string, span: WindowSpan = DEFAULT_WINDOW): SyncWindow {
  const today = businessDayOf(now, timeZone)
  const first = addDays(today, -span.daysBefore)
  const last = addDays(today, span.daysAfter)
  const after = addDays(last, 1)
  return {
    today,
    first,
    last,
    days: daysBetween(first, last),
    fromLocalDate: `${first}T00:00:00`,
    toLocalDate: `${after}T00:00:00`,
    fromInstant: new Date(Date.parse(`${first}T00:00:00Z`) - ZONE_MARGIN_MS).toISOString(),
    toInstant: new Date(Date.parse(`${after}T00:00:00Z`) + ZONE_MARGIN_MS).toISOString(),
    startsAt: new Date(startOfBusinessDay(first, timeZone)).toISOString(),
  }
}

export function isInWindow(window: Pick<SyncWindow, 'first' | 'last'>, day: BusinessDay): boolean {
  return day >= window.first && day <= window.last
}

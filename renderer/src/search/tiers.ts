import type { WixBookingStatus } from '@shared/wix/booking-enums'

/**
 * How far ahead a session counts as starting soon: a person at the desk this long before their class has
 * come for it, and the search box puts that booking first (with the one in progress).
 */
export const STARTING_SOON_MS = 30 * 60_000

/**
 * Where a search result stands for the desk, best first. Enter acts on the first result, so the order is what
 * a desk means by "this person": their booking due now (in progress or starting soon), else their next one
 * today, else one they missed earlier today — each one of today's, confirmed and not checked in yet — then
 * the rest of today (checked in already, a request, the waitlist), then other days; canceled and declined
 * bookings after the active ones of the same day.
 */
export const SearchTier = {
  dueNow: 0,
  dueLater: 1,
  missed: 2,
  today: 3,
  todayInactive: 4,
  otherDay: 5,
  otherDayInactive: 6,
} as const
export type SearchTier = (typeof SearchTier)[keyof typeof SearchTier]

const INACTIVE: ReadonlySet<WixBookingStatus> = new Set(['CANCELED', 'DECLINED'])

/**
 * A booking the search box checks in on Enter: one of today's, confirmed (a request or a waitlist place is
 * decided on the roster) — unless the person is checked in there already.
 */
export function checksInToday(isToday: boolean, status: WixBookingStatus): boolean {
  return isToday && status === 'CONFIRMED'
}

export interface TierFacts {
  isToday: boolean
  status: WixBookingStatus
  /** The session's start and end (ms); null when the session is not in the store. */
  session: { startMs: number; endMs: number } | null
  /** Asked only of today's confirmed bookings whose session is known. */
  checkedIn: () => boolean
}

export function searchTier({ isToday, status, session, checkedIn }: TierFacts, now: number): SearchTier {
  if (!isToday) return INACTIVE.has(status) ? SearchTier.otherDayInactive : SearchTier.otherDay
  if (INACTIVE.has(status)) return SearchTier.todayInactive
  if (!session || !checksInToday(isToday, status) || checkedIn()) return SearchTier.today
  if (session.endMs <= now) return SearchTier.missed
  return session.startMs - now <= STARTING_SOON_MS ? SearchTier.dueNow : SearchTier.dueLater
}

import { requestPeople, type AppointmentRequest } from '../../queries/appointment-requests'
import type { SessionSummary } from '../../queries/roster-view'
import { bookingsLoadingWords, pendingWords } from '../../queries/session-count-words'
import type { PullProgress } from '../../sync/pull'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The line above the list: how many sessions are shown (of how many, when filtered) and their totals, e.g.
 * "3 of 10 sessions · 24 booked · 6 checked in · 5 pending (3 requests)" (people counted; the day's appointment
 * requests without a session count among the pending) — or, while the day's bookings are still coming
 * in, "201 sessions · Bookings loading (4,200 of 12,221 bookings)" rather than totals that are not true yet.
 */
export function daySummary(
  shown: readonly SessionSummary[],
  total: number,
  progress: PullProgress | null = null,
  requests: readonly AppointmentRequest[] = [],
): string {
  const all = plural(total, 'session', 'sessions')
  const sessions = shown.length === total ? all : `${shown.length} of ${all}`
  if (shown.some((session) => !session.bookingsLoaded))
    return [sessions, bookingsLoadingWords(progress)].join(' · ')
  let booked = 0
  let checkedIn = 0
  const asking = requestPeople(requests)
  let pending = asking.pending
  let pendingPeople = asking.pendingPeople
  for (const session of shown) {
    if (session.canceled) continue
    booked += session.counts.booked
    checkedIn += session.counts.checkedIn
    pending += session.counts.pending
    pendingPeople += session.counts.pendingPeople
  }
  const parts = [sessions, `${booked} booked`, `${checkedIn} checked in`]
  const waiting = pendingWords({ pending, pendingPeople })
  if (waiting) parts.push(waiting)
  return parts.join(' · ')
}

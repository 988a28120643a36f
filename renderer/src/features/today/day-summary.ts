import type { SessionSummary } from '../../queries/session-bookings'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The line above the list: how many sessions are shown (of how many, when filtered) and their totals, e.g.
 * "3 of 10 sessions · 24 booked · 6 checked in · 1 pending".
 */
export function daySummary(shown: readonly SessionSummary[], total: number): string {
  let booked = 0
  let checkedIn = 0
  let pending = 0
  for (const session of shown) {
    if (session.canceled) continue
    booked += session.counts.booked
    checkedIn += session.counts.checkedIn
    pending += session.counts.pending
  }
  const all = plural(total, 'session', 'sessions')
  const sessions = shown.length === total ? all : `${shown.length} of ${all}`
  const parts = [sessions, `${booked} booked`, `${checkedIn} checked in`]
  if (pending) parts.push(`${pending} pending`)
  return parts.join(' · ')
}

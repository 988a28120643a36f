import type { SessionSummary } from '../../queries/roster-view'

/** Where a session stands against the clock, for marking the one in progress ("Now") and the next one. */
export type SessionTiming = 'past' | 'now' | 'next' | 'later'

/**
 * Each session's timing at `nowMs`: in progress (started, not ended), the next to start (every session
 * sharing the earliest start still to come), already over, or later. Canceled sessions are never "now" or
 * "next": nobody is coming to them.
 */
export function sessionTimings(
  sessions: readonly SessionSummary[],
  nowMs: number,
): Map<string, SessionTiming> {
  const timings = new Map<string, SessionTiming>()
  let nextStart = Infinity
  for (const session of sessions) {
    const start = Date.parse(session.startUtc)
    if (!session.canceled && start > nowMs) nextStart = Math.min(nextStart, start)
  }
  for (const session of sessions) {
    const start = Date.parse(session.startUtc)
    const end = Date.parse(session.endUtc)
    let timing: SessionTiming
    if (end <= nowMs) timing = 'past'
    else if (session.canceled) timing = start <= nowMs ? 'past' : 'later'
    else if (start <= nowMs) timing = 'now'
    else timing = start === nextStart ? 'next' : 'later'
    timings.set(session.id, timing)
  }
  return timings
}

import { kindName } from '../../queries/session-facts'
import type { SessionSummary } from '../../queries/roster-view'
import { bookedWords, pendingWords, sessionFullWords, waitlistWords } from '../../queries/session-count-words'
import type { SessionTiming } from './session-timing'

/**
 * What a session row says to a screen reader, as one sentence that starts with the title and the time (so
 * typing the first letters of a title, or hearing the first words, finds it), e.g. "Vinyasa Flow, 9:00 AM –
 * 10:00 AM, Class, Maya Chen, Studio A, 12 of 20 booked, 3 checked in, 2 on the waitlist, 1 pending" (people
 * counted, session-count-words). While its
 * bookings are still loading it says so instead of numbers that are not the whole truth yet.
 */
export function sessionLabel(session: SessionSummary, timing: SessionTiming | null): string {
  const { counts } = session
  const parts = [session.title, session.timeLabel]
  if (timing === 'now') parts.push('in progress')
  if (timing === 'next') parts.push('up next')
  if (session.canceled) parts.push('canceled')
  parts.push(kindName(session.kind))
  if (session.staff) parts.push(session.staff)
  if (session.location) parts.push(session.location)
  if (!session.bookingsLoaded) {
    parts.push('bookings loading')
    return parts.join(', ')
  }
  parts.push(bookedWords(session))
  const full = sessionFullWords(session)
  if (full) parts.push(full.toLowerCase())
  parts.push(`${counts.checkedIn} checked in`)
  const waitlist = waitlistWords(counts)
  const pending = pendingWords(counts)
  if (waitlist) parts.push(waitlist)
  if (pending) parts.push(pending)
  return parts.join(', ')
}

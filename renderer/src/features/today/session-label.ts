import { kindName } from '../../queries/session-facts'
import { isFull, type SessionSummary } from '../../queries/session-bookings'
import type { SessionTiming } from './session-timing'

/** "12 / 20" or, when the capacity is unknown, "12". */
export function bookedFigure(session: SessionSummary): string {
  const { booked } = session.counts
  return session.capacity === null ? String(booked) : `${booked} / ${session.capacity}`
}

/**
 * What a session row says to a screen reader, as one sentence that starts with the title and the time (so
 * typing the first letters of a title, or hearing the first words, finds it), e.g. "Vinyasa Flow, 9:00 AM –
 * 10:00 AM, Class, Maya Chen, Studio A, 12 of 20 booked, 3 checked in, 2 on waitlist, 1 pending".
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
  parts.push(
    session.capacity === null ? `${counts.booked} booked` : `${counts.booked} of ${session.capacity} booked`,
  )
  if (isFull(session)) parts.push('full')
  parts.push(`${counts.checkedIn} checked in`)
  if (counts.waitlist) parts.push(`${counts.waitlist} on waitlist`)
  if (counts.pending) parts.push(`${counts.pending} pending`)
  return parts.join(', ')
}

import type { BusinessDay } from '@shared/domain/business-day'
import type { RollcallDb } from '../../db/schema'
import { daySessions, type SessionSummary } from '../../queries/roster-view'
import { spotsLeftWords } from '../../queries/session-count-words'

/**
 * Today's sessions a walk-in can be booked into: class sessions not canceled and not over yet (Wix refuses a
 * booking for a session that has ended). Not a course (booked as a whole, not by the session), and not an
 * appointment: Wix books an appointment by a free slot of a staff member (start, end, resource, location —
 * electron/main/wix/README.md, "SDK facts" C8), not by joining a calendar event, so appointments are booked
 * in Wix (`APPOINTMENTS_NOT_HERE` says so in the dialog). In time order, so the first is the one in progress
 * or the next.
 */
export async function walkInSessions(
  db: RollcallDb,
  today: BusinessDay,
  timeZone: string,
  now: number,
): Promise<SessionSummary[]> {
  const sessions = await daySessions(db, today, timeZone)
  return sessions.filter((s) => !s.canceled && s.kind === 'CLASS' && Date.parse(s.endUtc) > now)
}

/** Why appointments are not in the list of sessions. */
export const APPOINTMENTS_NOT_HERE =
  'Appointments are booked in Wix (by a staff member’s free time); walk-ins here join a class.'

/** The session the dialog opens on: the one it was opened from if walk-ins can join it, else the first. */
export function defaultSessionId(sessions: readonly SessionSummary[], preferred: string | null): string {
  return sessions.find((s) => s.id === preferred)?.id ?? sessions[0]?.id ?? ''
}

/** "Rhythm Spin · 11:00 – 11:45 AM · 21 spots left" */
export function sessionOptionLabel(session: SessionSummary): string {
  const base = `${session.title} · ${session.timeLabel}`
  if (!session.bookingsLoaded) return `${base} · bookings loading`
  const left = spotsLeftWords(session)
  if (left === null) return base
  return `${base} · ${session.room.left !== null && session.room.left > 0 ? left : 'full'}`
}

import type { AttendanceStatus } from '../wix/attendance'

/**
 * The `numberOfAttendees` Rollcall sends with an attendance status (SDK-A `Attendance.numberOfAttendees`
 * and `setAttendance`, index.typings.d.ts ~40-50 and ~584-595):
 * - ATTENDED: how many of the party came; at least 1 ("Default: 1"; "Do not set to 0").
 * - NOT_ATTENDED: nobody came, said by the status, never by a count of 0. Wix "succeeds for mismatches" but
 *   asks callers never to send `{"status": "NOT_ATTENDED"}` with `{"numberOfAttendees": 5}`: the count is 1.
 * - NOT_SET ("no available attendance information"): the SDK says nothing about its count. Left open: an
 *   upsert without the field may reset it to the default 1 or keep the old record's count (a party of 3).
 *   Sending 1 explicitly is right under both readings, and never carries a stale party size.
 * Reading is the other half: a record Wix holds may carry any count beside NOT_ATTENDED or NOT_SET (another
 * client may have sent a mismatch); only an ATTENDED record counts people as present.
 */
export function attendeesToSend(status: AttendanceStatus, attended: number): number {
  if (status !== 'ATTENDED') return 1
  return Number.isFinite(attended) ? Math.max(1, Math.trunc(attended)) : 1
}

/** An attendance change as it may go to Wix: its count made to agree with its status. */
export function withAttendeesToSend<T extends { status: AttendanceStatus; numberOfAttendees: number }>(
  change: T,
): T {
  const numberOfAttendees = attendeesToSend(change.status, change.numberOfAttendees)
  return numberOfAttendees === change.numberOfAttendees ? change : { ...change, numberOfAttendees }
}

/**
 * The state an attendance change replaced, as its undo sends it back: the earlier status (NOT_SET when
 * there was no record), with a count that agrees with it — the people who had come for ATTENDED (the party
 * when the record said nothing), else 1.
 */
export function priorAttendance(
  before: { status: AttendanceStatus; numberOfAttendees: number } | undefined,
  partySize: number,
): { status: AttendanceStatus; numberOfAttendees: number } {
  const status = before?.status ?? 'NOT_SET'
  return { status, numberOfAttendees: attendeesToSend(status, before?.numberOfAttendees || partySize) }
}

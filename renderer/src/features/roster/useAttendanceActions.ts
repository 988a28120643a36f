import { useMemo } from 'react'
import type { RosterEntry } from '../../queries/session-bookings'
import { useDeskActions } from '../undo/useDeskActions'
import { peopleLabel } from './booking-words'

/** Check-ins of one session, with the toast labels the desk reads ("Checked in Dana Lee", …). */
export interface AttendanceActions {
  /** False while the engine is not running: the buttons are disabled. */
  ready: boolean
  checkIn: (entries: readonly RosterEntry[]) => Promise<boolean>
  undoCheckIn: (entry: RosterEntry) => Promise<boolean>
  markNoShow: (entry: RosterEntry) => Promise<boolean>
}

/**
 * Attendance is per session (a course booking is checked in session by session), so every target carries
 * this session's id. Each call is one recorded action: one toast, one undo, however many people.
 */
export function useAttendanceActions(eventId: string): AttendanceActions {
  const actions = useDeskActions()
  return useMemo<AttendanceActions>(() => {
    const targets = (entries: readonly RosterEntry[]) =>
      entries.map((entry) => ({ bookingId: entry.booking.id, eventId }))
    const refused = () => Promise.resolve(false)
    if (!actions) return { ready: false, checkIn: refused, undoCheckIn: refused, markNoShow: refused }
    return {
      ready: true,
      checkIn: (entries) =>
        entries.length
          ? actions.checkIn(
              targets(entries),
              peopleLabel(
                'Checked in',
                entries.map((e) => e.name),
              ),
            )
          : refused(),
      undoCheckIn: (entry) => actions.undoCheckIn(targets([entry]), `Undid check-in for ${entry.name}`),
      markNoShow: (entry) => actions.markNoShow(targets([entry]), `Marked ${entry.name} as no-show`),
    }
  }, [actions, eventId])
}

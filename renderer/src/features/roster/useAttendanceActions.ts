import type { AttendanceStatus } from '@shared/wix/attendance'
import { useMemo } from 'react'
import type { RosterEntry } from '../../queries/roster-view'
import { useDeskActions } from '../../desk-actions/useDeskActions'
import { peopleLabel } from './booking-words'
import { settleAttendance, showAttendance } from './optimistic-attendance'

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
 * this session's id. Each call is one recorded action: one toast, one undo, however many people. The rows
 * show the new attendance with the press (see optimistic-attendance), before the store has it.
 */
export function useAttendanceActions(eventId: string): AttendanceActions {
  const actions = useDeskActions()
  return useMemo<AttendanceActions>(() => {
    const targets = (entries: readonly RosterEntry[]) =>
      entries.map((entry) => ({ bookingId: entry.booking.id, eventId }))
    const refused = () => Promise.resolve(false)
    if (!actions) return { ready: false, checkIn: refused, undoCheckIn: refused, markNoShow: refused }
    // Shown before the engine is called, with nothing awaited in between: the press's own render has it.
    const optimistic = async (
      entries: readonly RosterEntry[],
      status: AttendanceStatus,
      record: () => Promise<boolean>,
    ) => {
      const press = showAttendance(
        eventId,
        entries.map((e) => e.booking.id),
        status,
      )
      let recorded = false
      try {
        recorded = await record()
      } finally {
        settleAttendance(eventId, press, recorded)
      }
      return recorded
    }
    return {
      ready: true,
      checkIn: (entries) =>
        entries.length
          ? optimistic(entries, 'ATTENDED', () =>
              actions.checkIn(
                targets(entries),
                peopleLabel(
                  'Checked in',
                  entries.map((e) => e.name),
                ),
              ),
            )
          : refused(),
      undoCheckIn: (entry) =>
        optimistic([entry], 'NOT_SET', () =>
          actions.undoCheckIn(targets([entry]), `Undid check-in for ${entry.name}`),
        ),
      markNoShow: (entry) =>
        optimistic([entry], 'NOT_ATTENDED', () =>
          actions.markNoShow(targets([entry]), `Marked ${entry.name} as no-show`),
        ),
    }
  }, [actions, eventId])
}

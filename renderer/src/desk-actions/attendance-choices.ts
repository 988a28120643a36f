import type { AttendanceStatus } from '@shared/wix/attendance'
import type { DeskActionName } from '../sync/actions'

/** The attendance actions of the declaration (sync/actions.ts `deskActions`) a booked place can be offered. */
export type AttendanceActionName = Extract<
  DeskActionName,
  'checkIn' | 'undoCheckIn' | 'markNoShow' | 'clearNoShow'
>

/** What a booked place offers for its attendance at a session: the primary press and the no-show one. */
export interface AttendanceChoices {
  /** Check in, or undo the check-in when checked in. */
  primary: Extract<AttendanceActionName, 'checkIn' | 'undoCheckIn'>
  /** Mark a no-show, or clear it when marked (at any time, not only within the undo window). */
  noShow: Extract<AttendanceActionName, 'markNoShow' | 'clearNoShow'>
}

/**
 * The one rule for which attendance actions a booked place offers, read by the roster's row (and its keys)
 * and by the person's card alike, so the two never offer different things for the same booking.
 */
export function attendanceChoices(attendance: AttendanceStatus): AttendanceChoices {
  return {
    primary: attendance === 'ATTENDED' ? 'undoCheckIn' : 'checkIn',
    noShow: attendance === 'NOT_ATTENDED' ? 'clearNoShow' : 'markNoShow',
  }
}

/** Each attendance action's button: its visible words and its accessible name for a person. */
export const ATTENDANCE_BUTTONS: Record<
  AttendanceActionName,
  { label: string; name: (person: string) => string }
> = {
  checkIn: { label: 'Check in', name: (person) => `Check in ${person}` },
  undoCheckIn: { label: 'Undo check-in', name: (person) => `Undo check-in for ${person}` },
  markNoShow: { label: 'No-show', name: (person) => `Mark ${person} as no-show` },
  clearNoShow: { label: 'Clear no-show', name: (person) => `Clear no-show for ${person}` },
}

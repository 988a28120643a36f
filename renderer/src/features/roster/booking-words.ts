import type { AttendanceStatus } from '@shared/wix/attendance'

/** "Party of 3" — only for bookings of more than one person, so the usual single booking stays quiet. */
export function partyLabel(participants: number): string | null {
  return participants > 1 ? `Party of ${participants}` : null
}

/**
 * "Checked in" / "No-show"; nothing for people not marked yet. A party checked in with fewer than booked:
 * "2 of 3 checked in" (`attended`: Wix's numberOfAttendees, when the desk knows it).
 */
export function attendanceWords(
  status: AttendanceStatus,
  party = 1,
  attended: number | null = null,
): string | null {
  if (status === 'ATTENDED')
    return party > 1 && attended !== null && attended < party
      ? `${attended} of ${party} checked in`
      : 'Checked in'
  if (status === 'NOT_ATTENDED') return 'No-show'
  return null
}

/** "Double-booked": Wix booked this slot over another booking (`doubleBooked`), for staff to decide on. */
export const DOUBLE_BOOKED_WORDS = 'Double-booked'

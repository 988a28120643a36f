import type { Attendance, AttendanceStatus } from '@shared/wix/attendance'
import type { Booking } from '@shared/wix/booking'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import type { DemoEvent } from '../model'
import type { SeededRandom } from '../seeded-random'

/**
 * Check-ins already made: confirmed bookings of sessions that have started are mostly ATTENDED, some
 * NOT_ATTENDED (no-shows), a few never marked. Course bookings get one record per started session.
 */
export function seedAttendance(
  random: SeededRandom,
  now: number,
  bookings: readonly Booking[],
  eventsOfBooking: (booking: Booking) => readonly DemoEvent[],
): Attendance[] {
  const records: Attendance[] = []
  for (const booking of bookings) {
    if (booking.status !== 'CONFIRMED') continue
    for (const event of eventsOfBooking(booking)) {
      if (event.startMs > now) continue
      const inProgress = event.endMs > now
      const status = random.weighted<AttendanceStatus | undefined>(
        inProgress
          ? [
              ['ATTENDED', 55],
              [undefined, 45],
            ]
          : [
              ['ATTENDED', 85],
              ['NOT_ATTENDED', 10],
              [undefined, 5],
            ],
      )
      if (!status) continue
      records.push({
        id: random.uuid(),
        bookingId: booking.id,
        eventId: event.id,
        status,
        // A no-show counts no party (the demo refuses NOT_ATTENDED above 1, as SDK-A ~591 asks).
        numberOfAttendees: status === 'NOT_ATTENDED' ? 1 : bookingParticipantCount(booking),
      })
    }
  }
  return records
}

import type { Attendance, AttendanceStatus } from '@shared/wix/attendance'
import { applicationError, invalidField } from '../http/wix-error'
import { bookingNotFound, type WriteContext } from './write-context'

/**
 * Set Attendance: an upsert keyed by (booking, session). No revision, and the booking itself is not
 * touched (attendance is its own entity in Wix, so a booking's updatedDate does not move). Wix validates
 * weakly (a count above the party size is accepted); the simulator only checks what makes the record
 * meaningless: the booking and the session must exist and the session must be one of the booking's.
 * Codes [INF where Wix lists none]: SESSION_ID_NOT_PROVIDED (400), BOOKING_NOT_FOUND (404),
 * EVENT_NOT_FOUND (404), session not part of the booking → 400 validation error on `eventId`.
 */
export interface SetAttendanceInput {
  bookingId: string
  eventId?: string | null
  sessionId?: string | null
  status: AttendanceStatus
  numberOfAttendees?: number
}

export function setAttendance(ctx: WriteContext, input: SetAttendanceInput, at = 'attendance'): Attendance {
  const eventId = input.eventId ?? input.sessionId ?? undefined
  if (!eventId) {
    throw applicationError(
      400,
      'SESSION_ID_NOT_PROVIDED',
      'attendance.eventId (or the deprecated sessionId) is required',
      {},
    )
  }
  const booking = ctx.store.bookings.get(input.bookingId)
  if (!booking) throw bookingNotFound(input.bookingId)
  const event = ctx.store.events.get(eventId)
  if (!event) throw applicationError(404, 'EVENT_NOT_FOUND', `Event ${eventId} was not found`, { eventId })
  if (!ctx.store.eventsOfBooking(booking).some((e) => e.id === eventId)) {
    throw invalidField(`${at}.eventId`, `event ${eventId} is not a session of booking ${booking.id}`)
  }
  const existing = ctx.store.attendanceOf(booking.id, eventId)
  const record: Attendance = {
    id: existing?.id ?? ctx.newId(),
    bookingId: booking.id,
    eventId,
    status: input.status,
    numberOfAttendees: input.numberOfAttendees ?? 1,
  }
  ctx.store.putAttendance(record)
  return record
}

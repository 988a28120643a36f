import type { Booking } from '@shared/wix/booking'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import { bookingKindOf } from '@shared/domain/booking-lifecycle'
import { slotEntityFor } from '../booking-factory'
import { fitsInSessions } from '../capacity'
import { BUSINESS_RULE_STATUS, applicationError, invalidField } from '../http/wix-error'
import { isWithinCancellationPolicy } from './cancellation-policy'
import { refusePartOfVisit } from './visit-parts'
import { applyBookingChange, loadForWrite, type WriteContext } from './write-context'

/**
 * Reschedule Booking (SDK-B rescheduleBooking ~8037, `POST /v2/bookings/{bookingId}/reschedule`): a class
 * booking moves to another session of the same service, named by `slot.eventId` ("for classes pass only
 * slot.eventId"). Revision-guarded like every write (a stale one is the same 409). The booking's
 * `bookedEntity.slot`, `startDate`, `endDate`, `revision` and `updatedDate` change; its status, party and
 * payment stay. Refusals (codes from RescheduleBookingApplicationErrors ~6593):
 * - a part of a multi-service booking → NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING (visit-parts.ts);
 * - a canceled, declined or waitlisted booking → 428 VALIDATION_FAILURE;
 * - a course booking, another service's session, the session it is already in → 400 VALIDATION_FAILURE;
 * - an unknown or removed session → 404 SESSION_NOT_FOUND;
 * - unless `skipAvailabilityValidation`: a session over or off the calendar → 428 SLOT_NOT_AVAILABLE, one
 *   without room for the party → 428 SESSION_CAPACITY_EXCEEDED;
 * - unless `ignoreReschedulePolicy`: later than the service's cancellation window → 428 BOOKING_POLICY_VIOLATION.
 */
export interface RescheduleInput {
  revision: string
  slot: { eventId?: string; serviceId?: string; scheduleId?: string }
  skipAvailabilityValidation?: boolean
  ignoreReschedulePolicy?: boolean
  /** Set by Reschedule Multi-Service Booking (not served): the part moves with its whole visit. */
  wholeVisit?: boolean
}

const RESCHEDULABLE = new Set(['CONFIRMED', 'PENDING', 'CREATED'])

// GUESS: the statuses and codes of the refusals below (the SDK lists the codes, never which case gives which):
// a booking in a final status or on the waitlist is 428 VALIDATION_FAILURE; a course booking, another
// service's session or the same session is 400 VALIDATION_FAILURE.
function refuse(status: number, description: string, data: Record<string, unknown>) {
  return applicationError(status, 'VALIDATION_FAILURE', description, data)
}

export function rescheduleBooking(ctx: WriteContext, bookingId: string, input: RescheduleInput): Booking {
  const booking = loadForWrite(ctx, bookingId, input.revision)
  if (!input.wholeVisit) refusePartOfVisit(booking, 'rescheduled')
  if (!RESCHEDULABLE.has(booking.status)) {
    throw refuse(BUSINESS_RULE_STATUS, `Booking ${bookingId} is ${booking.status} and can't be rescheduled`, {
      bookingId,
      status: booking.status,
    })
  }
  const kind = bookingKindOf(booking)
  if (kind === 'course') {
    throw refuse(400, `Booking ${bookingId} is a course enrolment: a course is not rescheduled`, {
      bookingId,
    })
  }
  const eventId = input.slot.eventId
  if (!eventId) {
    // GUESS: the demo site reschedules classes only; an appointment moved by slot (times + staff) is refused.
    if (kind === 'appointment') {
      throw refuse(400, 'The demo site reschedules class bookings only (by slot.eventId)', { bookingId })
    }
    throw invalidField(
      'slot.eventId',
      'a class booking is rescheduled to a session by its eventId',
      'REQUIRED_FIELD',
    )
  }
  const event = ctx.store.events.get(eventId)
  if (!event || (event.kind === 'APPOINTMENT' && event.status === 'CANCELLED')) {
    throw applicationError(404, 'SESSION_NOT_FOUND', `Event ${eventId} was not found`, { eventId })
  }
  const serviceId = booking.bookedEntity.slot?.serviceId
  if (event.kind !== 'CLASS' || event.serviceId !== serviceId) {
    throw refuse(400, `Event ${eventId} is not a session of the booking's service`, {
      bookingId,
      eventId,
      serviceId,
    })
  }
  if (input.slot.serviceId && input.slot.serviceId !== event.serviceId)
    throw invalidField('slot.serviceId', `does not match the service of event ${eventId}`)
  if (input.slot.scheduleId && input.slot.scheduleId !== event.scheduleId)
    throw invalidField('slot.scheduleId', `does not match the schedule of event ${eventId}`)
  const fromEventId = booking.bookedEntity.slot?.eventId
  if (fromEventId === eventId) {
    throw refuse(400, `Booking ${bookingId} is already in session ${eventId}`, { bookingId, eventId })
  }
  if (!input.skipAvailabilityValidation) {
    if (event.status === 'CANCELLED' || event.endMs <= ctx.now()) {
      throw applicationError(BUSINESS_RULE_STATUS, 'SLOT_NOT_AVAILABLE', 'The session is over or canceled', {
        eventId,
      })
    }
    const participants = bookingParticipantCount(booking)
    if (!fitsInSessions(ctx.store, [event], participants, booking.id)) {
      throw applicationError(
        BUSINESS_RULE_STATUS,
        'SESSION_CAPACITY_EXCEEDED',
        `Not enough open spots in session ${eventId} for ${participants} participant(s)`,
        { eventId, requestedParticipants: participants },
      )
    }
  }
  // GUESS: the reschedule policy is the service's cancellation window (the demo has no policy of its own).
  if (!input.ignoreReschedulePolicy && !isWithinCancellationPolicy(ctx.store, booking, ctx.now())) {
    throw applicationError(
      BUSINESS_RULE_STATUS,
      'BOOKING_POLICY_VIOLATION',
      `Booking ${bookingId} can no longer be rescheduled under the service's policy`,
      { bookingId },
    )
  }
  const entity = slotEntityFor(event, ctx.store)
  const updated = applyBookingChange(ctx, booking, {
    bookedEntity: { ...booking.bookedEntity, slot: entity.slot },
    startDate: new Date(event.startMs).toISOString(),
    endDate: new Date(event.endMs).toISOString(),
  })
  // GUESS: the attendance recorded for the old session is dropped (the person is no longer in it).
  const old = fromEventId ? ctx.store.attendanceOf(bookingId, fromEventId) : undefined
  if (old) ctx.store.removeAttendance(old.id)
  return updated
}

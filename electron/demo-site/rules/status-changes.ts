import type { Booking } from '@shared/wix/booking'
import { CANCELABLE, CONFIRMABLE } from '@shared/domain/booking-intents'
import type { PaymentStatus } from '@shared/wix/booking-enums'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import { fitsInSessions } from '../capacity'
import { BUSINESS_RULE_STATUS, applicationError } from '../http/wix-error'
import {
  cancellationDeadlineMs,
  cancellationWindowHours,
  isWithinCancellationPolicy,
} from './cancellation-policy'
import { placeRequestOnCalendar } from './appointment-requests'
import { refusePartOfVisit } from './visit-parts'
import { applyBookingChange, loadForWrite, releaseAppointmentEvent, type WriteContext } from './write-context'

/**
 * Confirm / decline / cancel / mark as pending with Wix's rules (electron/main/wix/README.md, "Writing
 * bookings"). Error codes:
 * - confirm from anything but PENDING, CREATED, WAITING_LIST → 428 FAILED_CONFIRMING_NON_PENDING_BOOKING;
 *   decline likewise → 428 FAILED_DECLINE_NON_PENDING_BOOKING (the dedicated codes in the SDK's lists;
 *   INVALID_BOOKING_STATUS is kept for the other operations);
 * - cancel of a CANCELED or DECLINED booking → 428 INVALID_BOOKING_STATUS (a guess: no dedicated code listed);
 * - mark as pending of anything but CREATED → 428 BOOKING_MARK_BOOKING_AS_PENDING (a guess, from the SDK list).
 */
interface PaymentAndFlags {
  paymentStatus?: PaymentStatus
  doubleBooked?: boolean
}

function paymentPatch(input: PaymentAndFlags): Partial<Booking> {
  const patch: Partial<Booking> = {}
  if (input.paymentStatus) patch.paymentStatus = input.paymentStatus
  if (input.doubleBooked !== undefined) patch.doubleBooked = input.doubleBooked || undefined
  return patch
}

/** The sessions whose capacity a booking would take: its slot's, or a course's sessions not yet over. */
function sessionsToCheck(ctx: WriteContext, booking: Booking) {
  const events = ctx.store.eventsOfBooking(booking)
  return booking.bookedEntity.schedule ? events.filter((e) => e.endMs > ctx.now()) : events
}

function hasOpenSpots(ctx: WriteContext, booking: Booking): boolean {
  const events = sessionsToCheck(ctx, booking)
  return (
    events.every((e) => e.status !== 'CANCELLED') &&
    fitsInSessions(ctx.store, events, bookingParticipantCount(booking), booking.id)
  )
}

function assertOpenSpots(ctx: WriteContext, booking: Booking): void {
  if (!hasOpenSpots(ctx, booking)) {
    throw applicationError(
      BUSINESS_RULE_STATUS,
      'NO_OPEN_SPOTS',
      `No open spots left for booking ${booking.id}`,
      {
        bookingId: booking.id,
      },
    )
  }
}

export interface ConfirmInput extends PaymentAndFlags {
  revision: string
  checkAvailabilityValidation?: boolean
}

export function confirmBooking(ctx: WriteContext, bookingId: string, input: ConfirmInput): Booking {
  const booking = loadForWrite(ctx, bookingId, input.revision)
  if (!CONFIRMABLE.has(booking.status)) {
    throw applicationError(
      BUSINESS_RULE_STATUS,
      'FAILED_CONFIRMING_NON_PENDING_BOOKING',
      `Booking ${bookingId} is ${booking.status} and can't be confirmed`,
      {
        bookingId,
        status: booking.status,
      },
    )
  }
  // No availability check unless asked for: confirming a waitlisted booking may oversubscribe (Wix docs).
  if (input.checkAvailabilityValidation) assertOpenSpots(ctx, booking)
  // GUESS: a part of a multi-service booking may be confirmed on its own (the SDK's confirm lists no
  // NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING, unlike cancel and reschedule).
  // An appointment request gets its calendar event now (§8 C4).
  const bookedEntity = placeRequestOnCalendar(ctx, booking)
  return applyBookingChange(ctx, booking, {
    status: 'CONFIRMED',
    ...paymentPatch(input),
    ...(bookedEntity ? { bookedEntity } : {}),
  })
}

export interface DeclineInput extends PaymentAndFlags {
  revision: string
}

export function declineBooking(ctx: WriteContext, bookingId: string, input: DeclineInput): Booking {
  const booking = loadForWrite(ctx, bookingId, input.revision)
  if (!CONFIRMABLE.has(booking.status)) {
    throw applicationError(
      BUSINESS_RULE_STATUS,
      'FAILED_DECLINE_NON_PENDING_BOOKING',
      `Booking ${bookingId} is ${booking.status} and can't be declined`,
      {
        bookingId,
        status: booking.status,
      },
    )
  }
  const updated = applyBookingChange(ctx, booking, { status: 'DECLINED', ...paymentPatch(input) })
  releaseAppointmentEvent(ctx, updated)
  return updated
}

export interface CancelInput {
  revision: string
  ignoreCancellationPolicy?: boolean
  /** Set by Cancel Multi-Service Booking: the part is canceled with its whole visit. */
  wholeVisit?: boolean
}

export function cancelBooking(ctx: WriteContext, bookingId: string, input: CancelInput): Booking {
  const booking = loadForWrite(ctx, bookingId, input.revision)
  if (!input.wholeVisit) refusePartOfVisit(booking, 'canceled')
  // GUESS: Wix lists no code for canceling a canceled or declined booking; INVALID_BOOKING_STATUS is ours.
  if (!CANCELABLE.has(booking.status)) {
    throw applicationError(
      BUSINESS_RULE_STATUS,
      'INVALID_BOOKING_STATUS',
      `Booking ${bookingId} is already ${booking.status}`,
      {
        bookingId,
        status: booking.status,
      },
    )
  }
  if (!input.ignoreCancellationPolicy && !isWithinCancellationPolicy(ctx.store, booking, ctx.now())) {
    throw applicationError(
      BUSINESS_RULE_STATUS,
      'BOOKING_POLICY_VIOLATION',
      `Booking ${bookingId} can no longer be canceled under the service's policy (no cancellations within ${cancellationWindowHours(ctx.store, booking)} hours of the start)`,
      {
        bookingId,
        cancellationWindowHours: cancellationWindowHours(ctx.store, booking),
        latestCancellationDate: new Date(cancellationDeadlineMs(ctx.store, booking)).toISOString(),
      },
    )
  }
  const updated = applyBookingChange(ctx, booking, { status: 'CANCELED' })
  releaseAppointmentEvent(ctx, updated)
  return updated
}

export interface MarkPendingInput extends PaymentAndFlags {
  revision: string
  checkAvailabilityValidation?: boolean
  skipPendingApprovalServiceValidation?: boolean
}

export function markBookingAsPending(ctx: WriteContext, bookingId: string, input: MarkPendingInput): Booking {
  const booking = loadForWrite(ctx, bookingId, input.revision)
  // GUESS: which statuses Mark as Pending refuses, and that the code is BOOKING_MARK_BOOKING_AS_PENDING.
  if (booking.status !== 'CREATED') {
    throw applicationError(
      BUSINESS_RULE_STATUS,
      'BOOKING_MARK_BOOKING_AS_PENDING',
      `Only CREATED bookings can be marked as pending; ${bookingId} is ${booking.status}`,
      {
        bookingId,
        status: booking.status,
      },
    )
  }
  const serviceId = booking.bookedEntity.slot?.serviceId ?? booking.bookedEntity.schedule?.serviceId ?? ''
  if (
    !input.skipPendingApprovalServiceValidation &&
    !ctx.store.services.get(serviceId)?.requireManualApproval
  ) {
    throw applicationError(
      BUSINESS_RULE_STATUS,
      'NOT_PENDING_APPROVAL_SERVICE',
      `The service of booking ${bookingId} doesn't require manual approval`,
      {
        bookingId,
        serviceId,
      },
    )
  }
  // With checkAvailabilityValidation a conflict does not refuse: the booking still becomes PENDING, flagged
  // `doubleBooked` for the business to resolve (SDK-B MarkBookingAsPendingFlowControlSettings).
  const conflict = input.checkAvailabilityValidation === true && !hasOpenSpots(ctx, booking)
  return applyBookingChange(ctx, booking, {
    status: 'PENDING',
    ...paymentPatch(input),
    ...(conflict ? { doubleBooked: true } : {}),
  })
}

import type { Booking } from '@shared/wix/booking'
import { CANCELABLE, CONFIRMABLE } from '@shared/domain/booking-intents'
import type { PaymentStatus } from '@shared/wix/booking-enums'
import { BUSINESS_RULE_STATUS, applicationError } from '../http/wix-error'
import { isWithinCancellationPolicy } from './cancellation-policy'
import { cancelBooking, confirmBooking, declineBooking } from './status-changes'
import type { WriteContext } from './write-context'

/**
 * Multi-service bookings (a visit: "Sports Massage then Facial", SEQUENTIAL_BOOKINGS): confirmed, declined and
 * canceled as one through `/v2/multi_service_bookings/{id}/{confirm,decline,cancel}` (SDK-B
 * confirmMultiServiceBooking, declineMultiServiceBooking, cancelMultiServiceBooking, ~7440-7620). Confirm and
 * decline name every part with its revision (`confirmBookingsInfo` / `declineBookingsInfo`: bookingId, revision,
 * paymentStatus); cancel names none. Everything is checked before anything changes, so a refusal leaves the
 * visit as it was. Codes from the SDK's lists:
 * MULTI_SERVICE_BOOKING_NOT_FOUND (404), NOT_ALL_BOOKINGS_WERE_SENT, DUPLICATE_BOOKING_INFO, BOOKING_NOT_FOUND (a
 * part that is not one of the visit's), REVISION_MISSING (400), BOOKING_REVISION_MISMATCH (409),
 * ALL_BOOKINGS_ARE_ALREADY_CONFIRMED / _DECLINED / _CANCELED, INVALID_BOOKING_STATUS, NO_OPEN_SPOTS (428).
 */
export interface VisitPartInfo {
  bookingId?: string
  revision?: string
  paymentStatus?: PaymentStatus
}

export interface VisitResult {
  id: string
  bookings: Booking[]
}

function visitError(status: number, code: string, description: string, data: Record<string, unknown>) {
  return applicationError(status, code, description, data)
}

export function visitParts(ctx: WriteContext, visitId: string): Booking[] {
  const parts = ctx.store.bookingsOfVisit(visitId)
  if (parts.length === 0) {
    throw visitError(
      404,
      'MULTI_SERVICE_BOOKING_NOT_FOUND',
      `Multi-service booking ${visitId} was not found`,
      {
        multiServiceBookingId: visitId,
      },
    )
  }
  return parts
}

// GUESS: the statuses of the multi-service refusals (the SDK gives only codes): a malformed list of parts is
// 400, a stale revision of a part 409 BOOKING_REVISION_MISMATCH (the single writes' 409 carries no code), a
// business rule 428; every part of the visit must be sent, also those already in the target status (they are
// left unchanged, no new revision).
function checkInfos(visitId: string, parts: readonly Booking[], infos: readonly VisitPartInfo[]): void {
  const data = { multiServiceBookingId: visitId }
  const seen = new Set<string>()
  for (const info of infos) {
    const id = info.bookingId ?? ''
    if (seen.has(id))
      throw visitError(400, 'DUPLICATE_BOOKING_INFO', `Booking ${id} is listed twice`, {
        ...data,
        bookingId: id,
      })
    seen.add(id)
    const part = parts.find((b) => b.id === id)
    if (!part)
      throw visitError(
        404,
        'BOOKING_NOT_FOUND',
        `Booking ${id} is not part of multi-service booking ${visitId}`,
        {
          ...data,
          bookingId: id,
        },
      )
    if (!info.revision)
      throw visitError(400, 'REVISION_MISSING', `The revision of booking ${id} is missing`, {
        ...data,
        bookingId: id,
      })
    if (part.revision !== info.revision)
      throw visitError(
        409,
        'BOOKING_REVISION_MISMATCH',
        `Booking ${id} has changed since revision ${info.revision}; read it again and retry with its current revision`,
        { ...data, bookingId: id },
      )
  }
  const missing = parts.filter((b) => !seen.has(b.id)).map((b) => b.id)
  if (missing.length > 0)
    throw visitError(400, 'NOT_ALL_BOOKINGS_WERE_SENT', `Every booking of the visit must be sent`, {
      ...data,
      missingBookingIds: missing,
    })
}

export interface ConfirmVisitInput {
  infos: VisitPartInfo[]
  doubleBooked?: boolean
  checkAvailabilityValidation?: boolean
}

export function confirmVisit(ctx: WriteContext, visitId: string, input: ConfirmVisitInput): VisitResult {
  const parts = visitParts(ctx, visitId)
  checkInfos(visitId, parts, input.infos)
  if (parts.every((b) => b.status === 'CONFIRMED'))
    throw visitError(
      BUSINESS_RULE_STATUS,
      'ALL_BOOKINGS_ARE_ALREADY_CONFIRMED',
      'The visit is already confirmed',
      {
        multiServiceBookingId: visitId,
      },
    )
  const refused = parts.find((b) => b.status !== 'CONFIRMED' && !CONFIRMABLE.has(b.status))
  if (refused)
    throw visitError(
      BUSINESS_RULE_STATUS,
      'INVALID_BOOKING_STATUS',
      `Booking ${refused.id} is ${refused.status}`,
      {
        multiServiceBookingId: visitId,
        bookingId: refused.id,
        status: refused.status,
      },
    )
  const bookings = parts.map((part) => {
    if (part.status === 'CONFIRMED') return part
    const info = input.infos.find((i) => i.bookingId === part.id)
    return confirmBooking(ctx, part.id, {
      revision: part.revision,
      paymentStatus: info?.paymentStatus,
      doubleBooked: input.doubleBooked,
      checkAvailabilityValidation: input.checkAvailabilityValidation,
    })
  })
  return { id: visitId, bookings }
}

export interface DeclineVisitInput {
  infos: VisitPartInfo[]
  doubleBooked?: boolean
}

export function declineVisit(ctx: WriteContext, visitId: string, input: DeclineVisitInput): VisitResult {
  const parts = visitParts(ctx, visitId)
  checkInfos(visitId, parts, input.infos)
  if (parts.every((b) => b.status === 'DECLINED'))
    throw visitError(
      BUSINESS_RULE_STATUS,
      'ALL_BOOKINGS_ARE_ALREADY_DECLINED',
      'The visit is already declined',
      {
        multiServiceBookingId: visitId,
      },
    )
  const refused = parts.find((b) => b.status !== 'DECLINED' && !CONFIRMABLE.has(b.status))
  if (refused)
    throw visitError(
      BUSINESS_RULE_STATUS,
      'INVALID_BOOKING_STATUS',
      `Booking ${refused.id} is ${refused.status}`,
      {
        multiServiceBookingId: visitId,
        bookingId: refused.id,
        status: refused.status,
      },
    )
  const bookings = parts.map((part) => {
    if (part.status === 'DECLINED') return part
    const info = input.infos.find((i) => i.bookingId === part.id)
    return declineBooking(ctx, part.id, {
      revision: part.revision,
      paymentStatus: info?.paymentStatus,
      doubleBooked: input.doubleBooked,
    })
  })
  return { id: visitId, bookings }
}

export interface CancelVisitInput {
  ignoreCancellationPolicy?: boolean
}

export function cancelVisit(ctx: WriteContext, visitId: string, input: CancelVisitInput): VisitResult {
  const parts = visitParts(ctx, visitId)
  const data = { multiServiceBookingId: visitId }
  if (parts.every((b) => b.status === 'DECLINED'))
    throw visitError(
      BUSINESS_RULE_STATUS,
      'ALL_BOOKINGS_ARE_ALREADY_DECLINED',
      'The visit was declined',
      data,
    )
  if (parts.every((b) => !CANCELABLE.has(b.status)))
    throw visitError(
      BUSINESS_RULE_STATUS,
      'ALL_BOOKINGS_ARE_ALREADY_CANCELED',
      'The visit is already canceled',
      data,
    )
  // GUESS: the cancellation policy of the visit is its first active part's; a late cancel is 428
  // BOOKING_POLICY_VIOLATION (the single cancel's code; the multi-service list names none) unless
  // flowControlSettings.ignoreCancellationPolicy.
  const first = parts.find((b) => CANCELABLE.has(b.status))
  if (first && !input.ignoreCancellationPolicy && !isWithinCancellationPolicy(ctx.store, first, ctx.now()))
    throw visitError(
      BUSINESS_RULE_STATUS,
      'BOOKING_POLICY_VIOLATION',
      `The visit can no longer be canceled`,
      data,
    )
  const bookings = parts.map((part) =>
    CANCELABLE.has(part.status)
      ? cancelBooking(ctx, part.id, {
          revision: part.revision,
          ignoreCancellationPolicy: true,
          wholeVisit: true,
        })
      : part,
  )
  return { id: visitId, bookings }
}

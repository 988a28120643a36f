import type { Booking } from '../wix/booking'
import type { WixBookingStatus } from '../wix/booking-enums'
import { CONFIRMABLE } from './booking-intents'

/**
 * What a booking is, in the lifecycle Wix defines (issue 19), read once from Wix's own fields. Every screen
 * and the sync engine ask these questions here rather than of the raw fields.
 */

/** How Wix books it: a class session (by event), an appointment (by slot), a course (the whole schedule). */
export type BookingKind = 'class' | 'appointment' | 'course'

/**
 * From `bookedEntity.tags` (INDIVIDUAL = appointment, GROUP = class, COURSE = course, SDK-B BookedEntity.tags);
 * without tags, a `schedule` is a course and a `slot` reads as a class — unless it has a staff resource and no
 * event yet, which only an appointment request has (§8 C4).
 */
export function bookingKindOf(booking: Pick<Booking, 'bookedEntity'>): BookingKind {
  const { tags, slot, schedule } = booking.bookedEntity
  if (tags?.includes('INDIVIDUAL')) return 'appointment'
  if (tags?.includes('COURSE')) return 'course'
  if (tags?.includes('GROUP')) return 'class'
  if (!slot && schedule) return 'course'
  if (slot && !slot.eventId && slot.resource?.id) return 'appointment'
  return 'class'
}

/**
 * An appointment Wix has not put on the calendar yet: booked by slot, no `eventId`. Wix fills `eventId` for
 * appointments only when the booking turns CONFIRMED (§8 C4, SDK-B ~332), so a PENDING request has none; the
 * desk shows it at its slot's time with its staff member until it has one.
 */
export function awaitsCalendarEvent(booking: Pick<Booking, 'bookedEntity'>): boolean {
  const slot = booking.bookedEntity.slot
  return slot !== undefined && !slot.eventId && bookingKindOf(booking) === 'appointment'
}

/** The visit a booking is part of (one multi-service booking), or null for a booking on its own. */
export interface VisitRef {
  id: string
}

export function visitOf(booking: Pick<Booking, 'multiServiceBookingInfo'>): VisitRef | null {
  const id = booking.multiServiceBookingInfo?.id
  return id ? { id } : null
}

/** The staff member booked (an appointment's resource), when Wix names one. */
export function bookedStaffName(booking: Pick<Booking, 'bookedEntity'>): string | null {
  return booking.bookedEntity.slot?.resource?.name?.trim() || null
}

/**
 * CREATED: the customer has not finished the eCommerce checkout. It holds no spot (it does not block
 * availability) and it is nobody's request yet: Wix turns it CONFIRMED (or drops it) when checkout ends.
 */
export function isCheckoutUnfinished(status: WixBookingStatus): boolean {
  return status === 'CREATED'
}

/**
 * The statuses the desk OFFERS Confirm / Decline on: a request (PENDING) and the waitlist. Not the same as
 * `CONFIRMABLE` (booking-intents.ts), which also holds CREATED: that set says what a queued confirm may still
 * be sent on when it is replayed, and Wix accepts confirming a CREATED booking — but only for a site with a
 * custom checkout (issue 19 case 1). At the desk a CREATED booking is a checkout in progress, never offered
 * a decision; replay keeps its own rule so an entry recorded before this one is not refused.
 */
export const DECIDED_AT_DESK: ReadonlySet<WixBookingStatus> = new Set(
  [...CONFIRMABLE].filter((status) => !isCheckoutUnfinished(status)),
)

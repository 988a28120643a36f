import { businessDayOf, type BusinessDay } from '@shared/domain/business-day'
import { searchTokens } from '@shared/domain/search-tokens'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import type { WalkInInput } from '@shared/ipc/bookings'
import type { BookingRow, ContactFields } from './rows'

/** The fields of a booking row that come from the server's copy alone (no time zone, no pending work). */
export type ServerBookingFields = Omit<BookingRow, 'day' | 'status' | 'pendingIntents'>

export function contactFieldsOf(contact: ExtendedBooking['booking']['contactDetails']): ContactFields {
  return {
    firstName: contact?.firstName?.trim() ?? '',
    lastName: contact?.lastName?.trim() ?? '',
    email: contact?.email ?? null,
    phone: contact?.phone ?? null,
  }
}

export function serverBookingFields(extended: ExtendedBooking): ServerBookingFields {
  const { booking } = extended
  const { slot, schedule } = booking.bookedEntity
  const contact = contactFieldsOf(booking.contactDetails)
  return {
    id: booking.id,
    eventId: slot?.eventId ?? null,
    scheduleId: slot?.scheduleId ?? schedule?.scheduleId ?? null,
    startUtc: booking.startDate,
    createdDate: booking.createdDate,
    serverStatus: booking.status,
    revision: booking.revision,
    updatedDate: booking.updatedDate,
    externalUserId: booking.externalUserId ?? null,
    contact,
    participants: bookingParticipantCount(booking),
    paymentStatus: booking.paymentStatus ?? null,
    searchTokens: searchTokens(contact),
    server: extended,
  }
}

/** The business day a booking belongs to: its session's (a course booking's first session's). */
export function bookingDayOf(extended: ExtendedBooking, timeZone: string): BusinessDay {
  return businessDayOf(new Date(extended.booking.startDate), timeZone)
}

/** A booking row as the server has it, before pending intents are applied on top (see sync/rebase). */
export function serverBookingRow(extended: ExtendedBooking, timeZone: string): BookingRow {
  return {
    ...serverBookingFields(extended),
    day: bookingDayOf(extended, timeZone),
    status: extended.booking.status,
    pendingIntents: 0,
  }
}

/** The row a walk-in has from the moment it is recorded until Wix answers with the real booking. */
export function localWalkInRow(
  localId: string,
  walkIn: WalkInInput,
  session: { day: BusinessDay; startUtc: string },
  createdAt: string,
): BookingRow {
  const contact = walkInContactFields(walkIn.contact)
  return {
    id: localId,
    eventId: walkIn.eventId,
    scheduleId: walkIn.scheduleId,
    day: session.day,
    startUtc: session.startUtc,
    createdDate: createdAt,
    status: 'CONFIRMED',
    serverStatus: null,
    revision: '0',
    updatedDate: createdAt,
    externalUserId: walkIn.externalUserId,
    contact,
    participants: walkIn.totalParticipants,
    paymentStatus: null,
    searchTokens: searchTokens(contact),
    pendingIntents: 1,
    server: null,
  }
}

/** The contact fields of a walk-in as the desk typed them. */
export function walkInContactFields(contact: WalkInInput['contact']): ContactFields {
  return {
    firstName: contact.firstName,
    lastName: contact.lastName ?? '',
    email: contact.email ?? null,
    phone: contact.phone ?? null,
  }
}

/** "Dana Lee", or the e-mail when a booking has no name. */
export function personName(contact: ContactFields): string {
  const name = `${contact.firstName} ${contact.lastName}`.trim()
  return name || contact.email || contact.phone || 'A customer'
}

/** Compares two decimal revision strings (int64: longer than Number's safe range in theory). */
export function compareRevisions(a: string, b: string): number {
  const x = BigInt(a)
  const y = BigInt(b)
  return x === y ? 0 : x > y ? 1 : -1
}

import type { Attendance, AttendanceStatus } from '@shared/wix/attendance'
import type { Booking, ContactDetails } from '@shared/wix/booking'
import { BUSINESS_RULE_STATUS, applicationError, invalidField } from './http/wix-error'
import type { DemoService } from './model'
import { createBooking, type CreateBookingInput } from './rules/create-booking'
import { cancelVisit } from './rules/multi-service'
import { rescheduleBooking } from './rules/reschedule'
import { editSeries, type SeriesEdit } from './rules/series-edit'
import { setAttendance } from './rules/set-attendance'
import { cancelBooking, confirmBooking, declineBooking } from './rules/status-changes'
import { applyBookingChange, bookingNotFound, type WriteContext } from './rules/write-context'
import type { DemoSiteState } from './site-state'

/**
 * Changes made by someone other than this desk — customers on the website, another front desk — applied
 * through the same rules as API calls, so they bump `revision` and `updatedDate` exactly like real changes
 * and make a client's cached revision stale.
 */
export interface CustomerBookingInput {
  /** A class or appointment session… */
  eventId?: string
  /** … or a course schedule. */
  scheduleId?: string
  participants?: number
  /** Default: PENDING for a manual-approval service, else CONFIRMED. */
  status?: 'CONFIRMED' | 'PENDING'
  contact?: ContactDetails
}

export interface WaitlistInput {
  eventId: string
  participants?: number
  contact?: ContactDetails
}

export interface DeskAttendanceInput {
  bookingId: string
  eventId: string
  status: AttendanceStatus
  numberOfAttendees?: number
}

export interface OutsideWorld {
  /** The customer cancels on the website (taken as already accepted by Wix: the policy is not re-checked). */
  customerCancels(bookingId: string): Booking
  /**
   * A customer books and pays online: capacity is enforced (428 when full); created with payment UNDEFINED,
   * then PAID from the eCommerce order (revision 2).
   */
  customerBooks(input: CustomerBookingInput): Booking
  /** A customer joins a class's waitlist (payment UNDEFINED: nothing ordered yet). */
  customerJoinsWaitlist(input: WaitlistInput): Booking
  /** The customer pays online: the booking changes (new revision) without changing status. */
  customerPays(bookingId: string): Booking
  /** Confirm (an appointment request gets its calendar event and `eventId`). */
  deskConfirms(bookingId: string): Booking
  deskDeclines(bookingId: string): Booking
  /** Cancel; a part of a multi-service booking is canceled with its whole visit (as Wix allows only that). */
  deskCancels(bookingId: string): Booking
  deskSetsAttendance(input: DeskAttendanceInput): Attendance
  /**
   * The customer moves a class booking to another session of the same service on the website: availability is
   * checked (428 when full), the reschedule policy is taken as already accepted. Revision + 1.
   */
  customerReschedules(bookingId: string, toEventId: string): Booking
  /** Another desk moves a class booking to another session (availability checked, policy ignored). */
  deskReschedules(bookingId: string, toEventId: string): Booking
  /** The customer finishes the eCommerce checkout: CREATED → CONFIRMED, paid online (revision + 1). */
  checkoutFinished(bookingId: string): Booking
  /** The customer walks away from the checkout: the CREATED booking is dropped (CANCELED, revision + 1). */
  checkoutAbandoned(bookingId: string): Booking
  /**
   * The business edits a recurring class series: the coming sessions (after the demo clock's now) of the
   * schedule get new event ids (the old ids vanish from Calendar reads); their bookings (revision + 1) and
   * attendance follow.
   */
  businessEditsSeries(scheduleId: string): SeriesEdit
}

const WEB_CUSTOMERS: ReadonlyArray<readonly [string, string]> = [
  ['Maya', 'Okafor'],
  ['Liam', 'Novak'],
  ['Priya', 'Raman'],
  ['Diego', 'Alvarez'],
  ['Hannah', 'Kowalski'],
  ['Tomás', 'Reyes'],
]

/**
 * A customer's party as the website books it: a service with variants by its first variant ("Drop-in"), one
 * count for the whole party; any other service by its total.
 */
function party(
  service: DemoService | undefined,
  participants: number,
): Pick<CreateBookingInput, 'totalParticipants' | 'serviceChoices'> {
  const variants = service?.variants
  const first = variants?.choices[0]
  if (!variants || !first) return { totalParticipants: participants }
  return {
    serviceChoices: [
      { numberOfParticipants: participants, choices: [{ optionId: variants.optionId, custom: first.name }] },
    ],
  }
}

export function createOutsideWorld(site: DemoSiteState): OutsideWorld {
  let visitor = 0
  const webContact = (given?: ContactDetails): ContactDetails => {
    if (given) return given
    const [firstName, lastName] = WEB_CUSTOMERS[visitor++ % WEB_CUSTOMERS.length] ?? ['Web', 'Customer']
    const email = `${firstName}.${lastName}.${visitor}@example.com`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
    return { firstName, lastName, email, phone: `+1312555${String(1000 + visitor).slice(-4)}` }
  }
  const current = (bookingId: string): Booking => {
    const booking = site.store.bookings.get(bookingId)
    if (!booking) throw bookingNotFound(bookingId)
    return booking
  }
  /** A cancel from outside: a part of a visit goes with its whole visit (the only cancel Wix allows on it). */
  const cancelFromOutside = (ctx: WriteContext, bookingId: string): Booking => {
    const visitId = current(bookingId).multiServiceBookingInfo?.id
    if (visitId) {
      cancelVisit(ctx, visitId, { ignoreCancellationPolicy: true })
      return current(bookingId)
    }
    return cancelBooking(ctx, bookingId, {
      revision: current(bookingId).revision,
      ignoreCancellationPolicy: true,
    })
  }
  const checkoutBooking = (bookingId: string): Booking => {
    const booking = current(bookingId)
    // GUESS: a checkout's outcome applies only to a CREATED booking; any other is 428 INVALID_BOOKING_STATUS.
    if (booking.status !== 'CREATED')
      throw applicationError(
        BUSINESS_RULE_STATUS,
        'INVALID_BOOKING_STATUS',
        `Booking ${bookingId} is ${booking.status}, not a checkout in progress`,
        { bookingId, status: booking.status },
      )
    return booking
  }
  const reschedule = (bookingId: string, toEventId: string): Booking =>
    rescheduleBooking(site.writeContext(), bookingId, {
      revision: current(bookingId).revision,
      slot: { eventId: toEventId },
      ignoreReschedulePolicy: true,
    })
  return {
    customerCancels: (bookingId) => cancelFromOutside(site.writeContext(), bookingId),
    customerBooks(input) {
      if (!input.eventId === !input.scheduleId)
        throw invalidField('eventId', 'give exactly one of eventId or scheduleId')
      const event = input.eventId ? site.store.events.get(input.eventId) : undefined
      const serviceId =
        event?.serviceId ??
        [...site.store.services.values()].find((s) => s.scheduleId === input.scheduleId)?.id
      const service = site.store.services.get(serviceId ?? '')
      const manual = service?.requireManualApproval === true
      const booking = createBooking(site.writeContext(), {
        slot: input.eventId ? { eventId: input.eventId } : undefined,
        schedule: input.scheduleId ? { scheduleId: input.scheduleId } : undefined,
        contactDetails: webContact(input.contact),
        ...party(service, input.participants ?? 1),
        status: input.status ?? (manual ? 'PENDING' : 'CONFIRMED'),
        selectedPaymentOption: 'ONLINE',
        skipAvailabilityValidation: false,
        // The status asked for is the one the booking ends in (e.g. the studio already confirmed it).
        skipBusinessConfirmation: true,
      })
      // Created UNDEFINED like every booking; Wix then syncs the paid eCommerce order onto it (a new revision).
      return applyBookingChange(site.writeContext(), booking, { paymentStatus: 'PAID' })
    },
    customerJoinsWaitlist(input) {
      const event = site.store.events.get(input.eventId)
      if (event && event.kind !== 'CLASS')
        throw invalidField('eventId', 'only class sessions have a waitlist')
      return createBooking(site.writeContext(), {
        slot: { eventId: input.eventId },
        contactDetails: webContact(input.contact),
        ...party(site.store.services.get(event?.serviceId ?? ''), input.participants ?? 1),
        status: 'WAITING_LIST',
        selectedPaymentOption: 'ONLINE',
        skipAvailabilityValidation: false,
      })
    },
    customerPays: (bookingId) =>
      applyBookingChange(site.writeContext(), current(bookingId), { paymentStatus: 'PAID' }),
    deskConfirms: (bookingId) =>
      confirmBooking(site.writeContext(), bookingId, { revision: current(bookingId).revision }),
    deskDeclines: (bookingId) =>
      declineBooking(site.writeContext(), bookingId, { revision: current(bookingId).revision }),
    deskCancels: (bookingId) => cancelFromOutside(site.writeContext(), bookingId),
    deskSetsAttendance: (input) => setAttendance(site.writeContext(), input),
    customerReschedules: reschedule,
    deskReschedules: reschedule,
    checkoutFinished(bookingId) {
      const booking = checkoutBooking(bookingId)
      // The order is paid online; Wix moves the booking to CONFIRMED with the order's payment (one change).
      return applyBookingChange(site.writeContext(), booking, {
        status: 'CONFIRMED',
        paymentStatus: 'PAID',
        selectedPaymentOption: 'ONLINE',
      })
    },
    checkoutAbandoned(bookingId) {
      const booking = checkoutBooking(bookingId)
      // GUESS: an abandoned checkout's CREATED booking becomes CANCELED with a new revision (Wix documents no
      // clean-up), so an incremental read by updatedDate sees it go.
      return applyBookingChange(site.writeContext(), booking, { status: 'CANCELED' })
    },
    businessEditsSeries: (scheduleId) => editSeries(site.writeContext(), scheduleId),
  }
}

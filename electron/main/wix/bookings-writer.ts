import { bookingResponseSchema, type Booking } from '@shared/wix/booking'
import { multiServiceBookingResponseSchema } from '@shared/wix/multi-service-booking'
import type { WalkInInput } from '@shared/ipc/bookings'
import { STALE_REVISION_CODE } from '@shared/ipc/envelope'
import type { BookingsReader } from './bookings-reader'
import type { WixCallContext } from './call-context'
import { WixApiError } from './errors'
import { parseWixResponse } from './validate'

export interface CustomerMessage {
  /** Send Wix's notification to the customer. */
  notify: boolean
  message?: string
}

/** A walk-in as main sends it: the IPC input (shared/ipc/bookings.ts), already checked. */
export type WalkIn = WalkInInput

/** A class booking's new session (README.md, "Writing bookings": "for classes pass only `slot.eventId`"). */
export interface RescheduleTarget {
  toEventId: string
  serviceId: string
  scheduleId: string
  message?: CustomerMessage
}

/** A cancel's options: the note to the customer, and whether to cancel over the business's cancellation policy. */
export interface CancelOptions {
  message?: CustomerMessage
  /** Send `ignoreCancellationPolicy: true` (needs `BOOKINGS.IGNORE_BOOKING_POLICY`); else the policy applies. */
  anyway?: boolean
}

/** One booking of a multi-service booking, on the revision the desk acted on. */
export interface VisitPart {
  bookingId: string
  revision: string
}

/** What a visit write answers: the visit's bookings as Wix holds them now. */
export interface VisitOutcome {
  visitId: string
  bookings: Booking[]
}

const notification = (message?: CustomerMessage) => ({
  participantNotification: {
    notifyParticipants: message?.notify ?? false,
    ...(message?.message ? { message: message.message } : {}),
  },
})

/**
 * Bookings Writer V2 and Multi-Service Bookings. Confirm, decline, cancel and reschedule carry the revision the
 * desk acted on, so a retry after a lost answer cannot apply twice: Wix answers 409 and the sync engine
 * re-reads. A create has no such guard, so it is retried only when the request provably never left. `reader`
 * re-reads bookings a multi-service answer names by id only.
 */
export function createBookingsWriter(
  { sdk, transport, retry, retryUnsent, log }: WixCallContext,
  reader: Pick<BookingsReader, 'page'>,
) {
  const booking = async (what: string, call: () => Promise<unknown>, retrying = retry): Promise<Booking> => {
    const exchange = await retrying(() => transport.exchange(call))
    return parseWixResponse(bookingResponseSchema, exchange.body, what).booking
  }

  /** Bookings by id, as Query Extended Bookings has them now (there is no Get Booking). */
  const readBookings = async (ids: string[]): Promise<Map<string, Booking>> => {
    if (ids.length === 0) return new Map()
    const page = await reader.page({ query: { filter: { id: { $in: ids } }, limit: ids.length } })
    return new Map(page.items.map(({ booking: b }) => [b.id, b]))
  }

  /**
   * A multi-service write and its answer as `{ visitId, bookings }`. `returnFullEntity: true` asks for the
   * bookings themselves ("Only returned when `returnFullEntity` is `true`", SDK-B BookingResult); a part
   * answered by id alone (Wix ignored the flag, or sent a booking Rollcall cannot read) is re-read by id, so
   * the desk always gets the visit as Wix holds it now. A part Wix no longer finds is left out and logged.
   */
  const visit = async (
    what: string,
    visitId: string,
    call: () => Promise<unknown>,
  ): Promise<VisitOutcome> => {
    const exchange = await retry(() => transport.exchange(call))
    const answer = parseWixResponse(
      multiServiceBookingResponseSchema,
      exchange.body,
      what,
    ).multiServiceBooking
    const missing = answer.bookings.filter((part) => !part.booking).map((part) => part.bookingId)
    const reread = await readBookings(missing)
    const bookings: Booking[] = []
    for (const part of answer.bookings) {
      const found = part.booking ?? reread.get(part.bookingId)
      if (found) bookings.push(found)
      else log.warn(`[wix] ${what}: booking ${part.bookingId} of visit ${visitId} could not be read back`)
    }
    return { visitId: answer.id ?? visitId, bookings }
  }

  const bookingsInfo = (parts: VisitPart[]) =>
    parts.map(({ bookingId, revision }) => ({ bookingId, revision }))

  return {
    confirm: (
      bookingId: string,
      revision: string,
      options: { message?: CustomerMessage; checkAvailability?: boolean } = {},
    ) =>
      booking('Confirm Booking', () =>
        sdk.bookings.confirmBooking(bookingId, revision, {
          ...notification(options.message),
          flowControlSettings: { checkAvailabilityValidation: options.checkAvailability ?? false },
        }),
      ),

    decline: (bookingId: string, revision: string, options: { message?: CustomerMessage } = {}) =>
      booking('Decline Booking', () =>
        sdk.bookings.declineBooking(bookingId, revision, notification(options.message)),
      ),

    /**
     * Cancel Booking with the business's cancellation policy respected: inside the service's window Wix answers
     * 428 BOOKING_POLICY_VIOLATION. With `anyway` (the desk's "Cancel anyway", issue 21) the policy is ignored,
     * which needs the `BOOKINGS.IGNORE_BOOKING_POLICY` scope (SDK-B CancelBookingRequestFlowControlSettings):
     * a key without it gets 403.
     */
    cancel: (bookingId: string, revision: string, options: CancelOptions = {}) =>
      booking('Cancel Booking', () =>
        sdk.bookings.cancelBooking(bookingId, {
          revision,
          ...notification(options.message),
          flowControlSettings: { ignoreCancellationPolicy: options.anyway ?? false },
        }),
      ),

    /**
     * Bookings Writer V2 Reschedule of a class booking to another session of its service, on the revision the
     * desk acted on. The slot names the session by `eventId` (with its service and schedule): for classes
     * Wix asks for "only `slot.eventId` instead of the entire `slot` object" (SDK-B ~7976), so no dates,
     * resource or location. No flow-control override: a session that filled up meanwhile is refused
     * (`SESSION_CAPACITY_EXCEEDED`, `SLOT_NOT_AVAILABLE`) and the desk shows it in words rather than overfill
     * it; the reschedule policy applies (`BOOKING_POLICY_VIOLATION`). [INF] `V2Slot.eventId` (SDK-B ~1921)
     * is annotated "Calendar event ID - not supported" while the method's own doc says to send it for
     * classes: the method's doc is followed, with `serviceId` and `scheduleId` ("Required" in `V2Slot`).
     */
    reschedule: (bookingId: string, revision: string, target: RescheduleTarget) =>
      booking('Reschedule Booking', () =>
        sdk.bookings.rescheduleBooking(
          bookingId,
          { eventId: target.toEventId, serviceId: target.serviceId, scheduleId: target.scheduleId },
          { revision, ...notification(target.message), flowControlSettings: {} },
        ),
      ),

    /**
     * Confirm Multi-Service Booking: every part with the revision the desk acted on (Wix refuses a visit
     * whose parts are not all sent, or on an older revision), no availability check, as a single confirm.
     */
    confirmVisit: (visitId: string, parts: VisitPart[], options: { message?: CustomerMessage } = {}) =>
      visit('Confirm Multi-Service Booking', visitId, () =>
        sdk.bookings.confirmMultiServiceBooking(visitId, {
          confirmBookingsInfo: bookingsInfo(parts),
          ...notification(options.message),
          returnFullEntity: true,
          flowControlSettings: { checkAvailabilityValidation: false },
        }),
      ),

    /** Decline Multi-Service Booking: every part with its revision. */
    declineVisit: (visitId: string, parts: VisitPart[], options: { message?: CustomerMessage } = {}) =>
      visit('Decline Multi-Service Booking', visitId, () =>
        sdk.bookings.declineMultiServiceBooking(visitId, {
          declineBookingsInfo: bookingsInfo(parts),
          ...notification(options.message),
          returnFullEntity: true,
        }),
      ),

    /**
     * Cancel Multi-Service Booking, the cancellation policy respected unless `anyway`, as in a single cancel.
     * Wix's cancel takes no revisions (CancelMultiServiceBookingOptions, SDK-B ~7443), so the guard the other
     * writes get from Wix is made here: the parts are read first, and if any moved past the revision the desk
     * acted on (or left the visit) nothing is sent and the answer is a stale revision (409-like `conflict`),
     * which the sync engine re-reads and decides again like any other. [INF] a change between that read and
     * the cancel is not caught: Wix gives no way to.
     */
    cancelVisit: async (
      visitId: string,
      parts: VisitPart[],
      options: CancelOptions = {},
    ): Promise<VisitOutcome> => {
      const now = await readBookings(parts.map((p) => p.bookingId))
      const moved = parts.filter(
        (p) =>
          now.get(p.bookingId)?.revision !== p.revision ||
          now.get(p.bookingId)?.multiServiceBookingInfo?.id !== visitId,
      )
      if (moved.length > 0) {
        throw new WixApiError({
          kind: 'conflict',
          code: STALE_REVISION_CODE,
          message: `The visit changed on Wix since Rollcall last saw it (booking ${moved.map((p) => p.bookingId).join(', ')}); nothing was canceled.`,
          mayHaveReachedServer: false,
        })
      }
      return visit('Cancel Multi-Service Booking', visitId, () =>
        sdk.bookings.cancelMultiServiceBooking(visitId, {
          ...notification(options.message),
          flowControlSettings: { ignoreCancellationPolicy: options.anyway ?? false },
          returnFullEntity: true,
        }),
      )
    },

    /**
     * A class-session walk-in, booked as the service allows (issue 17 item 3): the payment option the desk
     * picked from the service's, `participantsChoices` for a service with variants (else
     * `totalParticipants`), and `skipBusinessConfirmation` — which needs `BOOKINGS.OVERRIDE_AVAILABILITY` —
     * only for a service that requires the business's approval.
     *
     * Wix leaves open whether a create may set `status: CONFIRMED` for a custom checkout (README.md, "SDK
     * facts" C5: Confirm is "only when using a custom checkout page"). Both readings are handled: CONFIRMED
     * is asked for, and a booking that comes back CREATED or PENDING is then confirmed with its own revision
     * (the desk is the business). If that confirm is refused, the booking Wix made is still returned: it
     * exists, and the desk sees it as Wix holds it rather than booking it twice.
     */
    createWalkIn: async (walkIn: WalkIn): Promise<Booking> => {
      const participants = walkIn.participantsChoices
        ? {
            participantsChoices: {
              serviceChoices: walkIn.participantsChoices.map(({ numberOfParticipants, ...choice }) => ({
                numberOfParticipants,
                choices: [choice],
              })),
            },
          }
        : { totalParticipants: walkIn.totalParticipants }
      const created = await booking(
        'Create Booking',
        () =>
          sdk.bookings.createBooking(
            {
              bookedEntity: {
                slot: { eventId: walkIn.eventId, serviceId: walkIn.serviceId, scheduleId: walkIn.scheduleId },
              },
              contactDetails: walkIn.contact,
              ...participants,
              ...(walkIn.selectedPaymentOption
                ? { selectedPaymentOption: walkIn.selectedPaymentOption }
                : {}),
              status: 'CONFIRMED',
              externalUserId: walkIn.externalUserId,
            } as never,
            {
              participantNotification: { notifyParticipants: false },
              sendSmsReminder: false,
              flowControlSettings: {
                skipAvailabilityValidation: walkIn.overrideCapacity ?? false,
                skipBusinessConfirmation: walkIn.serviceRequiresApproval ?? false,
              },
            },
          ),
        retryUnsent,
      )
      if (created.status !== 'CREATED' && created.status !== 'PENDING') return created
      try {
        return await booking('Confirm Booking', () =>
          sdk.bookings.confirmBooking(created.id, created.revision, {
            ...notification(),
            flowControlSettings: { checkAvailabilityValidation: false },
          }),
        )
      } catch (error) {
        log.warn(
          `[wix] walk-in ${created.id} was created ${created.status} and could not be confirmed`,
          error,
        )
        return created
      }
    },
  }
}

export type BookingsWriter = ReturnType<typeof createBookingsWriter>

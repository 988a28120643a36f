import { bookingResponseSchema, type Booking } from '@shared/wix/booking'
import type { WalkInInput } from '@shared/ipc/bookings'
import type { WixCallContext } from './call-context'
import { parseWixResponse } from './validate'

export interface CustomerMessage {
  /** Send Wix's notification to the customer. */
  notify: boolean
  message?: string
}

/** A walk-in as main sends it: the IPC input (shared/ipc/bookings.ts), already checked. */
export type WalkIn = WalkInInput

const notification = (message?: CustomerMessage) => ({
  participantNotification: {
    notifyParticipants: message?.notify ?? false,
    ...(message?.message ? { message: message.message } : {}),
  },
})

/**
 * Bookings Writer V2. Confirm, decline and cancel carry the revision the desk acted on, so a retry after a
 * lost answer cannot apply twice: Wix answers 409 and the sync engine re-reads. A create has no such guard,
 * so it is retried only when the request provably never left.
 */
export function createBookingsWriter({ sdk, transport, retry, retryUnsent, log }: WixCallContext) {
  const booking = async (what: string, call: () => Promise<unknown>, retrying = retry): Promise<Booking> => {
    const exchange = await retrying(() => transport.exchange(call))
    return parseWixResponse(bookingResponseSchema, exchange.body, what).booking
  }

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

    /** Staff cancel: the desk is the business, so the customer-facing cancellation policy is not applied. */
    cancel: (bookingId: string, revision: string, options: { message?: CustomerMessage } = {}) =>
      booking('Cancel Booking', () =>
        sdk.bookings.cancelBooking(bookingId, {
          revision,
          ...notification(options.message),
          flowControlSettings: { ignoreCancellationPolicy: true },
        }),
      ),

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

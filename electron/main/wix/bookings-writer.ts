import { bookingResponseSchema, type Booking } from '@shared/wix/booking'
import type { WixCallContext } from './call-context'
import { parseWixResponse } from './validate'

export interface CustomerMessage {
  /** Send Wix's notification to the customer. */
  notify: boolean
  message?: string
}

export interface WalkIn {
  eventId: string
  serviceId: string
  scheduleId: string
  contact: { firstName: string; lastName?: string; email?: string; phone?: string }
  totalParticipants: number
  /** `rollcall:<uuid>`: how Rollcall finds the booking again after an uncertain create. */
  externalUserId: string
  /** Book even if the session is full (the desk said so explicitly). */
  overrideCapacity?: boolean
}

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
export function createBookingsWriter({ sdk, transport, retry, retryUnsent }: WixCallContext) {
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

    createWalkIn: (walkIn: WalkIn) =>
      booking(
        'Create Booking',
        () =>
          sdk.bookings.createBooking(
            {
              bookedEntity: {
                slot: { eventId: walkIn.eventId, serviceId: walkIn.serviceId, scheduleId: walkIn.scheduleId },
              },
              contactDetails: walkIn.contact,
              totalParticipants: walkIn.totalParticipants,
              selectedPaymentOption: 'OFFLINE',
              status: 'CONFIRMED',
              externalUserId: walkIn.externalUserId,
            } as never,
            {
              participantNotification: { notifyParticipants: false },
              sendSmsReminder: false,
              flowControlSettings: {
                skipAvailabilityValidation: walkIn.overrideCapacity ?? false,
                skipBusinessConfirmation: true,
              },
            },
          ),
        retryUnsent,
      ),
  }
}

export type BookingsWriter = ReturnType<typeof createBookingsWriter>

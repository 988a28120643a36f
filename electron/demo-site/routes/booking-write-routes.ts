import { invalidField } from '../http/wix-error'
import { parseRequest } from '../http/request-validation'
import type { Route } from '../http/router'
import { createBooking, type CreateBookingInput } from '../rules/create-booking'
import { rescheduleBooking } from '../rules/reschedule'
import { cancelBooking, confirmBooking, declineBooking, markBookingAsPending } from '../rules/status-changes'
import {
  cancelBodySchema,
  confirmBodySchema,
  createBodySchema,
  declineBodySchema,
  markPendingBodySchema,
  rescheduleBodySchema,
  type CreateBody,
} from './booking-write-schemas'

/**
 * Bookings Writer V2: create, confirm, decline, cancel, mark as pending, reschedule. Every answer is
 * `{ booking }`.
 */
const bookingIdOf = (params: Record<string, string>): string => params['bookingId'] ?? ''

function stripNulls<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>
  }
}

/** Wix one-ofs and the participants rule, checked before any business rule. */
function toCreateInput(body: CreateBody): CreateBookingInput {
  const { booking, flowControlSettings } = body
  const slot = booking.bookedEntity.slot ?? undefined
  const schedule = booking.bookedEntity.schedule ?? undefined
  if ((slot === undefined) === (schedule === undefined)) {
    throw invalidField(
      'booking.bookedEntity',
      'exactly one of slot or schedule is required',
      'REQUIRED_FIELD',
    )
  }
  const choices = booking.participantsChoices?.serviceChoices
  const hasTotal = typeof booking.totalParticipants === 'number'
  if (hasTotal === (choices !== undefined)) {
    throw invalidField(
      'booking.totalParticipants',
      'exactly one of totalParticipants or participantsChoices is required',
      'REQUIRED_FIELD',
    )
  }
  const status = booking.status ?? 'CREATED'
  if (status !== 'CREATED' && status !== 'CONFIRMED' && status !== 'PENDING') {
    throw invalidField('booking.status', 'a new booking is CREATED, CONFIRMED or PENDING', 'VALIDATION')
  }
  return {
    slot: slot
      ? {
          ...stripNulls(slot),
          resource: slot.resource?.id ? { id: slot.resource.id } : undefined,
          location: slot.location?.id ? { id: slot.location.id } : undefined,
        }
      : undefined,
    schedule: schedule
      ? { scheduleId: schedule.scheduleId, serviceId: schedule.serviceId ?? undefined }
      : undefined,
    contactDetails: stripNulls(booking.contactDetails),
    totalParticipants: booking.totalParticipants ?? undefined,
    serviceChoices: choices?.map((entry) => ({
      numberOfParticipants: entry.numberOfParticipants,
      choices: entry.choices.map((choice) => stripNulls(choice)),
    })),
    status,
    externalUserId: booking.externalUserId ?? undefined,
    selectedPaymentOption: booking.selectedPaymentOption ?? undefined,
    skipAvailabilityValidation: flowControlSettings?.skipAvailabilityValidation === true,
    skipSelectedPaymentOptionValidation: flowControlSettings?.skipSelectedPaymentOptionValidation === true,
    skipBusinessConfirmation: flowControlSettings?.skipBusinessConfirmation === true,
  }
}

export const bookingWriteRoutes: Route[] = [
  {
    service: 'bookings-writer',
    method: 'POST',
    path: '/v2/bookings',
    handler: ({ body }, site) => ({
      booking: createBooking(site.writeContext(), toCreateInput(parseRequest(createBodySchema, body))),
    }),
  },
  {
    service: 'bookings-writer',
    method: 'POST',
    path: '/v2/bookings/:bookingId/confirm',
    handler: ({ body, params }, site) => {
      const request = parseRequest(confirmBodySchema, body)
      const booking = confirmBooking(site.writeContext(), bookingIdOf(params), {
        revision: request.revision,
        paymentStatus: request.paymentStatus ?? undefined,
        doubleBooked: request.doubleBooked ?? undefined,
        checkAvailabilityValidation: request.flowControlSettings?.checkAvailabilityValidation === true,
      })
      return { booking }
    },
  },
  {
    service: 'bookings-writer',
    method: 'POST',
    path: '/v2/bookings/:bookingId/decline',
    handler: ({ body, params }, site) => {
      const request = parseRequest(declineBodySchema, body)
      const booking = declineBooking(site.writeContext(), bookingIdOf(params), {
        revision: request.revision,
        paymentStatus: request.paymentStatus ?? undefined,
        doubleBooked: request.doubleBooked ?? undefined,
      })
      return { booking }
    },
  },
  {
    service: 'bookings-writer',
    method: 'POST',
    path: '/v2/bookings/:bookingId/cancel',
    handler: ({ body, params }, site) => {
      const request = parseRequest(cancelBodySchema, body)
      const booking = cancelBooking(site.writeContext(), bookingIdOf(params), {
        revision: request.revision,
        ignoreCancellationPolicy: request.flowControlSettings?.ignoreCancellationPolicy === true,
      })
      return { booking }
    },
  },
  {
    service: 'bookings-writer',
    method: 'POST',
    path: '/v2/bookings/:bookingId/mark_booking_as_pending',
    handler: ({ body, params }, site) => {
      const request = parseRequest(markPendingBodySchema, body)
      const booking = markBookingAsPending(site.writeContext(), bookingIdOf(params), {
        revision: request.revision,
        paymentStatus: request.paymentStatus ?? undefined,
        doubleBooked: request.doubleBooked ?? undefined,
        checkAvailabilityValidation: request.flowControlSettings?.checkAvailabilityValidation === true,
        skipPendingApprovalServiceValidation:
          request.flowControlSettings?.skipPendingApprovalServiceValidation === true,
      })
      return { booking }
    },
  },
  {
    service: 'bookings-writer',
    method: 'POST',
    path: '/v2/bookings/:bookingId/reschedule',
    handler: ({ body, params }, site) => {
      const request = parseRequest(rescheduleBodySchema, body)
      const booking = rescheduleBooking(site.writeContext(), bookingIdOf(params), {
        revision: request.revision,
        slot: {
          eventId: request.slot.eventId ?? undefined,
          serviceId: request.slot.serviceId ?? undefined,
          scheduleId: request.slot.scheduleId ?? undefined,
        },
        skipAvailabilityValidation: request.flowControlSettings?.skipAvailabilityValidation === true,
        ignoreReschedulePolicy: request.flowControlSettings?.ignoreReschedulePolicy === true,
      })
      return { booking }
    },
  },
]

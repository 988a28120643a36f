import type { Booking } from '@shared/wix/booking'
import { parseRequest } from '../http/request-validation'
import type { Route } from '../http/router'
import { cancelVisit, confirmVisit, declineVisit, visitParts, type VisitResult } from '../rules/multi-service'
import type { VisitPartInfo } from '../rules/multi-service'
import {
  cancelVisitBodySchema,
  confirmVisitBodySchema,
  declineVisitBodySchema,
} from './booking-write-schemas'

/**
 * Multi-service bookings (SDK-B, `/v2/multi_service_bookings/{id}/{confirm,decline,cancel}` and Get). Every
 * answer is `{ multiServiceBooking: { id, bookings: [{ bookingId, booking? }] } }`: `booking` only with
 * `returnFullEntity: true` (SDK-B BookingResult: "Only returned when returnFullEntity is true").
 */
const visitIdOf = (params: Record<string, string>): string => params['multiServiceBookingId'] ?? ''

function answer(result: VisitResult, full: boolean) {
  return {
    multiServiceBooking: {
      id: result.id,
      bookings: result.bookings.map((booking: Booking) =>
        full ? { bookingId: booking.id, booking } : { bookingId: booking.id },
      ),
    },
  }
}

function infos(
  list:
    | ReadonlyArray<{ bookingId?: string | null; revision?: string | null; paymentStatus?: unknown }>
    | null
    | undefined,
): VisitPartInfo[] {
  return (list ?? []).map((info) => ({
    bookingId: info.bookingId ?? undefined,
    revision: info.revision ?? undefined,
    paymentStatus: (info.paymentStatus ?? undefined) as VisitPartInfo['paymentStatus'],
  }))
}

export const multiServiceRoutes: Route[] = [
  {
    service: 'bookings-writer',
    method: 'GET',
    path: '/v2/multi_service_bookings/:multiServiceBookingId',
    handler: ({ params }, site) => {
      const id = visitIdOf(params)
      const bookings = visitParts(site.writeContext(), id)
      // GUESS: Get Multi-Service Booking answers the full bookings (its response has no returnFullEntity).
      return {
        ...answer({ id, bookings }, true),
        metadata: {
          totalNumberOfScheduledBookings: bookings.filter(
            (b) => b.status === 'CONFIRMED' || b.status === 'PENDING',
          ).length,
        },
      }
    },
  },
  {
    service: 'bookings-writer',
    method: 'POST',
    path: '/v2/multi_service_bookings/:multiServiceBookingId/confirm',
    handler: ({ body, params }, site) => {
      const request = parseRequest(confirmVisitBodySchema, body)
      const result = confirmVisit(site.writeContext(), visitIdOf(params), {
        infos: infos(request.confirmBookingsInfo),
        doubleBooked: request.doubleBooked ?? undefined,
        checkAvailabilityValidation: request.flowControlSettings?.checkAvailabilityValidation === true,
      })
      return answer(result, request.returnFullEntity === true)
    },
  },
  {
    service: 'bookings-writer',
    method: 'POST',
    path: '/v2/multi_service_bookings/:multiServiceBookingId/decline',
    handler: ({ body, params }, site) => {
      const request = parseRequest(declineVisitBodySchema, body)
      const result = declineVisit(site.writeContext(), visitIdOf(params), {
        infos: infos(request.declineBookingsInfo),
        doubleBooked: request.doubleBooked ?? undefined,
      })
      return answer(result, request.returnFullEntity === true)
    },
  },
  {
    service: 'bookings-writer',
    method: 'POST',
    path: '/v2/multi_service_bookings/:multiServiceBookingId/cancel',
    handler: ({ body, params }, site) => {
      const request = parseRequest(cancelVisitBodySchema, body)
      const result = cancelVisit(site.writeContext(), visitIdOf(params), {
        ignoreCancellationPolicy: request.flowControlSettings?.ignoreCancellationPolicy === true,
      })
      return answer(result, request.returnFullEntity === true)
    },
  },
]

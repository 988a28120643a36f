import { z } from 'zod'
import { toExtendedBooking } from '../booking-view'
import { parseRequest } from '../http/request-validation'
import type { Route } from '../http/router'
import { bookingQueryFields } from '../query/booking-fields'
import { countMatching, executeQuery, planQuery, type QueryRules } from '../query/run-query'
import { pagingMetadataV2 } from '../query/paging-metadata'

/**
 * Bookings Reader V2: Query Extended Bookings and Count Extended Bookings. Default sort `id` ASC (the
 * current docs; an older Velo page said createdDate DESC), default page 50, at most 100.
 */
const queryRules: QueryRules = {
  scope: 'extended-bookings',
  at: 'query',
  defaultLimit: 50,
  maxLimit: 100,
  defaultSort: [{ fieldName: 'id', order: 'ASC' }],
  tieBreaker: 'id',
}

const queryBodySchema = z.object({
  query: z.unknown().optional(),
  withBookingAllowedActions: z.boolean().nullish(),
  withBookingAttendanceInfo: z.boolean().nullish(),
  withEcomOrder: z.boolean().nullish(),
})

const countBodySchema = z.object({ filter: z.unknown().optional() })

export const extendedBookingsRoutes: Route[] = [
  {
    service: 'bookings-reader',
    method: 'POST',
    path: '/v2/extended-bookings/query',
    handler: ({ body }, site) => {
      const request = parseRequest(queryBodySchema, body)
      const plan = planQuery(request.query, bookingQueryFields, queryRules)
      const page = executeQuery(plan, site.store.bookings.values(), queryRules)
      const flags = {
        withBookingAllowedActions: request.withBookingAllowedActions === true,
        withBookingAttendanceInfo: request.withBookingAttendanceInfo === true,
        withEcomOrder: request.withEcomOrder === true,
      }
      const now = site.clock.now()
      return {
        extendedBookings: page.items.map((booking) =>
          site.oddRecords.servedBooking(toExtendedBooking(site.store, booking, flags, now)),
        ),
        pagingMetadata: pagingMetadataV2(page.pagingMetadata),
      }
    },
  },
  {
    service: 'bookings-reader',
    method: 'POST',
    path: '/v2/extended-bookings/count',
    handler: ({ body }, site) => {
      const request = parseRequest(countBodySchema, body)
      return {
        count: countMatching(site.store.bookings.values(), request.filter, bookingQueryFields, 'filter'),
      }
    },
  },
]

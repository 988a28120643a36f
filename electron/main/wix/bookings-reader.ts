import {
  countExtendedBookingsResponseSchema,
  queryExtendedBookingsResponseSchema,
  type ExtendedBooking,
} from '@shared/wix/extended-booking'
import { nextCursorOf, type Page } from './paging'
import type { WixCallContext } from './call-context'
import { parseWixResponse } from './validate'

/** A Wix query filter: `{ field: value | { $op: value } }` on the reader's supported fields. */
export type BookingsFilter = Record<string, unknown>

export interface BookingsQuery {
  filter?: BookingsFilter
  sort?: { fieldName: string; order: 'ASC' | 'DESC' }[]
  /** At most 100 (Wix's limit). */
  limit?: number
}

export const MAX_BOOKINGS_PAGE = 100

/** Query Extended Bookings and Count, with attendance and allowed actions on every booking. */
export function createBookingsReader({ sdk, transport, retry }: WixCallContext) {
  const options = { withBookingAttendanceInfo: true, withBookingAllowedActions: true }

  return {
    /** The first page of `query`, or the page after `cursor` (Wix forbids repeating the query with it). */
    async page(request: { query: BookingsQuery } | { cursor: string }): Promise<Page<ExtendedBooking>> {
      const query =
        'cursor' in request
          ? { cursorPaging: { cursor: request.cursor } }
          : {
              filter: request.query.filter ?? {},
              ...(request.query.sort ? { sort: request.query.sort } : {}),
              cursorPaging: { limit: Math.min(request.query.limit ?? MAX_BOOKINGS_PAGE, MAX_BOOKINGS_PAGE) },
            }
      const exchange = await retry(() =>
        transport.exchange(() => sdk.extendedBookings.queryExtendedBookings(query as never, options)),
      )
      const body = parseWixResponse(
        queryExtendedBookingsResponseSchema,
        exchange.body,
        'Query Extended Bookings',
      )
      return { items: body.extendedBookings, nextCursor: nextCursorOf(body.pagingMetadata) }
    },

    async count(filter: BookingsFilter = {}): Promise<number> {
      const exchange = await retry(() =>
        transport.exchange(() => sdk.extendedBookings.countExtendedBookings({ filter })),
      )
      return parseWixResponse(countExtendedBookingsResponseSchema, exchange.body, 'Count Extended Bookings')
        .count
    },
  }
}

export type BookingsReader = ReturnType<typeof createBookingsReader>

import {
  countExtendedBookingsResponseSchema,
  extendedBookingSchema,
  type ExtendedBooking,
} from '@shared/wix/extended-booking'
import { nextCursorOf, type Page } from './paging'
import type { WixCallContext } from './call-context'
import { parseWixPage, parseWixResponse } from './validate'

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
export function createBookingsReader({ sdk, transport, retry, log }: WixCallContext) {
  const options = { withBookingAttendanceInfo: true, withBookingAllowedActions: true }

  return {
    /**
     * The first page of `query`, or the page after `cursor` (Wix forbids repeating the query with it). A
     * booking Rollcall cannot read is set aside (counted in `setAside`, logged); the others come back.
     */
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
      const page = parseWixPage(
        exchange.body,
        'extendedBookings',
        extendedBookingSchema,
        'Query Extended Bookings',
        log,
      )
      return { items: page.items, nextCursor: nextCursorOf(page.pagingMetadata), setAside: page.setAside }
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

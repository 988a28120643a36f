import type { BookingRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { unwrap, type BookingsGateway } from './gateway'
import { allPages, inChunks } from './paging'
import { storeServerBookings } from './server-copies'

/** Most ids per Query Extended Bookings by ids (shared/ipc/bookings.ts). */
const IDS_PER_QUERY = 100

/**
 * Re-reads bookings from Wix by id into the store (the server's copy, with attendance; pending work stays on
 * top) and answers the stored rows of those Wix returned. An id missing from the answer is no longer on Wix.
 */
export async function refreshBookings(
  ctx: { db: RollcallDb; gateway: BookingsGateway; timeZone: string },
  ids: readonly string[],
): Promise<Map<string, BookingRow>> {
  const found = new Set<string>()
  for (const chunk of inChunks([...new Set(ids)], IDS_PER_QUERY)) {
    for await (const items of allPages(
      () => unwrap(ctx.gateway.bookings.query({ select: { by: 'ids', ids: chunk } })),
      (cursor) => unwrap(ctx.gateway.bookings.query({ cursor })),
    )) {
      const wanted = items.filter((item) => chunk.includes(item.booking.id))
      for (const item of wanted) found.add(item.booking.id)
      await storeServerBookings(
        ctx.db,
        wanted.map((extended) => ({ extended, withAttendance: true })),
        ctx.timeZone,
      )
    }
  }
  const rows = await ctx.db.bookings.bulkGet([...found])
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])))
}

/** The session the server's copy of a booking is on (the store's row may show a pending reschedule). */
export function serverEventIdOf(row: Pick<BookingRow, 'server'>): string | null {
  return row.server?.booking.bookedEntity.slot?.eventId ?? null
}

import { businessDayOf } from '@shared/domain/business-day'
import type { DemoData } from '../../../electron/demo-site'
import type { RollcallDb } from '../../../renderer/src/db/schema'
import { syncWindowAt, type WindowSpan } from '../../../renderer/src/sync/sync-window'

/** The server's bookings that belong in the window (slot bookings by their session's business day). */
export function serverWindowBookings(state: DemoData, nowMs: number, span?: WindowSpan) {
  const window = syncWindowAt(new Date(nowMs), state.timeZone, span)
  return state.bookings.filter((b) => {
    if (!b.bookedEntity.slot) return false
    const day = businessDayOf(new Date(b.startDate), state.timeZone)
    return day >= window.first && day <= window.last
  })
}

/**
 * Differences between the local store and the server for the window: every slot booking with the same
 * revision and status, shown status equal to the server's (nothing pending), attendance equal.
 */
export async function differencesFromServer(
  db: RollcallDb,
  state: DemoData,
  nowMs: number,
  span?: WindowSpan,
) {
  const differences: string[] = []
  const expected = serverWindowBookings(state, nowMs, span)
  const rows = new Map((await db.bookings.toArray()).map((r) => [r.id, r]))
  for (const booking of expected) {
    const row = rows.get(booking.id)
    if (!row) {
      differences.push(`missing ${booking.id}`)
      continue
    }
    if (row.revision !== booking.revision)
      differences.push(`${booking.id} revision ${row.revision} ≠ ${booking.revision}`)
    if (row.status !== booking.status)
      differences.push(`${booking.id} status ${row.status} ≠ ${booking.status}`)
    const eventId = booking.bookedEntity.slot?.eventId ?? ''
    const server = state.attendance.find((a) => a.bookingId === booking.id && a.eventId === eventId)
    const local = await db.attendance.get([booking.id, eventId])
    const localStatus = local?.status ?? 'NOT_SET'
    if ((server?.status ?? 'NOT_SET') !== localStatus)
      differences.push(`${booking.id} attendance ${localStatus} ≠ ${server?.status ?? 'NOT_SET'}`)
  }
  for (const row of rows.values())
    if (row.id.startsWith('local:')) differences.push(`walk-in ${row.id} never created`)
  return differences
}

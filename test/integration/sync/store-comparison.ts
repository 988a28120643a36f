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
 * revision, status and session (a reschedule moves it), shown status equal to the server's (nothing
 * pending), attendance equal (a party's head count too); and no slot booking kept on a day of the window
 * that Wix no longer has there (moved out of the window, or gone).
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
    if ((row.eventId ?? '') !== eventId)
      differences.push(`${booking.id} on session ${row.eventId ?? 'none'} ≠ ${eventId || 'none'}`)
    if (!eventId) continue
    const server = state.attendance.find((a) => a.bookingId === booking.id && a.eventId === eventId)
    const local = await db.attendance.get([booking.id, eventId])
    const localStatus = local?.status ?? 'NOT_SET'
    if ((server?.status ?? 'NOT_SET') !== localStatus)
      differences.push(`${booking.id} attendance ${localStatus} ≠ ${server?.status ?? 'NOT_SET'}`)
    else if (server?.status === 'ATTENDED' && local && local.numberOfAttendees !== server.numberOfAttendees)
      differences.push(
        `${booking.id} ${String(local.numberOfAttendees)} attended ≠ ${String(server.numberOfAttendees)}`,
      )
  }
  const window = syncWindowAt(new Date(nowMs), state.timeZone, span)
  const expectedIds = new Set(expected.map((b) => b.id))
  for (const row of rows.values()) {
    const slotBooking = row.server?.booking.bookedEntity.slot !== undefined
    const inWindow = row.day >= window.first && row.day <= window.last
    if (slotBooking && inWindow && !expectedIds.has(row.id))
      differences.push(`${row.id} kept on ${row.day}, where Wix no longer has it`)
  }
  for (const row of rows.values())
    if (row.id.startsWith('local:')) differences.push(`walk-in ${row.id} never created`)
  return differences
}

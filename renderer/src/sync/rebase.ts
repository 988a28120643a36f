import { STATUS_AFTER } from '@shared/domain/booking-intents'
import type { WixBookingStatus } from '@shared/wix/booking-enums'
import { localWalkInRow } from '../db/booking-rows'
import type { AttendanceRow, BookingRow, OutboxRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { isLocalBookingId } from './intents'
import { isUnsent } from './outbox-states'

/** The tables a rebase reads and writes; every caller's transaction must include them. */
export function rebaseTables(db: RollcallDb) {
  return [db.bookings, db.attendance, db.outbox, db.events]
}

/** Which of these bookings have intents not yet applied on the server (one indexed read). */
export async function bookingsWithPendingIntents(
  db: RollcallDb,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const entries = await db.outbox.where('bookingId').anyOf(ids).toArray()
  return new Set(entries.filter(isUnsent).map((e) => e.bookingId))
}

function shownStatus(serverStatus: WixBookingStatus, pending: readonly OutboxRow[]): WixBookingStatus {
  let status = serverStatus
  for (const entry of pending) {
    if (entry.intent === 'confirm' || entry.intent === 'decline' || entry.intent === 'cancel')
      status = STATUS_AFTER[entry.intent]
  }
  return status
}

async function walkInRowFor(db: RollcallDb, pending: readonly OutboxRow[]): Promise<BookingRow | null> {
  const create = pending.find((entry) => entry.intent === 'createWalkIn')
  if (create?.intent !== 'createWalkIn') return null
  const event = await db.events.get(create.args.eventId)
  const session = event
    ? { day: event.day, startUtc: event.startUtc }
    : { day: create.createdAt.slice(0, 10), startUtc: create.createdAt }
  return localWalkInRow(create.args.localId, create.args, session, create.createdAt)
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

function rebasedAttendance(
  bookingId: string,
  rows: readonly AttendanceRow[],
  pending: readonly OutboxRow[],
): AttendanceRow[] {
  const byEvent = new Map(rows.map((r) => [r.eventId, r]))
  const latest = new Map<string, Extract<OutboxRow, { intent: 'setAttendance' }>>()
  for (const entry of pending) if (entry.intent === 'setAttendance') latest.set(entry.args.eventId, entry)
  return [...new Set([...byEvent.keys(), ...latest.keys()])].map((eventId) => {
    const row = byEvent.get(eventId)
    const intent = latest.get(eventId)
    const serverStatus = row?.serverStatus ?? 'NOT_SET'
    const serverNumberOfAttendees = row?.serverNumberOfAttendees ?? 0
    return {
      bookingId,
      eventId,
      serverStatus,
      serverNumberOfAttendees,
      status: intent?.args.status ?? serverStatus,
      numberOfAttendees: intent?.args.numberOfAttendees ?? serverNumberOfAttendees,
      pending: intent !== undefined,
    }
  })
}

/**
 * Re-applies the pending intents of each booking on top of its server copy (renderer/src/sync/README.md,
 * "Pending work survives a pull"): what the desk sees is always server truth + what it has done and Wix has
 * not confirmed yet. A walk-in that exists only here is shown while its create is pending and disappears when
 * that create is refused or discarded. Call inside a transaction over `rebaseTables(db)`.
 */
export async function rebaseBookings(db: RollcallDb, bookingIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(bookingIds)]
  if (!ids.length) return
  // Three reads for the whole set (a pull page touches up to 100 bookings), then three writes.
  const [rows, entries, attendance] = await Promise.all([
    db.bookings.bulkGet(ids),
    db.outbox.where('bookingId').anyOf(ids).toArray(),
    db.attendance.where('bookingId').anyOf(ids).toArray(),
  ])
  const pendingOf = groupBy(
    entries.filter(isUnsent).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)),
    (e) => e.bookingId,
  )
  const attendanceOf = groupBy(attendance, (a) => a.bookingId)
  const bookingPuts: BookingRow[] = []
  const attendancePuts: AttendanceRow[] = []
  const gone: string[] = []
  for (const [index, bookingId] of ids.entries()) {
    const pending = pendingOf.get(bookingId) ?? []
    let row = rows[index]
    if (isLocalBookingId(bookingId) && !row?.server) {
      row = (await walkInRowFor(db, pending)) ?? undefined
      if (!row) {
        gone.push(bookingId)
        continue
      }
    }
    if (!row) continue
    const status = row.serverStatus ? shownStatus(row.serverStatus, pending) : row.status
    bookingPuts.push({ ...row, status, pendingIntents: pending.length })
    attendancePuts.push(...rebasedAttendance(bookingId, attendanceOf.get(bookingId) ?? [], pending))
  }
  if (bookingPuts.length) await db.bookings.bulkPut(bookingPuts)
  if (attendancePuts.length) await db.attendance.bulkPut(attendancePuts)
  if (gone.length) {
    await db.bookings.bulkDelete(gone)
    await db.attendance.where('bookingId').anyOf(gone).delete()
  }
}

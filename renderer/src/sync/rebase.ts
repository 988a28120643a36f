import { STATUS_AFTER } from '@shared/domain/booking-intents'
import type { BookingStatus } from '@shared/wix/booking-enums'
import { localWalkInRow } from '../db/booking-rows'
import type { AttendanceRow, BookingRow, OutboxRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { isLocalBookingId } from './intents'

/** Entries not yet applied on the server: what is shown on top of the server's copy. */
export const PENDING_STATES = ['queued', 'sending'] as const

export function isPending(entry: Pick<OutboxRow, 'state'>): boolean {
  return entry.state === 'queued' || entry.state === 'sending'
}

/** The tables a rebase reads and writes; every caller's transaction must include them. */
export function rebaseTables(db: RollcallDb) {
  return [db.bookings, db.attendance, db.outbox, db.events]
}

export async function pendingEntriesOf(db: RollcallDb, bookingId: string): Promise<OutboxRow[]> {
  const entries = await db.outbox.where('bookingId').equals(bookingId).toArray()
  return entries.filter(isPending).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
}

function shownStatus(serverStatus: BookingStatus, pending: readonly OutboxRow[]): BookingStatus {
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

async function rebaseAttendance(db: RollcallDb, bookingId: string, pending: readonly OutboxRow[]) {
  const rows = new Map(
    (await db.attendance.where('bookingId').equals(bookingId).toArray()).map((r) => [r.eventId, r]),
  )
  const latest = new Map<string, Extract<OutboxRow, { intent: 'setAttendance' }>>()
  for (const entry of pending) if (entry.intent === 'setAttendance') latest.set(entry.args.eventId, entry)
  const eventIds = new Set([...rows.keys(), ...latest.keys()])
  const next: AttendanceRow[] = []
  for (const eventId of eventIds) {
    const row = rows.get(eventId)
    const intent = latest.get(eventId)
    const serverStatus = row?.serverStatus ?? 'NOT_SET'
    const serverNumberOfAttendees = row?.serverNumberOfAttendees ?? 0
    next.push({
      bookingId,
      eventId,
      serverStatus,
      serverNumberOfAttendees,
      status: intent?.args.status ?? serverStatus,
      numberOfAttendees: intent?.args.numberOfAttendees ?? serverNumberOfAttendees,
      pending: intent !== undefined,
    })
  }
  if (next.length) await db.attendance.bulkPut(next)
}

/**
 * Re-applies the pending intents of each booking on top of its server copy (design.md §4.3): what the desk
 * sees is always server truth + what it has done and Wix has not confirmed yet. A walk-in that exists only
 * here is shown while its create is pending and disappears when that create is refused or discarded.
 * Call inside a transaction over `rebaseTables(db)`.
 */
export async function rebaseBookings(db: RollcallDb, bookingIds: Iterable<string>): Promise<void> {
  for (const bookingId of new Set(bookingIds)) {
    const pending = await pendingEntriesOf(db, bookingId)
    let row = await db.bookings.get(bookingId)
    if (isLocalBookingId(bookingId) && !row?.server) {
      row = (await walkInRowFor(db, pending)) ?? undefined
      if (!row) {
        await db.bookings.delete(bookingId)
        await db.attendance.where('bookingId').equals(bookingId).delete()
        continue
      }
    }
    if (!row) continue
    const status = row.serverStatus ? shownStatus(row.serverStatus, pending) : row.status
    await db.bookings.put({ ...row, status, pendingIntents: pending.length })
    await rebaseAttendance(db, bookingId, pending)
  }
}

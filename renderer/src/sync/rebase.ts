import { STATUS_AFTER } from '@shared/domain/booking-intents'
import type { WixBookingStatus } from '@shared/wix/booking-enums'
import { businessDayOf } from '@shared/domain/business-day'
import { localWalkInRow } from '../db/booking-rows'
import type { AttendanceRow, BookingRow, EventRow, OutboxRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { isLocalBookingId, isStatusIntent, type OutboxIntent } from './intents'
import { isUnsent, UNSENT_STATES } from './outbox-states'
import { putRows } from '../db/put-rows'

/** The tables a rebase reads and writes; every caller's transaction must include them. */
export function rebaseTables(db: RollcallDb) {
  return [db.bookings, db.attendance, db.outbox, db.events]
}

/**
 * The bookings an entry acts on: its own, and — for a confirm, decline or cancel of a whole multi-service
 * visit (`args.visit`, decided in visit-scope.ts) — every part of the visit. A visit's change is one entry,
 * queued under the booking the desk acted on, and shows on every part at once.
 */
export function bookingsActedOn(entry: OutboxIntent & { bookingId: string }): string[] {
  if (isStatusIntent(entry) && entry.args.visit)
    return [...new Set([entry.bookingId, ...entry.args.visit.bookingIds])]
  return [entry.bookingId]
}

/**
 * The unsent entries acting on each of these bookings: its own queue, and a visit's change queued under
 * another part (two indexed reads; the unsent entries are few).
 */
async function unsentEntriesActingOn(
  db: RollcallDb,
  ids: readonly string[],
): Promise<{ own: OutboxRow[]; pendingOf: Map<string, OutboxRow[]> }> {
  const wanted = new Set(ids)
  const [own, unsent] = await Promise.all([
    db.outbox.where('bookingId').anyOf(ids).toArray(),
    db.outbox
      .where('state')
      .anyOf([...UNSENT_STATES])
      .toArray(),
  ])
  const acting = [
    ...own.filter(isUnsent),
    ...unsent.filter((e) => !wanted.has(e.bookingId) && bookingsActedOn(e).some((id) => wanted.has(id))),
  ].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
  const pendingOf = new Map<string, OutboxRow[]>()
  for (const entry of acting)
    for (const id of bookingsActedOn(entry))
      if (wanted.has(id)) pendingOf.set(id, [...(pendingOf.get(id) ?? []), entry])
  return { own, pendingOf }
}

/** Which of these bookings have intents not yet applied on the server (a visit's change counts on every part). */
export async function bookingsWithPendingIntents(
  db: RollcallDb,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const { pendingOf } = await unsentEntriesActingOn(db, ids)
  return new Set(pendingOf.keys())
}

type Placement = Pick<BookingRow, 'eventId' | 'day' | 'startUtc'>

/**
 * Where the desk shows a class booking: on the session of its latest pending reschedule (the target
 * session's row in the store: its day and start), else where the server's copy has it. Null: leave the row's
 * placement as it is (no server copy, no slot, or nothing moved).
 */
function placementOf(
  row: BookingRow,
  pending: readonly OutboxRow[],
  events: ReadonlyMap<string, EventRow>,
): Placement | null {
  const move = pending.findLast((entry) => entry.intent === 'reschedule')
  if (move?.intent === 'reschedule') {
    const target = events.get(move.args.toEventId)
    if (target) return { eventId: target.id, day: target.day, startUtc: target.startUtc }
  }
  const slot = row.server?.booking.bookedEntity.slot
  if (!row.server || !slot?.eventId) return null
  const startUtc = row.server.booking.startDate
  if (row.eventId === slot.eventId && row.startUtc === startUtc) return null
  // Back where the server has it (a reschedule undone, refused or discarded): that session's day, else the
  // day of the booking's start in the slot's zone (the business's).
  const day =
    events.get(slot.eventId)?.day ??
    (slot.timezone ? businessDayOf(new Date(startUtc), slot.timezone) : row.day)
  return { eventId: slot.eventId, day, startUtc }
}

/** The sessions placements may need: the targets of pending reschedules, and the server's own sessions. */
async function placementEvents(
  db: RollcallDb,
  rows: readonly (BookingRow | undefined)[],
  pendingOf: ReadonlyMap<string, OutboxRow[]>,
): Promise<Map<string, EventRow>> {
  const ids = new Set<string>()
  for (const row of rows) {
    if (!row) continue
    for (const entry of pendingOf.get(row.id) ?? [])
      if (entry.intent === 'reschedule') ids.add(entry.args.toEventId)
    const serverEventId = row.server?.booking.bookedEntity.slot?.eventId
    if (serverEventId && serverEventId !== row.eventId) ids.add(serverEventId)
  }
  if (!ids.size) return new Map()
  const found = await db.events.bulkGet([...ids])
  return new Map(found.flatMap((event) => (event ? [[event.id, event] as const] : [])))
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
  const asked = [...new Set(bookingIds)]
  if (!asked.length) return
  // A visit's change (pending or just ended) is shown on, and taken off, every part of the visit.
  const visitParts = (await db.outbox.where('bookingId').anyOf(asked).toArray()).flatMap(bookingsActedOn)
  const ids = [...new Set([...asked, ...visitParts])]
  // A few reads for the whole set (a pull page touches up to 100 bookings), then three writes.
  const [rows, { pendingOf }, attendance] = await Promise.all([
    db.bookings.bulkGet(ids),
    unsentEntriesActingOn(db, ids),
    db.attendance.where('bookingId').anyOf(ids).toArray(),
  ])
  const events = await placementEvents(db, rows, pendingOf)
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
    const placement = placementOf(row, pending, events)
    bookingPuts.push({ ...row, ...placement, status, pendingIntents: pending.length })
    attendancePuts.push(...rebasedAttendance(bookingId, attendanceOf.get(bookingId) ?? [], pending))
  }
  await putRows(db.bookings, bookingPuts)
  await putRows(db.attendance, attendancePuts)
  if (gone.length) {
    await db.bookings.bulkDelete(gone)
    await db.attendance.where('bookingId').anyOf(gone).delete()
  }
}

import { knownAttendanceStatus, type Attendance } from '@shared/wix/attendance'
import type { CalendarEvent } from '@shared/wix/event'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import { compareRevisions, serverBookingRow } from '../db/booking-rows'
import { eventRow } from '../db/event-rows'
import type { AttendanceRow, BookingRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { bookingsWithPendingIntents, rebaseBookings, rebaseTables } from './rebase'
import { putRows } from '../db/put-rows'

export interface ServerBooking {
  extended: ExtendedBooking
  /** True when the answer carried the booking's attendance (Query Extended Bookings always does). */
  withAttendance: boolean
}

export interface StoreResult {
  /** Bookings whose row changed (a newer revision, or a first sight). */
  written: number
  /** Answers with the revision already stored, or an older one: not written. */
  skipped: number
}

function serverAttendanceFrom(
  item: ServerBooking,
  previous: AttendanceRow | undefined,
): AttendanceRow | null {
  const eventId = item.extended.booking.bookedEntity.slot?.eventId
  if (!item.withAttendance || !eventId) return null
  const record = item.extended.attendance
  const serverStatus = knownAttendanceStatus(record?.status)
  const serverNumberOfAttendees = record ? (record.numberOfAttendees ?? 1) : 0
  if (previous?.serverStatus === serverStatus && previous.serverNumberOfAttendees === serverNumberOfAttendees)
    return null
  return {
    bookingId: item.extended.booking.id,
    eventId,
    serverStatus,
    serverNumberOfAttendees,
    status: serverStatus,
    numberOfAttendees: serverNumberOfAttendees,
    pending: false,
  }
}

/**
 * Stores the server's copies of bookings (renderer/src/sync/README.md, "Pending work survives a pull"): a
 * record is never replaced by an older revision, the same revision is not written twice, and the pending
 * intents of every touched booking are re-applied on top. Attendance has no revision; it is taken as read
 * (pulls and pushes never overlap, so a read is never older than a write this desk made).
 */
export async function storeServerBookings(
  db: RollcallDb,
  items: readonly ServerBooking[],
  timeZone: string,
  known?: Set<string>,
): Promise<StoreResult> {
  if (!items.length) return { written: 0, skipped: 0 }
  return db.transaction('rw', rebaseTables(db), async () => {
    const ids = items.map((item) => item.extended.booking.id)
    // `known` (a pull's): the ids the store may hold — all it held when the pull began, and all the pull has
    // stored since. A booking outside it has no row, and so no attendance row either (both are stored here
    // first): nothing to read for it. On a first sync that is every booking, and the reads cost as much as
    // the writes. Rows under a server id are made only by pulls and pushes, which never overlap: none slips in.
    const mayExist = (id: string) => !known || known.has(id)
    const readIndexes = ids.flatMap((id, index) => (mayExist(id) ? [index] : []))
    const attendanceKeyOf = (index: number): [string, string] => [
      ids[index]!,
      items[index]!.extended.booking.bookedEntity.slot?.eventId ?? '',
    ]
    const [storedRows, storedAttendanceRows, withPending] = await Promise.all([
      db.bookings.bulkGet(readIndexes.map((index) => ids[index]!)),
      db.attendance.bulkGet(readIndexes.map(attendanceKeyOf)),
      bookingsWithPendingIntents(db, ids),
    ])
    const existing: (BookingRow | undefined)[] = new Array<BookingRow | undefined>(ids.length)
    const storedAttendance: (AttendanceRow | undefined)[] = new Array<AttendanceRow | undefined>(ids.length)
    readIndexes.forEach((index, at) => {
      existing[index] = storedRows[at]
      storedAttendance[index] = storedAttendanceRows[at]
    })
    for (const id of ids) known?.add(id)
    const bookingPuts: BookingRow[] = []
    const attendancePuts: AttendanceRow[] = []
    const touched = new Set<string>()
    let written = 0
    let skipped = 0
    for (const [index, item] of items.entries()) {
      const { booking } = item.extended
      const stored = existing[index]
      const newer = !stored?.server || compareRevisions(booking.revision, stored.revision) > 0
      if (newer) {
        const row = serverBookingRow(item.extended, timeZone)
        bookingPuts.push(row)
        existing[index] = row
        touched.add(booking.id)
        written++
      } else skipped++
      const previous = storedAttendance[index]
      const attendance = serverAttendanceFrom(item, previous)
      if (attendance) {
        attendancePuts.push({ ...previous, ...attendance })
        touched.add(booking.id)
      }
    }
    // One write per table for the page; a later answer for the same booking in the page wins, as before.
    await putRows(db.bookings, bookingPuts)
    await putRows(db.attendance, attendancePuts)
    // Rows just written carry the server's state as is, which is what a rebase makes of a booking with
    // nothing pending: only bookings with intents still to send need theirs re-applied on top.
    await rebaseBookings(
      db,
      [...touched].filter((id) => withPending.has(id)),
    )
    return { written, skipped }
  })
}

/**
 * Stores attendance records read for whole sessions: a (booking, session) of those sessions with no record
 * on the server is NOT_SET there. Pending check-ins stay on top.
 */
export async function storeServerAttendance(
  db: RollcallDb,
  records: readonly Attendance[],
  completeForEvents: readonly string[],
): Promise<void> {
  await db.transaction('rw', rebaseTables(db), async () => {
    const touched = new Set<string>()
    const seen = new Set<string>()
    const puts: AttendanceRow[] = []
    const withEvent = records.filter((r): r is Attendance & { eventId: string } => Boolean(r.eventId))
    const stored = await db.attendance.bulkGet(
      withEvent.map((r): [string, string] => [r.bookingId, r.eventId]),
    )
    for (const [index, record] of withEvent.entries()) {
      seen.add(`${record.bookingId}\u0000${record.eventId}`)
      const previous = stored[index]
      const serverNumberOfAttendees = record.numberOfAttendees ?? 1
      const serverStatus = knownAttendanceStatus(record.status)
      if (
        previous?.serverStatus === serverStatus &&
        previous.serverNumberOfAttendees === serverNumberOfAttendees
      )
        continue
      puts.push({
        bookingId: record.bookingId,
        eventId: record.eventId,
        serverStatus,
        serverNumberOfAttendees,
        status: serverStatus,
        numberOfAttendees: serverNumberOfAttendees,
        pending: false,
      })
      touched.add(record.bookingId)
    }
    const stale = await db.attendance
      .where('eventId')
      .anyOf([...completeForEvents])
      .toArray()
    for (const row of stale) {
      if (seen.has(`${row.bookingId}\u0000${row.eventId}`) || row.serverStatus === 'NOT_SET') continue
      // As the server has it; the rebase below puts pending check-ins back on top.
      puts.push({
        ...row,
        serverStatus: 'NOT_SET',
        serverNumberOfAttendees: 0,
        status: 'NOT_SET',
        numberOfAttendees: 0,
        pending: false,
      })
      touched.add(row.bookingId)
    }
    await putRows(db.attendance, puts)
    const withPending = await bookingsWithPendingIntents(db, [...touched])
    await rebaseBookings(
      db,
      [...touched].filter((id) => withPending.has(id)),
    )
  })
}

/**
 * Stores sessions. For the days read completely, a session the server no longer lists (a canceled
 * appointment leaves the calendar; a recurring session Wix replaced by a new id when the business edited the
 * series, §8 C15) is removed here too — no ghost session stays — with the attendance read for it that no
 * check-in still waits on. Its bookings stay until a pull re-reads them (pull.ts follows them to their new
 * session). Answers the ids of the sessions removed.
 */
export async function storeServerEvents(
  db: RollcallDb,
  events: readonly CalendarEvent[],
  completeForDays: readonly string[],
): Promise<string[]> {
  return db.transaction('rw', [db.events, db.attendance], async () => {
    const rows = events.map(eventRow)
    const kept = new Set(rows.map((row) => row.id))
    const gone = (
      await db.events
        .where('day')
        .anyOf([...completeForDays])
        .primaryKeys()
    ).filter((id) => !kept.has(id))
    if (gone.length) {
      await db.events.bulkDelete(gone)
      await db.attendance
        .where('eventId')
        .anyOf(gone)
        .filter((row) => !row.pending)
        .delete()
    }
    // Only what changed: every incremental pull reads today's sessions again, and a write of the same rows
    // would wake every live screen and the search index each time for nothing.
    const stored = await db.events.bulkGet(rows.map((row) => row.id))
    const changed = rows.filter((row, index) => JSON.stringify(stored[index]) !== JSON.stringify(row))
    await putRows(db.events, changed)
    return gone
  })
}

import type { BookingRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { bookingsWithPendingIntents, rebaseTables } from './rebase'
import type { SyncWindow } from './sync-window'

/**
 * Drops what fell out of the window (yesterday's yesterday): sessions, and bookings with nothing pending
 * whose day is outside it — except the course bookings of courses still running in it. Done and discarded
 * outbox entries older than the window go too; the activity log keeps their story.
 */
export async function prunePastWindow(
  db: RollcallDb,
  window: Pick<SyncWindow, 'first' | 'last' | 'startsAt'>,
  runningCourses: readonly string[],
): Promise<void> {
  const courses = new Set(runningCourses)
  await db.transaction('rw', rebaseTables(db), async () => {
    await db.events.where('day').below(window.first).delete()
    await db.events.where('day').above(window.last).delete()
    // By the day index, both sides of the window: a scan of the whole table would read every booking in it.
    const stays = (b: BookingRow) =>
      b.pendingIntents !== 0 || Boolean(b.scheduleId && !b.eventId && courses.has(b.scheduleId))
    const outside = (
      await Promise.all([
        db.bookings.where('day').below(window.first).toArray(),
        db.bookings.where('day').above(window.last).toArray(),
      ])
    )
      .flat()
      .filter((b) => !stays(b))
      .map((b) => b.id)
    await db.bookings.bulkDelete(outside)
    await db.attendance.where('bookingId').anyOf(outside).delete()
    // Outbox times are UTC instants; the window begins at the first day's start in the business's zone.
    const cutoff = window.startsAt
    await db.outbox
      .where('state')
      .anyOf(['done', 'discarded'])
      .filter((entry) => (entry.finishedAt ?? entry.createdAt) < cutoff)
      .delete()
  })
}

/**
 * Drops these bookings (and their attendance) from the store, except those with local work pending (the
 * offline contract: replay decides; renderer/src/sync/README.md, "Pending work survives a pull"). `keep`
 * spares some more (a course running in the window). Answers the ids dropped.
 */
export async function dropUnlessPending(
  db: RollcallDb,
  ids: readonly string[],
  keep: (row: { day: string; scheduleId: string | null; eventId: string | null }) => boolean = () => false,
): Promise<string[]> {
  if (!ids.length) return []
  return db.transaction('rw', rebaseTables(db), async () => {
    const pending = await bookingsWithPendingIntents(db, ids)
    const rows = await db.bookings.bulkGet([...ids])
    const dropped = rows.flatMap((row) =>
      row?.server && !pending.has(row.id) && row.pendingIntents === 0 && !keep(row) ? [row.id] : [],
    )
    await db.bookings.bulkDelete(dropped)
    await db.attendance.where('bookingId').anyOf(dropped).delete()
    return dropped
  })
}

/**
 * Of these bookings (just read), those whose day is now outside the window — rescheduled out of it by the
 * customer or another desk — leave the store, unless work is pending for them or they belong to a course
 * running in the window.
 */
export async function dropMovedOutOfWindow(
  db: RollcallDb,
  window: Pick<SyncWindow, 'first' | 'last'>,
  ids: readonly string[],
  runningCourses: ReadonlySet<string>,
): Promise<string[]> {
  if (!ids.length) return []
  const rows = await db.bookings.bulkGet([...ids])
  const outside = rows.flatMap((row) =>
    row && (row.day < window.first || row.day > window.last) ? [row.id] : [],
  )
  return dropUnlessPending(db, outside, (row) =>
    Boolean(row.scheduleId && !row.eventId && runningCourses.has(row.scheduleId)),
  )
}

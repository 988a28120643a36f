import type { RollcallDb } from '../db/schema'
import { rebaseTables } from './rebase'
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
    const outside = await db.bookings
      .filter(
        (b) =>
          (b.day < window.first || b.day > window.last) &&
          b.pendingIntents === 0 &&
          !(b.scheduleId && !b.eventId && courses.has(b.scheduleId)),
      )
      .primaryKeys()
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

import { Dexie } from 'dexie'
import type { OutboxRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'

/**
 * What is due in the queue, asked the same way by replay (what to send now) and by the engine's schedule
 * (when to run next): the queue is FIFO per booking, so only each booking's head decides; an entry is due
 * once its undo window has closed and, unless the backoff is ignored, its retry time has come.
 */

/** Every queued entry, in replay order. */
export function queuedEntries(db: RollcallDb): Promise<OutboxRow[]> {
  return db.outbox.where('[state+seq]').between(['queued', Dexie.minKey], ['queued', Dexie.maxKey]).toArray()
}

/** The queued entries of each booking, in order: the first is the head the others wait behind. */
export function queuesByBooking(queued: readonly OutboxRow[]): Map<string, OutboxRow[]> {
  const byBooking = new Map<string, OutboxRow[]>()
  for (const entry of queued) {
    const queue = byBooking.get(entry.bookingId)
    if (queue) queue.push(entry)
    else byBooking.set(entry.bookingId, [entry])
  }
  return byBooking
}

/** When an entry may go out: after its undo window and, unless the backoff is ignored, its retry time. */
export function dueAt(entry: OutboxRow, ignoreBackoff = false): number {
  return Math.max(entry.holdUntil ?? 0, ignoreBackoff ? 0 : entry.nextAttemptAt)
}

/** The earliest time a booking's head becomes due (Infinity when nothing is queued). */
export function nextDueAt(queued: readonly OutboxRow[]): number {
  let next = Infinity
  for (const [, queue] of queuesByBooking(queued)) {
    const head = queue[0]
    if (head) next = Math.min(next, dueAt(head))
  }
  return next
}

import { MAX_BULK_ATTENDANCE } from '../wix/bulk-attendance'

/**
 * Attendance goes out as absolute states (Wix's set is an upsert), so only the latest intended state per
 * (booking, event) matters: earlier ones are superseded, not sent. What remains goes out in Bulk Set
 * Attendance calls of at most MAX_BULK_ATTENDANCE (Wix's cap), oldest change first.
 */
export interface AttendanceIntent {
  /** Outbox order: higher is newer. */
  seq: number
  bookingId: string
  eventId: string
}

export interface CollapsedAttendance<T extends AttendanceIntent> {
  /** The newest intent of each (booking, event), in the order their first change was made. */
  latest: T[]
  /** Intents replaced by a newer one for the same (booking, event): done without a request. */
  superseded: T[]
}

export function collapseAttendance<T extends AttendanceIntent>(
  intents: readonly T[],
): CollapsedAttendance<T> {
  const ordered = [...intents].sort((a, b) => a.seq - b.seq)
  const newest = new Map<string, T>()
  const firstSeen: string[] = []
  for (const intent of ordered) {
    const key = `${intent.bookingId}\u0000${intent.eventId}`
    if (!newest.has(key)) firstSeen.push(key)
    newest.set(key, intent)
  }
  const latest = firstSeen.map((key) => newest.get(key) as T)
  const kept = new Set(latest)
  return { latest, superseded: ordered.filter((intent) => !kept.has(intent)) }
}

export function inBatches<T>(items: readonly T[], size: number = MAX_BULK_ATTENDANCE): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`Batch size must be a positive integer, not ${size}`)
  const batches: T[][] = []
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size))
  return batches
}

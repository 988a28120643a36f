import type { ActivityOutcome, Attention, OutboxRow, OutboxState } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import type { OutboxIntent } from './intents'
import { rebaseBookings, rebaseTables } from './rebase'

/**
 * Every change of an outbox entry's state, and of the activity line that reports it, is written here and
 * nowhere else: recorded (queued), claimed (sending), finished (done, conflict, failed, discarded), queued
 * again (a retry by Wix's answer or by a person), recovered after a crash.
 */

/** Every table an outbox transition touches. */
export function transitionTables(db: RollcallDb) {
  return [...rebaseTables(db), db.activity]
}

const OUTCOME: Partial<Record<OutboxState, ActivityOutcome>> = {
  done: 'synced',
  conflict: 'conflict',
  failed: 'failed',
  discarded: 'discarded',
  queued: 'recorded',
}

async function noteOutcome(db: RollcallDb, mutationIds: string[], state: OutboxState, detail: string | null) {
  const outcome = OUTCOME[state]
  if (!outcome) return
  await db.activity
    .where('mutationId')
    .anyOf(mutationIds)
    .modify((row) => {
      row.outcome = outcome
      row.detail = detail
    })
}

/** One change the desk records: what it asks of Wix, on which booking, and its line in the activity log. */
export interface NewEntry {
  intent: OutboxIntent
  mutationId: string
  bookingId: string
  /** The booking's revision the change was decided on (null: not on Wix yet, or attendance). */
  baseRevision: string | null
  staff: string
  summary: string
  /** The end of its undo window (ms): it waits in the queue until then (see actions.ts, UNDO_WINDOW_INTENTS). */
  holdUntil?: number
}

/**
 * Queues a new entry with its activity line. Call inside the recording transaction (actions.ts), which also
 * rebases the touched bookings: the entry, its line and the state the desk sees are written together.
 */
export async function enqueueEntry(db: RollcallDb, entry: NewEntry, at: string): Promise<void> {
  const { intent, summary, holdUntil, ...fields } = entry
  await db.outbox.add({
    ...intent,
    ...fields,
    state: 'queued',
    attempts: 0,
    lastError: null,
    nextAttemptAt: 0,
    uncertain: false,
    attention: null,
    createdAt: at,
    finishedAt: null,
    ...(holdUntil ? { holdUntil } : {}),
  })
  await db.activity.add({
    at,
    staff: entry.staff,
    mutationId: entry.mutationId,
    bookingId: entry.bookingId,
    summary,
    outcome: 'recorded',
    detail: null,
  })
}

/**
 * Marks entries `sending` — only those still queued (the desk may have undone one a moment ago) — and
 * answers their current rows, which are what gets sent.
 */
export async function claimForSending<T extends OutboxRow>(
  db: RollcallDb,
  entries: readonly T[],
): Promise<T[]> {
  return db.transaction('rw', db.outbox, async () => {
    const current = await db.outbox.bulkGet(entries.map((e) => e.seq ?? 0))
    const claimed = current.filter((e): e is T => e?.state === 'queued')
    await db.outbox.bulkUpdate(
      claimed.map((e) => ({ key: e.seq ?? 0, changes: { state: 'sending' as const } })),
    )
    return claimed
  })
}

export interface Finish {
  state: 'done' | 'conflict' | 'failed' | 'discarded'
  attention?: Attention | null
  /** Why, for the activity log (a conflict's reason, or "already true on Wix"). */
  detail?: string | null
  at: string
}

/**
 * Ends entries (with the entries they superseded, which share their fate) and re-applies what is still
 * pending on their bookings: a conflict's optimistic state is thereby reverted to the server's truth.
 */
export async function finishEntries(db: RollcallDb, entries: readonly OutboxRow[], finish: Finish) {
  await db.transaction('rw', transitionTables(db), async () => {
    await db.outbox.bulkUpdate(
      entries.map((e) => ({
        key: e.seq ?? 0,
        changes: {
          state: finish.state,
          attention: finish.attention ?? null,
          finishedAt: finish.state === 'conflict' || finish.state === 'failed' ? null : finish.at,
          lastError: finish.attention?.reason ?? e.lastError,
        },
      })),
    )
    await noteOutcome(
      db,
      entries.map((e) => e.mutationId),
      finish.state,
      finish.detail ?? finish.attention?.reason ?? null,
    )
    await rebaseBookings(
      db,
      entries.map((e) => e.bookingId),
    )
  })
}

export interface Requeue {
  /** Counted as a failed attempt (backoff grows); an auth pause is not. */
  countAttempt: boolean
  nextAttemptAt: number
  lastError: string
  uncertain: boolean
}

/** Back to the queue, order kept: the head of a booking's queue blocks the entries behind it. */
export async function requeueEntries(db: RollcallDb, entries: readonly OutboxRow[], requeue: Requeue) {
  await db.outbox.bulkUpdate(
    entries.map((e) => ({
      key: e.seq ?? 0,
      changes: {
        state: 'queued' as const,
        attempts: e.attempts + (requeue.countAttempt ? 1 : 0),
        nextAttemptAt: requeue.nextAttemptAt,
        lastError: requeue.lastError,
        uncertain: e.uncertain || requeue.uncertain,
      },
    })),
  )
}

/**
 * A person's Retry (Needs attention): the entries go back to the queue as they were, due at once, their
 * attempts counted afresh; `args` replaces an entry's arguments (Retry over capacity).
 */
export async function requeueForRetry(
  db: RollcallDb,
  entries: readonly OutboxRow[],
  args: (entry: OutboxRow) => OutboxRow['args'] = (entry) => entry.args,
) {
  await db.transaction('rw', transitionTables(db), async () => {
    await db.outbox.bulkUpdate(
      entries.map((e) => ({
        key: e.seq ?? 0,
        changes: {
          args: args(e),
          state: 'queued' as const,
          attempts: 0,
          nextAttemptAt: 0,
          attention: null,
          lastError: null,
        },
      })),
    )
    await noteOutcome(
      db,
      entries.map((e) => e.mutationId),
      'queued',
      null,
    )
    await rebaseBookings(db, [...new Set(entries.map((e) => e.bookingId))])
  })
}

/**
 * Dropped: an Undo before the change was sent (its activity line then reads `undone`), or a person's Discard
 * of a refused one (`discarded`).
 */
export async function discardEntries(
  db: RollcallDb,
  entries: readonly OutboxRow[],
  at: string,
  outcome: Extract<ActivityOutcome, 'discarded' | 'undone'> = 'discarded',
) {
  await db.transaction('rw', transitionTables(db), async () => {
    await db.outbox.bulkUpdate(
      entries.map((e) => ({ key: e.seq ?? 0, changes: { state: 'discarded' as const, finishedAt: at } })),
    )
    // The activity line keeps its detail: why it was refused is still worth reading.
    await db.activity
      .where('mutationId')
      .anyOf(entries.map((e) => e.mutationId))
      .modify({ outcome })
    await rebaseBookings(db, [...new Set(entries.map((e) => e.bookingId))])
  })
}

/** After a crash mid-send, the outcome of a `sending` entry is unknown: queue it again, looking first. */
export async function recoverInterrupted(db: RollcallDb): Promise<number> {
  return db.outbox
    .where('state')
    .equals('sending')
    .modify((entry) => {
      entry.state = 'queued'
      entry.uncertain = true
    })
}

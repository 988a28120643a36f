import type { ActivityOutcome, Attention, OutboxRow, OutboxState } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { rebaseBookings, rebaseTables } from './rebase'

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

import { collapseAttendance, inBatches } from '@shared/domain/attendance-batches'
import type { OutboxRow } from '../db/rows'
import { isLocalBookingId } from './intents'
import { claimForSending, recoverInterrupted } from './outbox-transitions'
import { dueAt, queuedEntries, queuesByBooking } from './queue-heads'
import type { ReplayContext, SendOutcome } from './replay-context'
import {
  entriesOf,
  lookAtCheckIns,
  sendAttendanceBatch,
  type AttendanceEntry,
  type AttendanceItem,
  type LookedAt,
} from './send-attendance'
import { sendReschedule } from './send-reschedule'
import { sendStatusIntent } from './send-status-intent'
import { sendWalkIn } from './send-walk-in'

export interface ReplayReport {
  /** Requests' worth of work done: attendance batches and single intents. */
  sends: number
  done: number
  conflicts: number
  failed: number
  /** Entries that will be tried again later (transient failures). */
  retrying: number
  pausedForAuth: boolean
}

interface Work {
  attendance: AttendanceItem[][]
  singles: OutboxRow[]
}

/**
 * What can go out now: the head of each booking's queue (FIFO per booking). A run of attendance changes at
 * the head goes out collapsed — only the latest state per (booking, session) — in bulk calls of at most 8.
 * Entries behind a walk-in whose create is not done wait for it; entries in backoff wait for their time.
 */
async function dueWork(ctx: ReplayContext, skip: ReadonlySet<string>, ignoreBackoff: boolean): Promise<Work> {
  const byBooking = queuesByBooking(await queuedEntries(ctx.db))
  const due = (entry: OutboxRow) => !skip.has(entry.mutationId) && dueAt(entry, ignoreBackoff) <= ctx.now()

  const attendance: AttendanceEntry[] = []
  const singles: OutboxRow[] = []
  for (const [bookingId, entries] of byBooking) {
    const head = entries[0]
    if (!head || !due(head)) continue
    if (isLocalBookingId(bookingId) && head.intent !== 'createWalkIn') continue
    if (head.intent !== 'setAttendance') {
      singles.push(head)
      continue
    }
    for (const entry of entries) {
      if (entry.intent !== 'setAttendance' || !due(entry)) break
      attendance.push(entry)
    }
  }
  const collapsed = collapseAttendance(
    attendance.map((entry) => ({
      seq: entry.seq ?? 0,
      bookingId: entry.bookingId,
      eventId: entry.args.eventId,
      entry,
    })),
  )
  const items = collapsed.latest.map(({ entry }) => ({
    latest: entry,
    superseded: collapsed.superseded
      .filter((old) => old.bookingId === entry.bookingId && old.eventId === entry.args.eventId)
      .map((old) => old.entry),
  }))
  return { attendance: inBatches(items), singles }
}

async function runLimited<T>(tasks: (() => Promise<T[]>)[], limit: number): Promise<T[]> {
  const results: T[] = []
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]
      if (task) results.push(...(await task()))
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker))
  return results
}

function sendSingle(ctx: ReplayContext, entry: OutboxRow): Promise<SendOutcome> {
  switch (entry.intent) {
    case 'createWalkIn':
      return sendWalkIn(ctx, entry)
    case 'confirm':
    case 'decline':
    case 'cancel':
      return sendStatusIntent(ctx, entry)
    case 'reschedule':
      return sendReschedule(ctx, entry)
    case 'setAttendance':
      return sendAttendanceBatch(ctx, [{ latest: entry, superseded: [] }]).then((r) => r[0] ?? 'retry')
  }
}

/**
 * Replays the outbox until nothing more is due (renderer/src/sync/README.md, "Replay order" and "Outcomes").
 * Call while holding the sync lock: an entry found `sending` then was left by a crash and is queued again, to
 * be looked up before it is resent. An entry that fails transiently is not tried again in the same run; one
 * that is refused goes to "Needs attention" and never blocks the others. An auth failure stops the run (the
 * queue is kept).
 */
export async function replayOutbox(
  base: ReplayContext,
  options: {
    ignoreBackoff?: boolean
    /** The line came back, or a person asked ("Sync now"): check-ins look before they go (ReplayContext). */
    lookFirst?: boolean
  } = {},
): Promise<ReplayReport> {
  const ctx = options.lookFirst ? { ...base, lookBeforeCheckIn: true } : base
  await recoverInterrupted(ctx.db)
  const report: ReplayReport = {
    sends: 0,
    done: 0,
    conflicts: 0,
    failed: 0,
    retrying: 0,
    pausedForAuth: false,
  }
  const skip = new Set<string>()
  for (;;) {
    const work = await dueWork(ctx, skip, options.ignoreBackoff === true)
    // Every attendance entry of the round is marked `sending` in one transaction, not one per call: a replay
    // of a thousand check-ins makes 125 calls, and each commit wakes the live screens.
    const claimed = new Set(
      (await claimForSending(ctx.db, work.attendance.flatMap(entriesOf))).map((e) => e.mutationId),
    )
    // The round's check-ins that must be looked at on Wix first, looked at together (send-attendance.ts).
    // A failed look leaves each call to look for itself, and to meet the failure as it always has.
    const looked: LookedAt | undefined = work.attendance.length
      ? await lookAtCheckIns(ctx, work.attendance.flat()).catch(() => undefined)
      : undefined
    // Each task answers one outcome per item, with the entries it covers.
    const tasks = [
      ...work.attendance.map(
        (batch) => async () =>
          (await sendAttendanceBatch(ctx, batch, claimed, looked)).map((outcome, index) => {
            const item = batch[index]
            return { outcome, entries: item ? [item.latest, ...item.superseded] : [] }
          }),
      ),
      ...work.singles.map((entry) => async () => [
        { outcome: await sendSingle(ctx, entry), entries: [entry] },
      ]),
    ]
    if (!tasks.length) return report
    report.sends += tasks.length
    for (const { outcome, entries } of await runLimited(tasks, ctx.concurrency)) {
      if (outcome === 'done') report.done++
      else if (outcome === 'conflict') report.conflicts++
      else if (outcome === 'failed') report.failed++
      else if (outcome === 'paused') report.pausedForAuth = true
      else if (outcome === 'skipped') continue
      else {
        report.retrying++
        // Tried again after its backoff, not again in this run.
        for (const entry of entries) skip.add(entry.mutationId)
      }
    }
    if (report.pausedForAuth) return report
  }
}

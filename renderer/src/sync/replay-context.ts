import { backoffDelay, type BackoffPolicy } from '@shared/domain/backoff'
import type { IpcError } from '@shared/ipc/envelope'
import type { AttentionChoice, OutboxRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { classifyFailure } from './failure-kinds'
import type { BookingsGateway } from './gateway'
import { finishEntries, requeueEntries } from './outbox-transitions'

export interface ReplayContext {
  db: RollcallDb
  gateway: BookingsGateway
  timeZone: string
  /** The API key in use (SiteStatus.keyId), for what a refusal teaches about its permissions; null: unknown. */
  keyId?: string | null
  now: () => number
  backoff: BackoffPolicy
  /** Sends at once to independent bookings (main's rate limiter keeps the overall budget). */
  concurrency: number
  /** Failures that may be bugs rather than outages (unreadable answers) give up after this many tries. */
  maxUncertainAttempts: number
  /**
   * This run follows the line coming back or a person's "Sync now" (the runs that ignore backoff and pull): the store
   * may not have heard of what changed on Wix while the desk was cut off, so every check-in's booking is
   * looked at on Wix before it goes (send-attendance.ts, `partedFromSession`).
   */
  lookBeforeCheckIn?: boolean
}

export const DEFAULT_REPLAY_BACKOFF: BackoffPolicy = { baseDelayMs: 2_000, maxDelayMs: 5 * 60_000 }

/** What one send ended as, for the run's report. */
/** `skipped`: no longer queued when its turn came (undone by the desk meanwhile). */
export type SendOutcome = 'done' | 'conflict' | 'failed' | 'retry' | 'paused' | 'skipped'

export function isoNow(ctx: Pick<ReplayContext, 'now'>): string {
  return new Date(ctx.now()).toISOString()
}

export function attention(ctx: ReplayContext, reason: string, code: string, choices: AttentionChoice[]) {
  return { reason, code, choices, at: isoNow(ctx) }
}

/**
 * The failures every intent handles alike: transient → back to the queue with backoff (order kept); auth →
 * back to the queue untouched, replay pauses; broken (or a transient that keeps looking like a bug) →
 * needs attention. Answers undefined for `stale` and `rejected`, which each sender handles itself.
 */
export async function settleCommonFailure(
  ctx: ReplayContext,
  entries: readonly OutboxRow[],
  error: IpcError,
  options: { uncertainOnAnyTransient?: boolean } = {},
): Promise<SendOutcome | undefined> {
  const failure = classifyFailure(error)
  const head = entries[0]
  if (!head) return 'done'
  switch (failure.kind) {
    case 'transient': {
      if (failure.exhaustible && head.attempts + 1 >= ctx.maxUncertainAttempts) {
        await finishEntries(ctx.db, entries, {
          state: 'failed',
          attention: attention(
            ctx,
            `Wix kept answering in a way Rollcall cannot read (${error.message})`,
            error.code,
            ['retry', 'discard', 'openBooking'],
          ),
          at: isoNow(ctx),
        })
        return 'failed'
      }
      await requeueEntries(ctx.db, entries, {
        countAttempt: true,
        nextAttemptAt: ctx.now() + backoffDelay(head.attempts, ctx.backoff),
        lastError: error.message,
        uncertain: failure.uncertain || options.uncertainOnAnyTransient === true,
      })
      return 'retry'
    }
    case 'auth':
      await requeueEntries(ctx.db, entries, {
        countAttempt: false,
        nextAttemptAt: 0,
        lastError: error.message,
        uncertain: false,
      })
      return 'paused'
    case 'broken':
      await finishEntries(ctx.db, entries, {
        state: 'failed',
        attention: attention(ctx, `Rollcall could not send this change: ${error.message}`, error.code, [
          'retry',
          'discard',
          'openBooking',
        ]),
        at: isoNow(ctx),
      })
      return 'failed'
    default:
      return undefined
  }
}

import type { BackoffPolicy } from '@shared/domain/backoff'
import type { RollcallDb } from '../db/schema'
import { describeStorageError } from '../db/storage-problem'
import { RECONNECT_IN_SETTINGS, type createStateCell, type SyncEngineState } from './engine-state'
import { classifyFailure } from './failure-kinds'
import { GatewayError, gatewayErrorOf, type BookingsGateway } from './gateway'
import { attentionCount } from './outbox-queries'
import { UNSENT_STATES } from './outbox-states'
import { fullPull, incrementalPull, type PullReport } from './pull'
import { replayOutbox, type ReplayReport } from './replay'
import type { ReplayContext } from './replay-context'
import { mostSetAside, noneSetAside, type SetAsideKind } from './set-aside'
import { readSyncMemory, writeSyncMemory } from './sync-memory'
import type { WindowSpan } from './sync-window'

/** One run of the engine: push, then (unless asked not to) pull and push what came in meanwhile. */
export interface SyncRunReport {
  ran: boolean
  push?: ReplayReport
  pull?: PullReport
  problem?: string
}

export interface RunKind {
  pull: boolean
  full: boolean
  ignoreBackoff: boolean
}

/** What a run works with: the store, the line to Wix, and the state cell it reports to. */
export interface SyncRunDeps {
  db: RollcallDb
  gateway: BookingsGateway
  cell: ReturnType<typeof createStateCell>
  now: () => number
  timeZone: () => string
  keyId: () => string | null
  span: () => WindowSpan
  backoff: BackoffPolicy
  concurrency: number
  fullEveryMs?: number
  overlapMs?: number
  /** A pull ended (the schedule counts the poll interval from here). */
  onPulled: (at: number) => void
}

/** A storage failure (the store closed, the disk full): the engine says so instead of failing silently. */
export function storageTrouble(deps: Pick<SyncRunDeps, 'cell'>, error: unknown): string {
  const problem = describeStorageError(error)
  deps.cell.set({ phase: 'error', progress: null, problem: `${problem.title}. ${problem.detail}` })
  return problem.title
}

/** The counts the sync status shows, read from the store. */
export async function refreshCounts(deps: Pick<SyncRunDeps, 'db' | 'cell'>): Promise<void> {
  const { db, cell } = deps
  try {
    const [pendingCount, needingAttention, memory] = await Promise.all([
      db.outbox
        .where('state')
        .anyOf([...UNSENT_STATES])
        .count(),
      attentionCount(db),
      readSyncMemory(db),
    ])
    cell.set({
      pendingCount,
      attentionCount: needingAttention,
      hasData: memory.lastFullPullAt !== null,
      lastSyncedAt: memory.lastSyncedAt,
      setAside: memory.setAside ?? noneSetAside,
    })
  } catch (error) {
    storageTrouble(deps, error)
  }
}

function pausedForAuth(deps: Pick<SyncRunDeps, 'cell'>, report: SyncRunReport): SyncRunReport {
  const problem = `Wix no longer accepts this site’s API key. ${RECONNECT_IN_SETTINGS}; nothing is lost.`
  deps.cell.set({ phase: 'paused-auth', progress: null, problem })
  return { ...report, problem }
}

/**
 * One run, to be called holding the sync lock (engine.ts): replay what is due, pull (incremental or the
 * whole window), replay what the desk did meanwhile. Whatever goes wrong ends up in the state cell, in
 * words; nothing escapes.
 */
export async function runSync(deps: SyncRunDeps, kind: RunKind): Promise<SyncRunReport> {
  const { db, gateway, cell, now } = deps
  const report: SyncRunReport = { ran: true }
  const ctx: ReplayContext = {
    db,
    gateway,
    timeZone: deps.timeZone(),
    keyId: deps.keyId(),
    now,
    backoff: deps.backoff,
    concurrency: deps.concurrency,
    maxUncertainAttempts: 5,
  }
  try {
    cell.set({ phase: 'pushing', problem: null })
    // The line back, or "Sync now" (a run that ignores backoff and pulls): check-ins look before they go.
    report.push = await replayOutbox(ctx, {
      ignoreBackoff: kind.ignoreBackoff,
      lookFirst: kind.ignoreBackoff && kind.pull,
    })
    if (report.push.pausedForAuth) return pausedForAuth(deps, report)
    if (kind.pull) {
      cell.set({ phase: 'pulling' })
      const setAside: Record<SetAsideKind, number> = { ...noneSetAside }
      const pullContext = {
        db,
        gateway,
        timeZone: ctx.timeZone,
        now,
        span: deps.span(),
        onProgress: (progress: SyncEngineState['progress']) => cell.set({ progress }),
        onSetAside: (kind: SetAsideKind, count: number) => (setAside[kind] += count),
        // A new desk's first pull runs long: check-ins taken on today's rosters meanwhile go out between its
        // stages. A key Wix stopped taking shows when the pull itself is refused, a moment later.
        betweenStages: async () => {
          const between = await replayOutbox(ctx)
          if (between.sends > 0) await refreshCounts(deps)
        },
        ...(deps.fullEveryMs ? { fullEveryMs: deps.fullEveryMs } : {}),
        ...(deps.overlapMs !== undefined ? { overlapMs: deps.overlapMs } : {}),
      }
      report.pull = kind.full ? await fullPull(pullContext) : await incrementalPull(pullContext)
      deps.onPulled(now())
      // A full pull reads the whole window: its count stands. An incremental one reads only what changed, so
      // it can show more records set aside but never that the ones not re-read have gone.
      const shown = (await readSyncMemory(db)).setAside ?? noneSetAside
      await writeSyncMemory(db, {
        setAside: report.pull.kind === 'full' ? setAside : mostSetAside(shown, setAside),
      })
      // Actions taken while pulling go out now rather than at the next tick.
      const after = await replayOutbox(ctx)
      if (after.pausedForAuth) return pausedForAuth(deps, report)
      if (report.push.retrying === 0 && after.retrying === 0)
        await writeSyncMemory(db, { lastSyncedAt: now() })
    }
    cell.set({ phase: 'idle', progress: null })
    return report
  } catch (error) {
    if (!(error instanceof GatewayError)) return { ...report, problem: storageTrouble(deps, error) }
    const failure = gatewayErrorOf(error)
    if (classifyFailure(failure).kind === 'auth') return pausedForAuth(deps, report)
    const problem =
      failure.kind === 'network' || failure.kind === 'timeout'
        ? 'Wix cannot be reached right now. Changes are saved here and will be sent.'
        : failure.message
    cell.set({ phase: 'error', progress: null, problem })
    return { ...report, problem }
  } finally {
    await refreshCounts(deps)
  }
}

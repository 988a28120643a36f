import { Dexie } from 'dexie'
import type { BackoffPolicy } from '@shared/domain/backoff'
import type { RollcallDb } from '../db/schema'
import { describeStorageError } from '../db/storage-problem'
import * as actions from './actions'
import {
  createStateCell,
  initialSyncState,
  RECONNECT_IN_SETTINGS,
  type SyncEngineState,
} from './engine-state'
import { classifyFailure } from './failure-kinds'
import { GatewayError, gatewayErrorOf, type BookingsGateway } from './gateway'
import { fullPull, incrementalPull, type PullReport } from './pull'
import { replayOutbox, type ReplayReport } from './replay'
import { mostSetAside, noneSetAside, type SetAsideKind } from './set-aside'
import { DEFAULT_REPLAY_BACKOFF, type ReplayContext } from './replay-context'
import { defaultLocks, SYNC_LOCK_NAME, type LockManagerLike } from './sync-lock'
import { readSyncMemory, writeSyncMemory } from './sync-memory'
import { attentionCount, UNSENT_STATES } from './outbox-queries'
import { recoverInterrupted } from './outbox-transitions'
import { DEFAULT_WINDOW, type WindowSpan } from './sync-window'

export interface SyncEngineOptions {
  db: RollcallDb
  gateway: BookingsGateway
  /** The business's time zone (the site's), read at each run. */
  timeZone: () => string
  staff: () => string
  now?: () => number
  locks?: LockManagerLike
  /** The days kept around today; a function when the desk can change it (Settings), read at each pull. */
  span?: WindowSpan | (() => WindowSpan)
  /** How long changes Wix cannot take back wait in the queue, undoable (see ActionContext.holdMs). */
  undoWindowMs?: number
  /** Pull every `active` ms while someone used the desk in the last `activeForMs`, else every `idle` ms. */
  poll?: { active: number; idle: number; activeForMs: number }
  backoff?: BackoffPolicy
  concurrency?: number
  /** Waits before pushing a fresh action, so a burst of check-ins goes out together. */
  pushDelayMs?: number
  fullEveryMs?: number
  overlapMs?: number
}

export interface SyncRunReport {
  ran: boolean
  push?: ReplayReport
  pull?: PullReport
  problem?: string
}

export const DEFAULT_POLL = { active: 5_000, idle: 60_000, activeForMs: 5 * 60_000 }
/** After main said it restarts to update: if the page is still alive this much later, it did not. */
export const RESTART_GRACE_MS = 60_000
/** A retry timer never fires sooner than this (full jitter can draw a delay near zero). */
const MIN_RETRY_DELAY_MS = 500

/**
 * The sync engine: pulls server truth into Dexie, replays the outbox to Wix, and tells the UI how it goes.
 * Runs on start, on a timer while online (every few seconds while the desk is busy), on reconnect, shortly
 * after each action, and on "Sync now". One run at a time here, and one replayer across windows (Web Locks).
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const { db, gateway } = options
  const now = options.now ?? Date.now
  const locks = options.locks ?? defaultLocks()
  const poll = options.poll ?? DEFAULT_POLL
  const cell = createStateCell(initialSyncState)
  let lastActivity = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<SyncRunReport> | null = null
  let started = false
  /** The hold for a restart under way (holdForRestart), if any: no run starts until it ends. */
  let hold = 0
  let holds = 0
  let lastPullAt = 0

  const replayContext = (): ReplayContext => ({
    db,
    gateway,
    timeZone: options.timeZone(),
    now,
    backoff: options.backoff ?? DEFAULT_REPLAY_BACKOFF,
    concurrency: options.concurrency ?? 4,
    maxUncertainAttempts: 5,
  })

  /** A storage failure (the store closed, the disk full): the engine says so instead of failing silently. */
  function storageTrouble(error: unknown): string {
    const problem = describeStorageError(error)
    cell.set({ phase: 'error', progress: null, problem: `${problem.title}. ${problem.detail}` })
    return problem.title
  }

  async function refreshCounts(): Promise<void> {
    try {
      await readCounts()
    } catch (error) {
      storageTrouble(error)
    }
  }

  async function readCounts(): Promise<void> {
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
  }

  async function runLocked(kind: {
    pull: boolean
    full: boolean
    ignoreBackoff: boolean
  }): Promise<SyncRunReport> {
    const report: SyncRunReport = { ran: true }
    const ctx = replayContext()
    try {
      cell.set({ phase: 'pushing', problem: null })
      report.push = await replayOutbox(ctx, { ignoreBackoff: kind.ignoreBackoff })
      if (report.push.pausedForAuth) return pausedForAuth(report)
      if (kind.pull) {
        cell.set({ phase: 'pulling' })
        const setAside: Record<SetAsideKind, number> = { ...noneSetAside }
        const pullContext = {
          db,
          gateway,
          timeZone: ctx.timeZone,
          now,
          span: (typeof options.span === 'function' ? options.span() : options.span) ?? DEFAULT_WINDOW,
          onProgress: (progress: SyncEngineState['progress']) => cell.set({ progress }),
          onSetAside: (kind: SetAsideKind, count: number) => (setAside[kind] += count),
          ...(options.fullEveryMs ? { fullEveryMs: options.fullEveryMs } : {}),
          ...(options.overlapMs !== undefined ? { overlapMs: options.overlapMs } : {}),
        }
        report.pull = kind.full ? await fullPull(pullContext) : await incrementalPull(pullContext)
        lastPullAt = now()
        // A full pull reads the whole window: its count stands. An incremental one reads only what changed, so
        // it can show more records set aside but never that the ones not re-read have gone.
        const shown = (await readSyncMemory(db)).setAside ?? noneSetAside
        await writeSyncMemory(db, {
          setAside: report.pull.kind === 'full' ? setAside : mostSetAside(shown, setAside),
        })
        // Actions taken while pulling go out now rather than at the next tick.
        const after = await replayOutbox(ctx)
        if (after.pausedForAuth) return pausedForAuth(report)
        if (report.push.retrying === 0 && after.retrying === 0)
          await writeSyncMemory(db, { lastSyncedAt: now() })
      }
      cell.set({ phase: 'idle', progress: null })
      return report
    } catch (error) {
      if (!(error instanceof GatewayError)) return { ...report, problem: storageTrouble(error) }
      const failure = gatewayErrorOf(error)
      if (classifyFailure(failure).kind === 'auth') return pausedForAuth(report)
      const problem =
        failure.kind === 'network' || failure.kind === 'timeout'
          ? 'Wix cannot be reached right now. Changes are saved here and will be sent.'
          : failure.message
      cell.set({ phase: 'error', progress: null, problem })
      return { ...report, problem }
    } finally {
      await refreshCounts()
    }
  }

  function pausedForAuth(report: SyncRunReport): SyncRunReport {
    const problem = `Wix no longer accepts this site’s API key. ${RECONNECT_IN_SETTINGS}; nothing is lost.`
    cell.set({ phase: 'paused-auth', progress: null, problem })
    return { ...report, problem }
  }

  /** One run (push, then pull unless asked not to); concurrent requests share the run in progress. */
  function run(kind: {
    pull: boolean
    full?: boolean
    manual?: boolean
    ignoreBackoff?: boolean
  }): Promise<SyncRunReport> {
    const manual = kind.manual === true
    // A manual run waits for the one in progress and then runs itself (it may want a pull or a full pull).
    if (running) return manual ? running.then(() => run(kind)) : running
    if (!manual && (!cell.get().online || cell.get().phase === 'paused-auth'))
      return Promise.resolve({ ran: false })
    running = locks
      .request(SYNC_LOCK_NAME, { ifAvailable: !manual }, async (lock) =>
        lock
          ? runLocked({
              pull: kind.pull,
              full: kind.full === true,
              ignoreBackoff: manual || kind.ignoreBackoff === true,
            })
          : { ran: false },
      )
      // Nothing escapes a run: whatever went wrong is in the state for the UI.
      .catch((error: unknown) => ({ ran: false, problem: storageTrouble(error) }))
      .finally(() => {
        running = null
        schedule()
      })
    return running
  }

  /** The next retry due: the backoff of each booking's queue head (entries behind it wait for it). */
  async function nextRetryAt(): Promise<number> {
    const queued = await db.outbox
      .where('[state+seq]')
      .between(['queued', Dexie.minKey], ['queued', Dexie.maxKey])
      .toArray()
    const heads = new Map<string, number>()
    for (const entry of queued)
      if (!heads.has(entry.bookingId))
        heads.set(entry.bookingId, Math.max(entry.nextAttemptAt, entry.holdUntil ?? 0))
    return Math.min(...heads.values(), Infinity)
  }

  function pollInterval(): number {
    return now() - lastActivity < poll.activeForMs ? poll.active : poll.idle
  }

  /** Until the next tick: a pull at the poll interval, or a push-only retry sooner when one is due. */
  async function nextDelay(): Promise<number> {
    const untilPull = Math.max(0, lastPullAt + pollInterval() - now())
    const untilRetry = Math.max(MIN_RETRY_DELAY_MS, (await nextRetryAt()) - now())
    return Math.min(untilPull, untilRetry)
  }

  /** A tick pulls only when the poll interval has passed (decided when it fires: the desk may have gone quiet). */
  function arm(delay: number, forcePull = false, ignoreBackoff = false): void {
    clearTimeout(timer)
    if (!started) return
    timer = setTimeout(
      () => void run({ pull: forcePull || now() - lastPullAt >= pollInterval(), ignoreBackoff }),
      delay,
    )
  }

  function schedule(delay?: number, ignoreBackoff = false): void {
    if (!started) return
    if (delay !== undefined) return arm(delay, true, ignoreBackoff)
    // arm() checks `started` again: stop() may have come while the delay was being worked out.
    void nextDelay().then(
      (ms) => arm(ms),
      () => arm(poll.idle),
    )
  }

  const actionContext: actions.ActionContext = {
    db,
    staff: options.staff,
    timeZone: options.timeZone,
    now,
    ...(options.undoWindowMs ? { holdMs: options.undoWindowMs } : {}),
  }
  /** After an action: push soon (a short delay gathers a burst of check-ins into bulk calls). */
  const afterAction = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work
    lastActivity = now()
    await refreshCounts()
    if (started && cell.get().online && !running) {
      clearTimeout(timer)
      timer = setTimeout(() => void run({ pull: false }), options.pushDelayMs ?? 300)
    }
    return result
  }

  return {
    getState: () => cell.get(),
    subscribe: (listener: (state: SyncEngineState) => void) => cell.subscribe(listener),

    /** Starts the timer and runs the first sync (a full pull when the window is not here yet). */
    async start(): Promise<void> {
      started = true
      hold = 0
      await refreshCounts()
      schedule(0)
    },
    stop(): Promise<SyncRunReport | undefined> {
      started = false
      hold = 0
      clearTimeout(timer)
      return running ?? Promise.resolve(undefined)
    },

    /**
     * Restarting into an update without cutting a send short: from now on no run starts, the run in
     * progress (a push, a pull) is waited for, and then — holding the sync lock, so no window is sending —
     * entries a crash left `sending` are queued again (looked up before they are resent, as at any start)
     * and `restart` runs with nothing in flight. Queued changes stay in the store and go out after the
     * restart; nothing is discarded. When `restart` answers false or throws, the engine carries on; when it
     * answers true but the page is still alive `resumeAfterMs` later, the restart did not happen and the
     * engine carries on then.
     */
    async holdForRestart(
      restart: () => Promise<boolean>,
      resumeAfterMs: number = RESTART_GRACE_MS,
    ): Promise<boolean> {
      const wasStarted = started || hold !== 0
      const mine = ++holds
      started = false
      hold = mine
      clearTimeout(timer)
      const carryOn = () => {
        if (hold !== mine) return // stopped, started or held again meanwhile: not ours to resume
        hold = 0
        if (wasStarted) {
          started = true
          schedule()
        }
      }
      let restarting = false
      try {
        await running
        restarting = await locks.request(SYNC_LOCK_NAME, {}, async () => {
          await recoverInterrupted(db)
          return restart()
        })
        return restarting
      } finally {
        if (restarting) setTimeout(carryOn, resumeAfterMs)
        else carryOn()
      }
    },

    /** "Sync now": push everything due now (backoff ignored), then pull; also resumes after re-auth. */
    syncNow: (options: { full?: boolean } = {}) =>
      run({ pull: true, manual: true, full: options.full === true }),
    /** Push only (tests and the action path). */
    pushNow: () => run({ pull: false, manual: true }),

    /** The line came back (or went): sync at once on reconnect. */
    setOnline(online: boolean): void {
      const was = cell.get().online
      cell.set({ online })
      if (online && !was) {
        if (cell.get().phase === 'error') cell.set({ phase: 'idle', problem: null })
        // What waited for the line goes now, all of it: its backoff grew while the line was down, not
        // because Wix refused anything (one reconnect cannot hammer the site).
        schedule(0, true)
      }
    },
    /** The site was reconnected after an auth failure: replay resumes. */
    resume(): void {
      if (cell.get().phase === 'paused-auth') cell.set({ phase: 'idle', problem: null })
      schedule(0)
    },
    /** The desk is being used: poll at the short interval for a while. */
    markActive(): void {
      lastActivity = now()
    },

    actions: {
      checkIn: (targets: actions.AttendanceTarget[]) =>
        afterAction(actions.setAttendance(actionContext, targets, 'ATTENDED')),
      undoCheckIn: (targets: actions.AttendanceTarget[]) =>
        afterAction(actions.setAttendance(actionContext, targets, 'NOT_SET')),
      markNoShow: (targets: actions.AttendanceTarget[]) =>
        afterAction(actions.setAttendance(actionContext, targets, 'NOT_ATTENDED')),
      confirm: (bookingId: string, message?: actions.CustomerMessageInput) =>
        afterAction(actions.confirm(actionContext, bookingId, message)),
      decline: (bookingId: string, message?: actions.CustomerMessageInput) =>
        afterAction(actions.decline(actionContext, bookingId, message)),
      cancel: (bookingId: string, message?: actions.CustomerMessageInput) =>
        afterAction(actions.cancel(actionContext, bookingId, message)),
      promoteFromWaitlist: (
        bookingId: string,
        choice: { override: boolean; message?: actions.CustomerMessageInput },
      ) => afterAction(actions.promoteFromWaitlist(actionContext, bookingId, choice)),
      addWalkIn: (request: actions.WalkInRequest) => afterAction(actions.addWalkIn(actionContext, request)),
      retry: (mutationId: string, choice: { override?: boolean } = {}) =>
        afterAction(actions.retryEntry(actionContext, mutationId, choice)),
      discard: (mutationId: string) => afterAction(actions.discardEntry(actionContext, mutationId)),
      /** Takes back what an action recorded (see undoRecorded). */
      undo: (recorded: readonly actions.Recorded[]) =>
        afterAction(actions.undoRecorded(actionContext, recorded)),
    },
  }
}

export type SyncEngine = ReturnType<typeof createSyncEngine>

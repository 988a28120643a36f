import type { BackoffPolicy } from '@shared/domain/backoff'
import type { RollcallDb } from '../db/schema'
import {
  deskActions,
  type ActionContext,
  type DeskAction,
  type DeskActionArgs,
  type DeskActionName,
  type DeskActionResult,
} from './actions'
import { createStateCell, initialSyncState, type SyncEngineState } from './engine-state'
import type { BookingsGateway } from './gateway'
import { createPendingAttendance } from './pending-attendance'
import { nextDueAt, queuedEntries } from './queue-heads'
import { DEFAULT_REPLAY_BACKOFF } from './replay-context'
import { createRestartPause, RESTART_GRACE_MS } from './restart-pause'
import { DEFAULT_POLL, DEFAULT_PUSH_DELAY_MS, nextRunDelay, pullIsDue, type PollPolicy } from './run-schedule'
import { defaultLocks, SYNC_LOCK_NAME, type LockManagerLike } from './sync-lock'
import { refreshCounts, runSync, storageTrouble, type SyncRunReport } from './sync-run'
import { DEFAULT_WINDOW, type WindowSpan } from './sync-window'

export { DEFAULT_POLL } from './run-schedule'
export { RESTART_GRACE_MS } from './restart-pause'
export type { SyncRunReport } from './sync-run'

export interface SyncEngineOptions {
  db: RollcallDb
  gateway: BookingsGateway
  /** The business's time zone (the site's), read at each run. */
  timeZone: () => string
  /**
   * Which API key is in use (SiteStatus.keyId), read at each run: what a refusal teaches about the key's
   * permissions is remembered for it (key-permissions.ts). Null when not known.
   */
  keyId?: () => string | null
  staff: () => string
  now?: () => number
  locks?: LockManagerLike
  /** The days kept around today; a function when the desk can change it (Settings), read at each pull. */
  span?: WindowSpan | (() => WindowSpan)
  /** How long changes Wix cannot take back wait in the queue, undoable (see ActionContext.undoWindowMs). */
  undoWindowMs?: number
  poll?: PollPolicy
  backoff?: BackoffPolicy
  concurrency?: number
  /** Waits before pushing a fresh action, so a burst of check-ins goes out together. */
  pushDelayMs?: number
  fullEveryMs?: number
  overlapMs?: number
}

/** The desk's actions as the engine offers them: each declared action, bound to the store and wrapped once. */
export type EngineActions = {
  [K in DeskActionName]: (...args: DeskActionArgs<K>) => Promise<DeskActionResult<K>>
}

/**
 * The sync engine: pulls server truth into Dexie, replays the outbox to Wix, records the desk's actions and
 * tells the UI how it goes. Its parts: when to run (run-schedule.ts, over queue-heads.ts), one run
 * (sync-run.ts) at a time here and one replayer across windows (Web Locks), the restart pause
 * (restart-pause.ts), and the attendance a press shows before the store has it (pending-attendance.ts).
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const { db, gateway } = options
  const now = options.now ?? Date.now
  const locks = options.locks ?? defaultLocks()
  const poll = options.poll ?? DEFAULT_POLL
  const cell = createStateCell(initialSyncState)
  const pending = createPendingAttendance()
  let lastActivity = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  /** When the armed timer fires (engine time), or null when none is armed: tests read it, never time it. */
  let armedFor: number | null = null
  let running: Promise<SyncRunReport> | null = null
  let started = false
  let lastPullAt = 0

  const runDeps = {
    db,
    gateway,
    cell,
    now,
    timeZone: options.timeZone,
    keyId: options.keyId ?? (() => null),
    span: () => (typeof options.span === 'function' ? options.span() : options.span) ?? DEFAULT_WINDOW,
    backoff: options.backoff ?? DEFAULT_REPLAY_BACKOFF,
    concurrency: options.concurrency ?? 4,
    ...(options.fullEveryMs ? { fullEveryMs: options.fullEveryMs } : {}),
    ...(options.overlapMs !== undefined ? { overlapMs: options.overlapMs } : {}),
    onPulled: (at: number) => (lastPullAt = at),
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
          ? runSync(runDeps, {
              pull: kind.pull,
              full: kind.full === true,
              ignoreBackoff: manual || kind.ignoreBackoff === true,
            })
          : { ran: false },
      )
      // Nothing escapes a run: whatever went wrong is in the state for the UI.
      .catch((error: unknown) => ({ ran: false, problem: storageTrouble(runDeps, error) }))
      .finally(() => {
        running = null
        // By the end of a run the store has long had every recorded press.
        pending.dropRecorded()
        schedule()
      })
    return running
  }

  const scheduleFacts = () => ({ now: now(), poll, lastActivity, lastPullAt })

  /** A tick pulls only when the poll interval has passed (decided when it fires: the desk may have gone quiet). */
  function arm(delay: number, forcePull = false, ignoreBackoff = false): void {
    if (!started) return disarm()
    armTimer(delay, () => run({ pull: forcePull || pullIsDue(scheduleFacts()), ignoreBackoff }))
  }

  /** The one timer: `work` runs in `delay` ms unless the timer is armed again or disarmed first. */
  function armTimer(delay: number, work: () => Promise<unknown>): void {
    disarm()
    armedFor = now() + delay
    timer = setTimeout(() => {
      armedFor = null
      void work()
    }, delay)
  }

  function disarm(): void {
    clearTimeout(timer)
    armedFor = null
  }

  function schedule(delay?: number, ignoreBackoff = false): void {
    if (!started) return
    if (delay !== undefined) return arm(delay, true, ignoreBackoff)
    // arm() checks `started` again: stop() may have come while the delay was being worked out.
    void queuedEntries(db).then(
      (queued) => arm(nextRunDelay({ ...scheduleFacts(), nextDueAt: nextDueAt(queued) })),
      () => arm(poll.idle),
    )
  }

  const restartPause = createRestartPause({
    db,
    locks,
    halt() {
      const was = started
      started = false
      disarm()
      return was
    },
    carryOn() {
      started = true
      schedule()
    },
    inFlight: () => running,
  })

  const actionContext: ActionContext = {
    db,
    staff: options.staff,
    timeZone: options.timeZone,
    now,
    ...(options.undoWindowMs ? { undoWindowMs: options.undoWindowMs } : {}),
  }

  /**
   * Every declared action, wrapped once: what it shows at once (pending attendance) before it records, what
   * it makes give way, and after it: the counts, and a push soon (a short delay gathers a burst of check-ins
   * into bulk calls).
   */
  function bind<K extends DeskActionName>(name: K) {
    // The table's entries each have their own argument list; read as the one shape they all share.
    const action = deskActions[name] as unknown as DeskAction<DeskActionArgs<K>, DeskActionResult<K>>
    return async (...args: DeskActionArgs<K>): Promise<DeskActionResult<K>> => {
      if (action.forgets) pending.forget(action.forgets(...args))
      const shown = action.shows?.(...args)
      // Shown before anything is awaited: the press's own render has it.
      const press = shown ? pending.show(shown.targets, shown.status) : 0
      let recorded = false
      try {
        const result = await action.run(actionContext, ...args)
        recorded = true
        return result
      } finally {
        if (press) pending.settle(press, recorded)
        lastActivity = now()
        await refreshCounts(runDeps)
        if (recorded && started && cell.get().online && !running) {
          armTimer(options.pushDelayMs ?? DEFAULT_PUSH_DELAY_MS, () => run({ pull: false }))
        }
      }
    }
  }
  const actions = Object.fromEntries(
    (Object.keys(deskActions) as DeskActionName[]).map((name) => [name, bind(name)]),
  ) as unknown as EngineActions

  return {
    getState: () => cell.get(),
    subscribe: (listener: (state: SyncEngineState) => void) => cell.subscribe(listener),
    /** The attendance presses show before the store has it; every screen reads it the same way. */
    pendingAttendance: pending,

    /** Starts the timer and runs the first sync (a full pull when the window is not here yet). */
    async start(): Promise<void> {
      started = true
      restartPause.clear()
      await refreshCounts(runDeps)
      schedule(0)
    },
    stop(): Promise<SyncRunReport | undefined> {
      started = false
      restartPause.clear()
      disarm()
      return running ?? Promise.resolve(undefined)
    },

    /** Restarting into an update without cutting a send short (restart-pause.ts). */
    pauseForRestart: (restart: () => Promise<boolean>, resumeAfterMs: number = RESTART_GRACE_MS) =>
      restartPause.pauseFor(restart, resumeAfterMs),

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
    /** When the engine runs next by its own timer (engine time), or null when no run is armed. */
    scheduledRunAt: () => armedFor,
    /** The desk is being used: poll at the short interval for a while. */
    markActive(): void {
      lastActivity = now()
    },

    actions,
  }
}

export type SyncEngine = ReturnType<typeof createSyncEngine>

import type { RollcallDb } from '../db/schema'
import { recoverInterrupted } from './outbox-transitions'
import { SYNC_LOCK_NAME, type LockManagerLike } from './sync-lock'

/** After main said it restarts to update: if the page is still alive this much later, it did not. */
export const RESTART_GRACE_MS = 60_000

/** What the pause needs of the engine. */
export interface PausableEngine {
  db: RollcallDb
  locks: LockManagerLike
  /** Whether the engine runs on its own (started); the pause stops it and says whether it was. */
  halt(): boolean
  /** Starts it again (its timer and schedule). */
  carryOn(): void
  /** The run in progress, if any. */
  inFlight(): Promise<unknown> | null
}

/**
 * The restart pause (not to be confused with the undo window's hold on an entry): restarting into an update
 * without cutting a send short. From the pause on no run starts, the run in progress (a push, a pull) is
 * waited for, and then — holding the sync lock, so no window is sending — entries a crash left `sending` are
 * queued again (looked up before they are resent, as at any start) and `restart` runs with nothing in flight.
 * Queued changes stay in the store and go out after the restart; nothing is discarded. When `restart` answers
 * false or throws, the engine carries on; when it answers true but the page is still alive `resumeAfterMs`
 * later, the restart did not happen and the engine carries on then.
 */
export function createRestartPause(engine: PausableEngine) {
  /** The pause under way (0: none); a later pause, start or stop makes an earlier one not ours to end. */
  let current = 0
  let count = 0
  return {
    isPaused: () => current !== 0,
    /** start() and stop() end any pause: the engine is theirs again. */
    clear(): void {
      current = 0
    },
    async pauseFor(
      restart: () => Promise<boolean>,
      resumeAfterMs: number = RESTART_GRACE_MS,
    ): Promise<boolean> {
      const wasRunning = engine.halt() || current !== 0
      const mine = ++count
      current = mine
      const carryOn = () => {
        if (current !== mine) return // stopped, started or paused again meanwhile
        current = 0
        if (wasRunning) engine.carryOn()
      }
      let restarting = false
      try {
        await engine.inFlight()
        restarting = await engine.locks.request(SYNC_LOCK_NAME, {}, async () => {
          await recoverInterrupted(engine.db)
          return restart()
        })
        return restarting
      } finally {
        if (restarting) setTimeout(carryOn, resumeAfterMs)
        else carryOn()
      }
    },
  }
}

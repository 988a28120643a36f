/**
 * When the engine runs next — pure, so it is read and tested apart from timers. The engine runs on start,
 * on a timer while online, on reconnect, shortly after each action and on "Sync now"; this decides the timer.
 */

/** Pull every `active` ms while someone used the desk in the last `activeForMs`, else every `idle` ms. */
export interface PollPolicy {
  active: number
  idle: number
  activeForMs: number
}

export const DEFAULT_POLL: PollPolicy = { active: 5_000, idle: 60_000, activeForMs: 5 * 60_000 }
/** A retry timer never fires sooner than this (full jitter can draw a delay near zero). */
export const MIN_RETRY_DELAY_MS = 500
/** After an action, the push waits this long so a burst of check-ins goes out together (bulk calls). */
export const DEFAULT_PUSH_DELAY_MS = 300

export interface ScheduleFacts {
  now: number
  poll: PollPolicy
  /** When someone last used the desk (ms). */
  lastActivity: number
  /** When the last pull ended (ms; 0: never). */
  lastPullAt: number
  /** When the queue's first head becomes due (queue-heads.ts `nextDueAt`; Infinity: nothing queued). */
  nextDueAt: number
}

/** The poll interval now: short while the desk is busy, long when it is quiet. */
export function pollInterval(facts: Pick<ScheduleFacts, 'now' | 'poll' | 'lastActivity'>): number {
  return facts.now - facts.lastActivity < facts.poll.activeForMs ? facts.poll.active : facts.poll.idle
}

/** Whether a run starting now also pulls: the poll interval has passed since the last pull. */
export function pullIsDue(
  facts: Pick<ScheduleFacts, 'now' | 'poll' | 'lastActivity' | 'lastPullAt'>,
): boolean {
  return facts.now - facts.lastPullAt >= pollInterval(facts)
}

/** Until the next tick: a pull at the poll interval, or a push-only retry sooner when one is due. */
export function nextRunDelay(facts: ScheduleFacts): number {
  const untilPull = Math.max(0, facts.lastPullAt + pollInterval(facts) - facts.now)
  const untilRetry = Math.max(MIN_RETRY_DELAY_MS, facts.nextDueAt - facts.now)
  return Math.min(untilPull, untilRetry)
}

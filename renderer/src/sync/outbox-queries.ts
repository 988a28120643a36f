import type { OutboxRow } from '../db/rows'
import type { RollcallDb } from '../db/schema'
import { DECISION_STATES } from './outbox-states'
import { WAITS_FOR_WALK_IN } from './send-walk-in'

/** Declared in outbox-states.ts; exported here too for the modules that took them from here. */
export { DECISION_STATES, UNSENT_STATES } from './outbox-states'

/**
 * Whether an entry waiting for a decision is listed under "Needs attention" on its own. A walk-in's
 * check-in held with its refused create is not: the create's decision settles both.
 */
export function isListedForAttention(entry: OutboxRow): boolean {
  return entry.attention?.code !== WAITS_FOR_WALK_IN
}

/** Every entry waiting for a decision, in replay order (held check-ins included). */
export function entriesAwaitingDecision(db: RollcallDb): Promise<OutboxRow[]> {
  return db.outbox
    .where('state')
    .anyOf([...DECISION_STATES])
    .sortBy('seq')
}

/** How many changes the sync status counts as needing attention. */
export function attentionCount(db: RollcallDb): Promise<number> {
  return db.outbox
    .where('state')
    .anyOf([...DECISION_STATES])
    .filter(isListedForAttention)
    .count()
}

/**
 * The bookings with a change waiting for a decision, so a row can say why it does not show what the desk
 * did.
 */
export async function bookingsNeedingAttention(db: RollcallDb): Promise<ReadonlySet<string>> {
  return new Set((await entriesAwaitingDecision(db)).map((entry) => entry.bookingId))
}

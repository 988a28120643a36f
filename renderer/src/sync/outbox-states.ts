import type { OutboxRow, OutboxState } from '../db/rows'

/**
 * The outbox's groups of states, declared once (no imports but the row type, so any module can use them
 * without a cycle). Database upgrades keep their own lists: they describe the states of their version.
 */

/** Still to go out: waiting in the queue, or on its way. Shown on top of the server's copy until sent. */
export const UNSENT_STATES = ['queued', 'sending'] as const satisfies readonly OutboxState[]
/** Refused by Wix, or impossible to send: waiting for a person's decision. */
export const DECISION_STATES = ['conflict', 'failed'] as const satisfies readonly OutboxState[]
/** What the desk may still drop: a change waiting for a decision, or one not yet on its way (Undo). */
export const DISCARDABLE_STATES = [...DECISION_STATES, 'queued'] as const satisfies readonly OutboxState[]

const isIn =
  (states: readonly OutboxState[]) =>
  (entry: Pick<OutboxRow, 'state'>): boolean =>
    states.includes(entry.state)

/** Not yet applied on the server (queued or on its way). */
export const isUnsent = isIn(UNSENT_STATES)
/** Waiting for a person's decision. */
export const awaitsDecision = isIn(DECISION_STATES)
/** Still the desk's to drop. */
export const isDiscardable = isIn(DISCARDABLE_STATES)

import { describe, expect, it } from 'vitest'
import type { OutboxRow } from '../../../renderer/src/db/rows'
import { dueAt, nextDueAt, queuesByBooking } from '../../../renderer/src/sync/queue-heads'

/** What is due, asked the same way by replay and by the schedule. Instants are pinned numbers. */
const entry = (seq: number, bookingId: string, times: { nextAttemptAt?: number; holdUntil?: number }) =>
  ({ seq, bookingId, nextAttemptAt: times.nextAttemptAt ?? 0, ...times }) as unknown as OutboxRow

describe('the heads of the queue', () => {
  it('keeps each booking’s entries in order behind its head', () => {
    const queues = queuesByBooking([entry(1, 'a', {}), entry(2, 'b', {}), entry(3, 'a', {})])
    expect(queues.get('a')?.map((e) => e.seq)).toEqual([1, 3])
    expect(queues.get('b')?.map((e) => e.seq)).toEqual([2])
  })

  it('is due after its undo window and its retry time; ignoring the backoff keeps the undo window', () => {
    const held = entry(1, 'a', { nextAttemptAt: 5_000, holdUntil: 3_000 })
    expect(dueAt(held)).toBe(5_000)
    expect(dueAt(held, true)).toBe(3_000)
  })

  it('answers the earliest head, not an entry waiting behind one', () => {
    const queued = [
      entry(1, 'a', { nextAttemptAt: 9_000 }),
      entry(2, 'a', { nextAttemptAt: 1_000 }),
      entry(3, 'b', { holdUntil: 4_000 }),
    ]
    expect(nextDueAt(queued)).toBe(4_000)
    expect(nextDueAt([])).toBe(Infinity)
  })
})

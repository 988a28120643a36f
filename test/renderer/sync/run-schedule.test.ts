import { describe, expect, it } from 'vitest'
import { MIN_RETRY_DELAY_MS, nextRunDelay, pullIsDue } from '../../../renderer/src/sync/run-schedule'

/** When the engine runs next, as a pure function of pinned instants (no timers, no machine clock). */
const poll = { active: 5_000, idle: 60_000, activeForMs: 300_000 }
const NOW = 1_000_000 // pinned: ms on an arbitrary clock

describe('when the engine runs next', () => {
  it('pulls at the short interval while the desk is busy and at the long one when it is quiet', () => {
    const busy = { now: NOW, poll, lastActivity: NOW - 1_000, lastPullAt: NOW - 1_000, nextDueAt: Infinity }
    expect(nextRunDelay(busy)).toBe(4_000)
    const quiet = { ...busy, lastActivity: NOW - 400_000 }
    expect(nextRunDelay(quiet)).toBe(59_000)
  })

  it('runs sooner for a retry that falls due before the next pull, never sooner than the floor', () => {
    const facts = { now: NOW, poll, lastActivity: 0, lastPullAt: NOW, nextDueAt: NOW + 2_000 }
    expect(nextRunDelay(facts)).toBe(2_000)
    expect(nextRunDelay({ ...facts, nextDueAt: NOW - 5_000 })).toBe(MIN_RETRY_DELAY_MS)
  })

  it('pulls at once when the interval has long passed', () => {
    const facts = { now: NOW, poll, lastActivity: 0, lastPullAt: NOW - 120_000, nextDueAt: Infinity }
    expect(nextRunDelay(facts)).toBe(0)
    expect(pullIsDue(facts)).toBe(true)
    expect(pullIsDue({ ...facts, lastPullAt: NOW - 59_000 })).toBe(false)
  })
})

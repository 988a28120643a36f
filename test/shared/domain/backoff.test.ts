import { afterEach, describe, expect, it, vi } from 'vitest'
import { backoffDelay, type BackoffPolicy } from '@shared/domain/backoff'

const policy = (random: () => number): BackoffPolicy => ({ baseDelayMs: 100, maxDelayMs: 10_000, random })
const highest = policy(() => 0.999)
const lowest = policy(() => 0)

afterEach(() => vi.restoreAllMocks())

describe('backoffDelay: exponential backoff with full jitter', () => {
  it('doubles the ceiling with every attempt while under the cap', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, highest))
    expect(delays).toEqual([99, 199, 399, 799, 1598, 3196, 6393])
  })

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(backoffDelay(7, highest)).toBe(9990)
    expect(backoffDelay(20, highest)).toBe(9990)
    expect(backoffDelay(5000, highest)).toBe(9990)
  })

  it('jitters over the whole range: a random of 0 means no wait at all', () => {
    for (const attempt of [0, 3, 10, 50]) expect(backoffDelay(attempt, lowest)).toBe(0)
  })

  it('scales the ceiling by the random draw', () => {
    expect(
      backoffDelay(
        3,
        policy(() => 0.5),
      ),
    ).toBe(400)
    expect(
      backoffDelay(
        3,
        policy(() => 0.25),
      ),
    ).toBe(200)
  })

  it('answers whole milliseconds', () => {
    expect(
      Number.isInteger(
        backoffDelay(
          2,
          policy(() => 0.3333),
        ),
      ),
    ).toBe(true)
  })

  it('uses Math.random when the policy brings no random', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    expect(backoffDelay(2, { baseDelayMs: 100, maxDelayMs: 10_000 })).toBe(200)
  })

  it('waits at least the server’s Retry-After', () => {
    expect(backoffDelay(0, lowest, 3_000)).toBe(3_000)
  })

  it('keeps the jittered delay when it is longer than Retry-After', () => {
    expect(backoffDelay(6, highest, 1_000)).toBe(6393)
  })

  it('caps a Retry-After floor at the maximum delay', () => {
    expect(backoffDelay(0, lowest, 60_000)).toBe(10_000)
    expect(backoffDelay(20, highest, 60_000)).toBe(10_000)
  })

  it('ignores a Retry-After of zero', () => {
    expect(backoffDelay(1, lowest, 0)).toBe(0)
  })
})

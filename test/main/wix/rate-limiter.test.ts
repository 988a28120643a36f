import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../../electron/main/wix/rate-limiter'

function fakeClock() {
  let now = 0
  const sleeps: number[] = []
  return {
    now: () => now,
    sleep: (ms: number) => {
      sleeps.push(ms)
      now += ms
      return Promise.resolve()
    },
    advance: (ms: number) => (now += ms),
    sleeps,
  }
}

describe('the client-side rate limiter', () => {
  it('lets a burst through, then paces requests to the budget', async () => {
    const clock = fakeClock()
    const limiter = createRateLimiter({ perMinute: 120, burst: 3, now: clock.now, sleep: clock.sleep })
    for (let i = 0; i < 3; i++) await limiter.acquire()
    expect(clock.sleeps).toEqual([])
    await limiter.acquire()
    await limiter.acquire()
    // 120 a minute is one every 500 ms.
    expect(clock.now()).toBe(1000)
  })

  it('never exceeds the budget over a minute of heavy use', async () => {
    const clock = fakeClock()
    const limiter = createRateLimiter({ perMinute: 190, burst: 10, now: clock.now, sleep: clock.sleep })
    let sent = 0
    while (clock.now() < 60_000) {
      await limiter.acquire()
      if (clock.now() < 60_000) sent++
    }
    expect(sent).toBeLessThanOrEqual(190 + 10)
    expect(sent).toBeGreaterThan(180)
  })

  it('refills while idle, up to the burst', async () => {
    const clock = fakeClock()
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, now: clock.now, sleep: clock.sleep })
    await limiter.acquire()
    await limiter.acquire()
    clock.advance(60_000)
    await limiter.acquire()
    await limiter.acquire()
    expect(clock.sleeps).toEqual([])
    await limiter.acquire()
    expect(clock.sleeps).toEqual([1000])
  })
})

/**
 * A client-side token bucket that keeps Rollcall under the site's budget (Wix: about 200 requests a minute
 * per app instance). Callers wait for a token instead of earning a 429.
 */
export interface RateLimiter {
  acquire(): Promise<void>
}

export interface RateLimiterOptions {
  perMinute: number
  /** How many requests may go at once after a quiet spell. */
  burst: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export function createRateLimiter({
  perMinute,
  burst,
  now = () => Date.now(),
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}: RateLimiterOptions): RateLimiter {
  const refillPerMs = perMinute / 60_000
  let tokens = burst
  let updatedAt = now()
  let queue: Promise<void> = Promise.resolve()

  function refill() {
    const at = now()
    tokens = Math.min(burst, tokens + (at - updatedAt) * refillPerMs)
    updatedAt = at
  }

  async function take(): Promise<void> {
    refill()
    while (tokens < 1) {
      await sleep(Math.ceil((1 - tokens) / refillPerMs))
      refill()
    }
    tokens -= 1
  }

  return {
    // Waiters are served in arrival order.
    acquire() {
      const turn = queue.then(take)
      queue = turn.catch(() => undefined)
      return turn
    },
  }
}

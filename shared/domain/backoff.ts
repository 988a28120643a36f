/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): the n-th
 * retry waits a random time below min(cap, base·2ⁿ), so many clients coming back at once spread out. A
 * server's Retry-After is a floor. Used by main's Wix retries and by the renderer's outbox replay.
 */
export interface BackoffPolicy {
  baseDelayMs: number
  maxDelayMs: number
  random?: () => number
}

export function backoffDelay(attempt: number, policy: BackoffPolicy, retryAfterMs = 0): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  const jittered = Math.floor((policy.random ?? Math.random)() * ceiling)
  return Math.max(jittered, Math.min(retryAfterMs, policy.maxDelayMs))
}

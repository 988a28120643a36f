import { backoffDelay as jitteredBackoff, type BackoffPolicy } from '@shared/domain/backoff'
import { isWixApiError, type WixApiError } from './errors'

export interface RetryPolicy extends BackoffPolicy {
  /** Total tries, the first included. */
  maxAttempts: number
  sleep?: (ms: number) => Promise<void>
  /** Which failures to try again. Defaults to transient ones (network, timeout, 5xx, 429). */
  shouldRetry?: (error: WixApiError) => boolean
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 400, maxDelayMs: 8_000 }

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Exponential backoff with full jitter; a Retry-After from Wix is a floor. */
export function backoffDelay(attempt: number, policy: RetryPolicy, error?: WixApiError): number {
  return jitteredBackoff(attempt, policy, error?.retryAfterMs ?? 0)
}

/** Runs `operation`, trying transient failures again; anything else (and the last failure) is thrown. */
export async function withRetry<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy = defaultRetryPolicy,
): Promise<T> {
  const shouldRetry = policy.shouldRetry ?? ((error: WixApiError) => error.retryable)
  const sleep = policy.sleep ?? realSleep
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      if (!isWixApiError(error) || !shouldRetry(error) || attempt + 1 >= policy.maxAttempts) throw error
      await sleep(backoffDelay(attempt, policy, error))
    }
  }
}

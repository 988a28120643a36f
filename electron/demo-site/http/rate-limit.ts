import { applicationError, type WixHttpError } from './wix-error'

/**
 * Token bucket per site: `perMinute` tokens, refilled continuously from the demo clock (so a test moves the
 * clock instead of sleeping). Wix: about 200 requests a minute per site, then 429 "resource exhausted";
 * no Retry-After header is documented, so none is sent.
 */
export interface TokenBucket {
  /** Takes a token; false when the bucket is empty. */
  take(): boolean
  configure(perMinute: number): void
  readonly perMinute: number
  available(): number
}

export function createTokenBucket(perMinute: number, now: () => number): TokenBucket {
  let capacity = perMinute
  let tokens = perMinute
  let last = now()
  const refill = (): void => {
    const t = now()
    const elapsed = Math.max(0, t - last)
    last = t
    tokens = Math.min(capacity, tokens + (elapsed * capacity) / 60_000)
  }
  return {
    take() {
      if (!Number.isFinite(capacity)) return true
      refill()
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
    configure(newPerMinute) {
      capacity = newPerMinute
      tokens = newPerMinute
      last = now()
    },
    get perMinute() {
      return capacity
    },
    available() {
      refill()
      return Math.floor(tokens)
    },
  }
}

export function rateLimited(perMinute: number): WixHttpError {
  return applicationError(
    429,
    'RESOURCE_EXHAUSTED',
    `Rate limit exceeded: at most ${perMinute} requests per minute for this site`,
    {
      limitPerMinute: perMinute,
    },
  )
}

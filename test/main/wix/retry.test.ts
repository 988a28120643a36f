import { describe, expect, it, vi } from 'vitest'
import { WixApiError } from '../../../electron/main/wix/errors'
import { backoffDelay, withRetry } from '../../../electron/main/wix/retry'

const transient = () => new WixApiError({ kind: 'unavailable', code: 'HTTP_503', message: 'down' })
const permanent = () => new WixApiError({ kind: 'rejected', code: 'NO_OPEN_SPOTS', message: 'full' })

function policy(overrides = {}) {
  const sleeps: number[] = []
  return {
    sleeps,
    policy: {
      maxAttempts: 4,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      random: () => 0.5,
      sleep: (ms: number) => (sleeps.push(ms), Promise.resolve()),
      ...overrides,
    },
  }
}

describe('retry with backoff', () => {
  it('tries transient failures again with growing, jittered delays, then succeeds', async () => {
    const { policy: p, sleeps } = policy()
    const operation = vi
      .fn()
      .mockRejectedValueOnce(transient())
      .mockRejectedValueOnce(transient())
      .mockResolvedValue('ok')
    await expect(withRetry(operation, p)).resolves.toBe('ok')
    expect(operation).toHaveBeenCalledTimes(3)
    expect(sleeps).toEqual([50, 100])
  })

  it('never retries a business refusal or a programming error', async () => {
    const { policy: p, sleeps } = policy()
    const refusal = vi.fn().mockRejectedValue(permanent())
    await expect(withRetry(refusal, p)).rejects.toMatchObject({ code: 'NO_OPEN_SPOTS' })
    expect(refusal).toHaveBeenCalledTimes(1)
    const bug = vi.fn().mockRejectedValue(new TypeError('x is undefined'))
    await expect(withRetry(bug, p)).rejects.toThrow(TypeError)
    expect(bug).toHaveBeenCalledTimes(1)
    expect(sleeps).toEqual([])
  })

  it('gives up after the last attempt with the last error', async () => {
    const { policy: p } = policy({ maxAttempts: 3 })
    const operation = vi.fn().mockRejectedValue(transient())
    await expect(withRetry(operation, p)).rejects.toMatchObject({ kind: 'unavailable' })
    expect(operation).toHaveBeenCalledTimes(3)
  })

  it('lets the caller narrow what is retried', async () => {
    const { policy: p } = policy({ shouldRetry: (e: WixApiError) => e.kind === 'rate_limited' })
    const operation = vi.fn().mockRejectedValue(transient())
    await expect(withRetry(operation, p)).rejects.toMatchObject({ kind: 'unavailable' })
    expect(operation).toHaveBeenCalledTimes(1)
  })

  it('caps the delay and honours Retry-After as a floor', () => {
    const { policy: p } = policy({ random: () => 0.999 })
    expect(backoffDelay(10, p)).toBeLessThanOrEqual(1000)
    const slowDown = new WixApiError({
      kind: 'rate_limited',
      code: 'HTTP_429',
      message: '',
      retryAfterMs: 700,
    })
    expect(backoffDelay(0, { ...p, random: () => 0 }, slowDown)).toBe(700)
  })
})

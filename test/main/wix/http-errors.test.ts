import { describe, expect, it } from 'vitest'
import { errorFromFetchFailure, errorFromHttp } from '../../../electron/main/wix/http-errors'

const wixError = (code: string, description = 'no', message = 'Failed') => ({
  message,
  details: { applicationError: { code, description, data: {} } },
})

describe('Wix errors from the wire', () => {
  it.each([
    [401, 'auth', false],
    [403, 'forbidden', false],
    [404, 'not_found', false],
    [409, 'conflict', false],
    [428, 'rejected', false],
    [400, 'invalid', false],
    [429, 'rate_limited', true],
    [500, 'unavailable', true],
    [503, 'unavailable', true],
    [504, 'unavailable', true],
  ])('HTTP %i is %s (retryable: %s)', (status, kind, retryable) => {
    const error = errorFromHttp(status, undefined)
    expect(error).toMatchObject({ kind, status, retryable })
    expect(error.message.length).toBeGreaterThan(10)
  })

  it('keeps the Wix application error code and says what Wix said for business refusals', () => {
    const error = errorFromHttp(428, wixError('NO_OPEN_SPOTS', 'The session is full'))
    expect(error).toMatchObject({ kind: 'rejected', code: 'NO_OPEN_SPOTS', message: 'The session is full' })
    expect(error.toIpcError()).toEqual({
      kind: 'rejected',
      code: 'NO_OPEN_SPOTS',
      message: 'The session is full',
      retryable: false,
    })
  })

  it('names the field of a validation error', () => {
    const body = {
      message: 'invalid',
      details: {
        validationError: { fieldViolations: [{ field: 'revision', description: 'must not be empty' }] },
      },
    }
    expect(errorFromHttp(400, body)).toMatchObject({
      kind: 'invalid',
      code: 'VALIDATION_FAILURE',
      message: 'revision: must not be empty',
    })
  })

  it('gives a stale revision a stable code even when Wix sends none', () => {
    expect(errorFromHttp(409, { message: 'different revision' }).code).toBe('REVISION_MISMATCH')
    expect(errorFromHttp(503, undefined).code).toBe('HTTP_503')
  })

  it('reads Retry-After in seconds', () => {
    expect(errorFromHttp(429, undefined, '3').retryAfterMs).toBe(3000)
    expect(errorFromHttp(429, undefined, 'soon').retryAfterMs).toBeUndefined()
  })

  it('tells a refused connection (never sent) from a dropped one (may have landed) and a timeout', () => {
    const refused = errorFromFetchFailure(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))
    expect(refused).toMatchObject({
      kind: 'network',
      code: 'ECONNREFUSED',
      mayHaveReachedServer: false,
      retryable: true,
    })
    const reset = errorFromFetchFailure(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }))
    expect(reset).toMatchObject({ kind: 'network', code: 'ECONNRESET', mayHaveReachedServer: true })
    const timeout = new DOMException('The operation timed out', 'TimeoutError')
    expect(errorFromFetchFailure(timeout)).toMatchObject({
      kind: 'timeout',
      mayHaveReachedServer: true,
      retryable: true,
    })
  })
})

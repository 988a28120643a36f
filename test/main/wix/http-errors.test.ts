import { describe, expect, it } from 'vitest'
import { STALE_REVISION_CODE } from '@shared/ipc/envelope'
import { SITE_NOT_FOUND_CODE } from '@shared/ipc/site'
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
      mayHaveReachedServer: true,
    })
  })

  it('keeps a 409 without a code as the plain stale revision, and says Wix’s words for one with a code', () => {
    expect(errorFromHttp(409, { message: 'revision mismatch', details: {} })).toMatchObject({
      kind: 'conflict',
      code: STALE_REVISION_CODE,
      message: 'The booking changed on Wix since Rollcall last saw it.',
    })
    expect(errorFromHttp(409, wixError('BOOKING_LOCKED', 'The booking is locked'))).toMatchObject({
      kind: 'conflict',
      code: 'BOOKING_LOCKED',
      message: 'The booking is locked',
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

  it('tells a wrong site ID (a code that names the site) apart from a permission the key lacks', () => {
    for (const [status, code] of [
      [403, 'SITE_ACCESS_DENIED'],
      [404, 'SITE_NOT_FOUND'],
      [404, 'METASITE_NOT_FOUND'],
      [428, 'MISSING_METASITE_ID'],
      [403, 'INVALID_SITE_ID'],
    ] as const) {
      const error = errorFromHttp(status, wixError(code))
      expect(error, code).toMatchObject({ kind: 'forbidden', code: SITE_NOT_FOUND_CODE, status })
      expect(error.message, code).toContain(code)
    }
    expect(errorFromHttp(403, wixError('PERMISSION_DENIED'))).toMatchObject({
      kind: 'forbidden',
      code: 'PERMISSION_DENIED',
    })
    // A site's state is a business refusal, and a site code on any other status is Wix's own business.
    expect(errorFromHttp(428, wixError('SITE_NOT_PUBLISHED'))).toMatchObject({
      kind: 'rejected',
      code: 'SITE_NOT_PUBLISHED',
    })
    expect(errorFromHttp(400, wixError('INVALID_SITE_ID'))).toMatchObject({ kind: 'invalid' })
    // A plain 404 (no such API at this address) is not a wrong site.
    expect(errorFromHttp(404, { message: 'No API found', details: {} })).toMatchObject({
      kind: 'not_found',
      code: 'HTTP_404',
    })
  })

  it('says what Wix refused, not where to go about it (that depends on where the desk reads it)', () => {
    for (const status of [401, 403, 404])
      expect(errorFromHttp(status, undefined).message).not.toMatch(/Settings/)
  })

  it('gives a stale revision a stable code even when Wix sends none', () => {
    expect(errorFromHttp(409, { message: 'different revision' }).code).toBe('REVISION_MISMATCH')
    expect(errorFromHttp(503, undefined).code).toBe('HTTP_503')
  })

  it('reads Retry-After in seconds', () => {
    expect(errorFromHttp(429, undefined, '3').retryAfterMs).toBe(3000)
    expect(errorFromHttp(429, undefined, 'soon').retryAfterMs).toBeUndefined()
  })

  it('says a throttled request (429) did nothing on Wix, and carries that over IPC with the retryable flag', () => {
    const throttled = errorFromHttp(429, undefined)
    expect(throttled).toMatchObject({ mayHaveReachedServer: false, safeToResend: true })
    expect(throttled.toIpcError()).toMatchObject({ retryable: true, mayHaveReachedServer: false })
    const outage = errorFromHttp(503, undefined)
    expect(outage).toMatchObject({ mayHaveReachedServer: true, safeToResend: false })
    expect(outage.toIpcError()).toMatchObject({ retryable: true, mayHaveReachedServer: true })
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

import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  isSecretField,
  redact,
  redactText,
  REDACTED,
  REDACTED_EMAIL,
  REDACTED_PHONE,
} from '../../../electron/main/logs/redact'

const WIX_KEY =
  'IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0.eyJkYXRhIjoie1wiaWRcIjpcIjEyM1wifSJ9.c2lnbmF0dXJl'
const DEMO_KEY = 'demo-api-key.rollcall.local'

describe('redactText: secrets', () => {
  it.each([
    [`Authorization: ${WIX_KEY}`, `Authorization: ${REDACTED}`],
    ['authorization: Bearer abc.def.ghi-jkl', `authorization: ${REDACTED}`],
    [`{"apiKey":"${DEMO_KEY}","siteId":"s"}`, `{"apiKey":"${REDACTED}","siteId":"s"}`],
    [`{ headers: { authorization: '${DEMO_KEY}' } }`, `{ headers: { authorization: '${REDACTED}' } }`],
    [`x-api-key=${DEMO_KEY}&page=2`, `x-api-key=${REDACTED}&page=2`],
    ['api_key: hunter2', `api_key: ${REDACTED}`],
    ['password=hunter2; path=/', `password=${REDACTED}; path=/`],
    ['refresh_token="r-123"', `refresh_token="${REDACTED}"`],
    [String.raw`{\"apiKey\":\"${DEMO_KEY}\"}`, String.raw`{\"apiKey\":\"${REDACTED}\"}`],
  ])('masks the value in %s', (text, expected) => {
    expect(redactText(text)).toBe(expected)
  })

  it('masks bare bearer tokens, JSON Web Tokens and Wix API keys wherever they are', () => {
    expect(redactText('sent Bearer abcdefghijklmnop to Wix')).toBe(`sent Bearer ${REDACTED} to Wix`)
    expect(redactText(`key ${WIX_KEY} refused`)).toBe(`key ${REDACTED} refused`)
    expect(redactText(`token ${WIX_KEY.slice(4)} expired`)).toBe(`token ${REDACTED} expired`)
    expect(redactText(`IST.${'k'.repeat(60)}`)).toBe(REDACTED)
  })

  it('leaves ordinary words about tokens and keys alone', () => {
    for (const text of [
      'token bucket is full; tokens: 5',
      'the key of the booking',
      'Authorization failed (401)',
    ])
      expect(redactText(text)).toBe(text)
  })
})

describe('redactText: contact details', () => {
  it.each([
    ['dana.lee@example.com', REDACTED_EMAIL],
    ['Dana Lee <dana.lee+desk@studio.example.co.uk>', `Dana Lee <${REDACTED_EMAIL}>`],
    ['?email=dana%40example.com&x=1', `?email=${REDACTED_EMAIL}&x=1`],
  ])('masks the e-mail address in %s', (text, expected) => {
    expect(redactText(text)).toBe(expected)
  })

  it.each([
    '+1 (555) 123-4567',
    '(555) 123-4567',
    '555-123-4567',
    '555.123.4567',
    '555 123 4567',
    '+44 20 7946 0958',
    '+447946095812',
    '01 23 45 67 89',
    '01.23.45.67.89',
  ])('masks the phone number %s', (phone) => {
    expect(redactText(`call ${phone} today`)).toBe(`call ${REDACTED_PHONE} today`)
  })

  it.each([
    '2026-11-23T14:00:05.000Z',
    '2026-11-23 14:00',
    '23.11.2026',
    '11/23/2026',
    '1a2b3c4d-1111-4222-8333-444455556666',
    'd3e05173-0000-4000-8000-000000000001',
    '127.0.0.1:4010',
    '192.168.100.200',
    'chrome 140.0.7339.41',
    'took 1500 ms',
    'at 1732370405000',
    'revision 12, 3 of 5',
    'at f (/work/main/electron/main/wix/client.ts:123:45)',
  ])('keeps %s (dates, ids, addresses, versions and counts are not phones)', (text) => {
    expect(redactText(text)).toBe(text)
  })
})

describe('redact: values', () => {
  it('masks secret and contact fields whole, at any depth, whatever their case or separators', () => {
    const booking = {
      id: 'b-1',
      contactDetails: { firstName: 'Dana', lastName: 'Lee', email: 'dana@example.com', phone: '5551234567' },
      participants: [{ name: 'x', phone: 5551234567 }],
      request: { headers: { Authorization: 'Bearer x', 'X-API-Key': 'k', accept: 'application/json' } },
      credentials: { apiKey: 'k', siteId: 's' },
      api_key: 'k',
    }
    expect(redact(booking)).toEqual({
      id: 'b-1',
      contactDetails: REDACTED,
      participants: [{ name: 'x', phone: REDACTED }],
      request: { headers: { Authorization: REDACTED, 'X-API-Key': REDACTED, accept: 'application/json' } },
      credentials: REDACTED,
      api_key: REDACTED,
    })
  })

  it('redacts free text inside objects and arrays', () => {
    expect(redact(['from dana@example.com', { note: 'call 555-123-4567' }, 42, null, true])).toEqual([
      `from ${REDACTED_EMAIL}`,
      { note: `call ${REDACTED_PHONE}` },
      42,
      null,
      true,
    ])
  })

  it('copies errors with their message, stack, own fields and cause redacted, and keeps their name', () => {
    const cause = new Error('socket closed for dana@example.com')
    const error = Object.assign(new Error(`Wix refused key ${WIX_KEY}`, { cause }), {
      status: 401,
      body: { details: { email: 'dana@example.com' }, message: 'for +1 555 123 4567' },
    })
    error.name = 'WixApiError'
    const copy = redact(error) as Error & { status: number; body: unknown; cause: Error }
    expect(copy).toBeInstanceOf(Error)
    expect(copy.name).toBe('WixApiError')
    expect(copy.message).toBe(`Wix refused key ${REDACTED}`)
    expect(copy.stack).toContain(`Wix refused key ${REDACTED}`)
    expect(copy.stack).not.toContain(WIX_KEY)
    expect(copy.status).toBe(401)
    expect(copy.body).toEqual({ details: { email: REDACTED }, message: `for ${REDACTED_PHONE}` })
    expect(copy.cause.message).toBe(`socket closed for ${REDACTED_EMAIL}`)
    // The original is untouched.
    expect(error.message).toContain(WIX_KEY)
  })

  it('turns Headers and Maps into masked copies, and survives cycles', () => {
    const headers = new Headers({ authorization: 'Bearer abcdefghijk', 'content-type': 'application/json' })
    expect(redact(headers)).toEqual({ authorization: REDACTED, 'content-type': 'application/json' })
    expect(
      redact(
        new Map<string, unknown>([
          ['email', 'a@b.co'],
          ['count', 2],
        ]),
      ),
    ).toEqual(
      new Map<string, unknown>([
        ['email', REDACTED],
        ['count', 2],
      ]),
    )
    const loop: Record<string, unknown> = { email: 'a@b.co' }
    loop['self'] = loop
    expect(redact(loop)).toEqual({ email: REDACTED, self: '[Circular]' })
  })

  it('leaves nothing secret in what the log would print', () => {
    const printed = inspect(
      redact({
        message: `POST /v2/bookings apiKey=${DEMO_KEY}`,
        error: Object.assign(new Error('failed'), { contact: { email: 'dana@example.com' } }),
      }),
      { depth: 10 },
    )
    expect(printed).not.toContain(DEMO_KEY)
    expect(printed).not.toContain('dana@example.com')
  })

  it('knows the secret fields by name', () => {
    for (const key of [
      'apiKey',
      'API_KEY',
      'x-api-key',
      'Authorization',
      'email',
      'phoneNumber',
      'contactDetails',
    ])
      expect(isSecretField(key), key).toBe(true)
    for (const key of ['id', 'name', 'message', 'siteId', 'status', 'revision'])
      expect(isSecretField(key), key).toBe(false)
  })
})

// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { afterAll, beforeEach, expect } from 'vitest'
import type { z } from 'zod'
import { wixErrorBodySchema, type WixErrorBody } from '@shared/wix/errors'
import { startDemoSite, type DemoSite, type DemoSiteOptions } from '../../electron/demo-site'

/** Test helpers: a demo site on a free port with a fixed clock, and plain-fetch calls to it. */

/** Tuesday 10:20 in Chicago: classes before and after "now" today. */
export const NOW = '2026-03-10T16:20:00.000Z'

export function startTestSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  return startDemoSite({ now: NOW, seed: 11, bookings: 600, ...options })
}

/**
 * One test site for a whole test file (call it with top-level await): stopped after the file, and
 * re-seeded before each test when the tests change it.
 */
export async function openTestSite(
  options: DemoSiteOptions = {},
  { resetBeforeEach = false }: { resetBeforeEach?: boolean } = {},
): Promise<DemoSite> {
  const site = await startTestSite(options)
  if (resetBeforeEach) beforeEach(() => site.reset())
  afterAll(() => site.stop())
  return site
}

export const paths = {
  query: '/_api/bookings-reader/v2/extended-bookings/query',
  count: '/_api/bookings-reader/v2/extended-bookings/count',
  create: '/_api/bookings-service/v2/bookings',
  confirm: (id: string) => `/_api/bookings-service/v2/bookings/${id}/confirm`,
  decline: (id: string) => `/_api/bookings-service/v2/bookings/${id}/decline`,
  cancel: (id: string) => `/_api/bookings-service/v2/bookings/${id}/cancel`,
  markPending: (id: string) => `/_api/bookings-service/v2/bookings/${id}/mark_booking_as_pending`,
  reschedule: (id: string) => `/_api/bookings-service/v2/bookings/${id}/reschedule`,
  visit: (id: string) => `/_api/bookings-service/v2/multi_service_bookings/${id}`,
  visitAction: (id: string, action: 'confirm' | 'decline' | 'cancel') =>
    `/_api/bookings-service/v2/multi_service_bookings/${id}/${action}`,
  setAttendance: '/bookings/bookings-attendance/set',
  bulkSetAttendance: '/bookings/v2/bulk/attendance/set',
  queryAttendance: '/bookings/bookings-attendance/query',
  queryEvents: '/calendar/v3/events/query',
  events: '/calendar/v3/events',
}

export interface WixResponse {
  status: number
  text: string
  json: unknown
  headers: Headers
}

export interface CallOptions {
  headers?: Record<string, string>
  /** Send no auth headers at all. */
  anonymous?: boolean
  signal?: AbortSignal
}

export async function call(
  site: DemoSite,
  method: string,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<WixResponse> {
  const auth: Record<string, string> = options.anonymous
    ? {}
    : { authorization: site.apiKey, 'wix-site-id': site.siteId }
  const init: RequestInit = {
    method,
    headers: { 'content-type': 'application/json', ...auth, ...options.headers },
  }
  if (body !== undefined) init.body = JSON.stringify(body)
  if (options.signal) init.signal = options.signal
  const response = await fetch(site.url + path, init)
  const text = await response.text()
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, text, json, headers: response.headers }
}

export const post = (site: DemoSite, path: string, body: unknown = {}, options?: CallOptions) =>
  call(site, 'POST', path, body, options)
export const get = (site: DemoSite, path: string, options?: CallOptions) =>
  call(site, 'GET', path, undefined, options)

/** A 200 whose body validates against the shared Wix schema; returns the parsed body. */
export function expectOk<Schema extends z.ZodType>(response: WixResponse, schema: Schema): z.infer<Schema> {
  expect(response.status, response.text).toBe(200)
  const parsed = schema.safeParse(response.json)
  if (!parsed.success)
    throw new Error(
      `response does not match the Wix schema: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`,
    )
  return parsed.data
}

/** A Wix-shaped error with that status (and application error code, if given). */
export function expectWixError(response: WixResponse, status: number, code?: string): WixErrorBody {
  expect(response.status, response.text).toBe(status)
  const parsed = wixErrorBodySchema.safeParse(response.json)
  if (!parsed.success) throw new Error(`error body is not Wix-shaped: ${response.text}`)
  if (code !== undefined) expect(parsed.data.details?.applicationError?.code).toBe(code)
  return parsed.data
}

/** A 400 with a validation error naming `field` (prefix match). */
export function expectValidationError(response: WixResponse, field: string): WixErrorBody {
  const body = expectWixError(response, 400)
  const fields = body.details?.validationError?.fieldViolations.map((v) => v.field) ?? []
  expect(
    fields.some((f) => f.startsWith(field)),
    `fields ${JSON.stringify(fields)} should name ${field}`,
  ).toBe(true)
  return body
}

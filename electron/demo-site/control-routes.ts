import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { attendanceStatusSchema } from '@shared/wix/attendance'
import { allPermissionScopes, type PermissionScope } from '@shared/wix/permissions'
import type { DemoSiteControl } from './control'
import { faultSpecSchema } from './faults'
import { oddRecordSpecSchema } from './odd-records'
import { readJsonBody, sendError, sendJson } from './http/json-http'
import { parseRequest } from './http/request-validation'
import { routeNotFound, WixHttpError } from './http/wix-error'

/**
 * The control surface over HTTP, under /__control (no Wix auth; only mounted with `control: true`):
 *   GET    /__control/state                          → DemoData (bookings, events, attendance, services…)
 *   POST   /__control/reset          { seed?, bookings? }
 *   GET    /__control/faults                         → { faults }
 *   POST   /__control/faults         FaultSpec        → { fault }
 *   DELETE /__control/faults
 *   GET    /__control/clock                          → { now }
 *   POST   /__control/clock          { now: ISO } | { advanceMs: number } → { now }
 *   POST   /__control/rate-limit     { perMinute }    (null = unlimited)
 *   GET    /__control/requests                       → { requests }
 *   DELETE /__control/requests
 *   POST   /__control/api-key/rotate                 → { apiKey } (the old key is refused from now on)
 *   POST   /__control/api-key/scopes { scopes: PermissionScope[] } → { scopes } (what the key may do, until reset)
 *   POST   /__control/odd-records    { bookingId | eventId, set?, remove? } (served out of shape until reset)
 *   POST   /__control/world/customer-cancels         { bookingId }                    → { booking }
 *   POST   /__control/world/customer-books           { eventId | scheduleId, participants?, status?, contact? } → { booking }
 *   POST   /__control/world/customer-joins-waitlist  { eventId, participants?, contact? } → { booking }
 *   POST   /__control/world/desk-confirms|desk-declines|desk-cancels { bookingId }  → { booking }
 *   POST   /__control/world/desk-sets-attendance     { bookingId, eventId, status, numberOfAttendees? } → { attendance }
 *   POST   /__control/world/customer-reschedules|desk-reschedules { bookingId, toEventId } → { booking }
 *   POST   /__control/world/checkout-finished|checkout-abandoned  { bookingId }            → { booking }
 *   POST   /__control/world/business-edits-series    { scheduleId }                   → { renamed: [{ from, to }] }
 * Rule violations answer with the same Wix error bodies as the API.
 */
export const CONTROL_PREFIX = '/__control'

const bookingIdBody = z.object({ bookingId: z.string().min(1) })
const rescheduleBody = z.object({ bookingId: z.string().min(1), toEventId: z.string().min(1) })
const contactBody = z.looseObject({
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
})

type ControlHandler = (control: DemoSiteControl, body: unknown) => unknown

const handlers: Record<string, ControlHandler> = {
  'GET /state': (c) => c.state(),
  'POST /reset': (c, body) => {
    const request = parseRequest(
      z.object({
        seed: z.number().int().optional(),
        bookings: z.number().int().min(0).max(200_000).optional(),
      }),
      body,
    )
    c.reset(request)
    return { ok: true, now: c.now() }
  },
  'GET /faults': (c) => ({ faults: c.faults() }),
  'POST /faults': (c, body) => ({ fault: c.injectFault(parseRequest(faultSpecSchema, body)) }),
  'DELETE /faults': (c) => {
    c.clearFaults()
    return { ok: true }
  },
  'GET /clock': (c) => ({ now: c.now() }),
  'POST /clock': (c, body) => {
    const request = parseRequest(
      z.union([z.object({ now: z.iso.datetime({ offset: true }) }), z.object({ advanceMs: z.number() })]),
      body,
    )
    return { now: 'now' in request ? c.setNow(request.now) : c.advanceClock(request.advanceMs) }
  },
  'POST /rate-limit': (c, body) => {
    const request = parseRequest(z.object({ perMinute: z.number().positive().nullable() }), body)
    c.setRateLimit(request.perMinute ?? Number.POSITIVE_INFINITY)
    return { ok: true }
  },
  'GET /requests': (c) => ({ requests: c.requestLog() }),
  'DELETE /requests': (c) => {
    c.clearRequestLog()
    return { ok: true }
  },
  'POST /api-key/rotate': (c) => ({ apiKey: c.rotateApiKey() }),
  'POST /api-key/scopes': (c, body) => {
    const scopeNames = allPermissionScopes as [PermissionScope, ...PermissionScope[]]
    const request = parseRequest(z.object({ scopes: z.array(z.enum(scopeNames)) }), body)
    return { scopes: c.setKeyScopes(request.scopes) }
  },
  'POST /odd-records': (c, body) => {
    c.serveOddly(parseRequest(oddRecordSpecSchema, body))
    return { ok: true }
  },
  'POST /world/customer-cancels': (c, body) => ({
    booking: c.world.customerCancels(parseRequest(bookingIdBody, body).bookingId),
  }),
  'POST /world/customer-books': (c, body) => {
    const request = parseRequest(
      z.object({
        eventId: z.string().optional(),
        scheduleId: z.string().optional(),
        participants: z.number().int().min(1).optional(),
        status: z.enum(['CONFIRMED', 'PENDING']).optional(),
        contact: contactBody.optional(),
      }),
      body,
    )
    return { booking: c.world.customerBooks(request) }
  },
  'POST /world/customer-joins-waitlist': (c, body) => {
    const request = parseRequest(
      z.object({
        eventId: z.string().min(1),
        participants: z.number().int().min(1).optional(),
        contact: contactBody.optional(),
      }),
      body,
    )
    return { booking: c.world.customerJoinsWaitlist(request) }
  },
  'POST /world/desk-confirms': (c, body) => ({
    booking: c.world.deskConfirms(parseRequest(bookingIdBody, body).bookingId),
  }),
  'POST /world/desk-declines': (c, body) => ({
    booking: c.world.deskDeclines(parseRequest(bookingIdBody, body).bookingId),
  }),
  'POST /world/desk-cancels': (c, body) => ({
    booking: c.world.deskCancels(parseRequest(bookingIdBody, body).bookingId),
  }),
  'POST /world/customer-reschedules': (c, body) => {
    const request = parseRequest(rescheduleBody, body)
    return { booking: c.world.customerReschedules(request.bookingId, request.toEventId) }
  },
  'POST /world/desk-reschedules': (c, body) => {
    const request = parseRequest(rescheduleBody, body)
    return { booking: c.world.deskReschedules(request.bookingId, request.toEventId) }
  },
  'POST /world/checkout-finished': (c, body) => ({
    booking: c.world.checkoutFinished(parseRequest(bookingIdBody, body).bookingId),
  }),
  'POST /world/checkout-abandoned': (c, body) => ({
    booking: c.world.checkoutAbandoned(parseRequest(bookingIdBody, body).bookingId),
  }),
  'POST /world/business-edits-series': (c, body) =>
    c.world.businessEditsSeries(parseRequest(z.object({ scheduleId: z.string().min(1) }), body).scheduleId),
  'POST /world/desk-sets-attendance': (c, body) => {
    const request = parseRequest(
      z.object({
        bookingId: z.string().min(1),
        eventId: z.string().min(1),
        status: attendanceStatusSchema,
        numberOfAttendees: z.number().int().min(0).optional(),
      }),
      body,
    )
    return { attendance: c.world.deskSetsAttendance(request) }
  },
}

export async function handleControlRequest(
  control: DemoSiteControl,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  const method = request.method ?? 'GET'
  const handler = handlers[`${method} ${path.slice(CONTROL_PREFIX.length)}`]
  try {
    if (!handler) throw routeNotFound(method, path)
    const body = method === 'GET' || method === 'DELETE' ? {} : await readJsonBody(request)
    sendJson(response, 200, handler(control, body))
  } catch (error) {
    if (error instanceof WixHttpError) sendError(response, error)
    else
      sendJson(response, 400, {
        message: error instanceof Error ? error.message : String(error),
        details: {},
      })
  }
}

// Time is pinned here: every date below is fixed data, never the machine's date or zone.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Log } from '../../../electron/main/logs/console-log'
import { createWixClient } from '../../../electron/main/wix/client'

/**
 * The writer's reschedule and multi-service writes as they go out through the official SDK, against a stubbed
 * wire (no demo site): what each request carries, and how each kind of answer is read back.
 */

interface Sent {
  method: string
  path: string
  body: unknown
}

const sent: Sent[] = []
const warned: unknown[][] = []
let answers: Array<(request: Sent) => { status: number; body: unknown }> = []

const log: Log = {
  error: () => {},
  info: () => {},
  debug: () => {},
  warn: (...data) => warned.push(data),
}

const stubFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input.toString())
  const request: Sent = {
    method: (init?.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
  }
  sent.push(request)
  const next = answers.shift()
  if (!next) throw new Error(`no answer stubbed for ${request.method} ${request.path}`)
  const { status, body } = next(request)
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  )
}

const client = createWixClient({
  baseUrl: 'http://wix.test',
  credentials: { apiKey: 'key', siteId: 'site' },
  fetch: stubFetch,
  retryPolicy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  log,
})

/** A booking in REST names, as Wix sends it (pinned dates). */
function restBooking(id: string, revision: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    revision,
    status: 'PENDING',
    bookedEntity: {
      title: 'Massage',
      slot: { serviceId: 'svc-1', scheduleId: 'sch-1', eventId: `ev-${id}`, timezone: 'America/Chicago' },
    },
    createdDate: '2026-03-09T15:00:00.000Z',
    updatedDate: '2026-03-09T15:00:00.000Z',
    startDate: '2026-03-10T22:00:00.000Z',
    endDate: '2026-03-10T23:00:00.000Z',
    multiServiceBookingInfo: { id: 'visit-1', type: 'SEQUENTIAL_BOOKINGS' },
    ...extra,
  }
}

const ok = (body: unknown) => () => ({ status: 200, body })
const refusal = (status: number, code: string) => () => ({
  status,
  body: { message: code, details: { applicationError: { code, description: code } } },
})
const extendedPage = (...bookings: unknown[]) =>
  ok({ extendedBookings: bookings.map((booking) => ({ booking })), pagingMetadata: { cursors: {} } })

const parts = [
  { bookingId: 'b-1', revision: '3' },
  { bookingId: 'b-2', revision: '5' },
]

beforeEach(() => {
  sent.length = 0
  warned.length = 0
  answers = []
})

describe('reschedule', () => {
  it('sends only the new session (eventId, service, schedule) on the revision, with no override', async () => {
    answers = [
      ok({
        booking: restBooking('b-9', '8', {
          status: 'CONFIRMED',
          multiServiceBookingInfo: undefined,
          bookedEntity: { slot: { serviceId: 'svc-1', scheduleId: 'sch-1', eventId: 'ev-new' } },
        }),
      }),
    ]
    const moved = await client.bookings.reschedule('b-9', '7', {
      toEventId: 'ev-new',
      serviceId: 'svc-1',
      scheduleId: 'sch-1',
      message: { notify: true, message: 'See you at 6' },
    })
    expect(moved).toMatchObject({ id: 'b-9', revision: '8', bookedEntity: { slot: { eventId: 'ev-new' } } })
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/_api/bookings-service/v2/bookings/b-9/reschedule',
        body: {
          bookingId: 'b-9',
          slot: { eventId: 'ev-new', serviceId: 'svc-1', scheduleId: 'sch-1' },
          revision: '7',
          participantNotification: { notifyParticipants: true, message: 'See you at 6' },
          flowControlSettings: {},
        },
      },
    ])
  })

  it('passes on a full session as Wix refused it, with its code', async () => {
    answers = [refusal(428, 'SESSION_CAPACITY_EXCEEDED')]
    await expect(
      client.bookings.reschedule('b-9', '7', { toEventId: 'ev-full', serviceId: 's', scheduleId: 'c' }),
    ).rejects.toMatchObject({ kind: 'rejected', code: 'SESSION_CAPACITY_EXCEEDED', retryable: false })
    expect(sent).toHaveLength(1)
  })
})

describe('confirm and decline a visit', () => {
  it('confirms every part on its revision and reads the full bookings Wix returns', async () => {
    answers = [
      ok({
        multiServiceBooking: {
          id: 'visit-1',
          bookings: [
            { bookingId: 'b-1', booking: restBooking('b-1', '4', { status: 'CONFIRMED' }) },
            { bookingId: 'b-2', booking: restBooking('b-2', '6', { status: 'CONFIRMED' }) },
          ],
        },
      }),
    ]
    const result = await client.bookings.confirmVisit('visit-1', parts)
    expect(result.visitId).toBe('visit-1')
    expect(result.bookings.map((b) => [b.id, b.status, b.revision])).toEqual([
      ['b-1', 'CONFIRMED', '4'],
      ['b-2', 'CONFIRMED', '6'],
    ])
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/_api/bookings-service/v2/multi_service_bookings/visit-1/confirm',
        body: {
          multiServiceBookingId: 'visit-1',
          confirmBookingsInfo: parts,
          participantNotification: { notifyParticipants: false },
          returnFullEntity: true,
          flowControlSettings: { checkAvailabilityValidation: false },
        },
      },
    ])
  })

  it('re-reads the bookings by id when Wix answers ids only', async () => {
    answers = [
      ok({ multiServiceBooking: { id: 'visit-1', bookings: [{ bookingId: 'b-1' }, { bookingId: 'b-2' }] } }),
      extendedPage(
        restBooking('b-2', '6', { status: 'DECLINED' }),
        restBooking('b-1', '4', { status: 'DECLINED' }),
      ),
    ]
    const result = await client.bookings.declineVisit('visit-1', parts, {
      message: { notify: true, message: 'Fully booked, sorry' },
    })
    expect(result.bookings.map((b) => [b.id, b.status])).toEqual([
      ['b-1', 'DECLINED'],
      ['b-2', 'DECLINED'],
    ])
    expect(sent[0]).toMatchObject({
      path: '/_api/bookings-service/v2/multi_service_bookings/visit-1/decline',
      body: {
        declineBookingsInfo: parts,
        participantNotification: { notifyParticipants: true, message: 'Fully booked, sorry' },
        returnFullEntity: true,
      },
    })
    expect(sent[1]).toMatchObject({
      path: '/_api/bookings-reader/v2/extended-bookings/query',
      body: { query: { filter: { id: { $in: ['b-1', 'b-2'] } } } },
    })
  })

  it('re-reads only the part it could not read, and leaves out (logged) one Wix no longer has', async () => {
    answers = [
      ok({
        multiServiceBooking: {
          id: 'visit-1',
          bookings: [
            { bookingId: 'b-1', booking: restBooking('b-1', '4', { status: 'CONFIRMED' }) },
            { bookingId: 'b-2', booking: { id: 'b-2' } },
            { bookingId: 'b-3' },
          ],
        },
      }),
      extendedPage(restBooking('b-2', '6', { status: 'CONFIRMED' })),
    ]
    const result = await client.bookings.confirmVisit('visit-1', [
      ...parts,
      { bookingId: 'b-3', revision: '1' },
    ])
    expect(result.bookings.map((b) => b.id)).toEqual(['b-1', 'b-2'])
    expect(sent[1]?.body).toMatchObject({ query: { filter: { id: { $in: ['b-2', 'b-3'] } } } })
    expect(JSON.stringify(warned)).toContain('b-3')
  })

  it('passes on a stale part as Wix refused it', async () => {
    answers = [refusal(409, 'BOOKING_REVISION_MISMATCH')]
    await expect(client.bookings.confirmVisit('visit-1', parts)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'BOOKING_REVISION_MISMATCH',
    })
  })

  it('calls an answer without the multi-service booking unreadable', async () => {
    answers = [ok({ booking: restBooking('b-1', '4') })]
    await expect(client.bookings.confirmVisit('visit-1', parts)).rejects.toMatchObject({
      kind: 'bad_response',
    })
  })
})

describe('cancel one booking', () => {
  const single = restBooking('b-1', '4', { status: 'CANCELED', multiServiceBookingInfo: undefined })

  it('respects the business’s cancellation policy unless told to cancel anyway', async () => {
    answers = [ok({ booking: single }), ok({ booking: single })]
    await client.bookings.cancel('b-1', '3', { message: { notify: true, message: 'Sorry' } })
    await client.bookings.cancel('b-1', '3', { anyway: true })
    expect(sent.map((s) => s.path)).toEqual([
      '/_api/bookings-service/v2/bookings/b-1/cancel',
      '/_api/bookings-service/v2/bookings/b-1/cancel',
    ])
    expect(sent[0]?.body).toMatchObject({
      revision: '3',
      participantNotification: { notifyParticipants: true, message: 'Sorry' },
      flowControlSettings: { ignoreCancellationPolicy: false },
    })
    expect(sent[1]?.body).toMatchObject({ flowControlSettings: { ignoreCancellationPolicy: true } })
  })

  it('passes a policy refusal on with Wix’s code', async () => {
    answers = [refusal(428, 'BOOKING_POLICY_VIOLATION')]
    await expect(client.bookings.cancel('b-1', '3')).rejects.toMatchObject({
      kind: 'rejected',
      code: 'BOOKING_POLICY_VIOLATION',
    })
  })
})

describe('cancel a visit', () => {
  it('checks the revisions first (Wix takes none), then cancels with the cancellation policy respected', async () => {
    answers = [
      extendedPage(restBooking('b-1', '3'), restBooking('b-2', '5')),
      ok({
        multiServiceBooking: {
          id: 'visit-1',
          bookings: [
            { bookingId: 'b-1', booking: restBooking('b-1', '4', { status: 'CANCELED' }) },
            { bookingId: 'b-2', booking: restBooking('b-2', '6', { status: 'CANCELED' }) },
          ],
        },
      }),
    ]
    const result = await client.bookings.cancelVisit('visit-1', parts)
    expect(result.bookings.map((b) => b.status)).toEqual(['CANCELED', 'CANCELED'])
    expect(sent[1]).toEqual({
      method: 'POST',
      path: '/_api/bookings-service/v2/multi_service_bookings/visit-1/cancel',
      body: {
        multiServiceBookingId: 'visit-1',
        participantNotification: { notifyParticipants: false },
        flowControlSettings: { ignoreCancellationPolicy: false },
        returnFullEntity: true,
      },
    })
  })

  it('cancels over the policy only when asked (the desk’s Cancel anyway)', async () => {
    answers = [
      extendedPage(restBooking('b-1', '3'), restBooking('b-2', '5')),
      ok({ multiServiceBooking: { id: 'visit-1', bookings: [] } }),
    ]
    await client.bookings.cancelVisit('visit-1', parts, { anyway: true })
    expect(sent[1]?.body).toMatchObject({ flowControlSettings: { ignoreCancellationPolicy: true } })
  })

  it.each([
    ['a part moved on since the desk read it', restBooking('b-2', '6')],
    ['a part left the visit', restBooking('b-2', '5', { multiServiceBookingInfo: undefined })],
  ])('sends nothing when %s: a stale revision, for the sync engine to re-read', async (_, second) => {
    answers = [extendedPage(restBooking('b-1', '3'), second)]
    await expect(client.bookings.cancelVisit('visit-1', parts)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'REVISION_MISMATCH',
      mayHaveReachedServer: false,
    })
    expect(sent.map((s) => s.path)).toEqual(['/_api/bookings-reader/v2/extended-bookings/query'])
  })
})

describe('reading bookings with their orders', () => {
  const order = {
    id: 'o-1',
    number: '10042',
    paymentStatus: 'PARTIALLY_PAID',
    totalPrice: { amount: '60.00', formattedAmount: '$60.00' },
    balance: { amount: '20.00', formattedAmount: '$20.00' },
  }

  it('asks for the order beside attendance and allowed actions, and reads what is due', async () => {
    answers = [
      ok({
        extendedBookings: [{ booking: restBooking('b-1', '3'), order }],
        pagingMetadata: { cursors: {} },
      }),
    ]
    const page = await client.bookings.page({ query: { filter: { id: 'b-1' } } })
    expect(page.items[0]?.order?.balance).toEqual({ amount: '20.00', formattedAmount: '$20.00' })
    expect(sent[0]?.body).toMatchObject({
      withBookingAttendanceInfo: true,
      withBookingAllowedActions: true,
      withEcomOrder: true,
    })
  })

  it('reads without orders when the key may not read them, and stops asking', async () => {
    const reader = createWixClient({
      baseUrl: 'http://wix.test',
      credentials: { apiKey: 'key', siteId: 'site' },
      fetch: stubFetch,
      retryPolicy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
      log,
    })
    answers = [refusal(403, 'PERMISSION_DENIED'), extendedPage(restBooking('b-1', '3')), extendedPage()]
    const page = await reader.bookings.page({ query: { filter: { id: 'b-1' } } })
    expect(page.items.map((i) => i.booking.id)).toEqual(['b-1'])
    await reader.bookings.page({ query: { filter: { id: 'b-2' } } })
    expect(sent.map((s) => (s.body as { withEcomOrder?: boolean }).withEcomOrder)).toEqual([
      true,
      undefined,
      undefined,
    ])
    expect(warned).toHaveLength(1)
  })

  it('does not hide a wrong site ID behind the fallback', async () => {
    answers = [refusal(403, 'SITE_NOT_FOUND')]
    await expect(client.bookings.page({ query: { filter: {} } })).rejects.toMatchObject({
      kind: 'forbidden',
      code: 'SITE_NOT_FOUND',
    })
    expect(sent).toHaveLength(1)
  })
})

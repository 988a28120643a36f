import { ApiKeyStrategy, createClient } from '@wix/sdk'
import { attendance, bookings, extendedBookings } from '@wix/bookings'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoSite } from '../../electron/demo-site'
import { NOW, startTestSite } from './demo-site-client'
import { openClassSession } from './seed-lookups'

/**
 * The official SDK builds its URLs from its own path tables for www.wixapis.com; pointed at the demo site
 * through a custom fetch, every operation Rollcall uses must land on a served path and parse.
 */
let site: DemoSite
const calls: string[] = []
beforeAll(async () => {
  site = await startTestSite()
})
afterAll(() => site.stop())

function sdkClient() {
  const redirect = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}`)
    return fetch(site.url + url.pathname + url.search, init)
  }
  return createClient({
    auth: ApiKeyStrategy({ apiKey: site.apiKey, siteId: site.siteId }),
    modules: { bookings, extendedBookings, attendance },
    fetch: redirect,
  })
}

describe('the official @wix/sdk against the demo site', () => {
  it('queries, counts, writes and sets attendance through the SDK’s own paths', async () => {
    const client = sdkClient()
    const page = await client.extendedBookings.queryExtendedBookings(
      { filter: { status: 'PENDING' }, cursorPaging: { limit: 5 } },
      { withBookingAttendanceInfo: true, withBookingAllowedActions: true },
    )
    // A booking on its own (a part of a multi-service visit is canceled only with its visit).
    const pending = page.extendedBookings?.find((e) => !e.booking?.multiServiceBookingInfo?._id)?.booking
    expect(pending?._id).toBeTruthy()
    expect(pending?._updatedDate).toBeInstanceOf(Date)
    expect(page.pagingMetadata?.cursors?.next).toBeTruthy()

    const { count } = await client.extendedBookings.countExtendedBookings({ filter: { status: 'PENDING' } })
    expect(count).toBeGreaterThan(0)

    const confirmed = await client.bookings.confirmBooking(pending?._id ?? '', pending?.revision ?? '', {})
    expect(confirmed.booking?.status).toBe('CONFIRMED')
    await expect(
      client.bookings.declineBooking(pending?._id ?? '', pending?.revision ?? '', {}),
    ).rejects.toMatchObject({
      details: { applicationError: { code: 409 } },
    })
    const canceled = await client.bookings.cancelBooking(pending?._id ?? '', {
      revision: confirmed.booking?.revision ?? '',
      flowControlSettings: { ignoreCancellationPolicy: true },
    })
    expect(canceled.booking?.status).toBe('CANCELED')

    const event = openClassSession(site.state(), Date.parse(NOW))
    const created = await client.bookings.createBooking(
      {
        bookedEntity: {
          slot: { eventId: event.id, serviceId: event.serviceId, scheduleId: event.scheduleId },
        },
        contactDetails: { firstName: 'Dana', lastName: 'Lee', email: 'dana@example.com' },
        totalParticipants: 1,
        status: 'CREATED',
        externalUserId: 'rollcall:sdk-test',
      },
      { flowControlSettings: { skipAvailabilityValidation: false } },
    )
    const pendingAgain = await client.bookings.markBookingAsPending(
      created.booking?._id ?? '',
      created.booking?.revision ?? '',
      {
        flowControlSettings: { skipPendingApprovalServiceValidation: true },
      },
    )
    expect(pendingAgain.booking?.status).toBe('PENDING')
    const declined = await client.bookings.declineBooking(
      created.booking?._id ?? '',
      pendingAgain.booking?.revision ?? '',
      {},
    )
    expect(declined.booking?.status).toBe('DECLINED')

    const set = await client.attendance.setAttendance({
      bookingId: pending?._id ?? '',
      // The confirmed booking's session: an appointment request gets its eventId only when confirmed (§8 C4).
      eventId: confirmed.booking?.bookedEntity?.slot?.eventId ?? '',
      status: 'ATTENDED',
    })
    expect(set.attendance?._id).toBeTruthy()
    const bulk = await client.attendance.bulkSetAttendance({
      attendanceDetails: [{ attendance: { bookingId: 'missing', eventId: event.id, status: 'ATTENDED' } }],
      returnFullEntity: true,
    })
    expect(bulk.bulkActionMetadata).toMatchObject({ totalSuccesses: 0, totalFailures: 1 })
    const queried = await client.attendance
      .queryAttendance()
      .eq('bookingId', pending?._id ?? '')
      .find()
    expect(queried.items.map((a) => a._id)).toEqual([set.attendance?._id])

    expect(new Set(calls)).toEqual(
      new Set([
        'POST /_api/bookings-reader/v2/extended-bookings/query',
        'POST /_api/bookings-reader/v2/extended-bookings/count',
        `POST /_api/bookings-service/v2/bookings/${pending?._id}/confirm`,
        `POST /_api/bookings-service/v2/bookings/${pending?._id}/decline`,
        `POST /_api/bookings-service/v2/bookings/${pending?._id}/cancel`,
        'POST /_api/bookings-service/v2/bookings',
        `POST /_api/bookings-service/v2/bookings/${created.booking?._id}/mark_booking_as_pending`,
        `POST /_api/bookings-service/v2/bookings/${created.booking?._id}/decline`,
        'POST /bookings/bookings-attendance/set',
        'POST /bookings/v2/bulk/attendance/set',
        'POST /bookings/bookings-attendance/query',
      ]),
    )
  })

  it('pages with the SDK query builder (it sends only the cursor on later pages)', async () => {
    const client = sdkClient()
    const first = await client.extendedBookings
      .queryExtendedBookings({ withBookingAllowedActions: true })
      .limit(100)
      .find()
    const second = await first.next()
    expect(first.items).toHaveLength(100)
    expect(second.items).toHaveLength(100)
    const ids = new Set([...first.items, ...second.items].map((item) => item.booking?._id))
    expect(ids.size).toBe(200)
    expect(second.items.every((item) => typeof item.allowedActions?.cancel === 'boolean')).toBe(true)
  })

  it('reschedules a booking and manages a multi-service booking through the SDK’s own paths', async () => {
    const client = sdkClient()
    const state = site.state()
    const nowMs = Date.parse(NOW)
    const from = openClassSession(state, nowMs, 2)
    const booking = state.bookings.find(
      (b) =>
        b.bookedEntity.slot?.eventId === from.id && b.status === 'CONFIRMED' && !b.multiServiceBookingInfo,
    )
    const to = state.events.find(
      (e) => e.serviceId === from.serviceId && e.id !== from.id && e.startMs > nowMs,
    )
    if (!booking || !to) throw new Error('nothing to reschedule')
    const moved = await client.bookings.rescheduleBooking(
      booking.id,
      { eventId: to.id, serviceId: to.serviceId, scheduleId: to.scheduleId },
      { revision: booking.revision ?? '', flowControlSettings: { ignoreReschedulePolicy: true } },
    )
    expect(moved.booking?.bookedEntity?.slot?.eventId).toBe(to.id)

    const part = state.bookings.find((b) => b.multiServiceBookingInfo && b.status === 'PENDING')
    const visitId = part?.multiServiceBookingInfo?.id ?? ''
    const visit = await client.bookings.getMultiServiceBooking(visitId)
    const parts = visit.bookings ?? []
    expect(parts.length).toBeGreaterThanOrEqual(2)
    const confirmed = await client.bookings.confirmMultiServiceBooking(visitId, {
      confirmBookingsInfo: parts.map((b) => ({
        bookingId: b.bookingId,
        revision: b.booking?.revision,
      })),
      returnFullEntity: true,
    })
    expect((confirmed.multiServiceBooking?.bookings ?? []).map((b) => b.booking?.status)).toEqual(
      parts.map(() => 'CONFIRMED'),
    )
    expect(calls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^POST \/_api\/bookings-service\/v2\/bookings\/[^/]+\/reschedule$/),
        expect.stringMatching(/\/v2\/multi_service_bookings\/[^/]+\/confirm$/),
      ]),
    )
  })
})

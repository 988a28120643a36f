import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoSite } from '../../electron/demo-site'
import { extendedBookingsOptions } from '../../electron/main/wix/bookings-reader'
import { call, NOW, post, startTestSite } from '../demo-site/demo-site-client'
import { openClassSession } from '../demo-site/seed-lookups'
import { buildersOfMethod, publicPath, sdkTypes, wixBookingsModulePackages } from './sdk-spec'

/**
 * What the demo site answers fits the SDK's response types: every field name it sends exists in the type
 * (REST names: `id` is the SDK's `_id`), and every value of an enum-typed field is one of the SDK's values.
 * Requests go to the paths the SDK itself builds.
 */
const modules = wixBookingsModulePackages()

function sdkPath(module: string, method: string, params: Record<string, string> = {}): string {
  const [builder] = buildersOfMethod(modules.get(module)!, method)
  if (!builder) throw new Error(`no request builder for ${module}.${method}`)
  return publicPath(builder).replace(/{([^}]+)}/g, (_, name: string) => params[name] ?? name)
}

function mismatches(module: string, typeName: string, body: unknown): string[] {
  return sdkTypes(modules.get(module)!).mismatches(body, typeName)
}

let site: DemoSite
beforeAll(async () => {
  site = await startTestSite()
})
afterAll(() => site.stop())

async function ok(path: string, body: unknown): Promise<unknown> {
  const response = await post(site, path, body)
  expect(response.status, response.text).toBe(200)
  return response.json
}

async function everyPage(path: string, body: Record<string, unknown>, items: string): Promise<unknown[]> {
  const pages: unknown[] = []
  let cursor: string | undefined
  do {
    const query = cursor ? { cursorPaging: { cursor } } : { cursorPaging: { limit: 100 } }
    const page = (await ok(path, { ...body, query })) as {
      pagingMetadata?: { cursors?: { next?: string | null } }
    } & Record<string, unknown[]>
    pages.push(page)
    expect(page[items]).toBeInstanceOf(Array)
    cursor = page.pagingMetadata?.cursors?.next ?? undefined
  } while (cursor)
  return pages
}

// Walking every answer through the type checker takes seconds on two shared cores.
describe('the demo site answers in the SDK’s types', { timeout: 30_000 }, () => {
  it('Query Extended Bookings (every page, with attendance and allowed actions)', async () => {
    const pages = await everyPage(
      sdkPath('extendedBookings', 'queryExtendedBookings'),
      { withBookingAttendanceInfo: true, withBookingAllowedActions: true },
      'extendedBookings',
    )
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.flatMap((p) => mismatches('extendedBookings', 'QueryExtendedBookingsResponse', p))).toEqual(
      [],
    )
  })

  it('Query Extended Bookings with the eCommerce order (withEcomOrder), as the client asks', async () => {
    const pages = (await everyPage(
      sdkPath('extendedBookings', 'queryExtendedBookings'),
      { ...extendedBookingsOptions },
      'extendedBookings',
    )) as Array<{ extendedBookings: Array<{ order?: unknown }> }>
    expect(pages.some((p) => p.extendedBookings.some((e) => e.order))).toBe(true)
    expect(pages.flatMap((p) => mismatches('extendedBookings', 'QueryExtendedBookingsResponse', p))).toEqual(
      [],
    )
  })

  it('Reschedule Booking, and Confirm, Decline and Cancel Multi-Service Booking', async () => {
    const nowMs = Date.parse(NOW)
    const state = site.state()
    const from = openClassSession(state, nowMs, 2)
    const booking = state.bookings.find(
      (b) =>
        b.bookedEntity.slot?.eventId === from.id && b.status === 'CONFIRMED' && !b.multiServiceBookingInfo,
    )
    const to = openClassSession(
      { ...state, events: state.events.filter((e) => e.serviceId === from.serviceId && e.id !== from.id) },
      nowMs,
      2,
    )
    if (!booking) throw new Error('nothing to reschedule')
    const moved = await ok(sdkPath('bookings', 'rescheduleBooking', { bookingId: booking.id }), {
      slot: { eventId: to.id, serviceId: to.serviceId, scheduleId: to.scheduleId },
      revision: booking.revision,
      flowControlSettings: { ignoreReschedulePolicy: true },
    })
    expect(mismatches('bookings', 'RescheduleBookingResponse', moved)).toEqual([])

    const visits = new Map<string, typeof state.bookings>()
    for (const b of site.state().bookings) {
      const id = b.multiServiceBookingInfo?.id
      if (id) visits.set(id, [...(visits.get(id) ?? []), b])
    }
    const pendingVisits = [...visits].filter(([, parts]) => parts.every((b) => b.status === 'PENDING'))
    const confirmedVisit = [...visits].find(([, parts]) => parts.every((b) => b.status === 'CONFIRMED'))
    const [toConfirm, toDecline] = pendingVisits
    if (!toConfirm || !toDecline || !confirmedVisit) throw new Error('the seed lacks visits to act on')
    const info = (parts: typeof state.bookings) =>
      parts.map((b) => ({ bookingId: b.id, revision: b.revision }))

    for (const full of [true, false]) {
      const visit = full ? toConfirm : toDecline
      const answer = await ok(
        sdkPath('bookings', full ? 'confirmMultiServiceBooking' : 'declineMultiServiceBooking', {
          multiServiceBookingId: visit[0],
        }),
        {
          [full ? 'confirmBookingsInfo' : 'declineBookingsInfo']: info(visit[1]),
          returnFullEntity: full,
        },
      )
      const type = full ? 'ConfirmMultiServiceBookingResponse' : 'DeclineMultiServiceBookingResponse'
      expect(mismatches('bookings', type, answer)).toEqual([])
    }
    const canceled = await ok(
      sdkPath('bookings', 'cancelMultiServiceBooking', { multiServiceBookingId: confirmedVisit[0] }),
      { flowControlSettings: { ignoreCancellationPolicy: true }, returnFullEntity: true },
    )
    expect(mismatches('bookings', 'CancelMultiServiceBookingResponse', canceled)).toEqual([])
  })

  it('Count Extended Bookings', async () => {
    const body = await ok(sdkPath('extendedBookings', 'countExtendedBookings'), { filter: {} })
    expect(mismatches('extendedBookings', 'CountExtendedBookingsResponse', body)).toEqual([])
  })

  it('Query Attendance (every page)', async () => {
    const pages = await everyPage(sdkPath('attendance', 'queryAttendance'), {}, 'attendances')
    expect(pages.flatMap((p) => mismatches('attendance', 'QueryAttendanceResponse', p))).toEqual([])
  })

  it('Query Services (every service) and Get Service', async () => {
    const body = (await ok(sdkPath('services', 'queryServices'), { query: {} })) as {
      services: Array<{ id: string }>
    }
    expect(body.services.length).toBeGreaterThan(5)
    expect(mismatches('services', 'QueryServicesResponse', body)).toEqual([])
    const one = await call(
      site,
      'GET',
      sdkPath('services', 'getService', { serviceId: body.services[0]!.id }),
    )
    expect(one.status, one.text).toBe(200)
    expect(mismatches('services', 'GetServiceResponse', one.json)).toEqual([])
  })

  it('Query Service Options and Variants, and Get them by service id', async () => {
    const body = (await ok(sdkPath('serviceOptionsAndVariants', 'queryServiceOptionsAndVariants'), {
      query: {},
    })) as { serviceOptionsAndVariantsList: Array<{ serviceId: string }> }
    expect(body.serviceOptionsAndVariantsList.length).toBeGreaterThan(0)
    expect(mismatches('serviceOptionsAndVariants', 'QueryServiceOptionsAndVariantsResponse', body)).toEqual(
      [],
    )
    const serviceId = body.serviceOptionsAndVariantsList[0]!.serviceId
    const byService = await call(
      site,
      'GET',
      sdkPath('serviceOptionsAndVariants', 'getServiceOptionsAndVariantsByServiceId', { serviceId }),
    )
    expect(byService.status, byService.text).toBe(200)
    expect(
      mismatches(
        'serviceOptionsAndVariants',
        'GetServiceOptionsAndVariantsByServiceIdResponse',
        byService.json,
      ),
    ).toEqual([])
  })

  it('Create Booking with participantsChoices (a service with variants)', async () => {
    const state = site.state()
    const service = state.services.find((s) => s.variants)!
    const event = state.events.find(
      (e) => e.serviceId === service.id && e.startMs > Date.parse(NOW) + 86_400_000,
    )!
    const created = await ok(sdkPath('bookings', 'createBooking'), {
      booking: {
        bookedEntity: { slot: { eventId: event.id } },
        contactDetails: { firstName: 'Dana', lastName: 'Lee', email: 'dana@example.com' },
        participantsChoices: {
          serviceChoices: [
            {
              numberOfParticipants: 2,
              choices: [{ optionId: service.variants!.optionId, custom: 'Student' }],
            },
          ],
        },
        status: 'CONFIRMED',
      },
    })
    expect(mismatches('bookings', 'CreateBookingResponse', created)).toEqual([])
  })

  it('Create, Confirm and Cancel Booking, Set and Bulk Set Attendance', async () => {
    const event = openClassSession(site.state(), Date.parse(NOW))
    const created = (await ok(sdkPath('bookings', 'createBooking'), {
      booking: {
        bookedEntity: { slot: { eventId: event.id } },
        contactDetails: { firstName: 'Dana', lastName: 'Lee', email: 'dana@example.com' },
        totalParticipants: 1,
        status: 'CONFIRMED',
        externalUserId: 'rollcall:conformance',
      },
    })) as { booking: { id: string; revision: string } }
    expect(mismatches('bookings', 'CreateBookingResponse', created)).toEqual([])

    const pending = site.state().bookings.find((b) => b.status === 'PENDING' && b.bookedEntity.slot)!
    const confirmed = await ok(sdkPath('bookings', 'confirmBooking', { bookingId: pending.id }), {
      revision: pending.revision,
    })
    expect(mismatches('bookings', 'ConfirmBookingResponse', confirmed)).toEqual([])

    const canceled = await ok(sdkPath('bookings', 'cancelBooking', { bookingId: created.booking.id }), {
      revision: created.booking.revision,
      flowControlSettings: { ignoreCancellationPolicy: true },
    })
    expect(mismatches('bookings', 'CancelBookingResponse', canceled)).toEqual([])

    const set = await ok(sdkPath('attendance', 'setAttendance'), {
      attendance: { bookingId: pending.id, eventId: pending.bookedEntity.slot?.eventId, status: 'ATTENDED' },
    })
    expect(mismatches('attendance', 'SetAttendanceResponse', set)).toEqual([])

    const bulk = await ok(sdkPath('attendance', 'bulkSetAttendance'), {
      attendanceDetails: [
        {
          attendance: {
            bookingId: pending.id,
            eventId: pending.bookedEntity.slot?.eventId,
            status: 'NOT_SET',
          },
        },
        { attendance: { bookingId: 'missing', eventId: event.id, status: 'ATTENDED' } },
      ],
      returnFullEntity: true,
    })
    expect(mismatches('attendance', 'BulkSetAttendanceResponse', bulk)).toEqual([])
  })
})

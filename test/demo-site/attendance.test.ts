import { describe, expect, it } from 'vitest'
import { attendanceResponseSchema, queryAttendanceResponseSchema } from '@shared/wix/attendance'
import { bulkSetAttendanceResponseSchema } from '@shared/wix/bulk-attendance'
import { queryExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import {
  expectOk,
  expectValidationError,
  expectWixError,
  NOW,
  paths,
  post,
  openTestSite,
} from './demo-site-client'
import { COUNT_MISMATCH_CODE } from '../../electron/demo-site/rules/set-attendance'
import { findBooking } from './seed-lookups'

const site = await openTestSite({}, { resetBeforeEach: true })

const nowMs = Date.parse(NOW)

/** Confirmed class bookings of today's sessions that have no attendance yet. */
function unmarkedBookings(count: number) {
  const state = site.state()
  const marked = new Set(state.attendance.map((a) => a.bookingId))
  const list = state.bookings.filter(
    (b) => b.status === 'CONFIRMED' && b.bookedEntity.slot?.eventId && !marked.has(b.id),
  )
  if (list.length < count) throw new Error('not enough unmarked bookings')
  return list.slice(0, count).map((b) => ({ bookingId: b.id, eventId: b.bookedEntity.slot?.eventId ?? '' }))
}

describe('set attendance', () => {
  it('upserts by booking and session, with numberOfAttendees defaulting to 1', async () => {
    const [target] = unmarkedBookings(1)
    const first = expectOk(
      await post(site, paths.setAttendance, { attendance: { ...target, status: 'ATTENDED' } }),
      attendanceResponseSchema,
    )
    expect(first.attendance).toMatchObject({ ...target, status: 'ATTENDED', numberOfAttendees: 1 })
    const second = expectOk(
      await post(site, paths.setAttendance, {
        attendance: { ...target, status: 'ATTENDED', numberOfAttendees: 2 },
      }),
      attendanceResponseSchema,
    )
    expect(second.attendance.id).toBe(first.attendance.id)
    expect(second.attendance).toMatchObject({ status: 'ATTENDED', numberOfAttendees: 2 })
    const third = expectOk(
      await post(site, paths.setAttendance, {
        attendance: { ...target, status: 'NOT_ATTENDED', numberOfAttendees: 1 },
      }),
      attendanceResponseSchema,
    )
    expect(third.attendance).toMatchObject({ id: first.attendance.id, status: 'NOT_ATTENDED' })
    expect(site.state().attendance.filter((a) => a.bookingId === target?.bookingId)).toHaveLength(1)
  })

  it('refuses a count above 1 with NOT_ATTENDED or NOT_SET, as SDK-A asks callers never to send', async () => {
    const [target] = unmarkedBookings(1)
    for (const status of ['NOT_ATTENDED', 'NOT_SET'] as const) {
      const error = expectWixError(
        await post(site, paths.setAttendance, { attendance: { ...target, status, numberOfAttendees: 3 } }),
        400,
        COUNT_MISMATCH_CODE,
      )
      expect(error.message).toContain(status)
    }
    expect(site.state().attendance.some((a) => a.bookingId === target?.bookingId)).toBe(false)
    // Without a count (Wix's default 1) or with 1, both are taken.
    for (const attendance of [
      { ...target, status: 'NOT_ATTENDED' },
      { ...target, status: 'NOT_SET', numberOfAttendees: 1 },
    ])
      expectOk(await post(site, paths.setAttendance, { attendance }), attendanceResponseSchema)
  })

  it('does not touch the booking (no revision on attendance)', async () => {
    const [target] = unmarkedBookings(1)
    const before = site.state().bookings.find((b) => b.id === target?.bookingId)
    await post(site, paths.setAttendance, { attendance: { ...target, status: 'ATTENDED' } })
    const after = site.state().bookings.find((b) => b.id === target?.bookingId)
    expect(after?.revision).toBe(before?.revision)
    expect(after?.updatedDate).toBe(before?.updatedDate)
  })

  it('rejects unknown bookings and sessions, missing session ids and bad statuses', async () => {
    const [target] = unmarkedBookings(1)
    expectWixError(
      await post(site, paths.setAttendance, {
        attendance: { ...target, bookingId: 'nope', status: 'ATTENDED' },
      }),
      404,
      'BOOKING_NOT_FOUND',
    )
    expectWixError(
      await post(site, paths.setAttendance, {
        attendance: { ...target, eventId: 'nope', status: 'ATTENDED' },
      }),
      404,
      'EVENT_NOT_FOUND',
    )
    expectWixError(
      await post(site, paths.setAttendance, {
        attendance: { bookingId: target?.bookingId, status: 'ATTENDED' },
      }),
      400,
      'SESSION_ID_NOT_PROVIDED',
    )
    expectValidationError(
      await post(site, paths.setAttendance, { attendance: { ...target, status: 'PRESENT' } }),
      'attendance.status',
    )
    const otherEvent = site.state().events.find((e) => e.id !== target?.eventId && e.kind === 'CLASS')
    expectValidationError(
      await post(site, paths.setAttendance, {
        attendance: { ...target, eventId: otherEvent?.id, status: 'ATTENDED' },
      }),
      'attendance.eventId',
    )
  })

  it('records a course booking per session', async () => {
    const state = site.state()
    const course = findBooking(
      state,
      (b) => b.status === 'CONFIRMED' && b.bookedEntity.schedule !== undefined,
    )
    const sessions = state.events
      .filter((e) => e.scheduleId === course.bookedEntity.schedule?.scheduleId && e.startMs > nowMs)
      .slice(0, 2)
    expect(sessions).toHaveLength(2)
    const seeded = state.attendance.filter((a) => a.bookingId === course.id).length
    for (const session of sessions) {
      expectOk(
        await post(site, paths.setAttendance, {
          attendance: { bookingId: course.id, eventId: session.id, status: 'ATTENDED' },
        }),
        attendanceResponseSchema,
      )
    }
    const records = site.state().attendance.filter((a) => a.bookingId === course.id)
    expect(records).toHaveLength(seeded + 2)
    for (const session of sessions) expect(records.some((r) => r.eventId === session.id)).toBe(true)
  })

  it('shows in Query Extended Bookings with withBookingAttendanceInfo', async () => {
    const [target] = unmarkedBookings(1)
    const { attendance } = expectOk(
      await post(site, paths.setAttendance, {
        attendance: { ...target, status: 'ATTENDED', numberOfAttendees: 3 },
      }),
      attendanceResponseSchema,
    )
    const page = expectOk(
      await post(site, paths.query, {
        query: { filter: { id: target?.bookingId } },
        withBookingAttendanceInfo: true,
      }),
      queryExtendedBookingsResponseSchema,
    )
    expect(page.extendedBookings[0]?.attendance).toEqual({
      id: attendance.id,
      status: 'ATTENDED',
      numberOfAttendees: 3,
    })
  })
})

describe('bulk set attendance', () => {
  it('refuses more than 8 items, and an empty request', async () => {
    const items = unmarkedBookings(9).map((t) => ({ attendance: { ...t, status: 'ATTENDED' } }))
    expectValidationError(
      await post(site, paths.bulkSetAttendance, { attendanceDetails: items }),
      'attendanceDetails',
    )
    expect(
      site.state().attendance.filter((a) => items.some((i) => i.attendance.bookingId === a.bookingId)),
    ).toHaveLength(0)
    expectWixError(
      await post(site, paths.bulkSetAttendance, { attendanceDetails: [] }),
      400,
      'ATTENDANCES_MISSING_IN_REQUEST',
    )
  })

  it('fails the whole request when an item lacks a required field', async () => {
    const [a, b] = unmarkedBookings(2)
    const response = await post(site, paths.bulkSetAttendance, {
      attendanceDetails: [
        { attendance: { ...a, status: 'ATTENDED' } },
        { attendance: { eventId: b?.eventId, status: 'ATTENDED' } },
      ],
    })
    expectValidationError(response, 'attendanceDetails.1.attendance.bookingId')
    expect(site.state().attendance.some((r) => r.bookingId === a?.bookingId)).toBe(false)
  })

  it('fails only the item whose booking or session is unknown', async () => {
    const targets = unmarkedBookings(8)
    const details = targets.map((t, i) => ({
      attendance: {
        ...t,
        ...(i === 2 ? { bookingId: 'missing-booking' } : {}),
        ...(i === 5 ? { eventId: 'missing-event' } : {}),
        status: 'ATTENDED',
      },
    }))
    const result = expectOk(
      await post(site, paths.bulkSetAttendance, { attendanceDetails: details, returnFullEntity: true }),
      bulkSetAttendanceResponseSchema,
    )
    expect(result.bulkActionMetadata).toEqual({ totalSuccesses: 6, totalFailures: 2, undetailedFailures: 0 })
    expect(result.results.map((r) => r.itemMetadata.originalIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(result.results[2]?.itemMetadata).toMatchObject({
      success: false,
      error: { code: 'BOOKING_NOT_FOUND' },
    })
    expect(result.results[5]?.itemMetadata).toMatchObject({
      success: false,
      error: { code: 'EVENT_NOT_FOUND' },
    })
    expect(result.results[0]?.item?.id).toBe(result.results[0]?.itemMetadata.id)
    const saved = site.state().attendance
    expect(saved.filter((a) => targets.some((t) => t.bookingId === a.bookingId))).toHaveLength(6)
  })

  it('fails only the item whose count disagrees with its status', async () => {
    const targets = unmarkedBookings(3)
    const statuses = ['ATTENDED', 'NOT_ATTENDED', 'NOT_ATTENDED'] as const
    const result = expectOk(
      await post(site, paths.bulkSetAttendance, {
        attendanceDetails: targets.map((t, i) => ({
          attendance: { ...t, status: statuses[i], numberOfAttendees: i === 2 ? 1 : 4 },
        })),
      }),
      bulkSetAttendanceResponseSchema,
    )
    expect(result.results.map((r) => [r.itemMetadata.success, r.itemMetadata.error?.code])).toEqual([
      [true, undefined],
      [false, COUNT_MISMATCH_CODE],
      [true, undefined],
    ])
    const saved = (id: string | undefined) => site.state().attendance.find((a) => a.bookingId === id)
    expect(saved(targets[0]?.bookingId)).toMatchObject({ status: 'ATTENDED', numberOfAttendees: 4 })
    expect(saved(targets[1]?.bookingId)).toBeUndefined()
    expect(saved(targets[2]?.bookingId)).toMatchObject({ status: 'NOT_ATTENDED', numberOfAttendees: 1 })
  })

  it('omits items unless returnFullEntity is set', async () => {
    const [a] = unmarkedBookings(1)
    const result = expectOk(
      await post(site, paths.bulkSetAttendance, {
        attendanceDetails: [{ attendance: { ...a, status: 'ATTENDED' } }],
      }),
      bulkSetAttendanceResponseSchema,
    )
    expect(result.results[0]?.item).toBeUndefined()
    expect(result.results[0]?.itemMetadata.success).toBe(true)
  })
})

describe('query attendance', () => {
  it('filters on bookingId, eventId and status, with cursor paging', async () => {
    const state = site.state()
    const sample = state.attendance[0]
    const byBooking = expectOk(
      await post(site, paths.queryAttendance, { query: { filter: { bookingId: sample?.bookingId } } }),
      queryAttendanceResponseSchema,
    )
    expect(byBooking.attendances.map((a) => a.id)).toEqual(
      state.attendance
        .filter((a) => a.bookingId === sample?.bookingId)
        .map((a) => a.id)
        .sort(),
    )
    const byEvent = expectOk(
      await post(site, paths.queryAttendance, { query: { filter: { eventId: { $eq: sample?.eventId } } } }),
      queryAttendanceResponseSchema,
    )
    expect(byEvent.attendances).toHaveLength(
      state.attendance.filter((a) => a.eventId === sample?.eventId).length,
    )
    const noShows = state.attendance.filter((a) => a.status === 'NOT_ATTENDED')
    const seen: string[] = []
    let body: unknown = { query: { filter: { status: 'NOT_ATTENDED' }, cursorPaging: { limit: 7 } } }
    for (;;) {
      const page = expectOk(await post(site, paths.queryAttendance, body), queryAttendanceResponseSchema)
      seen.push(...page.attendances.map((a) => a.id))
      const next = page.pagingMetadata?.cursors?.next
      if (!next) break
      body = { query: { cursorPaging: { cursor: next } } }
    }
    expect(seen.sort()).toEqual(noShows.map((a) => a.id).sort())
    expect(noShows.length).toBeGreaterThan(7)
  })

  it('refuses a filter on more than one field (Wix would silently use only the first)', async () => {
    expectValidationError(
      await post(site, paths.queryAttendance, { query: { filter: { bookingId: 'a', status: 'ATTENDED' } } }),
      'query.filter',
    )
  })
})

it('seeds check-ins only for sessions that have started', () => {
  const state = site.state()
  const events = new Map(state.events.map((e) => [e.id, e]))
  expect(state.attendance.length).toBeGreaterThan(0)
  for (const record of state.attendance)
    expect(events.get(record.eventId ?? '')?.startMs ?? Infinity).toBeLessThanOrEqual(nowMs)
})

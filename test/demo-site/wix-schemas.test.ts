// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { describe, expect, it } from 'vitest'
import { attendanceSchema } from '@shared/wix/attendance'
import { bookingSchema, type Booking } from '@shared/wix/booking'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import { bulkSetAttendanceResponseSchema } from '@shared/wix/bulk-attendance'
import { wixErrorBodySchema } from '@shared/wix/errors'
import { calendarEventSchema } from '@shared/wix/event'
import { queryExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'

/**
 * The shared schemas: unknown fields tolerated and kept; missing or malformed required fields rejected. What
 * they tolerate beyond that (issue 17: open enums, ZonedDates, slot date forms) is in test/shared/wix.
 */
const booking: Booking = {
  id: 'b-1',
  revision: '3',
  status: 'PENDING',
  paymentStatus: 'NOT_PAID',
  selectedPaymentOption: 'OFFLINE',
  bookedEntity: {
    title: 'Vinyasa Flow',
    tags: ['GROUP'],
    slot: {
      serviceId: 's-1',
      scheduleId: 'sc-1',
      eventId: 'e-1',
      startDate: '2026-03-02T09:00:00-06:00',
      timezone: 'America/Chicago',
    },
  },
  contactDetails: { firstName: 'Dana', email: 'dana@example.com' },
  totalParticipants: 2,
  createdDate: '2026-03-01T10:00:00.000Z',
  updatedDate: '2026-03-01T11:00:00.000Z',
  startDate: '2026-03-02T15:00:00.000Z',
  endDate: '2026-03-02T16:00:00.000Z',
}

describe('booking schema', () => {
  it('accepts a REST booking and keeps fields it does not know', () => {
    const parsed = bookingSchema.parse({
      ...booking,
      formId: 'f-1',
      bookedEntity: { ...booking.bookedEntity, newThing: 1 },
    })
    expect(parsed['formId']).toBe('f-1')
    expect(parsed.bookedEntity['newThing']).toBe(1)
  })

  it.each([
    ['id', { id: undefined }],
    ['revision as a number', { revision: 3 }],
    ['revision not numeric', { revision: 'abc' }],
    ['status missing', { status: undefined }],
    ['updatedDate not ISO', { updatedDate: 'yesterday' }],
    ['no start anywhere', { startDate: undefined, bookedEntity: { slot: { scheduleId: 'sc' } } }],
    ['neither slot nor schedule', { bookedEntity: { title: 'x' } }],
    ['SDK-style _id instead of id', { id: undefined, _id: 'b-1' }],
  ])('rejects %s', (_name, patch) => {
    expect(bookingSchema.safeParse({ ...booking, ...patch }).success).toBe(false)
  })

  it('counts participants from totalParticipants or participantsChoices', () => {
    expect(bookingParticipantCount(booking)).toBe(2)
    expect(
      bookingParticipantCount({
        participantsChoices: { serviceChoices: [{ numberOfParticipants: 2 }, { numberOfParticipants: 1 }] },
      }),
    ).toBe(3)
    expect(bookingParticipantCount({})).toBe(1)
  })
})

describe('other Wix objects', () => {
  it('validates extended bookings with paging metadata', () => {
    const body = {
      extendedBookings: [
        {
          booking,
          allowedActions: { cancel: true, reschedule: false },
          attendance: { id: 'a', status: 'ATTENDED', numberOfAttendees: 2 },
        },
      ],
      pagingMetadata: { count: 1, cursors: { next: null, prev: null }, hasNext: false },
    }
    expect(queryExtendedBookingsResponseSchema.safeParse(body).success).toBe(true)
    expect(
      queryExtendedBookingsResponseSchema.safeParse({
        ...body,
        extendedBookings: [{ booking: { ...booking, revision: undefined } }],
      }).success,
    ).toBe(false)
  })

  it('validates attendance and bulk results', () => {
    expect(
      attendanceSchema.safeParse({
        id: 'a',
        bookingId: 'b',
        eventId: 'e',
        status: 'NOT_SET',
        numberOfAttendees: 1,
      }).success,
    ).toBe(true)
    expect(attendanceSchema.safeParse({ id: 'a', status: 'ATTENDED' }).success).toBe(false)
    const bulk = {
      results: [
        { itemMetadata: { id: 'a', originalIndex: 0, success: true } },
        {
          itemMetadata: {
            originalIndex: 1,
            success: false,
            error: { code: 'BOOKING_NOT_FOUND', description: 'x', data: {} },
          },
        },
      ],
      bulkActionMetadata: { totalSuccesses: 1, totalFailures: 1, undetailedFailures: 0 },
    }
    expect(bulkSetAttendanceResponseSchema.safeParse(bulk).success).toBe(true)
    expect(bulkSetAttendanceResponseSchema.safeParse({ results: bulk.results }).success).toBe(false)
  })

  it('validates Calendar V3 events', () => {
    const event = {
      id: 'e-1',
      scheduleId: 'sc-1',
      type: 'CLASS',
      status: 'CONFIRMED',
      start: {
        localDate: '2026-03-02T09:00:00',
        timeZone: 'America/Chicago',
        utcDate: '2026-03-02T15:00:00.000Z',
      },
      end: { localDate: '2026-03-02T10:00:00', timeZone: 'America/Chicago' },
      totalCapacity: 20,
      remainingCapacity: 4,
      participants: { total: 16 },
      someFutureField: { a: 1 },
    }
    expect(calendarEventSchema.parse(event)['someFutureField']).toEqual({ a: 1 })
    expect(calendarEventSchema.safeParse({ ...event, start: { timeZone: 'America/Chicago' } }).success).toBe(
      false,
    )
    expect(calendarEventSchema.safeParse({ ...event, scheduleId: undefined }).success).toBe(false)
  })

  it('validates both Wix error body shapes', () => {
    expect(
      wixErrorBodySchema.safeParse({
        message: 'm',
        details: { applicationError: { code: 'NO_OPEN_SPOTS', description: 'd', data: {} } },
      }).success,
    ).toBe(true)
    expect(
      wixErrorBodySchema.safeParse({
        message: 'm',
        details: {
          validationError: {
            fieldViolations: [{ field: 'revision', description: 'd', violatedRule: 'REQUIRED_FIELD' }],
          },
        },
      }).success,
    ).toBe(true)
    expect(wixErrorBodySchema.safeParse({ details: {} }).success).toBe(false)
  })
})

// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { describe, expect, it } from 'vitest'
import { attendanceSchema, knownAttendanceStatus } from '@shared/wix/attendance'
import { bookingSchema } from '@shared/wix/booking'
import { bookingStatusSchema, bookingStatuses } from '@shared/wix/booking-enums'
import { calendarEventSchema } from '@shared/wix/event'
import { extendedBookingSchema } from '@shared/wix/extended-booking'
import { isKnownValue } from '@shared/wix/open-enum'
import { bookingStartUtc, placeZonedDate } from '@shared/wix/placement'

/**
 * What the read schemas tolerate (issue 17; electron/main/wix/README.md, "SDK facts" C9): Wix's definitions
 * leave ZonedDate fields optional, give slot dates in three forms, let remainingCapacity go negative and add
 * enum values without notice. Only what Rollcall cannot work without is required.
 */
const booking = {
  id: 'b-1',
  revision: '3',
  status: 'CONFIRMED',
  bookedEntity: {
    slot: {
      serviceId: 's-1',
      scheduleId: 'sc-1',
      eventId: 'e-1',
      startDate: '2026-11-23T09:00:00',
      timezone: 'America/Chicago',
    },
  },
  createdDate: '2026-11-20T10:00:00.000Z',
  updatedDate: '2026-11-20T11:00:00.000Z',
  startDate: '2026-11-23T15:00:00.000Z',
}

const event = {
  id: 'e-1',
  scheduleId: 'sc-1',
  type: 'CLASS',
  status: 'CONFIRMED',
  timeZone: 'America/Chicago',
  start: {
    localDate: '2026-11-23T09:00:00',
    timeZone: 'America/Chicago',
    utcDate: '2026-11-23T15:00:00.000Z',
  },
  end: { localDate: '2026-11-23T10:00:00', timeZone: 'America/Chicago', utcDate: '2026-11-23T16:00:00.000Z' },
}

const withSlot = (slot: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({
  ...booking,
  ...rest,
  bookedEntity: { slot: { ...booking.bookedEntity.slot, ...slot } },
})

describe('bookings', () => {
  it('read a status, payment status, payment option or location type Wix added, kept as sent', () => {
    const parsed = bookingSchema.parse({
      ...booking,
      status: 'RESCHEDULE_REQUESTED',
      paymentStatus: 'PENDING_MERCHANT',
      selectedPaymentOption: 'GIFT_CARD',
      bookedEntity: { slot: { ...booking.bookedEntity.slot, location: { locationType: 'ONLINE_MEETING' } } },
    })
    expect(parsed.status).toBe('RESCHEDULE_REQUESTED')
    expect(parsed.paymentStatus).toBe('PENDING_MERCHANT')
    expect(parsed.selectedPaymentOption).toBe('GIFT_CARD')
    expect(parsed.bookedEntity.slot?.location?.locationType).toBe('ONLINE_MEETING')
    // The known values stay a list for the desk's logic, and what Rollcall sends stays strict.
    expect(isKnownValue(bookingStatuses, parsed.status)).toBe(false)
    expect(isKnownValue(bookingStatuses, 'PENDING')).toBe(true)
    expect(bookingStatusSchema.safeParse('RESCHEDULE_REQUESTED').success).toBe(false)
  })

  it.each([
    ['YYYY-MM-DDThh:mm:ss', '2026-11-23T09:00:00'],
    ['YYYY-MM-DDThh:mm:ss:SSS', '2026-11-23T09:00:00:000'],
    ['YYYY-MM-DDThh:mm:ss:SSSZZ', '2026-11-23T09:00:00:000-06:00'],
    ['YYYY-MM-DDThh:mm:ss.SSSZZ', '2026-11-23T09:00:00.000-06:00'],
  ])('read a slot date as %s and place a booking without startDate by it', (_form, startDate) => {
    const parsed = bookingSchema.parse(withSlot({ startDate, endDate: startDate }, { startDate: undefined }))
    expect(parsed.bookedEntity.slot?.startDate).toBe(startDate)
    expect(parsed.startDate).toBe('2026-11-23T15:00:00.000Z')
  })

  it('place a course booking without startDate by its first session', () => {
    const parsed = bookingSchema.parse({
      ...booking,
      startDate: undefined,
      bookedEntity: {
        schedule: {
          scheduleId: 'sc-9',
          firstSessionStart: '2027-06-01T09:00:00:000',
          timezone: 'America/Chicago',
        },
      },
    })
    expect(parsed.startDate).toBe('2027-06-01T14:00:00.000Z')
  })

  it('read malformed fields Rollcall can do without as absent, and keep the booking', () => {
    const parsed = extendedBookingSchema.parse({
      booking: {
        ...booking,
        totalParticipants: 0,
        contactDetails: { firstName: 42, lastName: 'Lee' },
        bookedEntity: { slot: { ...booking.bookedEntity.slot, serviceId: null, resource: { id: 7 } } },
        endDate: 'later',
      },
      allowedActions: 'all of them',
      attendance: { status: 'EXCUSED', numberOfAttendees: -1 },
    })
    expect(parsed.booking.totalParticipants).toBeUndefined()
    expect(parsed.booking.contactDetails).toMatchObject({ firstName: undefined, lastName: 'Lee' })
    expect(parsed.booking.endDate).toBeUndefined()
    expect(parsed.allowedActions).toBeUndefined()
    expect(parsed.attendance).toMatchObject({ status: 'EXCUSED', numberOfAttendees: undefined })
    expect(knownAttendanceStatus(parsed.attendance?.status)).toBe('NOT_SET')
  })

  it.each([
    ['no id', { id: '' }],
    ['no revision', { revision: undefined }],
    ['no status', { status: '' }],
    ['no creation date', { createdDate: undefined }],
    ['no update date', { updatedDate: 'soon' }],
    ['no start: no startDate, no slot start', withSlot({ startDate: undefined }, { startDate: undefined })],
    ['a slot start in no known zone', withSlot({ timezone: 'Mars/Olympus' }, { startDate: undefined })],
    ['a slot start that is no date', withSlot({ startDate: '23/11/2026 9:00' }, { startDate: undefined })],
  ])('require what Rollcall cannot work without: reject %s', (_what, patch) => {
    expect(bookingSchema.safeParse({ ...booking, ...patch }).success).toBe(false)
  })
})

describe('sessions (Calendar V3 events)', () => {
  it('read every ZonedDate field as optional, an unknown type, and a negative remainingCapacity', () => {
    const parsed = calendarEventSchema.parse({
      ...event,
      type: 'WORKSHOP',
      status: null,
      remainingCapacity: -3,
      start: { utcDate: '2026-11-23T15:00:00.000Z' },
      end: {},
      adjustedStart: { timeZone: 'America/Chicago' },
    })
    expect(parsed.type).toBe('WORKSHOP')
    expect(parsed.status).toBeUndefined()
    expect(parsed.remainingCapacity).toBe(-3)
  })

  it.each([
    ['no id', { id: undefined }],
    ['no schedule', { scheduleId: '' }],
    ['no start', { start: undefined }],
    [
      'a start with a local time and no zone anywhere',
      { timeZone: undefined, start: { localDate: '2026-11-23T09:00:00' } },
    ],
    [
      'a start with a UTC time and no zone to say its day',
      { timeZone: undefined, start: { utcDate: '2026-11-23T15:00:00Z' } },
    ],
  ])('require a start Rollcall can place: reject %s', (_what, patch) => {
    expect(calendarEventSchema.safeParse({ ...event, ...patch }).success).toBe(false)
  })

  it('place a start from whichever fields are there, on the business day it happens', () => {
    expect(placeZonedDate({ localDate: '2026-11-23T21:30:00', timeZone: 'America/Chicago' })).toEqual({
      utc: '2026-11-24T03:30:00.000Z',
      local: '2026-11-23T21:30:00',
    })
    expect(placeZonedDate({ utcDate: '2026-11-24T03:30:00.000Z' }, 'America/Chicago')).toEqual({
      utc: '2026-11-24T03:30:00.000Z',
      local: '2026-11-23T21:30:00',
    })
    expect(placeZonedDate({ localDate: '2026-11-23T21:30:00:000-06:00' })).toEqual({
      utc: '2026-11-24T03:30:00.000Z',
      local: '2026-11-23T21:30:00',
    })
    expect(placeZonedDate({ timeZone: 'America/Chicago' })).toBeUndefined()
  })
})

describe('attendance', () => {
  it('reads a status Wix added (the desk sees it as not marked) and requires its booking', () => {
    const parsed = attendanceSchema.parse({ id: 'a', bookingId: 'b', eventId: 'e', status: 'EXCUSED' })
    expect(parsed.status).toBe('EXCUSED')
    expect(knownAttendanceStatus(parsed.status)).toBe('NOT_SET')
    expect(knownAttendanceStatus('ATTENDED')).toBe('ATTENDED')
    expect(attendanceSchema.safeParse({ id: 'a', eventId: 'e', status: 'ATTENDED' }).success).toBe(false)
  })
})

describe('bookingStartUtc', () => {
  it('prefers Wix’s startDate, and reads a slot start in its zone across a DST change', () => {
    expect(bookingStartUtc(booking)).toBe('2026-11-23T15:00:00.000Z')
    expect(
      bookingStartUtc({
        bookedEntity: { slot: { startDate: '2027-03-14T09:00:00:000', timezone: 'America/Chicago' } },
      }),
    ).toBe('2027-03-14T14:00:00.000Z')
    expect(bookingStartUtc({ bookedEntity: { slot: { startDate: '2027-03-14T09:00:00' } } })).toBeUndefined()
  })
})

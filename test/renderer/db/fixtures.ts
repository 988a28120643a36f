import type { Booking } from '@shared/wix/booking'
import type { CalendarEvent } from '@shared/wix/event'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import { STAFF_RESOURCE_TYPE_ID } from '@shared/wix/staff-resource'
import { serverBookingRow } from '../../../renderer/src/db/booking-rows'
import type { BookingRow, OutboxRow } from '../../../renderer/src/db/rows'

/** Server objects as Wix REST sends them, for Juniper Street Studio (America/Chicago, UTC−6 in November). */
export const TIME_ZONE = 'America/Chicago'

const studio = {
  id: 'loc-juniper',
  name: 'Juniper Street Studio',
  formattedAddress: '1200 W Juniper St, Chicago, IL 60607',
  locationType: 'OWNER_BUSINESS',
} as const

/** Dana Lee and a friend in Monday's 9:00 Vinyasa Flow, paying at the desk. */
export function classBooking(overrides: Partial<Booking> = {}): ExtendedBooking {
  return {
    booking: {
      id: 'bkg-dana-flow',
      revision: '3',
      status: 'CONFIRMED',
      paymentStatus: 'NOT_PAID',
      selectedPaymentOption: 'OFFLINE',
      bookedEntity: {
        title: 'Vinyasa Flow',
        tags: ['GROUP'],
        slot: {
          serviceId: 'svc-vinyasa',
          scheduleId: 'sch-vinyasa',
          eventId: 'evt-vinyasa-1123',
          startDate: '2026-11-23T09:00:00-06:00',
          endDate: '2026-11-23T10:00:00-06:00',
          timezone: TIME_ZONE,
          resource: { id: 'stf-maya', name: 'Maya Chen', scheduleId: 'sch-stf-maya' },
          location: studio,
        },
      },
      contactDetails: {
        contactId: 'ct-dana',
        firstName: 'Dana',
        lastName: 'Lee',
        email: 'dana.lee@example.com',
        phone: '+1 555 123 4567',
        timeZone: TIME_ZONE,
        countryCode: 'US',
      },
      totalParticipants: 2,
      createdDate: '2026-11-18T16:42:10.000Z',
      updatedDate: '2026-11-20T10:00:00.000Z',
      startDate: '2026-11-23T15:00:00.000Z',
      endDate: '2026-11-23T16:00:00.000Z',
      ...overrides,
    },
    allowedActions: { cancel: true, reschedule: true },
  }
}

/** A booking of the whole Wheel Throwing course: no session of its own, only the schedule. */
export function courseBooking(overrides: Partial<Booking> = {}): ExtendedBooking {
  return {
    booking: {
      id: 'bkg-sam-pottery',
      revision: '1',
      status: 'CONFIRMED',
      paymentStatus: 'PAID',
      selectedPaymentOption: 'ONLINE',
      bookedEntity: {
        title: 'Wheel Throwing (6 weeks)',
        tags: ['COURSE'],
        schedule: {
          scheduleId: 'sch-pottery',
          serviceId: 'svc-pottery',
          location: studio,
          timezone: TIME_ZONE,
          firstSessionStart: '2026-11-17T18:30:00-06:00',
          lastSessionEnd: '2026-12-22T20:30:00-06:00',
        },
      },
      contactDetails: { firstName: 'Sam', lastName: 'Okafor', email: 'sam.okafor@example.com' },
      totalParticipants: 1,
      createdDate: '2026-11-02T12:00:00.000Z',
      updatedDate: '2026-11-02T12:00:00.000Z',
      startDate: '2026-11-18T00:30:00.000Z',
      endDate: '2026-12-23T02:30:00.000Z',
      ...overrides,
    },
  }
}

/** The Calendar V3 event of Monday's Vinyasa Flow. */
export function classEvent(): CalendarEvent {
  const zoned = (localDate: string, utcDate: string) => ({ localDate, timeZone: TIME_ZONE, utcDate })
  return {
    id: 'evt-vinyasa-1123',
    scheduleId: 'sch-vinyasa',
    externalScheduleId: 'svc-vinyasa',
    scheduleName: 'Vinyasa Flow',
    title: 'Vinyasa Flow',
    type: 'CLASS',
    status: 'CONFIRMED',
    recurrenceType: 'INSTANCE',
    recurringEventId: 'evt-vinyasa-weekly',
    start: zoned('2026-11-23T09:00:00', '2026-11-23T15:00:00.000Z'),
    end: zoned('2026-11-23T10:00:00', '2026-11-23T16:00:00.000Z'),
    timeZone: TIME_ZONE,
    location: { id: studio.id, type: 'BUSINESS', name: studio.name, address: studio.formattedAddress },
    resources: [{ id: 'stf-maya', name: 'Maya Chen', type: STAFF_RESOURCE_TYPE_ID }],
    totalCapacity: 12,
    remainingCapacity: 4,
    participants: { total: 8, hasMore: false },
    revision: '2',
  }
}

/** A version-2 booking row as a pull writes it, with fields overridden for the case at hand. */
export function bookingRow(extended: ExtendedBooking, overrides: Partial<BookingRow> = {}): BookingRow {
  return { ...serverBookingRow(extended, TIME_ZONE), ...overrides }
}

/** A version-2 outbox entry checking Dana in. A new object each call: Dexie writes `seq` back into it. */
export function checkInEntry(
  mutationId: string,
  fields: Partial<Omit<OutboxRow, 'intent' | 'args'>> = {},
): OutboxRow {
  const bookingId = fields.bookingId ?? 'bkg-dana-flow'
  return {
    intent: 'setAttendance',
    args: { bookingId, eventId: 'evt-vinyasa-1123', status: 'ATTENDED', numberOfAttendees: 2 },
    mutationId,
    bookingId,
    baseRevision: null,
    staff: 'Front desk',
    state: 'queued',
    attempts: 0,
    lastError: null,
    nextAttemptAt: 0,
    uncertain: false,
    attention: null,
    createdAt: '2026-11-23T15:02:00.000Z',
    finishedAt: null,
    ...fields,
  }
}

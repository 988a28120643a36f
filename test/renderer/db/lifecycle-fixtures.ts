import type { Booking } from '@shared/wix/booking'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import { serverBookingRow } from '../../../renderer/src/db/booking-rows'
import type { BookingRow } from '../../../renderer/src/db/rows'
import { classBooking } from './fixtures'

/**
 * Bookings of the lifecycle a real site has (issue 19), for the desk's screens: an appointment request Wix
 * has not put on the calendar, the parts of a multi-service visit, a party. Instants are pinned: Tuesday
 * 2026-03-10 in Chicago (UTC−5 after the DST change of March 8), the desk harness's demo day.
 */

/** Jo Park's request for a Sports Massage with Ana Ruiz at 2:00 PM (pinned): PENDING, no eventId yet. */
export function appointmentRequest(overrides: Partial<Booking> = {}): ExtendedBooking {
  const base = classBooking()
  return {
    booking: {
      ...base.booking,
      id: 'bkg-jo-massage',
      revision: '1',
      status: 'PENDING',
      paymentStatus: 'NOT_PAID',
      selectedPaymentOption: 'OFFLINE',
      bookedEntity: {
        title: 'Sports Massage',
        tags: ['INDIVIDUAL'],
        slot: {
          serviceId: 'svc-massage',
          scheduleId: 'sch-massage',
          startDate: '2026-03-10T14:00:00',
          endDate: '2026-03-10T15:00:00',
          timezone: 'America/Chicago',
          resource: { id: 'stf-ana', name: 'Ana Ruiz', scheduleId: 'sch-stf-ana' },
        },
      },
      contactDetails: { firstName: 'Jo', lastName: 'Park', email: 'jo.park@example.com' },
      totalParticipants: 1,
      createdDate: '2026-03-01T12:00:00.000Z',
      updatedDate: '2026-03-01T12:00:00.000Z',
      startDate: '2026-03-10T19:00:00.000Z',
      endDate: '2026-03-10T20:00:00.000Z',
      ...overrides,
    },
  }
}

/** The two parts of Kim Lowe's visit (pinned: Massage at 3:00 PM, then Facial at 4:00 PM), one multi-service booking. */
export function visitParts(status: Booking['status'] = 'PENDING'): ExtendedBooking[] {
  const part = (id: string, title: string, hour: number) =>
    appointmentRequest({
      id,
      status,
      bookedEntity: {
        title,
        tags: ['INDIVIDUAL'],
        slot: {
          serviceId: `svc-${title.toLowerCase()}`,
          scheduleId: `sch-${title.toLowerCase()}`,
          startDate: `2026-03-10T${hour}:00:00`,
          endDate: `2026-03-10T${hour + 1}:00:00`,
          timezone: 'America/Chicago',
          resource: { id: 'stf-ana', name: 'Ana Ruiz', scheduleId: 'sch-stf-ana' },
        },
      },
      contactDetails: { firstName: 'Kim', lastName: 'Lowe', email: 'kim.lowe@example.com' },
      createdDate: '2026-03-02T12:00:00.000Z',
      startDate: `2026-03-10T${hour + 5}:00:00.000Z`,
      endDate: `2026-03-10T${hour + 6}:00:00.000Z`,
      multiServiceBookingInfo: { id: 'msb-kim', type: 'SEQUENTIAL_BOOKINGS' },
    })
  // Stored out of order on purpose: the visit reads its parts by start.
  return [part('bkg-kim-facial', 'Facial', 16), part('bkg-kim-massage', 'Massage', 15)]
}

/** A row as a pull writes it, in `timeZone`, with fields overridden for the case. */
export function rowOf(extended: ExtendedBooking, timeZone: string, overrides: Partial<BookingRow> = {}) {
  return { ...serverBookingRow(extended, timeZone), ...overrides }
}

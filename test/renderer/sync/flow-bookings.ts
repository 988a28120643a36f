import type { CalendarEvent } from '@shared/wix/event'
import type { ExtendedBooking } from '@shared/wix/extended-booking'

/** The business the engine tests run in. */
export const TIME_ZONE = 'America/Chicago'

/**
 * Monday 23 November 2026, 8:00 AM at the studio: the engine tests' "now". Their bookings are on this day, so an
 * engine reading the wall clock would prune them the first time it pulls once the day leaves its window.
 */
export const FLOW_NOW = Date.parse('2026-11-23T14:00:00.000Z')

/** A clock that starts at FLOW_NOW and runs with real time (for tests on real timers). */
export function runningClockFromFlowNow(): () => number {
  const startedAt = performance.now()
  return () => FLOW_NOW + Math.round(performance.now() - startedAt)
}

/** A confirmed booking into the Vinyasa Flow session `evt-flow`, as Wix answers it (the engine tests' people). */
export function flowBooking(id: string, firstName: string): ExtendedBooking {
  return {
    booking: {
      id,
      revision: '1',
      status: 'CONFIRMED',
      bookedEntity: {
        title: 'Vinyasa Flow',
        slot: { serviceId: 'svc-flow', scheduleId: 'sch-flow', eventId: 'evt-flow' },
      },
      contactDetails: { firstName, lastName: 'Lee' },
      totalParticipants: 1,
      createdDate: '2026-11-18T16:42:10.000Z',
      updatedDate: '2026-11-20T10:00:00.000Z',
      startDate: '2026-11-23T15:00:00.000Z',
      endDate: '2026-11-23T16:00:00.000Z',
    },
  }
}

/** The Vinyasa Flow session `evt-flow` the engine tests' people are booked into, as Calendar V3 answers it. */
export function flowEvent(): CalendarEvent {
  const zoned = (localDate: string, utcDate: string) => ({ localDate, timeZone: TIME_ZONE, utcDate })
  return {
    id: 'evt-flow',
    scheduleId: 'sch-flow',
    externalScheduleId: 'svc-flow',
    title: 'Vinyasa Flow',
    type: 'CLASS',
    status: 'CONFIRMED',
    start: zoned('2026-11-23T09:00:00', '2026-11-23T15:00:00.000Z'),
    end: zoned('2026-11-23T10:00:00', '2026-11-23T16:00:00.000Z'),
    timeZone: TIME_ZONE,
    totalCapacity: 12,
    remainingCapacity: 10,
  }
}

import { describe, expect, it } from 'vitest'
import { calendarEventSchema } from '@shared/wix/event'
import { extendedBookingSchema } from '@shared/wix/extended-booking'
import { serverBookingRow } from '../../../renderer/src/db/booking-rows'
import { eventRow } from '../../../renderer/src/db/event-rows'

/**
 * The row builders place what Wix's definitions allow on the business day it happens (issue 17): slot dates
 * in `…:SSS` / `…:SSSZZ` form with no `startDate`, ZonedDates with only some of their fields. 9:30 PM in
 * Chicago is already the next day in UTC, so a day read from UTC would be wrong.
 */
const CHICAGO = 'America/Chicago'

const booking = (slot: Record<string, unknown>) =>
  extendedBookingSchema.parse({
    booking: {
      id: 'b-1',
      revision: '2',
      status: 'CONFIRMED',
      bookedEntity: { slot: { scheduleId: 'sc-1', eventId: 'e-1', ...slot } },
      createdDate: '2026-11-20T10:00:00.000Z',
      updatedDate: '2026-11-20T11:00:00.000Z',
    },
  })

const event = (fields: Record<string, unknown>) =>
  calendarEventSchema.parse({ id: 'e-1', scheduleId: 'sc-1', type: 'CLASS', ...fields })

describe('a booking row', () => {
  it.each([
    ['…:SSS-06:00', { startDate: '2026-11-23T21:30:00:000-06:00' }],
    ['…:SSS in the slot’s zone', { startDate: '2026-11-23T21:30:00:000', timezone: CHICAGO }],
    ['…:ss in the slot’s zone', { startDate: '2026-11-23T21:30:00', timezone: CHICAGO }],
  ])('with no startDate and a slot start as %s is on the day it happens', (_form, slot) => {
    const row = serverBookingRow(booking(slot), CHICAGO)
    expect(row.day).toBe('2026-11-23')
    expect(row.startUtc).toBe('2026-11-24T03:30:00.000Z')
  })

  it('with a status Wix added keeps it as sent', () => {
    const extended = booking({ startDate: '2026-11-23T21:30:00:000-06:00' })
    const row = serverBookingRow(
      { ...extended, booking: { ...extended.booking, status: 'NEW_STATUS' } },
      CHICAGO,
    )
    expect(row.status).toBe('NEW_STATUS')
  })
})

describe('a session row', () => {
  it('is placed from utcDate alone, in the event’s zone', () => {
    const row = eventRow(
      event({
        timeZone: CHICAGO,
        start: { utcDate: '2026-11-24T03:30:00.000Z' },
        end: { utcDate: '2026-11-24T04:30:00.000Z' },
      }),
    )
    expect(row).toMatchObject({
      day: '2026-11-23',
      startUtc: '2026-11-24T03:30:00.000Z',
      endUtc: '2026-11-24T04:30:00.000Z',
    })
  })

  it('is placed from a local time in its zone, and ends when it starts when Wix sent no end', () => {
    const row = eventRow(event({ start: { localDate: '2026-11-23T21:30:00', timeZone: CHICAGO } }))
    expect(row).toMatchObject({
      day: '2026-11-23',
      startUtc: '2026-11-24T03:30:00.000Z',
      endUtc: '2026-11-24T03:30:00.000Z',
    })
  })

  it('takes an adjusted start with only a local time, read in the planned start’s zone', () => {
    const row = eventRow(
      event({
        start: { localDate: '2026-11-23T09:00:00', timeZone: CHICAGO, utcDate: '2026-11-23T15:00:00.000Z' },
        adjustedStart: { localDate: '2026-11-23T21:30:00' },
      }),
    )
    expect(row).toMatchObject({ day: '2026-11-23', startUtc: '2026-11-24T03:30:00.000Z' })
  })
})

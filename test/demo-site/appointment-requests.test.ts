import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { Booking } from '@shared/wix/booking'
import { bookingResponseSchema } from '@shared/wix/booking'
import { queryExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import { expectOk, expectWixError, get, NOW, openTestSite, paths, post } from './demo-site-client'

/**
 * Appointment requests (§8 C4): a PENDING appointment has its slot (times, staff, location) but no eventId and
 * no calendar event; confirming it creates the event and sets the eventId; declining leaves none. Time is
 * pinned by the test site's NOW.
 */
const site = await openTestSite({}, { resetBeforeEach: true })
const nowMs = Date.parse(NOW)
const eventSchema = z.looseObject({ event: z.looseObject({ id: z.string() }) })

function request(): Booking {
  const found = site
    .state()
    .bookings.find(
      (b) =>
        b.status === 'PENDING' &&
        b.bookedEntity.tags?.includes('INDIVIDUAL') &&
        !b.bookedEntity.slot?.eventId &&
        !b.multiServiceBookingInfo &&
        Date.parse(b.startDate ?? '') > nowMs,
    )
  if (!found) throw new Error('the seed has no appointment request')
  return found
}

async function read(id: string) {
  const page = expectOk(
    await post(site, paths.query, {
      query: { filter: { id } },
      withBookingAttendanceInfo: true,
      withBookingAllowedActions: true,
    }),
    queryExtendedBookingsResponseSchema,
  )
  return page.extendedBookings[0]
}

describe('an appointment request', () => {
  it('is served with its slot, staff member and no eventId, and reads on every path', async () => {
    const pending = request()
    const extended = await read(pending.id)
    expect(extended?.booking.bookedEntity.slot).toMatchObject({
      serviceId: pending.bookedEntity.slot?.serviceId,
      startDate: pending.bookedEntity.slot?.startDate,
      resource: { id: pending.bookedEntity.slot?.resource?.id },
    })
    expect(extended?.booking.bookedEntity.slot?.eventId).toBeUndefined()
    expect(extended?.attendance).toBeUndefined()
    // Filtering by eventId never matches it; by staff member it does.
    const byStaff = expectOk(
      await post(site, paths.query, {
        query: {
          filter: {
            'bookedEntity.item.slot.resource.id': pending.bookedEntity.slot?.resource?.id,
            status: 'PENDING',
          },
          cursorPaging: { limit: 100 },
        },
      }),
      queryExtendedBookingsResponseSchema,
    )
    expect(byStaff.extendedBookings.map((e) => e.booking.id)).toContain(pending.id)
    // No event of its staff member starts at its time (unless double-booked over a confirmed one).
    const startMs = Date.parse(pending.startDate ?? '')
    const own = site
      .state()
      .events.filter(
        (e) =>
          e.staffId === pending.bookedEntity.slot?.resource?.id &&
          e.startMs === startMs &&
          e.serviceId === pending.bookedEntity.slot?.serviceId,
      )
    expect(own).toHaveLength(0)
  })

  it('is put on the calendar by Confirm: a new event for its staff member and times, eventId set', async () => {
    const pending = request()
    const eventsBefore = site.state().events.length
    const { booking } = expectOk(
      await post(site, paths.confirm(pending.id), { revision: pending.revision }),
      bookingResponseSchema,
    )
    const eventId = booking.bookedEntity.slot?.eventId
    expect(eventId).toBeTruthy()
    expect(booking.revision).toBe(String(Number(pending.revision) + 1))
    expect(booking.bookedEntity.slot?.startDate).toBe(pending.bookedEntity.slot?.startDate)
    expect(site.state().events).toHaveLength(eventsBefore + 1)
    const { event } = expectOk(await get(site, `${paths.events}/${eventId}`), eventSchema)
    expect(event.id).toBe(eventId)
    const stored = site.state().events.find((e) => e.id === eventId)
    expect(stored).toMatchObject({
      kind: 'APPOINTMENT',
      totalCapacity: 1,
      staffId: pending.bookedEntity.slot?.resource?.id,
      startMs: Date.parse(pending.startDate ?? ''),
      endMs: Date.parse(pending.endDate ?? ''),
    })
    // Now a read by eventId finds it.
    const byEvent = expectOk(
      await post(site, paths.query, { query: { filter: { 'bookedEntity.item.slot.eventId': eventId } } }),
      queryExtendedBookingsResponseSchema,
    )
    expect(byEvent.extendedBookings.map((e) => e.booking.id)).toEqual([pending.id])
  })

  it('is put on the calendar when another desk confirms it too', () => {
    const pending = request()
    const confirmed = site.world.deskConfirms(pending.id)
    const eventId = confirmed.bookedEntity.slot?.eventId
    expect(eventId).toBeTruthy()
    expect(site.state().events.some((e) => e.id === eventId)).toBe(true)
  })

  it('leaves no event when declined or canceled', async () => {
    const pending = request()
    const eventsBefore = site.state().events.length
    const { booking } = expectOk(
      await post(site, paths.decline(pending.id), { revision: pending.revision }),
      bookingResponseSchema,
    )
    expect(booking.status).toBe('DECLINED')
    expect(booking.bookedEntity.slot?.eventId).toBeUndefined()
    expect(site.state().events).toHaveLength(eventsBefore)
  })

  it('cannot be checked in before it has a session', async () => {
    const pending = request()
    expectWixError(
      await post(site, paths.setAttendance, {
        attendance: { bookingId: pending.id, status: 'ATTENDED' },
      }),
      400,
      'SESSION_ID_NOT_PROVIDED',
    )
  })

  it('is what Create makes of an appointment booked by slot that needs approval: no event until confirmed', async () => {
    const state = site.state()
    const massage = state.services.find((s) => s.kind === 'APPOINTMENT' && s.requireManualApproval)
    const staff = state.staff[0]
    if (!massage || !staff) throw new Error('no appointment service needing approval')
    const start = Date.parse('2026-03-13T03:00:00.000Z') // pinned: a late evening nobody works
    const eventsBefore = state.events.length
    const { booking } = expectOk(
      await post(site, paths.create, {
        booking: {
          bookedEntity: {
            slot: {
              serviceId: massage.id,
              startDate: new Date(start).toISOString(),
              endDate: new Date(start + 50 * 60_000).toISOString(),
              resource: { id: staff.id },
            },
          },
          contactDetails: { firstName: 'Ola' },
          totalParticipants: 1,
          status: 'CONFIRMED',
        },
      }),
      bookingResponseSchema,
    )
    expect(booking.status).toBe('PENDING')
    expect(booking.bookedEntity.slot?.eventId).toBeUndefined()
    expect(booking.bookedEntity.slot?.resource?.id).toBe(staff.id)
    expect(site.state().events).toHaveLength(eventsBefore)
  })

  it('keeps a double-booked request marked when the desk confirms it over the conflict', async () => {
    const doubled = site
      .state()
      .bookings.find(
        (b) => b.status === 'PENDING' && b.doubleBooked === true && Date.parse(b.startDate ?? '') > nowMs,
      )
    if (!doubled) throw new Error('the seed has no double-booked request')
    const { booking } = expectOk(
      await post(site, paths.confirm(doubled.id), { revision: doubled.revision, doubleBooked: true }),
      bookingResponseSchema,
    )
    expect(booking).toMatchObject({ status: 'CONFIRMED', doubleBooked: true })
    expect(booking.bookedEntity.slot?.eventId).toBeTruthy()
    const filtered = expectOk(
      await post(site, paths.query, { query: { filter: { id: doubled.id, doubleBooked: true } } }),
      queryExtendedBookingsResponseSchema,
    )
    expect(filtered.extendedBookings).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { Booking } from '@shared/wix/booking'
import { bookingResponseSchema } from '@shared/wix/booking'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import type { DemoEvent } from '../../electron/demo-site'
import {
  expectOk,
  expectValidationError,
  expectWixError,
  NOW,
  openTestSite,
  paths,
  post,
} from './demo-site-client'
import { occupancyOf, waitlistedOnFullSession } from './seed-lookups'

/** Reschedule Booking (SDK-B rescheduleBooking): a class booking to another session of its service. NOW pinned. */
const site = await openTestSite({ control: true }, { resetBeforeEach: true })
const nowMs = Date.parse(NOW)
const DAY = 86_400_000

/** A future confirmed class booking on its own, and another future session of its service with room. */
function movable(): { booking: Booking; from: DemoEvent; to: DemoEvent } {
  const state = site.state()
  for (const booking of state.bookings) {
    if (booking.status !== 'CONFIRMED' || booking.multiServiceBookingInfo) continue
    const from = state.events.find((e) => e.id === booking.bookedEntity.slot?.eventId)
    if (!from || from.kind !== 'CLASS' || from.startMs < nowMs + 2 * DAY) continue
    const to = state.events.find(
      (e) =>
        e.serviceId === from.serviceId &&
        e.id !== from.id &&
        e.startMs > nowMs &&
        occupancyOf(state, e.id) + bookingParticipantCount(booking) <= e.totalCapacity,
    )
    if (to) return { booking, from, to }
  }
  throw new Error('nothing to reschedule')
}

const body = (booking: Booking, to: DemoEvent, extra: Record<string, unknown> = {}) => ({
  slot: { eventId: to.id, serviceId: to.serviceId, scheduleId: to.scheduleId },
  revision: booking.revision,
  flowControlSettings: { ignoreReschedulePolicy: true },
  ...extra,
})

describe('Reschedule Booking', () => {
  it('moves a class booking to another session of its service on every SDK path: slot, dates, revision', async () => {
    const { booking, to } = movable()
    for (const path of [paths.reschedule(booking.id), `/bookings/v2/bookings/${booking.id}/reschedule`]) {
      const current = site.state().bookings.find((b) => b.id === booking.id) ?? booking
      const target =
        path === paths.reschedule(booking.id)
          ? to
          : site.state().events.find((e) => e.id === booking.bookedEntity.slot?.eventId)
      if (!target) throw new Error('no way back')
      const { booking: moved } = expectOk(
        await post(site, path, body(current, target)),
        bookingResponseSchema,
      )
      expect(moved.bookedEntity.slot?.eventId).toBe(target.id)
      expect(moved.startDate).toBe(new Date(target.startMs).toISOString())
      expect(moved.endDate).toBe(new Date(target.endMs).toISOString())
      expect(moved.revision).toBe(String(Number(current.revision) + 1))
      expect(Date.parse(moved.updatedDate ?? '')).toBeGreaterThan(Date.parse(current.updatedDate ?? ''))
      expect(moved.status).toBe(current.status)
    }
  })

  it('refuses a stale revision with the same 409 as the other writes', async () => {
    const { booking, to } = movable()
    site.world.customerPays(booking.id)
    expectWixError(await post(site, paths.reschedule(booking.id), body(booking, to)), 409)
  })

  it('refuses another service’s session, a course, a canceled booking and an unknown session', async () => {
    const state = site.state()
    const { booking, from } = movable()
    const other = state.events.find(
      (e) => e.kind === 'CLASS' && e.serviceId !== from.serviceId && e.startMs > nowMs,
    )
    if (!other) throw new Error('no other service')
    expectWixError(
      await post(site, paths.reschedule(booking.id), body(booking, other)),
      400,
      'VALIDATION_FAILURE',
    )
    const course = state.bookings.find((b) => b.bookedEntity.schedule && b.status === 'CONFIRMED')
    if (!course) throw new Error('no course booking')
    expectWixError(
      await post(site, paths.reschedule(course.id), body(course, other)),
      400,
      'VALIDATION_FAILURE',
    )
    const canceled = state.bookings.find(
      (b) => b.status === 'CANCELED' && b.bookedEntity.slot?.serviceId === from.serviceId,
    )
    if (!canceled) throw new Error('no canceled booking')
    expectWixError(
      await post(site, paths.reschedule(canceled.id), body(canceled, from)),
      428,
      'VALIDATION_FAILURE',
    )
    expectWixError(
      await post(site, paths.reschedule(booking.id), {
        ...body(booking, from),
        slot: { eventId: 'unknown' },
      }),
      404,
      'SESSION_NOT_FOUND',
    )
    expectValidationError(
      await post(site, paths.reschedule(booking.id), { revision: booking.revision, slot: {} }),
      'slot.eventId',
    )
  })

  it('checks the new session’s capacity unless skipAvailabilityValidation', async () => {
    const state = site.state()
    const { event: full } = waitlistedOnFullSession(state)
    const booking = state.bookings.find(
      (b) =>
        b.status === 'CONFIRMED' &&
        !b.multiServiceBookingInfo &&
        b.bookedEntity.slot?.serviceId === full.serviceId &&
        b.bookedEntity.slot?.eventId !== full.id,
    )
    if (!booking) throw new Error('no booking of that service elsewhere')
    expectWixError(
      await post(site, paths.reschedule(booking.id), body(booking, full)),
      428,
      'SESSION_CAPACITY_EXCEEDED',
    )
    const forced = expectOk(
      await post(
        site,
        paths.reschedule(booking.id),
        body(booking, full, {
          flowControlSettings: { ignoreReschedulePolicy: true, skipAvailabilityValidation: true },
        }),
      ),
      bookingResponseSchema,
    )
    expect(forced.booking.bookedEntity.slot?.eventId).toBe(full.id)
  })

  it('drops the attendance recorded for the old session', async () => {
    const state = site.state()
    const record = state.attendance.find((a) => {
      const b = state.bookings.find((x) => x.id === a.bookingId)
      return b?.bookedEntity.tags?.includes('GROUP') && !b.multiServiceBookingInfo && b.status === 'CONFIRMED'
    })
    const booking = state.bookings.find((b) => b.id === record?.bookingId)
    const from = state.events.find((e) => e.id === record?.eventId)
    const to = state.events.find((e) => e.serviceId === from?.serviceId && e.startMs > nowMs + DAY)
    if (!record || !booking || !to) throw new Error('no checked-in booking')
    expectOk(
      await post(
        site,
        paths.reschedule(booking.id),
        body(booking, to, {
          flowControlSettings: { ignoreReschedulePolicy: true, skipAvailabilityValidation: true },
        }),
      ),
      bookingResponseSchema,
    )
    expect(site.state().attendance.some((a) => a.id === record.id)).toBe(false)
  })

  it('refuses a part of a multi-service booking and an appointment moved by slot', async () => {
    const state = site.state()
    const part = state.bookings.find((b) => b.multiServiceBookingInfo && b.status === 'CONFIRMED')
    const appointment = state.bookings.find(
      (b) =>
        b.bookedEntity.tags?.includes('INDIVIDUAL') && b.status === 'CONFIRMED' && !b.multiServiceBookingInfo,
    )
    if (!part || !appointment) throw new Error('no visit or appointment')
    expectWixError(
      await post(site, paths.reschedule(part.id), { revision: part.revision, slot: { eventId: 'x' } }),
      400,
      'NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING',
    )
    expectWixError(
      await post(site, paths.reschedule(appointment.id), {
        revision: appointment.revision,
        slot: { serviceId: appointment.bookedEntity.slot?.serviceId, startDate: '2026-03-20T10:00:00' },
      }),
      400,
      'VALIDATION_FAILURE',
    )
  })
})

describe('reschedules by others', () => {
  const control = (path: string, payload: unknown) =>
    post(site, `/__control${path}`, payload, { anonymous: true })
  const answer = z.looseObject({
    booking: z.looseObject({
      revision: z.string(),
      bookedEntity: z.looseObject({ slot: z.looseObject({ eventId: z.string() }) }),
    }),
  })

  it('moves the booking when the customer or another desk reschedules it, in process and over HTTP', async () => {
    const { booking, from, to } = movable()
    const moved = site.world.customerReschedules(booking.id, to.id)
    expect(moved.bookedEntity.slot?.eventId).toBe(to.id)
    expect(moved.revision).toBe(String(Number(booking.revision) + 1))
    const back = expectOk(
      await control('/world/desk-reschedules', { bookingId: booking.id, toEventId: from.id }),
      answer,
    )
    expect(back.booking.bookedEntity.slot.eventId).toBe(from.id)
    expect(back.booking.revision).toBe(String(Number(booking.revision) + 2))
    const again = expectOk(
      await control('/world/customer-reschedules', { bookingId: booking.id, toEventId: to.id }),
      answer,
    )
    expect(again.booking.bookedEntity.slot.eventId).toBe(to.id)
  })

  it('refuses a full session to the customer (428)', () => {
    const state = site.state()
    const { event: full } = waitlistedOnFullSession(state)
    const booking = state.bookings.find(
      (b) =>
        b.status === 'CONFIRMED' &&
        b.bookedEntity.slot?.serviceId === full.serviceId &&
        b.bookedEntity.slot?.eventId !== full.id,
    )
    if (!booking) throw new Error('no booking of that service')
    expect(() => site.world.customerReschedules(booking.id, full.id)).toThrow(/spots/)
  })
})

import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { bookingSchema, type Booking } from '@shared/wix/booking'
import { expectOk, expectWixError, get, NOW, openTestSite, paths, post } from './demo-site-client'

/** Multi-service bookings (visits) served with Wix's rules. Time is pinned by the test site's NOW. */
const site = await openTestSite({}, { resetBeforeEach: true })
const nowMs = Date.parse(NOW)

const visitAnswer = z.looseObject({
  multiServiceBooking: z.looseObject({
    id: z.string(),
    bookings: z.array(z.looseObject({ bookingId: z.string(), booking: bookingSchema.optional() })),
  }),
})

function visitWith(status: 'PENDING' | 'CONFIRMED'): { id: string; parts: Booking[] } {
  const state = site.state()
  const part = state.bookings.find(
    (b) =>
      b.multiServiceBookingInfo && b.status === status && Date.parse(b.startDate ?? '') > nowMs + 86_400_000,
  )
  const id = part?.multiServiceBookingInfo?.id
  if (!id) throw new Error(`no ${status} visit`)
  return { id, parts: state.bookings.filter((b) => b.multiServiceBookingInfo?.id === id) }
}

const infos = (parts: readonly Booking[]) => parts.map((b) => ({ bookingId: b.id, revision: b.revision }))

describe('Get Multi-Service Booking', () => {
  it('answers the visit’s bookings on both SDK paths, with how many are scheduled', async () => {
    const visit = visitWith('CONFIRMED')
    for (const path of [
      paths.visit(visit.id),
      `/bookings/multiServiceBookings/v2/multi_service_bookings/${visit.id}`,
    ]) {
      const response = await get(site, path)
      const answer = expectOk(response, visitAnswer)
      expect(answer.multiServiceBooking.bookings.map((b) => b.bookingId).sort()).toEqual(
        visit.parts.map((b) => b.id).sort(),
      )
      expect(answer.multiServiceBooking.bookings.every((b) => b.booking?.id === b.bookingId)).toBe(true)
      expect(response.json).toMatchObject({
        metadata: { totalNumberOfScheduledBookings: visit.parts.length },
      })
    }
    expectWixError(await get(site, paths.visit('unknown')), 404, 'MULTI_SERVICE_BOOKING_NOT_FOUND')
  })
})

describe('Confirm / Decline Multi-Service Booking', () => {
  it('confirms every part, puts each on the calendar, and answers full entities when asked', async () => {
    const visit = visitWith('PENDING')
    expect(visit.parts.every((b) => !b.bookedEntity.slot?.eventId)).toBe(true)
    const answer = expectOk(
      await post(site, paths.visitAction(visit.id, 'confirm'), {
        confirmBookingsInfo: infos(visit.parts),
        returnFullEntity: true,
      }),
      visitAnswer,
    )
    const bookings = answer.multiServiceBooking.bookings.map((b) => b.booking)
    expect(bookings).toHaveLength(visit.parts.length)
    for (const booking of bookings) {
      expect(booking?.status).toBe('CONFIRMED')
      expect(booking?.bookedEntity.slot?.eventId).toBeTruthy()
      const before = visit.parts.find((b) => b.id === booking?.id)
      expect(booking?.revision).toBe(String(Number(before?.revision) + 1))
    }
    const eventIds = new Set(site.state().events.map((e) => e.id))
    for (const booking of bookings) expect(eventIds.has(booking?.bookedEntity.slot?.eventId ?? '')).toBe(true)
  })

  it('answers only the ids without returnFullEntity', async () => {
    const visit = visitWith('PENDING')
    const answer = expectOk(
      await post(site, paths.visitAction(visit.id, 'decline'), { declineBookingsInfo: infos(visit.parts) }),
      visitAnswer,
    )
    expect(answer.multiServiceBooking.bookings.every((b) => b.booking === undefined)).toBe(true)
    const state = site.state()
    for (const part of visit.parts) {
      const now = state.bookings.find((b) => b.id === part.id)
      expect(now?.status).toBe('DECLINED')
      expect(now?.bookedEntity.slot?.eventId).toBeUndefined()
    }
  })

  it('checks each part’s revision and that every part was sent, before changing anything', async () => {
    const visit = visitWith('PENDING')
    const [first, ...rest] = visit.parts
    if (!first) throw new Error('empty visit')
    site.world.customerPays(first.id)
    expectWixError(
      await post(site, paths.visitAction(visit.id, 'confirm'), { confirmBookingsInfo: infos(visit.parts) }),
      409,
      'BOOKING_REVISION_MISMATCH',
    )
    expectWixError(
      await post(site, paths.visitAction(visit.id, 'confirm'), { confirmBookingsInfo: infos(rest) }),
      400,
      'NOT_ALL_BOOKINGS_WERE_SENT',
    )
    const fresh = site.state().bookings.filter((b) => b.multiServiceBookingInfo?.id === visit.id)
    expect(fresh.every((b) => b.status === 'PENDING')).toBe(true)
  })

  it('lets a single part be confirmed on its own (the SDK lists no refusal for it)', async () => {
    const visit = visitWith('PENDING')
    const [first] = visit.parts
    if (!first) throw new Error('empty visit')
    const response = await post(site, paths.confirm(first.id), { revision: first.revision })
    expect(response.status).toBe(200)
  })
})

describe('Cancel Multi-Service Booking', () => {
  it('cancels the whole visit; a single cancel of a part is refused; a second cancel is refused', async () => {
    const visit = visitWith('CONFIRMED')
    const [first] = visit.parts
    if (!first) throw new Error('empty visit')
    expectWixError(
      await post(site, paths.cancel(first.id), {
        revision: first.revision,
        flowControlSettings: { ignoreCancellationPolicy: true },
      }),
      400,
      'NOT_ALLOWED_TO_UPDATE_BOOKING_IN_MULTI_SERVICE_BOOKING',
    )
    const answer = expectOk(
      await post(site, paths.visitAction(visit.id, 'cancel'), {
        flowControlSettings: { ignoreCancellationPolicy: true },
        returnFullEntity: true,
      }),
      visitAnswer,
    )
    expect(answer.multiServiceBooking.bookings.every((b) => b.booking?.status === 'CANCELED')).toBe(true)
    // Their appointments are gone from the calendar.
    const eventIds = visit.parts.map((b) => b.bookedEntity.slot?.eventId)
    const events = site.state().events.filter((e) => eventIds.includes(e.id))
    expect(events.every((e) => e.status === 'CANCELLED')).toBe(true)
    expectWixError(
      await post(site, paths.visitAction(visit.id, 'cancel'), {
        flowControlSettings: { ignoreCancellationPolicy: true },
      }),
      428,
      'ALL_BOOKINGS_ARE_ALREADY_CANCELED',
    )
  })

  it('is what the outside world does when a customer cancels one part', () => {
    const visit = visitWith('CONFIRMED')
    const [first] = visit.parts
    if (!first) throw new Error('empty visit')
    site.world.customerCancels(first.id)
    const state = site.state()
    expect(
      state.bookings
        .filter((b) => b.multiServiceBookingInfo?.id === visit.id)
        .every((b) => b.status === 'CANCELED'),
    ).toBe(true)
  })
})

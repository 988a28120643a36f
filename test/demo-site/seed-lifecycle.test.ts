import { describe, expect, it } from 'vitest'
import type { Booking } from '@shared/wix/booking'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import { queryExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import { demoBusinessProfile } from '../../electron/demo-site/profile'
import { generateDemoData } from '../../electron/demo-site/seed/generate'
import { expectOk, NOW, openTestSite, paths, post } from './demo-site-client'

/**
 * The seed carries every case of issue 19 on today (the pinned NOW: Tuesday 2026-03-10 in Chicago, a CDT day
 * from 05:00Z to 05:00Z the next day), read over HTTP as a desk reads today.
 */
const site = await openTestSite()
const nowMs = Date.parse(NOW)
// Pinned: local midnight to midnight of the NOW day in America/Chicago (UTC−5 after 2026-03-08).
const TODAY = { $gte: '2026-03-10T05:00:00.000Z', $lt: '2026-03-11T05:00:00.000Z' }

async function today(extra: Record<string, unknown> = {}): Promise<Booking[]> {
  const all: Booking[] = []
  let body: unknown = {
    query: { filter: { startDate: TODAY, ...extra }, cursorPaging: { limit: 100 } },
    withEcomOrder: true,
  }
  for (;;) {
    const page = expectOk(await post(site, paths.query, body), queryExtendedBookingsResponseSchema)
    all.push(...page.extendedBookings.map((e) => e.booking))
    const next = page.pagingMetadata?.cursors?.next
    if (!next) return all
    body = { query: { cursorPaging: { limit: 100, cursor: next } } }
  }
}

describe('today, as the seed lays it out', () => {
  it('has checkouts not finished on classes, coming later today', async () => {
    const created = await today({ status: 'CREATED', 'bookedEntity.tags': { $hasSome: ['GROUP'] } })
    expect(created.length).toBeGreaterThanOrEqual(2)
    expect(created.some((b) => Date.parse(b.startDate ?? '') > nowMs)).toBe(true)
    for (const b of created) expect(b.paymentStatus).toBe('UNDEFINED')
  })

  it('has appointment requests without an event, at their time with their staff member', async () => {
    const requests = (await today({ status: 'PENDING' })).filter(
      (b) => b.bookedEntity.tags?.includes('INDIVIDUAL') && !b.bookedEntity.slot?.eventId,
    )
    expect(requests.length).toBeGreaterThanOrEqual(2)
    for (const b of requests) {
      expect(b.bookedEntity.slot).toMatchObject({
        serviceId: expect.any(String),
        timezone: 'America/Chicago',
      })
      expect(b.bookedEntity.slot?.resource?.name).toBeTruthy()
      expect(b.bookedEntity.slot?.startDate).toBeTruthy()
    }
  })

  it('has visits of 2–3 parts, one awaiting approval and one confirmed', async () => {
    const parts = (await today()).filter((b) => b.multiServiceBookingInfo?.id)
    const visits = new Map<string, Booking[]>()
    for (const b of parts)
      visits.set(b.multiServiceBookingInfo?.id ?? '', [
        ...(visits.get(b.multiServiceBookingInfo?.id ?? '') ?? []),
        b,
      ])
    const statuses = [...visits.values()].map((v) => new Set(v.map((b) => b.status)))
    expect(statuses.some((s) => s.size === 1 && s.has('PENDING'))).toBe(true)
    expect(statuses.some((s) => s.size === 1 && s.has('CONFIRMED'))).toBe(true)
    for (const visit of visits.values()) {
      expect(visit.length).toBeGreaterThanOrEqual(2)
      expect(visit.every((b) => b.multiServiceBookingInfo?.type === 'SEQUENTIAL_BOOKINGS')).toBe(true)
      expect(new Set(visit.map((b) => b.contactDetails?.email)).size).toBe(1)
      const sorted = [...visit].sort((a, b) => Date.parse(a.startDate ?? '') - Date.parse(b.startDate ?? ''))
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]?.startDate).toBe(sorted[i - 1]?.endDate)
    }
  })

  it('has double-booked requests and double-booked confirmed bookings', async () => {
    const doubled = await today({ doubleBooked: true })
    expect(doubled.some((b) => b.status === 'PENDING')).toBe(true)
    expect(doubled.some((b) => b.status === 'CONFIRMED')).toBe(true)
  })

  it('has bookings rescheduled before (a revision more, updated after created)', async () => {
    const changed = (await today({ status: 'CONFIRMED' })).filter(
      (b) => b.bookedEntity.tags?.includes('GROUP') && Number(b.revision) > 1,
    )
    expect(changed.some((b) => Date.parse(b.updatedDate ?? '') > Date.parse(b.createdDate ?? ''))).toBe(true)
  })

  it('has parties of 4–5 and a party partly arrived', async () => {
    const bookings = await today()
    expect(bookings.some((b) => bookingParticipantCount(b) >= 4)).toBe(true)
    const state = site.state()
    const byId = new Map(bookings.map((b) => [b.id, b]))
    const partial = state.attendance.filter((a) => {
      const booking = byId.get(a.bookingId)
      return (
        booking !== undefined &&
        a.status === 'ATTENDED' &&
        (a.numberOfAttendees ?? 0) < bookingParticipantCount(booking)
      )
    })
    expect(partial.length).toBeGreaterThan(0)
    // A no-show never counts a party.
    for (const a of state.attendance.filter((r) => r.status === 'NOT_ATTENDED'))
      expect(a.numberOfAttendees ?? 1).toBeLessThanOrEqual(1)
  })

  it('has every Wix payment status', async () => {
    const statuses = new Set((await today()).map((b) => b.paymentStatus))
    for (const status of ['UNDEFINED', 'NOT_PAID', 'PAID', 'PARTIALLY_PAID', 'REFUNDED', 'EXEMPT'])
      expect(statuses, status).toContain(status)
  })
})

describe('the lifecycle seed', () => {
  const options = {
    seed: 11,
    bookings: 600,
    now: nowMs,
    timeZone: demoBusinessProfile.timeZone,
    businessName: demoBusinessProfile.businessName,
  }

  it('is deterministic and keeps the requested number of bookings', () => {
    const data = generateDemoData(options)
    expect(generateDemoData(options)).toEqual(data)
    expect(data.bookings).toHaveLength(600)
    expect(new Set(data.bookings.map((b) => b.id)).size).toBe(600)
  })

  it('puts a request on no calendar event and a confirmed visit part on its own', () => {
    const data = generateDemoData(options)
    const eventIds = new Set(data.events.map((e) => e.id))
    for (const b of data.bookings) {
      const eventId = b.bookedEntity.slot?.eventId
      if (b.bookedEntity.tags?.includes('INDIVIDUAL') && b.status === 'CONFIRMED')
        expect(eventIds.has(eventId ?? '')).toBe(true)
      if (b.bookedEntity.tags?.includes('INDIVIDUAL') && b.status === 'PENDING')
        expect(eventId).toBeUndefined()
    }
  })
})

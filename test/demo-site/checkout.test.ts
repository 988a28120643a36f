import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { Booking } from '@shared/wix/booking'
import { queryExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import { expectOk, expectWixError, get, NOW, openTestSite, paths, post } from './demo-site-client'
import { occupancyOf } from './seed-lookups'

/** Checkouts not finished (CREATED): they hold no spot, and end CONFIRMED or dropped. NOW pinned. */
const site = await openTestSite({ control: true }, { resetBeforeEach: true })
const nowMs = Date.parse(NOW)

function unfinished(): Booking {
  const found = site
    .state()
    .bookings.find(
      (b) =>
        b.status === 'CREATED' &&
        b.bookedEntity.tags?.includes('GROUP') &&
        Date.parse(b.startDate ?? '') > nowMs,
    )
  if (!found) throw new Error('no checkout in progress')
  return found
}

/** What an incremental read from the pinned NOW on sees (every seeded change is older). */
async function changedSinceNow(): Promise<string[]> {
  const page = expectOk(
    await post(site, paths.query, {
      query: { filter: { updatedDate: { $gte: NOW } }, cursorPaging: { limit: 100 } },
    }),
    queryExtendedBookingsResponseSchema,
  )
  return page.extendedBookings.map((e) => e.booking.id)
}

describe('a checkout not finished', () => {
  it('holds no spot in its session until the customer finishes it', async () => {
    const created = unfinished()
    const eventId = created.bookedEntity.slot?.eventId ?? ''
    const participants = async () => {
      const { event } = expectOk(
        await get(site, `${paths.events}/${eventId}`),
        z.looseObject({ event: z.looseObject({ participants: z.looseObject({ total: z.number() }) }) }),
      )
      return event.participants.total
    }
    const before = await participants()
    expect(before).toBe(occupancyOf(site.state(), eventId))
    site.world.checkoutFinished(created.id)
    expect(await participants()).toBe(before + (created.totalParticipants ?? 1))
  })

  it('turns CONFIRMED and paid online when the customer finishes it, with a new revision seen by an incremental read', async () => {
    const created = unfinished()
    const finished = site.world.checkoutFinished(created.id)
    expect(finished).toMatchObject({
      status: 'CONFIRMED',
      paymentStatus: 'PAID',
      selectedPaymentOption: 'ONLINE',
    })
    expect(finished.revision).toBe(String(Number(created.revision) + 1))
    expect(await changedSinceNow()).toContain(created.id)
  })

  it('is dropped (CANCELED, new revision) when the customer walks away, over the control surface too', async () => {
    const created = unfinished()
    const response = await post(
      site,
      '/__control/world/checkout-abandoned',
      { bookingId: created.id },
      { anonymous: true },
    )
    const { booking } = expectOk(
      response,
      z.looseObject({ booking: z.looseObject({ status: z.string(), revision: z.string() }) }),
    )
    expect(booking).toMatchObject({ status: 'CANCELED', revision: String(Number(created.revision) + 1) })
    expect(await changedSinceNow()).toContain(created.id)
    // Only a checkout in progress can finish.
    expectWixError(
      await post(site, '/__control/world/checkout-finished', { bookingId: created.id }, { anonymous: true }),
      428,
      'INVALID_BOOKING_STATUS',
    )
  })
})

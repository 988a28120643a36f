import { describe, expect, it } from 'vitest'
import { bookingResponseSchema } from '@shared/wix/booking'
import { queryExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import { WixHttpError } from '../../electron/demo-site/http/wix-error'
import { expectOk, expectWixError, NOW, openTestSite, paths, post } from './demo-site-client'
import { findBooking } from './seed-lookups'

const site = await openTestSite({}, { resetBeforeEach: true })

const nowMs = Date.parse(NOW)
const HOUR = 3_600_000

/** A future PENDING booking the customer has not paid yet (a desk could still confirm it). */
function unpaidPending() {
  return findBooking(
    site.state(),
    (b) =>
      b.status === 'PENDING' && b.paymentStatus !== 'PAID' && Date.parse(b.startDate) > nowMs + 48 * HOUR,
  )
}

async function readOverHttp(bookingId: string) {
  const page = expectOk(
    await post(site, paths.query, { query: { filter: { id: bookingId } } }),
    queryExtendedBookingsResponseSchema,
  )
  expect(page.extendedBookings).toHaveLength(1)
  return page.extendedBookings[0]?.booking
}

describe('the customer pays online', () => {
  it('marks the booking PAID with a new revision and a later updatedDate, status unchanged', async () => {
    const before = unpaidPending()
    const paid = site.world.customerPays(before.id)

    expect(paid.id).toBe(before.id)
    expect(paid.paymentStatus).toBe('PAID')
    expect(paid.status).toBe('PENDING')
    expect(paid.revision).toBe(String(Number(before.revision) + 1))
    expect(Date.parse(paid.updatedDate)).toBeGreaterThan(Date.parse(before.updatedDate))

    // What the API reads is the same booking (the change is in the store, not only in the return value).
    const read = await readOverHttp(before.id)
    expect(read).toMatchObject({
      paymentStatus: 'PAID',
      status: 'PENDING',
      revision: paid.revision,
      updatedDate: paid.updatedDate,
    })
  })

  it('makes a client’s old revision stale: confirm answers 409 and changes nothing', async () => {
    const before = unpaidPending()
    const paid = site.world.customerPays(before.id)

    const body = expectWixError(
      await post(site, paths.confirm(before.id), { revision: before.revision }),
      409,
    )
    expect(body.message).toMatch(/revision/)
    const after = site.state().bookings.find((b) => b.id === before.id)
    expect(after).toMatchObject({ status: 'PENDING', paymentStatus: 'PAID', revision: paid.revision })

    // With the revision read after the payment, the same confirm goes through.
    const { booking: confirmed } = expectOk(
      await post(site, paths.confirm(before.id), { revision: paid.revision }),
      bookingResponseSchema,
    )
    expect(confirmed.status).toBe('CONFIRMED')
    expect(confirmed.paymentStatus).toBe('PAID')
  })

  it('throws BOOKING_NOT_FOUND for an unknown booking, and changes nothing', () => {
    const revisions = site.state().bookings.map((b) => b.revision)
    let thrown: unknown
    try {
      site.world.customerPays('no-such-booking')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(WixHttpError)
    const error = thrown as WixHttpError
    expect(error.status).toBe(404)
    expect(error.body?.details?.applicationError?.code).toBe('BOOKING_NOT_FOUND')
    expect(site.state().bookings.map((b) => b.revision)).toEqual(revisions)
  })
})

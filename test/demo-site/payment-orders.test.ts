import { describe, expect, it } from 'vitest'
import { queryExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import { expectOk, openTestSite, paths, post } from './demo-site-client'

/** Payment in Wix's own values, and the eCommerce order with `withEcomOrder: true`. NOW pinned by the site. */
const site = await openTestSite()

async function withOrders(filter: Record<string, unknown>, withEcomOrder = true) {
  const page = expectOk(
    await post(site, paths.query, { query: { filter, cursorPaging: { limit: 20 } }, withEcomOrder }),
    queryExtendedBookingsResponseSchema,
  )
  expect(page.extendedBookings.length).toBeGreaterThan(0)
  return page.extendedBookings
}

describe('withEcomOrder', () => {
  it('answers the order of a part-paid online booking with what is still due', async () => {
    for (const e of await withOrders({ paymentStatus: 'PARTIALLY_PAID', selectedPaymentOption: 'ONLINE' })) {
      expect(e.order).toMatchObject({ paymentStatus: 'PARTIALLY_PAID', status: 'APPROVED', currency: 'USD' })
      expect(Number(e.order?.balance?.amount)).toBeGreaterThan(0)
      expect(e.order?.balance?.formattedAmount).toMatch(/^\$\d+\.\d\d$/)
      expect(Number(e.order?.totalPrice?.amount)).toBeGreaterThan(Number(e.order?.balance?.amount))
    }
  })

  it('answers a paid order with nothing due, and a refunded one as fully refunded', async () => {
    for (const e of await withOrders({ paymentStatus: 'PAID', selectedPaymentOption: 'ONLINE' }))
      expect(e.order).toMatchObject({ paymentStatus: 'PAID', balance: { amount: '0.00' } })
    for (const e of await withOrders({ paymentStatus: 'REFUNDED' }))
      expect(e.order).toMatchObject({ paymentStatus: 'FULLY_REFUNDED', balance: { amount: '0.00' } })
  })

  it('answers no order for a booking paid at the desk, and none without withEcomOrder', async () => {
    for (const e of await withOrders({ selectedPaymentOption: 'OFFLINE', paymentStatus: 'NOT_PAID' }))
      expect(e.order).toBeUndefined()
    for (const e of await withOrders({ paymentStatus: 'PAID', selectedPaymentOption: 'ONLINE' }, false))
      expect(e.order).toBeUndefined()
  })

  it('gives the same order for the same booking on every read', async () => {
    const [a] = await withOrders({ paymentStatus: 'PAID', selectedPaymentOption: 'ONLINE' })
    const [b] = await withOrders({ id: a?.booking.id ?? '' })
    expect(b?.order).toEqual(a?.order)
  })
})

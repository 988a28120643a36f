import { describe, expect, it } from 'vitest'
import { countExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import { call, expectOk, expectWixError, get, paths, post, openTestSite } from './demo-site-client'

const site = await openTestSite({ apiKey: 'key-123', siteId: 'site-abc' })

describe('auth like Wix', () => {
  it('accepts the raw API key with the site id', async () => {
    expectOk(await post(site, paths.count, {}), countExtendedBookingsResponseSchema)
  })

  it('answers 401 without an Authorization header', async () => {
    expectWixError(
      await post(site, paths.count, {}, { anonymous: true, headers: { 'wix-site-id': 'site-abc' } }),
      401,
      'UNAUTHENTICATED',
    )
  })

  it('answers 401 for a wrong key and for a "Bearer" key', async () => {
    expectWixError(await post(site, paths.count, {}, { headers: { authorization: 'other' } }), 401)
    expectWixError(await post(site, paths.count, {}, { headers: { authorization: 'Bearer key-123' } }), 401)
  })

  it('answers 403 without a site id and for another site', async () => {
    expectWixError(
      await post(site, paths.count, {}, { anonymous: true, headers: { authorization: 'key-123' } }),
      403,
      'PERMISSION_DENIED',
    )
    expectWixError(
      await post(site, paths.count, {}, { headers: { 'wix-site-id': 'someone-else' } }),
      403,
      'SITE_ACCESS_DENIED',
    )
  })

  it('listens on 127.0.0.1 only and uses the given credentials', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(site.apiKey).toBe('key-123')
    expect(site.siteId).toBe('site-abc')
  })
})

describe('paths', () => {
  it('answers 404 for an unknown path and for a wrong method', async () => {
    expectWixError(await post(site, '/_api/bookings-service/v2/nothing-here'), 404)
    expectWixError(await get(site, paths.query), 404)
  })

  it('answers 400 for a body that is not JSON', async () => {
    const response = await fetch(site.url + paths.count, {
      method: 'POST',
      headers: { authorization: site.apiKey, 'wix-site-id': site.siteId },
      body: '{not json',
    })
    expect(response.status).toBe(400)
  })

  it('serves every prefix the SDK path tables and the docs use', async () => {
    const booking = site.state().bookings.find((b) => b.status === 'CONFIRMED' && b.bookedEntity.slot)
    const eventId = booking?.bookedEntity.slot?.eventId ?? ''
    if (!booking) throw new Error('seed has no confirmed class booking')
    const readerPaths = [
      '/_api/bookings-reader/v2/extended-bookings/query',
      '/bookings/bookings-reader/v2/extended-bookings/query',
      '/_api/bookings-reader/v2/extended-bookings/count',
      '/bookings/bookings-reader/v2/extended-bookings/count',
    ]
    for (const path of readerPaths) expect((await post(site, path, {})).status, path).toBe(200)

    const attendance = { attendance: { bookingId: booking.id, eventId, status: 'ATTENDED' } }
    const setPaths = [
      '/bookings/bookings-attendance/set',
      '/bookings-attendance/set',
      '/_api/bookings-attendance/v2/attendance/set',
      '/bookings/v2/attendance/set',
      '/_api/bookings-attendance/set',
    ]
    for (const path of setPaths) expect((await post(site, path, attendance)).status, path).toBe(200)
    const bulkPaths = [
      '/bookings/v2/bulk/attendance/set',
      '/_api/bookings-attendance/v2/bulk/attendance/set',
      '/bookings-attendance/v2/bulk/attendance/set',
    ]
    for (const path of bulkPaths)
      expect((await post(site, path, { attendanceDetails: [attendance] })).status, path).toBe(200)
    const queryPaths = [
      '/bookings/bookings-attendance/query',
      '/bookings-attendance/query',
      '/_api/bookings-attendance/v2/attendance/query',
    ]
    for (const path of queryPaths) expect((await post(site, path, { query: {} })).status, path).toBe(200)

    // Writer under both prefixes: a stale revision proves the route was reached (409, not 404).
    for (const prefix of ['/_api/bookings-service/v2/bookings', '/bookings/v2/bookings']) {
      for (const action of ['confirm', 'decline', 'cancel', 'mark_booking_as_pending']) {
        const response = await call(site, 'POST', `${prefix}/${booking.id}/${action}`, { revision: '999' })
        expect(response.status, `${prefix} ${action}`).toBe(409)
      }
      const create = await post(site, prefix, { booking: {} })
      expect(create.status, `${prefix} create`).toBe(400)
    }
  })
})

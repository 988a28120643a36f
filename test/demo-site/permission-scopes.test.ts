import { describe, expect, it } from 'vitest'
import { countExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import { allPermissionScopes, type PermissionScope } from '@shared/wix/permissions'
import { expectOk, expectWixError, get, NOW, paths, post, openTestSite } from './demo-site-client'
import { findBooking, openClassSession, serviceOf } from './seed-lookups'

/**
 * Each API key has the permission scopes the site owner gave it (the demo site's key: all of them), and a
 * call that needs one it lacks is refused as Wix refuses it — 403 with an application error — while the
 * calls it may make still work.
 */
const site = await openTestSite({ control: true }, { resetBeforeEach: true })

const nowMs = Date.parse(NOW)
const HOUR = 3_600_000
const sitePropertiesPath = '/site-properties/v4/properties'

const without = (...missing: PermissionScope[]) =>
  site.setKeyScopes(allPermissionScopes.filter((scope) => !missing.includes(scope)))

const futurePending = () =>
  findBooking(site.state(), (b) => b.status === 'PENDING' && Date.parse(b.startDate) > nowMs + 48 * HOUR)

function walkIn(
  eventId: string,
  flow: { skipAvailabilityValidation: boolean; skipBusinessConfirmation: boolean },
) {
  return post(site, paths.create, {
    booking: {
      bookedEntity: { slot: { eventId } },
      contactDetails: { firstName: 'Dana', lastName: 'Lee', phone: '+15551234567' },
      totalParticipants: 1,
      selectedPaymentOption: 'OFFLINE',
    },
    participantNotification: { notifyParticipants: false },
    flowControlSettings: flow,
  })
}

describe('the default key', () => {
  it('has every scope: reads, writes, calendar and site properties all answer', async () => {
    expect((await post(site, paths.count, {})).status).toBe(200)
    expect((await post(site, paths.confirm(futurePending().id), { revision: '1' })).status).not.toBe(403)
    expect((await post(site, paths.queryEvents, { query: {} })).status).not.toBe(403)
    expect((await get(site, sitePropertiesPath)).status).toBe(200)
    const event = openClassSession(site.state(), nowMs)
    const created = await walkIn(event.id, {
      skipAvailabilityValidation: true,
      skipBusinessConfirmation: true,
    })
    expect(created.status).toBe(200)
  })
})

describe('a key without Manage Bookings', () => {
  it('is refused every write with 403 and changes nothing, while its reads still work', async () => {
    without('manageBookings')
    const booking = futurePending()
    const refused = expectWixError(
      await post(site, paths.confirm(booking.id), { revision: booking.revision }),
      403,
      'PERMISSION_DENIED',
    )
    expect(refused.details?.applicationError?.description).toContain('Manage Bookings')
    expectWixError(await post(site, paths.decline(booking.id), { revision: booking.revision }), 403)
    expectWixError(await post(site, paths.cancel(booking.id), { revision: booking.revision }), 403)
    expectWixError(
      await walkIn(openClassSession(site.state(), nowMs).id, {
        skipAvailabilityValidation: false,
        skipBusinessConfirmation: false,
      }),
      403,
    )
    expect(site.state().bookings.find((b) => b.id === booking.id)).toMatchObject({
      status: 'PENDING',
      revision: booking.revision,
    })
    expectOk(await post(site, paths.count, {}), countExtendedBookingsResponseSchema)
    expect((await post(site, paths.queryAttendance, { query: {} })).status).toBe(200)
  })

  it('sets attendance with Manage Bookings Services and Settings instead, and not with neither', async () => {
    const booking = futurePending()
    const checkIn = () =>
      post(site, paths.setAttendance, {
        attendance: {
          bookingId: booking.id,
          eventId: booking.bookedEntity.slot?.eventId,
          status: 'ATTENDED',
        },
      })
    without('manageBookings')
    expect((await checkIn()).status).toBe(200)
    without('manageBookings', 'manageBookingsSettings')
    expectWixError(await checkIn(), 403, 'PERMISSION_DENIED')
  })
})

describe('a create that overrides availability', () => {
  it('needs BOOKINGS.OVERRIDE_AVAILABILITY for skipAvailabilityValidation or skipBusinessConfirmation', async () => {
    without('overrideAvailability')
    const event = openClassSession(site.state(), nowMs, 3)
    const refusedSkipConfirm = expectWixError(
      await walkIn(event.id, { skipAvailabilityValidation: false, skipBusinessConfirmation: true }),
      403,
      'PERMISSION_DENIED',
    )
    expect(refusedSkipConfirm.details?.applicationError?.description).toContain(
      'BOOKINGS.OVERRIDE_AVAILABILITY',
    )
    expectWixError(
      await walkIn(event.id, { skipAvailabilityValidation: true, skipBusinessConfirmation: false }),
      403,
    )
    expect(
      (await walkIn(event.id, { skipAvailabilityValidation: false, skipBusinessConfirmation: false })).status,
    ).toBe(200)
  })
})

describe('a cancel that ignores the cancellation policy', () => {
  /** A booked place in a class that starts inside its service's cancellation window (pinned: NOW). */
  const insideWindow = () => {
    const state = site.state()
    return findBooking(state, (b, event) => {
      if (b.status !== 'CONFIRMED' || event?.kind !== 'CLASS' || b.multiServiceBookingInfo) return false
      const window = serviceOf(state, b).cancellationWindowHours * HOUR
      return event.startMs > nowMs && event.startMs - window < nowMs
    })
  }
  const anyway = { ignoreCancellationPolicy: true }

  it('needs BOOKINGS.IGNORE_BOOKING_POLICY: 403 without it, and nothing changes', async () => {
    without('ignoreBookingPolicy')
    const booking = insideWindow()
    const refused = expectWixError(
      await post(site, paths.cancel(booking.id), { revision: booking.revision, flowControlSettings: anyway }),
      403,
      'PERMISSION_DENIED',
    )
    expect(refused.details?.applicationError?.description).toContain('BOOKINGS.IGNORE_BOOKING_POLICY')
    expect(site.state().bookings.find((b) => b.id === booking.id)).toMatchObject({
      status: 'CONFIRMED',
      revision: booking.revision,
    })
    // Without the flag the same key is answered by the policy itself, as any key is.
    expectWixError(
      await post(site, paths.cancel(booking.id), { revision: booking.revision }),
      428,
      'BOOKING_POLICY_VIOLATION',
    )
  })

  it('is taken from the default key, which has the scope', async () => {
    const booking = insideWindow()
    const answer = await post(site, paths.cancel(booking.id), {
      revision: booking.revision,
      flowControlSettings: anyway,
    })
    expect(answer.status).toBe(200)
  })

  it('needs it for a whole visit too', async () => {
    const part = site.state().bookings.find((b) => b.multiServiceBookingInfo && b.status === 'CONFIRMED')
    const visitId = part?.multiServiceBookingInfo?.id
    if (!visitId) throw new Error('the seed has no confirmed visit')
    without('ignoreBookingPolicy')
    expectWixError(
      await post(site, paths.visitAction(visitId, 'cancel'), { flowControlSettings: anyway }),
      403,
      'PERMISSION_DENIED',
    )
    expect(site.state().bookings.find((b) => b.id === part.id)?.status).toBe('CONFIRMED')
    site.reset()
    expect(
      (await post(site, paths.visitAction(visitId, 'cancel'), { flowControlSettings: anyway })).status,
    ).toBe(200)
  })
})

describe('read scopes', () => {
  it('refuses each read API its own scope guards', async () => {
    without('readBookings')
    expectWixError(await post(site, paths.count, {}), 403, 'PERMISSION_DENIED')
    expectWixError(await post(site, paths.queryAttendance, { query: {} }), 403)
    expect((await post(site, paths.queryEvents, { query: {} })).status).not.toBe(403)
    without('readCalendar')
    expectWixError(await post(site, paths.queryEvents, { query: {} }), 403)
    expect((await get(site, sitePropertiesPath)).status).toBe(200)
    without('siteProperties')
    expectWixError(await get(site, sitePropertiesPath), 403)
    expect((await post(site, paths.count, {})).status).toBe(200)
  })
})

describe('the control surface', () => {
  it('sets a key’s scopes over HTTP, refuses an unknown scope, and a reset gives every scope back', async () => {
    const set = await fetch(`${site.url}/__control/api-key/scopes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scopes: ['readBookings'] }),
    })
    expect(set.status).toBe(200)
    expect(await set.json()).toEqual({ scopes: ['readBookings'] })
    expect((await post(site, paths.count, {})).status).toBe(200)
    expectWixError(await post(site, paths.queryEvents, { query: {} }), 403)
    const unknown = await fetch(`${site.url}/__control/api-key/scopes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scopes: ['everything'] }),
    })
    expect(unknown.status).toBe(400)
    site.reset()
    expect((await post(site, paths.queryEvents, { query: {} })).status).not.toBe(403)
  })
})

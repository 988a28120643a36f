import { describe, expect, it } from 'vitest'
import { bookingResponseSchema } from '@shared/wix/booking'
import { eventResponseSchema } from '@shared/wix/event'
import {
  expectOk,
  expectValidationError,
  expectWixError,
  get,
  NOW,
  paths,
  post,
  openTestSite,
} from './demo-site-client'
import { findBooking, serviceOf, waitlistedOnFullSession } from './seed-lookups'

const site = await openTestSite({}, { resetBeforeEach: true })

const nowMs = Date.parse(NOW)
const HOUR = 3_600_000

function futurePending() {
  return findBooking(
    site.state(),
    (b) => b.status === 'PENDING' && Date.parse(b.startDate) > nowMs + 48 * HOUR,
  )
}

describe('confirm and decline', () => {
  it('confirms a PENDING booking, bumping revision and updatedDate', async () => {
    const booking = futurePending()
    const { booking: confirmed } = expectOk(
      await post(site, paths.confirm(booking.id), { revision: booking.revision }),
      bookingResponseSchema,
    )
    expect(confirmed.status).toBe('CONFIRMED')
    expect(confirmed.revision).toBe(String(Number(booking.revision) + 1))
    expect(Date.parse(confirmed.updatedDate)).toBeGreaterThan(Date.parse(booking.updatedDate))
    expect(confirmed.updatedDate).toBe(NOW)
    expect(site.state().bookings.find((b) => b.id === booking.id)?.revision).toBe(confirmed.revision)
  })

  it('moves updatedDate forward even when the demo clock stands still', async () => {
    const booking = futurePending()
    const first = expectOk(
      await post(site, paths.confirm(booking.id), { revision: booking.revision }),
      bookingResponseSchema,
    ).booking
    const second = expectOk(
      await post(site, paths.cancel(booking.id), {
        revision: first.revision,
        flowControlSettings: { ignoreCancellationPolicy: true },
      }),
      bookingResponseSchema,
    ).booking
    expect(second.revision).toBe(String(Number(first.revision) + 1))
    expect(Date.parse(second.updatedDate)).toBeGreaterThan(Date.parse(first.updatedDate))
  })

  it('answers 409 for a stale revision and changes nothing', async () => {
    const booking = futurePending()
    site.world.deskConfirms(booking.id)
    const response = await post(site, paths.decline(booking.id), { revision: booking.revision })
    const body = expectWixError(response, 409)
    expect(body.message).toMatch(/revision/)
    expect(body.details?.applicationError).toBeUndefined()
    expect(site.state().bookings.find((b) => b.id === booking.id)?.status).toBe('CONFIRMED')
  })

  it('answers 400 when the revision is missing or malformed', async () => {
    const booking = futurePending()
    expectValidationError(await post(site, paths.confirm(booking.id), {}), 'revision')
    expectValidationError(await post(site, paths.cancel(booking.id), { revision: 3 }), 'revision')
    expectValidationError(await post(site, paths.decline(booking.id), { revision: 'abc' }), 'revision')
  })

  it('answers 404 BOOKING_NOT_FOUND for an unknown booking', async () => {
    expectWixError(
      await post(site, paths.confirm('no-such-booking'), { revision: '1' }),
      404,
      'BOOKING_NOT_FOUND',
    )
    expectWixError(
      await post(site, paths.cancel('no-such-booking'), { revision: '1' }),
      404,
      'BOOKING_NOT_FOUND',
    )
  })

  it('confirms and declines only PENDING, CREATED and WAITING_LIST bookings', async () => {
    const state = site.state()
    const confirmed = findBooking(state, (b) => b.status === 'CONFIRMED')
    const canceled = findBooking(state, (b) => b.status === 'CANCELED')
    expectWixError(
      await post(site, paths.confirm(confirmed.id), { revision: confirmed.revision }),
      428,
      'FAILED_CONFIRMING_NON_PENDING_BOOKING',
    )
    expectWixError(
      await post(site, paths.confirm(canceled.id), { revision: canceled.revision }),
      428,
      'FAILED_CONFIRMING_NON_PENDING_BOOKING',
    )
    expectWixError(
      await post(site, paths.decline(confirmed.id), { revision: confirmed.revision }),
      428,
      'FAILED_DECLINE_NON_PENDING_BOOKING',
    )

    const created = findBooking(state, (b) => b.status === 'CREATED')
    expect(
      expectOk(
        await post(site, paths.confirm(created.id), { revision: created.revision }),
        bookingResponseSchema,
      ).booking.status,
    ).toBe('CONFIRMED')
    const pending = futurePending()
    const declined = expectOk(
      await post(site, paths.decline(pending.id), { revision: pending.revision }),
      bookingResponseSchema,
    ).booking
    expect(declined.status).toBe('DECLINED')
    expectWixError(
      await post(site, paths.confirm(pending.id), { revision: declined.revision }),
      428,
      'FAILED_CONFIRMING_NON_PENDING_BOOKING',
    )
  })

  it('confirms from the waitlist: NO_OPEN_SPOTS when checking availability on a full session, otherwise oversubscribes', async () => {
    const { booking, event } = waitlistedOnFullSession(site.state())
    expectWixError(
      await post(site, paths.confirm(booking.id), {
        revision: booking.revision,
        flowControlSettings: { checkAvailabilityValidation: true },
      }),
      428,
      'NO_OPEN_SPOTS',
    )
    const confirmed = expectOk(
      await post(site, paths.confirm(booking.id), { revision: booking.revision }),
      bookingResponseSchema,
    ).booking
    expect(confirmed.status).toBe('CONFIRMED')
    const { event: after } = expectOk(await get(site, `${paths.events}/${event.id}`), eventResponseSchema)
    expect(after.remainingCapacity).toBe(0)
    expect(after.participants?.total ?? 0).toBeGreaterThan(event.totalCapacity)
  })

  it('applies paymentStatus and doubleBooked given with confirm', async () => {
    const booking = futurePending()
    const confirmed = expectOk(
      await post(site, paths.confirm(booking.id), {
        revision: booking.revision,
        paymentStatus: 'PAID',
        doubleBooked: true,
      }),
      bookingResponseSchema,
    ).booking
    expect(confirmed.paymentStatus).toBe('PAID')
    expect(confirmed.doubleBooked).toBe(true)
  })
})

describe('cancel and the cancellation policy', () => {
  it('refuses a cancel inside the window with BOOKING_POLICY_VIOLATION unless the policy is ignored', async () => {
    const state = site.state()
    const booking = findBooking(state, (b, event) => {
      if (b.status !== 'CONFIRMED' || event?.kind !== 'CLASS') return false
      const window = serviceOf(state, b).cancellationWindowHours * HOUR
      return event.startMs > nowMs && event.startMs - window < nowMs
    })
    const refused = expectWixError(
      await post(site, paths.cancel(booking.id), { revision: booking.revision }),
      428,
      'BOOKING_POLICY_VIOLATION',
    )
    expect(refused.details?.applicationError?.data?.['cancellationWindowHours']).toBe(
      serviceOf(state, booking).cancellationWindowHours,
    )
    const canceled = expectOk(
      await post(site, paths.cancel(booking.id), {
        revision: booking.revision,
        flowControlSettings: { ignoreCancellationPolicy: true },
      }),
      bookingResponseSchema,
    ).booking
    expect(canceled.status).toBe('CANCELED')
    expectWixError(
      await post(site, paths.cancel(booking.id), {
        revision: canceled.revision,
        flowControlSettings: { ignoreCancellationPolicy: true },
      }),
      428,
      'INVALID_BOOKING_STATUS',
    )
  })

  it('cancels outside the window without flags, and refuses after the start', async () => {
    const state = site.state()
    const early = findBooking(
      state,
      (b) => b.status === 'CONFIRMED' && Date.parse(b.startDate) > nowMs + 4 * 24 * HOUR,
    )
    expect(
      expectOk(await post(site, paths.cancel(early.id), { revision: early.revision }), bookingResponseSchema)
        .booking.status,
    ).toBe('CANCELED')
    const past = findBooking(state, (b) => b.status === 'CONFIRMED' && Date.parse(b.startDate) < nowMs)
    expectWixError(
      await post(site, paths.cancel(past.id), { revision: past.revision }),
      428,
      'BOOKING_POLICY_VIOLATION',
    )
  })

  it('refuses to cancel a DECLINED booking', async () => {
    const booking = futurePending()
    site.world.deskDeclines(booking.id)
    const current = site.state().bookings.find((b) => b.id === booking.id)
    expectWixError(
      await post(site, paths.cancel(booking.id), {
        revision: current?.revision,
        flowControlSettings: { ignoreCancellationPolicy: true },
      }),
      428,
      'INVALID_BOOKING_STATUS',
    )
  })

  it('removes a canceled appointment from the calendar', async () => {
    const booking = findBooking(
      site.state(),
      (b, event) => b.status === 'CONFIRMED' && event?.kind === 'APPOINTMENT' && event.startMs > nowMs,
    )
    const eventId = booking.bookedEntity.slot?.eventId ?? ''
    expectOk(await get(site, `${paths.events}/${eventId}`), eventResponseSchema)
    await post(site, paths.cancel(booking.id), {
      revision: booking.revision,
      flowControlSettings: { ignoreCancellationPolicy: true },
    })
    expectWixError(await get(site, `${paths.events}/${eventId}`), 404, 'EVENT_NOT_FOUND')
  })
})

describe('mark as pending', () => {
  it('moves CREATED to PENDING only for manual-approval services, unless told to skip that check', async () => {
    const state = site.state()
    const manual = (serviceId: string) =>
      state.services.find((s) => s.id === serviceId)?.requireManualApproval === true
    const approvalEvent = state.events.find(
      (e) => e.kind === 'CLASS' && e.startMs > nowMs && manual(e.serviceId),
    )
    const openEvent = state.events.find(
      (e) => e.kind === 'CLASS' && e.startMs > nowMs && e.serviceId !== approvalEvent?.serviceId,
    )
    if (!approvalEvent || !openEvent) throw new Error('seed lacks class sessions')
    const create = async (eventId: string) =>
      expectOk(
        await post(site, paths.create, {
          booking: {
            bookedEntity: { slot: { eventId } },
            contactDetails: { firstName: 'Ada' },
            totalParticipants: 1,
          },
          flowControlSettings: { skipAvailabilityValidation: true },
        }),
        bookingResponseSchema,
      ).booking
    const approval = await create(approvalEvent.id)
    expect(approval.status).toBe('CREATED')
    const pending = expectOk(
      await post(site, paths.markPending(approval.id), { revision: approval.revision }),
      bookingResponseSchema,
    ).booking
    expect(pending.status).toBe('PENDING')
    expectWixError(
      await post(site, paths.markPending(approval.id), { revision: pending.revision }),
      428,
      'BOOKING_MARK_BOOKING_AS_PENDING',
    )

    const open = await create(openEvent.id)
    expectWixError(
      await post(site, paths.markPending(open.id), { revision: open.revision }),
      428,
      'NOT_PENDING_APPROVAL_SERVICE',
    )
    const skipped = await post(site, paths.markPending(open.id), {
      revision: open.revision,
      flowControlSettings: { skipPendingApprovalServiceValidation: true },
    })
    expect(expectOk(skipped, bookingResponseSchema).booking.status).toBe('PENDING')
  })

  it('on a full session still marks PENDING: doubleBooked when asked to check availability, nothing checked otherwise', async () => {
    const markOnFullSession = async (flowControlSettings: Record<string, unknown>) => {
      const { event } = waitlistedOnFullSession(site.state())
      const created = expectOk(
        await post(site, paths.create, {
          booking: {
            bookedEntity: { slot: { eventId: event.id } },
            contactDetails: { firstName: 'Ada' },
            totalParticipants: 1,
          },
          flowControlSettings: { skipAvailabilityValidation: true },
        }),
        bookingResponseSchema,
      ).booking
      expect(created.status).toBe('CREATED')
      return expectOk(
        await post(site, paths.markPending(created.id), {
          revision: created.revision,
          flowControlSettings: { skipPendingApprovalServiceValidation: true, ...flowControlSettings },
        }),
        bookingResponseSchema,
      ).booking
    }
    const checked = await markOnFullSession({ checkAvailabilityValidation: true })
    expect(checked).toMatchObject({ status: 'PENDING', doubleBooked: true })
    expect(site.state().bookings.find((b) => b.id === checked.id)?.doubleBooked).toBe(true)

    const unchecked = await markOnFullSession({})
    expect(unchecked.status).toBe('PENDING')
    expect(unchecked.doubleBooked ?? false).toBe(false)
  })
})

import { afterAll, beforeEach, beforeAll, describe, expect, it } from 'vitest'
import type { Booking } from '@shared/wix/booking'
import { allPermissionScopes } from '@shared/wix/permissions'
import { findBooking, openClassSession, waitlistedOnFullSession } from '../../demo-site/seed-lookups'
import { startClientAndSite } from './wix-test-site'

let ctx: Awaited<ReturnType<typeof startClientAndSite>>
beforeAll(async () => (ctx = await startClientAndSite()))
afterAll(() => ctx.site.stop())
beforeEach(() => ctx.site.reset())

const pending = () => findBooking(ctx.site.state(), (b) => b.status === 'PENDING')
const serverCopy = (id: string) => ctx.site.state().bookings.find((b) => b.id === id) as Booking
/** A confirmed booking of one service whose session starts within the hour: inside any cancellation window. */
const confirmedStartingWithinTheHour = () =>
  findBooking(ctx.site.state(), (b, event) => {
    const now = Date.parse(ctx.site.now())
    return (
      b.status === 'CONFIRMED' &&
      !b.multiServiceBookingInfo &&
      !!event &&
      event.startMs > now &&
      event.startMs < now + 3_600_000
    )
  })

describe('the Wix client writes through the SDK', () => {
  it('confirms a pending booking on its revision; Wix bumps the revision', async () => {
    const booking = pending()
    const confirmed = await ctx.client.bookings.confirm(booking.id, booking.revision)
    expect(confirmed).toMatchObject({
      id: booking.id,
      status: 'CONFIRMED',
      revision: String(Number(booking.revision) + 1),
    })
    expect(serverCopy(booking.id).status).toBe('CONFIRMED')
  })

  it('reports a stale revision as a conflict, changing nothing', async () => {
    const booking = pending()
    ctx.site.world.deskConfirms(booking.id)
    const error = await ctx.client.bookings.decline(booking.id, booking.revision).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'WixApiError', kind: 'conflict', status: 409, retryable: false })
    expect(serverCopy(booking.id).status).toBe('CONFIRMED')
  })

  it('reports a business refusal with the Wix code', async () => {
    const booking = findBooking(ctx.site.state(), (b) => b.status === 'CONFIRMED')
    await expect(ctx.client.bookings.confirm(booking.id, booking.revision)).rejects.toMatchObject({
      kind: 'rejected',
      code: 'FAILED_CONFIRMING_NON_PENDING_BOOKING',
    })
    await expect(ctx.client.bookings.decline(booking.id, booking.revision)).rejects.toMatchObject({
      kind: 'rejected',
      code: 'FAILED_DECLINE_NON_PENDING_BOOKING',
    })
  })

  it('moves someone off the waitlist, but not into a full session when asked to check', async () => {
    const { booking } = waitlistedOnFullSession(ctx.site.state())
    await expect(
      ctx.client.bookings.confirm(booking.id, booking.revision, { checkAvailability: true }),
    ).rejects.toMatchObject({ kind: 'rejected', code: 'NO_OPEN_SPOTS' })
    const moved = await ctx.client.bookings.confirm(booking.id, booking.revision)
    expect(moved.status).toBe('CONFIRMED')
  })

  it('cancels with the business’s cancellation policy respected, and over it only when asked (anyway)', async () => {
    const booking = confirmedStartingWithinTheHour()
    const message = { notify: true, message: 'Studio closed' }
    await expect(ctx.client.bookings.cancel(booking.id, booking.revision, { message })).rejects.toMatchObject(
      {
        kind: 'rejected',
        status: 428,
        code: 'BOOKING_POLICY_VIOLATION',
      },
    )
    expect(serverCopy(booking.id).status).toBe('CONFIRMED')
    const canceled = await ctx.client.bookings.cancel(booking.id, booking.revision, { message, anyway: true })
    expect(canceled.status).toBe('CANCELED')
  })

  it('is refused a cancel anyway (403) by a key without BOOKINGS.IGNORE_BOOKING_POLICY', async () => {
    const booking = confirmedStartingWithinTheHour()
    ctx.site.setKeyScopes(allPermissionScopes.filter((scope) => scope !== 'ignoreBookingPolicy'))
    await expect(
      ctx.client.bookings.cancel(booking.id, booking.revision, { anyway: true }),
    ).rejects.toMatchObject({ status: 403 })
    expect(serverCopy(booking.id).status).toBe('CONFIRMED')
  })

  it('books a walk-in and finds it again by its external id', async () => {
    const event = openClassSession(ctx.site.state(), Date.parse(ctx.site.now()))
    const externalUserId = `rollcall:${crypto.randomUUID()}`
    const created = await ctx.client.bookings.createWalkIn({
      eventId: event.id,
      serviceId: event.serviceId,
      scheduleId: event.scheduleId,
      contact: { firstName: 'Dana', lastName: 'Lee', phone: '+15551234567' },
      totalParticipants: 1,
      externalUserId,
    })
    expect(created).toMatchObject({ status: 'CONFIRMED', externalUserId })
    const found = await ctx.client.bookings.page({ query: { filter: { externalUserId } } })
    expect(found.items.map((i) => i.booking.id)).toEqual([created.id])
  })

  it('refuses a walk-in into a full session unless the desk overrides', async () => {
    const { event } = waitlistedOnFullSession(ctx.site.state())
    const walkIn = {
      eventId: event.id,
      serviceId: event.serviceId,
      scheduleId: event.scheduleId,
      contact: { firstName: 'Sam', lastName: 'Ortiz' },
      totalParticipants: 1,
      externalUserId: `rollcall:${crypto.randomUUID()}`,
    }
    await expect(ctx.client.bookings.createWalkIn(walkIn)).rejects.toMatchObject({ kind: 'rejected' })
    const created = await ctx.client.bookings.createWalkIn({ ...walkIn, overrideCapacity: true })
    expect(created.status).toBe('CONFIRMED')
  })
})

describe('the Wix client sets attendance', () => {
  it('sets one, visible in the extended booking', async () => {
    const booking = findBooking(
      ctx.site.state(),
      (b) => b.status === 'CONFIRMED' && !!b.bookedEntity.slot?.eventId,
    )
    const eventId = booking.bookedEntity.slot?.eventId ?? ''
    const attendance = await ctx.client.attendance.set({
      bookingId: booking.id,
      eventId,
      status: 'ATTENDED',
      numberOfAttendees: 1,
    })
    expect(attendance).toMatchObject({ bookingId: booking.id, status: 'ATTENDED' })
    const page = await ctx.client.bookings.page({ query: { filter: { id: booking.id } } })
    expect(page.items[0]?.attendance?.status).toBe('ATTENDED')
  })

  it('sets up to 8 at once; one bad item fails alone', async () => {
    const bookings = ctx.site
      .state()
      .bookings.filter((b) => b.status === 'CONFIRMED' && b.bookedEntity.slot?.eventId)
      .slice(0, 8)
    const changes = bookings.map((b) => ({
      bookingId: b.id,
      eventId: b.bookedEntity.slot?.eventId ?? '',
      status: 'ATTENDED' as const,
      numberOfAttendees: 1,
    }))
    changes[3] = { ...changes[3]!, bookingId: 'no-such-booking' }
    const outcomes = await ctx.client.attendance.bulkSet(changes)
    expect(outcomes.filter((o) => o.ok)).toHaveLength(7)
    expect(outcomes[3]).toMatchObject({ index: 3, ok: false })
    const attended = ctx.site
      .state()
      .attendance.filter((a) => a.status === 'ATTENDED')
      .map((a) => a.bookingId)
    expect(attended).toEqual(expect.arrayContaining(bookings.filter((_b, i) => i !== 3).map((b) => b.id)))
  })

  it('never sends a party size beside NOT_ATTENDED or NOT_SET: the count goes out as 1', async () => {
    const [first, second, third] = ctx.site
      .state()
      .bookings.filter((b) => b.status === 'CONFIRMED' && b.bookedEntity.slot?.eventId)
      .slice(0, 3)
      .map((b) => ({ bookingId: b.id, eventId: b.bookedEntity.slot?.eventId ?? '' }))
    const outcomes = await ctx.client.attendance.bulkSet([
      { ...first!, status: 'NOT_ATTENDED', numberOfAttendees: 3 },
      { ...second!, status: 'NOT_SET', numberOfAttendees: 3 },
    ])
    expect(outcomes.map((o) => o.ok)).toEqual([true, true])
    const single = await ctx.client.attendance.set({
      ...third!,
      status: 'NOT_ATTENDED',
      numberOfAttendees: 4,
    })
    expect(single).toMatchObject({ status: 'NOT_ATTENDED', numberOfAttendees: 1 })
    const saved = (id: string) => ctx.site.state().attendance.find((a) => a.bookingId === id)
    expect(saved(first!.bookingId)).toMatchObject({ status: 'NOT_ATTENDED', numberOfAttendees: 1 })
    expect(saved(second!.bookingId)).toMatchObject({ status: 'NOT_SET', numberOfAttendees: 1 })
  })

  it('will not send more than 8 in one call', async () => {
    const nine = Array.from({ length: 9 }, (_v, i) => ({
      bookingId: `b${i}`,
      eventId: 'e',
      status: 'ATTENDED' as const,
      numberOfAttendees: 1,
    }))
    await expect(ctx.client.attendance.bulkSet(nine)).rejects.toThrow(RangeError)
  })
})

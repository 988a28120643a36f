import { describe, expect, it } from 'vitest'
import { allPermissionScopes } from '@shared/wix/permissions'
import type { Booking } from '@shared/wix/booking'
import { attentionItems } from '../../../renderer/src/features/attention/attention-items'
import { keyLacks } from '../../../renderer/src/sync/key-permissions'
import type { RollcallDb } from '../../../renderer/src/db/schema'
import { serviceOf } from '../../demo-site/seed-lookups'
import { HARNESS_KEY_ID, openSyncHarness } from './sync-harness'
import { serverWindowBookings } from './store-comparison'

/**
 * Cancel at the desk (issue 21), the business's cancellation policy respected: a cancel inside the service's
 * window is refused by Wix (428 BOOKING_POLICY_VIOLATION) and ends under Needs attention in words, the booking
 * as on Wix, with "Cancel anyway" — which sends it over the policy, and is offered only while the key is not
 * known to lack BOOKINGS.IGNORE_BOOKING_POLICY. The demo site enforces both the policy and the scope; its
 * clock is pinned (the harness's seeded start).
 */
const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())
const HOUR = 3_600_000

/** A booked place in a class, on its own, starting inside its service's cancellation window. */
function insideWindow(): Booking {
  const state = demo.state()
  const found = serverWindowBookings(state, nowMs()).find((b) => {
    const start = Date.parse(b.startDate)
    const window = serviceOf(state, b).cancellationWindowHours * HOUR
    return (
      b.status === 'CONFIRMED' &&
      !b.multiServiceBookingInfo &&
      Boolean(b.bookedEntity.slot?.eventId) &&
      start > nowMs() &&
      start - window < nowMs()
    )
  })
  if (!found) throw new Error('no booking in the window starts inside its cancellation window')
  return found
}

const serverStatus = (id: string) => demo.state().bookings.find((b) => b.id === id)?.status
const today = () => demo.now().slice(0, 10)
const items = (db: RollcallDb, keyId = HARNESS_KEY_ID) => attentionItems(db, today(), keyId)

describe('a cancel inside the cancellation window', () => {
  it('is refused by the policy: Needs attention in words, the booking as on Wix, and "Cancel anyway"', async () => {
    const { db, engine } = await harness.freshDesk()
    const booking = insideWindow()
    const hours = serviceOf(demo.state(), booking).cancellationWindowHours
    await engine.actions.cancel(booking.id)
    expect((await db.bookings.get(booking.id))?.status).toBe('CANCELED')
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ conflicts: 1, done: 0 })
    expect(serverStatus(booking.id)).toBe('CONFIRMED')
    expect(await db.bookings.get(booking.id)).toMatchObject({ status: 'CONFIRMED', pendingIntents: 0 })
    const [item] = await items(db)
    expect(item?.reason).toContain(
      `cancellation policy (no cancellation later than ${hours} hours before the start) closed cancellations`,
    )
    expect(item?.reason).toContain('it is still booked, as on Wix')
    expect(item?.choices).toEqual(['cancelAnyway', 'discard', 'openBooking'])
    expect(item?.note).toBeNull()
  })

  it('is sent over the policy by "Cancel anyway", and Wix cancels it', async () => {
    const { db, engine } = await harness.freshDesk()
    const booking = insideWindow()
    await engine.actions.cancel(booking.id)
    await engine.pushNow()
    const [entry] = await db.outbox.toArray()
    await engine.actions.retry(entry?.mutationId ?? '', { anyway: true })
    expect((await db.outbox.toArray())[0]).toMatchObject({ state: 'queued', args: { anyway: true } })
    expect((await db.bookings.get(booking.id))?.status).toBe('CANCELED')
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ done: 1, conflicts: 0 })
    expect(serverStatus(booking.id)).toBe('CANCELED')
    expect(await items(db)).toEqual([])
  })
})

describe('a key without BOOKINGS.IGNORE_BOOKING_POLICY', () => {
  it('is refused a cancel anyway: remembered for the key, no longer offered, and the card says what to do', async () => {
    const { db, engine } = await harness.freshDesk()
    const [first, second] = serverWindowBookings(demo.state(), nowMs()).filter((b) => {
      const start = Date.parse(b.startDate)
      const window = serviceOf(demo.state(), b).cancellationWindowHours * HOUR
      return (
        b.status === 'CONFIRMED' && !b.multiServiceBookingInfo && start > nowMs() && start - window < nowMs()
      )
    })
    if (!first || !second) throw new Error('two bookings inside their window are needed')
    demo.setKeyScopes(allPermissionScopes.filter((scope) => scope !== 'ignoreBookingPolicy'))
    await engine.actions.cancel(first.id)
    await engine.actions.cancel(second.id)
    await engine.pushNow()
    expect((await items(db)).map((i) => i.choices)).toEqual([
      ['cancelAnyway', 'discard', 'openBooking'],
      ['cancelAnyway', 'discard', 'openBooking'],
    ])
    const [refusedFirst] = await db.outbox.where('bookingId').equals(first.id).toArray()
    await engine.actions.retry(refusedFirst?.mutationId ?? '', { anyway: true })
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ conflicts: 1, pausedForAuth: false })
    expect(engine.getState().phase).not.toBe('paused-auth')
    expect(serverStatus(first.id)).toBe('CONFIRMED')
    expect(await keyLacks(db, HARNESS_KEY_ID)).toEqual(new Set(['ignoreBookingPolicy']))
    const after = await items(db)
    const anyway = after.find((i) => i.bookingId === first.id)
    expect(anyway?.reason).toContain(
      'This API key may not cancel over the cancellation policy: give it the BOOKINGS.IGNORE_BOOKING_POLICY permission',
    )
    expect(anyway?.reason).toContain("in Wix's dashboard")
    // The other policy refusal no longer offers it either, and says why.
    const other = after.find((i) => i.bookingId === second.id)
    expect(other?.choices).toEqual(['discard', 'openBooking'])
    expect(other?.note).toContain('so Rollcall does not offer "Cancel anyway"')
    // A new key starts with nothing assumed: the choice is offered again.
    expect((await items(db, 'another-key')).find((i) => i.bookingId === second.id)?.choices).toContain(
      'cancelAnyway',
    )
  })
})

describe('a whole visit', () => {
  it('is refused inside the window like one booking, and canceled as a whole by "Cancel anyway"', async () => {
    const { db, engine } = await harness.freshDesk()
    const part = serverWindowBookings(demo.state(), nowMs()).find(
      (b) => b.status === 'CONFIRMED' && b.multiServiceBookingInfo?.id && Date.parse(b.startDate) > nowMs(),
    )
    const visitId = part?.multiServiceBookingInfo?.id
    if (!part || !visitId) throw new Error('no confirmed visit ahead in the window')
    const parts = demo.state().bookings.filter((b) => b.multiServiceBookingInfo?.id === visitId)
    // Pinned: the demo clock moved to an hour before the visit's first part, inside every service's window.
    const firstStart = Math.min(...parts.map((b) => Date.parse(b.startDate)))
    demo.setNow(firstStart - HOUR)
    await engine.actions.cancel(part.id)
    expect((await db.outbox.toArray())[0]?.args).toMatchObject({ visit: { visitId } })
    await engine.pushNow()
    const [item] = await items(db)
    expect(item?.choices).toEqual(['cancelAnyway', 'discard', 'openBooking'])
    expect(item?.reason).toContain(`closed cancellations for ${part.contactDetails?.firstName}`)
    expect(item?.reason).toContain('visit (')
    expect(parts.map((b) => serverStatus(b.id))).toEqual(parts.map(() => 'CONFIRMED'))
    await engine.actions.retry(item?.mutationId ?? '', { anyway: true })
    expect((await engine.pushNow()).push).toMatchObject({ done: 1 })
    expect(parts.map((b) => serverStatus(b.id))).toEqual(parts.map(() => 'CANCELED'))
  })
})

import { afterAll, describe, expect, it } from 'vitest'
import type { Booking } from '@shared/wix/booking'
import { TIME_ZONE } from '../db/fixtures'
import type { RollcallDb } from '../../../renderer/src/db/schema'
import { ActionRefused, deskActions, type ActionContext } from '../../../renderer/src/sync/actions'
import { replayOutbox } from '../../../renderer/src/sync/replay'
import { storeServerBookings } from '../../../renderer/src/sync/server-copies'
import { danaOn, fakeWix, MONDAY_8AM, monday9, newDb, replayContext } from './fake-wix'

/**
 * Multi-service visits (issue 19 case 4) and unfinished checkouts (case 1) at the desk: a confirm, decline or
 * cancel of a part acts on the whole visit — one outbox entry, shown on every part at once, sent through the
 * multi-service endpoint with every part's fresh revision, never as a single part's change; a confirm of a
 * CREATED booking is never sent. Clock pinned: Monday 23 November 2026, 8:00 AM (Chicago).
 */

const dbs: RollcallDb[] = []
afterAll(async () => {
  for (const db of dbs) await db.delete()
})

const visit = { id: 'visit-1', type: 'SEQUENTIAL_BOOKINGS' } as const
const part = (id: string, fields: Partial<Booking> = {}) =>
  danaOn(monday9(), { id, status: 'PENDING', multiServiceBookingInfo: visit, ...fields })

async function deskOver(wix: ReturnType<typeof fakeWix>): Promise<ActionContext> {
  const db = newDb('visits')
  dbs.push(db)
  await storeServerBookings(
    db,
    [...wix.bookings.values()].map((extended) => ({ extended, withAttendance: true })),
    TIME_ZONE,
  )
  return { db, staff: () => 'Front desk', timeZone: () => TIME_ZONE, now: () => MONDAY_8AM }
}

describe('a visit is confirmed, declined or canceled as a whole', () => {
  it('records one entry for the whole visit and shows it on every part at once', async () => {
    const wix = fakeWix({ bookings: [part('massage'), part('facial')] })
    const ctx = await deskOver(wix)
    const outcome = await deskActions.confirm.run(ctx, 'massage')
    expect(outcome.words).toBe('Confirmed Dana Lee (whole visit, 2 bookings)')
    const entries = await ctx.db.outbox.toArray()
    expect(entries.map((e) => [e.bookingId, e.intent, e.args])).toEqual([
      [
        'massage',
        'confirm',
        {
          bookingId: 'massage',
          fromWaitlist: false,
          overrideCapacity: false,
          visit: { visitId: 'visit-1', bookingIds: ['massage', 'facial'] },
        },
      ],
    ])
    for (const id of ['massage', 'facial'])
      expect(await ctx.db.bookings.get(id)).toMatchObject({ status: 'CONFIRMED', pendingIntents: 1 })
    // A pull of the other part keeps the desk's change on top of it.
    wix.change('facial', (b) => (b.paymentStatus = 'PAID'))
    await storeServerBookings(
      ctx.db,
      [{ extended: wix.bookings.get('facial')!, withAttendance: true }],
      TIME_ZONE,
    )
    expect(await ctx.db.bookings.get('facial')).toMatchObject({ status: 'CONFIRMED', revision: '4' })
  })

  it.each([
    ['confirm', 'bookings.confirmVisit', 'CONFIRMED'],
    ['decline', 'bookings.declineVisit', 'DECLINED'],
    ['cancel', 'bookings.cancelVisit', 'CANCELED'],
  ] as const)('%s: sent through %s with every part’s fresh revision', async (action, method, status) => {
    const wix = fakeWix({ bookings: [part('massage'), part('facial')] })
    const ctx = await deskOver(wix)
    await deskActions[action].run(ctx, 'facial')
    wix.change('massage', (b) => (b.paymentStatus = 'PAID')) // 3 → 4 meanwhile
    const report = await replayOutbox(replayContext(ctx.db, wix.gateway))
    expect(report).toMatchObject({ done: 1, conflicts: 0 })
    expect(wix.methods().filter((m) => !m.endsWith('query'))).toEqual([method])
    expect(wix.calls.find((c) => c.method === method)?.input).toEqual({
      visitId: 'visit-1',
      parts: [
        { bookingId: 'facial', revision: '3' },
        { bookingId: 'massage', revision: '4' },
      ],
    })
    for (const id of ['massage', 'facial'])
      expect(await ctx.db.bookings.get(id)).toMatchObject({ status, serverStatus: status, pendingIntents: 0 })
  })

  it('is a conflict in words, and nothing is sent, when one part was declined meanwhile', async () => {
    const wix = fakeWix({ bookings: [part('massage'), part('facial')] })
    const ctx = await deskOver(wix)
    await deskActions.confirm.run(ctx, 'massage')
    wix.change('facial', (b) => (b.status = 'DECLINED'))
    expect(await replayOutbox(replayContext(ctx.db, wix.gateway))).toMatchObject({ conflicts: 1 })
    expect(wix.methods().filter((m) => !m.endsWith('query'))).toEqual([])
    expect((await ctx.db.outbox.toArray())[0]?.attention).toMatchObject({
      code: 'BOOKING_DECLINED',
      reason: "Dana Lee's booking was declined by someone else at 4:00 AM before your confirm arrived",
    })
    expect(await ctx.db.bookings.get('massage')).toMatchObject({ status: 'PENDING', pendingIntents: 0 })
  })

  it('ends done without a call when every part is already so', async () => {
    const wix = fakeWix({ bookings: [part('massage'), part('facial')] })
    const ctx = await deskOver(wix)
    await deskActions.cancel.run(ctx, 'massage')
    wix.change('massage', (b) => (b.status = 'CANCELED'))
    wix.change('facial', (b) => (b.status = 'CANCELED'))
    expect(await replayOutbox(replayContext(ctx.db, wix.gateway))).toMatchObject({ done: 1 })
    expect(wix.methods().filter((m) => !m.endsWith('query'))).toEqual([])
  })
})

describe('a booking whose checkout is not finished (CREATED)', () => {
  it('is never offered as confirmable by the action', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9(), { status: 'CREATED' })] })
    const ctx = await deskOver(wix)
    await expect(deskActions.confirm.run(ctx, 'bkg-dana-flow')).rejects.toEqual(
      new ActionRefused(
        'Dana Lee has not finished checkout on the site yet. Wix confirms such a booking only through its checkout, so the desk cannot confirm it.',
      ),
    )
  })

  it('is a conflict at replay, not a send, when the booking turned CREATED on the server', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9(), { status: 'PENDING' })] })
    const ctx = await deskOver(wix)
    await deskActions.confirm.run(ctx, 'bkg-dana-flow')
    wix.change('bkg-dana-flow', (b) => (b.status = 'CREATED'))
    await storeServerBookings(
      ctx.db,
      [{ extended: wix.bookings.get('bkg-dana-flow')!, withAttendance: true }],
      TIME_ZONE,
    )
    expect(await replayOutbox(replayContext(ctx.db, wix.gateway))).toMatchObject({ conflicts: 1 })
    expect(wix.methods()).not.toContain('bookings.confirm')
    expect((await ctx.db.outbox.toArray())[0]?.attention).toMatchObject({
      code: 'CHECKOUT_NOT_FINISHED',
      reason:
        'Dana Lee has not finished checkout on the site yet. Wix confirms such a booking only through its checkout, so the desk cannot confirm it. Your confirm was not sent.',
    })
  })
})

import { afterAll, describe, expect, it } from 'vitest'
import type { CalendarEvent } from '@shared/wix/event'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import { courseBooking, TIME_ZONE } from '../db/fixtures'
import type { RollcallDb } from '../../../renderer/src/db/schema'
import { ActionRefused, deskActions, type ActionContext } from '../../../renderer/src/sync/actions'
import { replayOutbox } from '../../../renderer/src/sync/replay'
import { storeServerBookings, storeServerEvents } from '../../../renderer/src/sync/server-copies'
import {
  danaOn,
  fakeWix,
  MONDAY_8AM,
  monday9,
  moveTo,
  newDb,
  replayContext,
  thursday6pm,
  vinyasaAt,
} from './fake-wix'

/**
 * Reschedules at the desk (issue 19 case 3): a booked place in a class moved to another session of the same
 * service shows on the new roster at once, offline, is held for the undo window like every change Wix cannot
 * take back, and is sent on the booking's revision at send time — with a conflict in words when the new
 * session filled up or the customer moved first. Clock pinned: Monday 23 November 2026, 8:00 AM (Chicago).
 */

const dbs: RollcallDb[] = []
afterAll(async () => {
  for (const db of dbs) await db.delete()
})

const fridaySix = () => vinyasaAt('evt-vinyasa-1127', '2026-11-27T18:00:00', '2026-11-28T00:00:00.000Z')

async function deskOver(
  wix: ReturnType<typeof fakeWix>,
  fields: Partial<ActionContext> = {},
): Promise<ActionContext> {
  const db = newDb('reschedule')
  dbs.push(db)
  const events: CalendarEvent[] = [...wix.events.values()]
  await storeServerEvents(db, events, [])
  await storeServerBookings(
    db,
    [...wix.bookings.values()].map((extended: ExtendedBooking) => ({ extended, withAttendance: true })),
    TIME_ZONE,
  )
  return { db, staff: () => 'Front desk', timeZone: () => TIME_ZONE, now: () => MONDAY_8AM, ...fields }
}

const DANA = 'bkg-dana-flow'
const MONDAY = 'evt-vinyasa-1123'
const THURSDAY = 'evt-vinyasa-1126'

describe('rescheduling at the desk', () => {
  it('shows the person on the new session at once, and no longer on the old one', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), thursday6pm()] })
    const ctx = await deskOver(wix)
    const outcome = await deskActions.reschedule.run(ctx, DANA, THURSDAY)
    expect(outcome.words).toBe('Moved Dana Lee to Vinyasa Flow · Thu 6:00 PM')
    expect((await ctx.db.activity.toArray()).map((a) => a.summary)).toEqual([outcome.words])
    expect(await ctx.db.bookings.get(DANA)).toMatchObject({
      eventId: THURSDAY,
      day: '2026-11-26',
      startUtc: '2026-11-27T00:00:00.000Z',
      status: 'CONFIRMED',
      pendingIntents: 1,
    })
    expect(await ctx.db.bookings.where('eventId').equals(MONDAY).count()).toBe(0)
    expect((await ctx.db.outbox.toArray()).map((e) => [e.intent, e.args])).toEqual([
      [
        'reschedule',
        {
          bookingId: DANA,
          fromEventId: MONDAY,
          toEventId: THURSDAY,
          serviceId: 'svc-vinyasa',
          scheduleId: 'sch-vinyasa',
        },
      ],
    ])
  })

  it('is held for the undo window, and its Undo puts the person back where they were', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), thursday6pm()] })
    const ctx = await deskOver(wix, { undoWindowMs: 10_000 })
    const { recorded, words } = await deskActions.reschedule.run(ctx, DANA, THURSDAY)
    expect((await ctx.db.outbox.toArray())[0]?.holdUntil).toBe(MONDAY_8AM + 10_000)
    const undone = await deskActions.undo.run(ctx, recorded, words)
    expect(undone.notice.title).toBe('Undid: Moved Dana Lee to Vinyasa Flow · Thu 6:00 PM')
    expect(await ctx.db.bookings.get(DANA)).toMatchObject({
      eventId: MONDAY,
      day: '2026-11-23',
      startUtc: '2026-11-23T15:00:00.000Z',
      pendingIntents: 0,
    })
  })

  it.each([
    [
      'a part of a multi-service visit',
      danaOn(monday9(), { multiServiceBookingInfo: { id: 'visit-1', type: 'SEQUENTIAL_BOOKINGS' } }),
      "Dana Lee's booking is one part of a multi-service visit. Wix moves a visit only as a whole, so reschedule it in Wix.",
    ],
    [
      'a course booking',
      courseBooking({ id: DANA }),
      'Sam Okafor is booked on the whole course; a course booking cannot be moved to one session.',
    ],
    [
      'a pending request',
      danaOn(monday9(), { status: 'PENDING' }),
      "Dana Lee's booking is pending; only a booked place can be moved.",
    ],
  ])('refuses %s, in words, and records nothing', async (_, booking, words) => {
    const wix = fakeWix({ bookings: [booking], events: [monday9(), thursday6pm()] })
    const ctx = await deskOver(wix)
    await expect(deskActions.reschedule.run(ctx, DANA, THURSDAY)).rejects.toEqual(new ActionRefused(words))
    expect(await ctx.db.outbox.count()).toBe(0)
  })

  it('refuses to move someone checked in on the session, until the check-in is undone', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), thursday6pm()] })
    const ctx = await deskOver(wix)
    await deskActions.checkIn.run(ctx, [{ bookingId: DANA, eventId: MONDAY }])
    await expect(deskActions.reschedule.run(ctx, DANA, THURSDAY)).rejects.toThrow(
      'Dana Lee is checked in on this session; undo the check-in first, then move them.',
    )
    await deskActions.undoCheckIn.run(ctx, [{ bookingId: DANA, eventId: MONDAY }])
    await deskActions.reschedule.run(ctx, DANA, THURSDAY)
    expect(await ctx.db.bookings.get(DANA)).toMatchObject({ eventId: THURSDAY })
  })

  it('refuses a session of another service', async () => {
    const other = vinyasaAt('evt-spin', '2026-11-26T18:00:00', '2026-11-27T00:00:00.000Z', {
      externalScheduleId: 'svc-spin',
    })
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), other] })
    const ctx = await deskOver(wix)
    await expect(deskActions.reschedule.run(ctx, DANA, 'evt-spin')).rejects.toThrow(
      'Dana Lee can be moved only to another session of the same class.',
    )
  })
})

describe('sending a reschedule', () => {
  it('re-reads the booking and sends it on its current revision', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), thursday6pm()] })
    const ctx = await deskOver(wix)
    await deskActions.reschedule.run(ctx, DANA, THURSDAY)
    wix.change(DANA, (b) => (b.paymentStatus = 'PAID')) // revision 3 → 4 meanwhile
    const report = await replayOutbox(replayContext(ctx.db, wix.gateway))
    expect(report).toMatchObject({ done: 1, conflicts: 0 })
    expect(wix.calls.find((c) => c.method === 'bookings.reschedule')?.input).toEqual({
      bookingId: DANA,
      revision: '4',
      toEventId: THURSDAY,
      serviceId: 'svc-vinyasa',
      scheduleId: 'sch-vinyasa',
    })
    expect(await ctx.db.bookings.get(DANA)).toMatchObject({
      eventId: THURSDAY,
      revision: '5',
      pendingIntents: 0,
    })
  })

  it('ends in words under Needs attention when the new session filled up, the person back on the old one', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), thursday6pm()] })
    const ctx = await deskOver(wix)
    await deskActions.reschedule.run(ctx, DANA, THURSDAY)
    wix.refuseNext('bookings.reschedule', 'SESSION_CAPACITY_EXCEEDED')
    const report = await replayOutbox(replayContext(ctx.db, wix.gateway))
    expect(report).toMatchObject({ done: 0, conflicts: 1 })
    const [entry] = await ctx.db.outbox.toArray()
    expect(entry?.state).toBe('conflict')
    expect(entry?.attention).toMatchObject({
      code: 'SESSION_CAPACITY_EXCEEDED',
      reason:
        "Vinyasa Flow · Thu 6:00 PM filled up before Dana Lee's move reached Wix, so Dana Lee is still booked on Vinyasa Flow · Mon 9:00 AM. Retry if a place opens, or discard.",
      choices: ['retry', 'discard', 'openBooking'],
    })
    expect(await ctx.db.bookings.get(DANA)).toMatchObject({ eventId: MONDAY, day: '2026-11-23' })
  })

  it('is a conflict in words when the customer moved elsewhere first, and done when already there', async () => {
    const wix = fakeWix({
      bookings: [danaOn(monday9())],
      events: [monday9(), thursday6pm(), fridaySix()],
    })
    const ctx = await deskOver(wix)
    await deskActions.reschedule.run(ctx, DANA, THURSDAY)
    wix.change(DANA, (b) => moveTo(b, fridaySix()))
    await replayOutbox(replayContext(ctx.db, wix.gateway))
    expect(wix.methods()).not.toContain('bookings.reschedule')
    expect((await ctx.db.outbox.toArray())[0]?.attention).toMatchObject({
      code: 'BOOKING_MOVED',
      reason:
        'Dana Lee was moved to Vinyasa Flow · Fri 6:00 PM by someone else before your reschedule reached Wix. Nothing was changed; discard this, or move them again from their new session.',
      choices: ['discard', 'openBooking'],
    })
    expect(await ctx.db.bookings.get(DANA)).toMatchObject({ eventId: 'evt-vinyasa-1127' })

    const again = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), thursday6pm()] })
    const desk = await deskOver(again)
    await deskActions.reschedule.run(desk, DANA, THURSDAY)
    again.change(DANA, (b) => moveTo(b, thursday6pm()))
    expect(await replayOutbox(replayContext(desk.db, again.gateway))).toMatchObject({ done: 1 })
    expect(again.methods()).not.toContain('bookings.reschedule')
    expect((await desk.db.activity.toArray()).at(-1)).toMatchObject({
      outcome: 'synced',
      detail: 'Already on that session on Wix',
    })
  })
})

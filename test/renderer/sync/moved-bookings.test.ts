import { afterAll, describe, expect, it } from 'vitest'
import { TIME_ZONE } from '../db/fixtures'
import type { RollcallDb } from '../../../renderer/src/db/schema'
import { deskActions, type ActionContext } from '../../../renderer/src/sync/actions'
import { fullPull, incrementalPull, type PullContext } from '../../../renderer/src/sync/pull'
import { replayOutbox } from '../../../renderer/src/sync/replay'
import { DEFAULT_WINDOW } from '../../../renderer/src/sync/sync-window'
import {
  danaOn,
  fakeWix,
  MONDAY_8AM,
  monday9,
  moveTo,
  newDb,
  nextMonth,
  replayContext,
  thursday6pm,
} from './fake-wix'

/**
 * Bookings that leave their session (issue 19 cases 3 and 7): moved by the customer or another desk — to
 * another session, another day, or out of the synced days — or carried to a new session id when the business
 * edits a recurring series. The store follows them (no ghost session, no booking left on the old roster) and
 * a check-in queued on the session they left ends in words under Needs attention, never sent to the wrong
 * session and never lost. Clock pinned: Monday 23 November 2026, 8:00 AM (Chicago).
 */

const dbs: RollcallDb[] = []
afterAll(async () => {
  for (const db of dbs) await db.delete()
})

const DANA = 'bkg-dana-flow'
const MONDAY = 'evt-vinyasa-1123'

async function pulledDesk(wix: ReturnType<typeof fakeWix>, now = MONDAY_8AM) {
  const db = newDb('moved')
  dbs.push(db)
  const pull: PullContext = {
    db,
    gateway: wix.gateway,
    timeZone: TIME_ZONE,
    now: () => now,
    span: DEFAULT_WINDOW,
  }
  await fullPull(pull)
  const ctx: ActionContext = { db, staff: () => 'Front desk', timeZone: () => TIME_ZONE, now: () => now }
  return { db, pull, ctx }
}

/** The business edits the series: Monday's session gets a new id at the same time; Dana's booking follows. */
function businessEditsSeries(wix: ReturnType<typeof fakeWix>) {
  const renamed = { ...monday9(), id: 'evt-vinyasa-1123-v2' }
  wix.events.delete(MONDAY)
  wix.events.set(renamed.id, renamed)
  // Its bookings get a new revision, but no new updatedDate: only a read of today's sessions can notice.
  for (const [id, { booking }] of wix.bookings) {
    if (booking.bookedEntity.slot?.eventId !== MONDAY) continue
    const { updatedDate } = booking
    wix.change(id, (b) => {
      if (b.bookedEntity.slot) b.bookedEntity.slot.eventId = renamed.id
      b.updatedDate = updatedDate
    })
  }
}

describe('a check-in queued on the session a booking left', () => {
  it('is a conflict in words when the customer moved to another session before it reached Wix', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), thursday6pm()] })
    const { db, ctx } = await pulledDesk(wix)
    await deskActions.checkIn.run(ctx, [{ bookingId: DANA, eventId: MONDAY }]) // offline at 8:00
    wix.change(DANA, (b) => moveTo(b, thursday6pm()))
    wix.calls.length = 0
    // The line is back a minute later (pinned).
    const report = await replayOutbox(replayContext(db, wix.gateway, MONDAY_8AM + 60_000))
    expect(report).toMatchObject({ done: 0, conflicts: 1 })
    expect(wix.methods()).toEqual(['bookings.query'])
    expect((await db.outbox.toArray())[0]).toMatchObject({
      state: 'conflict',
      attention: {
        code: 'BOOKING_MOVED',
        reason:
          'Dana Lee moved to Thu 6:00 PM before the check-in reached Wix. The check-in was not sent; check Dana Lee in on the new session if they are here.',
        choices: ['discard', 'openBooking'],
      },
    })
    expect(await db.bookings.get(DANA)).toMatchObject({ eventId: 'evt-vinyasa-1126', day: '2026-11-26' })
  })

  it('is a conflict in words when the business replaced the recurring session by a new id', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9()] })
    const { db, ctx } = await pulledDesk(wix)
    await deskActions.checkIn.run(ctx, [{ bookingId: DANA, eventId: MONDAY }])
    businessEditsSeries(wix)
    await replayOutbox(replayContext(db, wix.gateway, MONDAY_8AM + 60_000))
    expect(wix.methods()).not.toContain('attendance.bulkSet')
    expect((await db.outbox.toArray())[0]?.attention).toMatchObject({
      code: 'SESSION_REPLACED',
      reason:
        "The 9:00 AM Vinyasa Flow was changed in Wix and has a new session; Dana Lee's check-in was not sent — check in again on the new session.",
    })
  })

  it('goes out at once, unlooked-at, when it did not wait and the booking is where it was', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9()] })
    const { db, ctx } = await pulledDesk(wix)
    await deskActions.checkIn.run(ctx, [{ bookingId: DANA, eventId: MONDAY }])
    wix.calls.length = 0
    expect(await replayOutbox(replayContext(db, wix.gateway))).toMatchObject({ done: 1 })
    expect(wix.methods()).toEqual(['attendance.bulkSet'])
  })
})

describe('the store follows a booking that moved', () => {
  it('drops a booking an incremental pull finds moved out of the window from the old roster', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), nextMonth()] })
    const { db, pull } = await pulledDesk(wix)
    wix.change(DANA, (b) => {
      moveTo(b, nextMonth())
      b.updatedDate = '2026-11-23T13:59:00.000Z'
    })
    expect(await incrementalPull(pull)).toMatchObject({ kind: 'incremental' })
    expect(await db.bookings.get(DANA)).toBeUndefined()
  })

  it('keeps one with work pending (replay decides), shown where Wix has it', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9(), nextMonth()] })
    const { db, pull, ctx } = await pulledDesk(wix)
    await deskActions.checkIn.run(ctx, [{ bookingId: DANA, eventId: MONDAY }])
    wix.change(DANA, (b) => {
      moveTo(b, nextMonth())
      b.updatedDate = '2026-11-23T13:59:00.000Z'
    })
    await incrementalPull(pull)
    expect(await db.bookings.get(DANA)).toMatchObject({ eventId: 'evt-vinyasa-1210', pendingIntents: 1 })
  })

  it('re-reads, on a full pull, a booking of the window Wix no longer lists for it, and drops it when it moved out', async () => {
    const wix = fakeWix({ bookings: [danaOn(monday9())], events: [monday9()] })
    const { db, pull } = await pulledDesk(wix)
    wix.change(DANA, (b) => moveTo(b, nextMonth())) // updatedDate unchanged: only a full pull can notice
    await fullPull(pull)
    expect(wix.calls.some((c) => String(JSON.stringify(c.input)).includes('"by":"ids"'))).toBe(true)
    expect(await db.bookings.get(DANA)).toBeUndefined()
  })

  it('drops, on a full pull, a booking Wix no longer has — unless work is pending for it', async () => {
    const wix = fakeWix({
      bookings: [danaOn(monday9()), danaOn(monday9(), { id: 'bkg-sam' })],
      events: [monday9()],
    })
    const { db, pull, ctx } = await pulledDesk(wix)
    await deskActions.checkIn.run(ctx, [{ bookingId: 'bkg-sam', eventId: MONDAY }])
    wix.bookings.clear()
    await fullPull(pull)
    expect(await db.bookings.get(DANA)).toBeUndefined()
    expect(await db.bookings.get('bkg-sam')).toMatchObject({ pendingIntents: 1 })
  })

  it('keeps no ghost of a recurring session replaced today, and its bookings follow the new id at once', async () => {
    // Sam's later change puts the watermark past Dana's: an incremental pull does not list Dana again.
    const sam = danaOn(monday9(), { id: 'bkg-sam', updatedDate: '2026-11-23T13:00:00.000Z' })
    const wix = fakeWix({ bookings: [danaOn(monday9()), sam], events: [monday9()] })
    const { db, pull } = await pulledDesk(wix)
    businessEditsSeries(wix)
    await incrementalPull(pull)
    expect(await db.events.get(MONDAY)).toBeUndefined()
    expect(await db.events.get('evt-vinyasa-1123-v2')).toBeDefined()
    expect(await db.bookings.get(DANA)).toMatchObject({ eventId: 'evt-vinyasa-1123-v2' })
    expect(await db.attendance.where('eventId').equals(MONDAY).count()).toBe(0)
  })
})

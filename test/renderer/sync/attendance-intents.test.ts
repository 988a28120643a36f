import { afterAll, describe, expect, it } from 'vitest'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import type { OutboxRow } from '../../../renderer/src/db/rows'
import { RollcallDb } from '../../../renderer/src/db/schema'
import type { AttendanceStatus } from '@shared/wix/attendance'
import { deskActions, type ActionContext, type AttendanceTarget } from '../../../renderer/src/sync/actions'
import { storeServerBookings } from '../../../renderer/src/sync/server-copies'
import { FLOW_NOW, TIME_ZONE, flowBooking } from './flow-bookings'

/**
 * The attendance intents the desk records (SDK-A setAttendance ~584-595): a count that agrees with the
 * status — the party for a check-in, never more than 1 for a no-show or an undone check-in — and an undo that
 * sends back the state it replaced with such a count.
 */
const dbs: RollcallDb[] = []
afterAll(() => dbs.forEach((db) => db.close()))

const target = { bookingId: 'party-of-3', eventId: 'evt-flow' }

/** A store holding one confirmed booking for 3 people, with the attendance record Wix has for it (if any). */
async function deskWith(record?: ExtendedBooking['attendance']): Promise<ActionContext> {
  const db = new RollcallDb(`attendance-intents-${dbs.length + 1}`)
  dbs.push(db)
  const booking = flowBooking(target.bookingId, 'Dana')
  booking.booking.totalParticipants = 3
  await storeServerBookings(
    db,
    [{ extended: record ? { ...booking, attendance: record } : booking, withAttendance: true }],
    TIME_ZONE,
  )
  return { db, staff: () => 'Front desk', timeZone: () => TIME_ZONE, now: () => FLOW_NOW }
}

/** The desk's attendance actions, by the status each sets. */
const ACTION_SETTING = { ATTENDED: 'checkIn', NOT_SET: 'undoCheckIn', NOT_ATTENDED: 'markNoShow' } as const

async function setAttendance(ctx: ActionContext, targets: AttendanceTarget[], status: AttendanceStatus) {
  return (await deskActions[ACTION_SETTING[status]].run(ctx, targets)).recorded
}

type AttendanceArgs = Extract<OutboxRow, { intent: 'setAttendance' }>['args']

async function sentArgs(ctx: ActionContext): Promise<AttendanceArgs[]> {
  return (await ctx.db.outbox.toArray()).flatMap((e) => (e.intent === 'setAttendance' ? [e.args] : []))
}

/** As if the replayer had sent every queued entry: what Undo finds then is on Wix already. */
async function markAllSent(ctx: ActionContext) {
  await ctx.db.outbox.toCollection().modify({ state: 'done' })
}

describe('the attendance intents the desk records', () => {
  it('checks a party of 3 in as 3 attendees; its undo goes back to NOT_SET with 1', async () => {
    const ctx = await deskWith()
    const [recorded] = await setAttendance(ctx, [target], 'ATTENDED')
    expect(await sentArgs(ctx)).toEqual([{ ...target, status: 'ATTENDED', numberOfAttendees: 3 }])
    expect(recorded?.inverse).toEqual({
      intent: 'setAttendance',
      args: { ...target, status: 'NOT_SET', numberOfAttendees: 1 },
    })
  })

  it('marks a party of 3 as a no-show with 1, never with the party size', async () => {
    const ctx = await deskWith()
    await setAttendance(ctx, [target], 'NOT_ATTENDED')
    expect(await sentArgs(ctx)).toEqual([{ ...target, status: 'NOT_ATTENDED', numberOfAttendees: 1 }])
    expect((await ctx.db.attendance.get([target.bookingId, target.eventId]))?.numberOfAttendees).toBe(1)
  })

  it('undoes a check-in with NOT_SET and 1', async () => {
    const ctx = await deskWith({ id: 'a1', status: 'ATTENDED', numberOfAttendees: 3 })
    const [recorded] = await setAttendance(ctx, [target], 'NOT_SET')
    expect(await sentArgs(ctx)).toEqual([{ ...target, status: 'NOT_SET', numberOfAttendees: 1 }])
    expect(recorded?.inverse?.args).toEqual({ ...target, status: 'ATTENDED', numberOfAttendees: 3 })
  })

  it('goes back to a no-show with 1 even when the record on Wix carried the party size', async () => {
    // Wix accepts mismatches, so another client may have left NOT_ATTENDED with 3.
    const ctx = await deskWith({ id: 'a1', status: 'NOT_ATTENDED', numberOfAttendees: 3 })
    const [recorded] = await setAttendance(ctx, [target], 'ATTENDED')
    expect(recorded?.inverse?.args).toEqual({ ...target, status: 'NOT_ATTENDED', numberOfAttendees: 1 })
  })

  it('goes back to the 2 of 3 who had come when a no-show replaced them', async () => {
    const ctx = await deskWith({ id: 'a1', status: 'ATTENDED', numberOfAttendees: 2 })
    const [recorded] = await setAttendance(ctx, [target], 'NOT_ATTENDED')
    expect(recorded?.inverse?.args).toEqual({ ...target, status: 'ATTENDED', numberOfAttendees: 2 })
  })

  it('queues the state before, with a valid count, when Undo comes after the check-in was sent', async () => {
    const ctx = await deskWith({ id: 'a1', status: 'NOT_ATTENDED', numberOfAttendees: 3 })
    const recorded = await setAttendance(ctx, [target], 'ATTENDED')
    await markAllSent(ctx)
    expect(await deskActions.undo.run(ctx, recorded, 'Checked in Dana')).toMatchObject({
      dropped: 0,
      reversed: 1,
      refused: [],
    })
    const queued = (await ctx.db.outbox.toArray()).filter((e) => e.state === 'queued')
    expect(queued.map((e) => e.args)).toEqual([{ ...target, status: 'NOT_ATTENDED', numberOfAttendees: 1 }])
    expect(await ctx.db.attendance.get([target.bookingId, target.eventId])).toMatchObject({
      status: 'NOT_ATTENDED',
      numberOfAttendees: 1,
      pending: true,
    })
  })
})

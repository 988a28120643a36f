import { afterAll, describe, expect, it } from 'vitest'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import { eventRow } from '../../../renderer/src/db/event-rows'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { deskActions, type ActionContext, type ActionOutcome } from '../../../renderer/src/sync/actions'
import { storeServerBookings } from '../../../renderer/src/sync/server-copies'
import { FLOW_NOW, TIME_ZONE, flowBooking, flowEvent } from './flow-bookings'

/**
 * Each desk action is declared once (sync/actions.ts `deskActions`) with its words: the toast shows the
 * words the action returns and the activity log keeps the same words, line by line — one story, not two.
 * The clock is pinned (FLOW_NOW).
 */

const dbs: RollcallDb[] = []
afterAll(async () => {
  for (const db of dbs) await db.delete()
})

async function deskWith(...bookings: ExtendedBooking[]): Promise<ActionContext> {
  const db = new RollcallDb(`actions-${String(dbs.length + 1)}`)
  dbs.push(db)
  await storeServerBookings(
    db,
    bookings.map((extended) => ({ extended, withAttendance: true })),
    TIME_ZONE,
  )
  return { db, staff: () => 'Front desk', timeZone: () => TIME_ZONE, now: () => FLOW_NOW }
}

function booking(id: string, firstName: string, status = 'CONFIRMED'): ExtendedBooking {
  const b = flowBooking(id, firstName)
  b.booking.status = status
  return b
}

async function activityLines(ctx: ActionContext) {
  return (await ctx.db.activity.toArray()).map((a) => a.summary)
}

const at = (bookingId: string) => ({ bookingId, eventId: 'evt-flow' })

describe("the desk's actions say what they did once, in the toast and the log alike", () => {
  it.each([
    ['checkIn', 'Checked in Dana Lee'],
    ['undoCheckIn', 'Undid check-in for Dana Lee'],
    ['markNoShow', 'Marked Dana Lee as no-show'],
  ] as const)('%s of one person: "%s"', async (name, words) => {
    const ctx = await deskWith(booking('b1', 'Dana'))
    const outcome: ActionOutcome = await deskActions[name].run(ctx, [at('b1')])
    expect(outcome.words).toBe(words)
    expect(await activityLines(ctx)).toEqual([words])
  })

  it('clears a no-show back to not checked in (NOT_SET), and refuses one that is not a no-show', async () => {
    const ctx = await deskWith(booking('b1', 'Dana'), booking('b2', 'Sam'))
    await deskActions.markNoShow.run(ctx, [at('b1')])
    const outcome = await deskActions.clearNoShow.run(ctx, [at('b1')])
    expect(outcome.words).toMatch(/^Cleared no-show for Dana Lee/)
    expect((await ctx.db.attendance.get(['b1', 'evt-flow']))?.status).toBe('NOT_SET')
    const queued = await ctx.db.outbox.toArray()
    expect(queued.at(-1)).toMatchObject({
      intent: 'setAttendance',
      args: { bookingId: 'b1', status: 'NOT_SET' },
    })
    await expect(deskActions.clearNoShow.run(ctx, [at('b2')])).rejects.toThrow(
      'Sam Lee is not marked as no-show.',
    )
    expect(await ctx.db.outbox.count()).toBe(queued.length)
  })

  it('names each person in the log, and up to three in the toast, when one press checks in several', async () => {
    const ctx = await deskWith(booking('b1', 'Dana'), booking('b2', 'Sam'), booking('b3', 'Ana'))
    const outcome = await deskActions.checkIn.run(ctx, [at('b1'), at('b2'), at('b3')])
    expect(outcome.words).toBe('Checked in Dana Lee, Sam Lee and Ana Lee')
    expect(outcome.recorded).toHaveLength(3)
    expect(await activityLines(ctx)).toEqual([
      'Checked in Dana Lee',
      'Checked in Sam Lee',
      'Checked in Ana Lee',
    ])
  })

  it('counts the people in the toast beyond three', async () => {
    const ctx = await deskWith(...['Dana', 'Sam', 'Ana', 'Bo'].map((name, i) => booking(`b${i + 1}`, name)))
    const outcome = await deskActions.checkIn.run(ctx, [at('b1'), at('b2'), at('b3'), at('b4')])
    expect(outcome.words).toBe('Checked in 4 people')
  })

  describe('with the session in the store, its title, weekday and start (pinned: Mon Nov 23, 2026)', () => {
    const flow = 'Vinyasa Flow · Mon 9:00 AM'
    async function deskWithFlow(...bookings: ExtendedBooking[]) {
      const ctx = await deskWith(...bookings)
      await ctx.db.events.put(eventRow(flowEvent()))
      return ctx
    }

    it('names the session in the toast and in each activity line of a check-in', async () => {
      const ctx = await deskWithFlow(booking('b1', 'Dana'), booking('b2', 'Sam'))
      const outcome = await deskActions.checkIn.run(ctx, [at('b1'), at('b2')])
      expect(outcome.words).toBe(`Checked in Dana Lee and Sam Lee to ${flow}`)
      expect(await activityLines(ctx)).toEqual([
        `Checked in Dana Lee to ${flow}`,
        `Checked in Sam Lee to ${flow}`,
      ])
    })

    it.each([
      ['undoCheckIn', `Undid check-in for Dana Lee at ${flow}`],
      ['markNoShow', `Marked Dana Lee as no-show at ${flow}`],
    ] as const)('%s: "%s"', async (name, words) => {
      const ctx = await deskWithFlow(booking('b1', 'Dana'))
      const outcome = await deskActions[name].run(ctx, [at('b1')])
      expect(outcome.words).toBe(words)
      expect(await activityLines(ctx)).toEqual([words])
    })

    it.each([
      ['confirm', 'PENDING', `Confirmed Dana Lee for ${flow}`],
      ['decline', 'PENDING', `Declined Dana Lee for ${flow}`],
      ['cancel', 'CONFIRMED', `Canceled Dana Lee's booking for ${flow}`],
    ] as const)('%s: "%s"', async (name, status, words) => {
      const ctx = await deskWithFlow(booking('b1', 'Dana', status))
      const outcome = await deskActions[name].run(ctx, 'b1')
      expect(outcome.words).toBe(words)
      expect(await activityLines(ctx)).toEqual([words])
    })
  })

  it.each([
    ['confirm', 'PENDING', 'Confirmed Dana Lee'],
    ['decline', 'PENDING', 'Declined Dana Lee'],
    ['cancel', 'CONFIRMED', "Canceled Dana Lee's booking"],
  ] as const)('%s: "%s"', async (name, status, words) => {
    const ctx = await deskWith(booking('b1', 'Dana', status))
    const outcome = await deskActions[name].run(ctx, 'b1')
    expect(outcome.words).toBe(words)
    expect(await activityLines(ctx)).toEqual([words])
  })

  it('moves from the waitlist in the same words in both places, saying when it is over capacity', async () => {
    const ctx = await deskWith(booking('b1', 'Dana', 'WAITING_LIST'))
    const outcome = await deskActions.promoteFromWaitlist.run(ctx, 'b1', { override: true })
    expect(outcome.words).toBe('Moved Dana Lee from the waitlist to booked (over capacity)')
    expect(await activityLines(ctx)).toEqual([outcome.words])
  })

  it('says how an undo went in words made from the action’s own', async () => {
    const ctx = await deskWith(booking('b1', 'Dana'))
    const { recorded, words } = await deskActions.checkIn.run(ctx, [at('b1')])
    const undone = await deskActions.undo.run(ctx, recorded, words)
    expect(undone.notice).toEqual({ tone: 'info', title: 'Undid: Checked in Dana Lee' })
    const again = await deskActions.undo.run(ctx, recorded, words)
    expect(again.notice).toEqual({ tone: 'info', title: 'Already undone: Checked in Dana Lee' })
  })

  it('declares how the desk treats each action: undoable, a decision, or an undo', () => {
    const kinds = Object.fromEntries(Object.entries(deskActions).map(([name, a]) => [name, a.kind]))
    expect(kinds).toEqual({
      checkIn: 'undoable',
      undoCheckIn: 'undoable',
      markNoShow: 'undoable',
      clearNoShow: 'undoable',
      confirm: 'undoable',
      decline: 'undoable',
      cancel: 'undoable',
      reschedule: 'undoable',
      promoteFromWaitlist: 'undoable',
      addWalkIn: 'undoable',
      retry: 'decision',
      discard: 'decision',
      undo: 'undo',
    })
  })
})

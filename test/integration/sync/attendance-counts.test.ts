import { describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { openSyncHarness } from './sync-harness'

/**
 * Attendance counts as Wix wants them (SDK-A setAttendance ~584-595), against the demo site, which refuses a
 * count above 1 with NOT_ATTENDED or NOT_SET: a no-show is never a party size, and an undo sends the state
 * it replaced with a count that agrees with it.
 */
const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())

/**
 * A confirmed party of 3 that a customer booked online into one of today's classes (whose attendance every
 * pull reads again), pulled into the desk's store.
 */
async function partyOf3(engine: { syncNow(): Promise<unknown> }) {
  const today = businessDayOf(new Date(nowMs()), harness.timeZone)
  const classes = demo
    .state()
    .events.filter(
      (e) =>
        e.kind === 'CLASS' &&
        businessDayOf(new Date(e.startMs), harness.timeZone) === today &&
        e.endMs > nowMs(),
    )
  for (const event of classes) {
    try {
      const booking = demo.world.customerBooks({ eventId: event.id, participants: 3, status: 'CONFIRMED' })
      await engine.syncNow()
      return { booking, eventId: event.id, party: 3 }
    } catch {
      // Full: the next class.
    }
  }
  throw new Error('no class today with room for a party of 3')
}

const onWix = (bookingId: string, eventId: string) =>
  demo.state().attendance.find((a) => a.bookingId === bookingId && a.eventId === eventId)

describe('attendance counts on the wire', () => {
  it('marks a party of 3 as a no-show on Wix with 1 attendee, not the party size', async () => {
    const { db, engine } = await harness.freshDesk()
    const { booking, eventId } = await partyOf3(engine)
    await engine.actions.markNoShow([{ bookingId: booking.id, eventId }])
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ done: 1, conflicts: 0 })
    expect(onWix(booking.id, eventId)).toMatchObject({ status: 'NOT_ATTENDED', numberOfAttendees: 1 })
    expect((await db.outbox.toArray()).map((e) => e.state)).toEqual(['done'])
  })

  it('undoes a sent check-in of a party of 3 by sending back the no-show another desk had left, with 1', async () => {
    const { db, engine } = await harness.freshDesk()
    const { booking, eventId, party } = await partyOf3(engine)
    // Wix accepts a mismatch from another client: a no-show recorded with the party size.
    demo.world.deskSetsAttendance({
      bookingId: booking.id,
      eventId,
      status: 'NOT_ATTENDED',
      numberOfAttendees: party,
    })
    await engine.syncNow()
    expect(await db.attendance.get([booking.id, eventId])).toMatchObject({
      serverStatus: 'NOT_ATTENDED',
      serverNumberOfAttendees: party,
    })

    const { recorded: sent, words: sentWords } = await engine.actions.checkIn([
      { bookingId: booking.id, eventId },
    ])
    await engine.pushNow()
    expect(onWix(booking.id, eventId)).toMatchObject({ status: 'ATTENDED', numberOfAttendees: party })

    expect(await engine.actions.undo(sent, sentWords)).toMatchObject({ dropped: 0, reversed: 1, refused: [] })
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ done: 1, conflicts: 0 })
    expect(onWix(booking.id, eventId)).toMatchObject({ status: 'NOT_ATTENDED', numberOfAttendees: 1 })
    expect((await db.outbox.toArray()).map((e) => e.state)).toEqual(['done', 'done'])
    expect(engine.getState().attentionCount).toBe(0)
  })

  it('undoes a sent check-in of a party of 3 that had no record by sending NOT_SET with 1', async () => {
    const { db, engine } = await harness.freshDesk()
    const { booking, eventId } = await partyOf3(engine)
    expect(onWix(booking.id, eventId)).toBeUndefined()
    const { recorded: sent, words: sentWords } = await engine.actions.checkIn([
      { bookingId: booking.id, eventId },
    ])
    await engine.pushNow()
    await engine.actions.undo(sent, sentWords)
    expect((await engine.pushNow()).push).toMatchObject({ done: 1, conflicts: 0 })
    expect(onWix(booking.id, eventId)).toMatchObject({ status: 'NOT_SET', numberOfAttendees: 1 })
    expect((await db.activity.toArray()).map((a) => a.outcome)).toEqual(['synced', 'synced'])
  })
})

// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { describe, expect, it } from 'vitest'
import { bookingParticipantCount } from '@shared/wix/booking-participants'
import type { Booking } from '@shared/wix/booking'
import { incrementalPull } from '../../../renderer/src/sync/pull'
import { DEFAULT_WINDOW } from '../../../renderer/src/sync/sync-window'
import { occupancyOf } from '../../demo-site/seed-lookups'
import { openSyncHarness } from './sync-harness'
import { differencesFromServer, serverWindowBookings } from './store-comparison'

const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())

const freshDesk = () => harness.freshDesk()

function windowBooking(predicate: (b: Booking) => boolean): Booking {
  const found = serverWindowBookings(demo.state(), nowMs()).find(predicate)
  if (!found) throw new Error('no booking in the window matches')
  return found
}

const serverBooking = (id: string) => demo.state().bookings.find((b) => b.id === id)
/** A slot booking's attendance at its session on the demo site ('NOT_SET': none recorded). */
const attendanceOf = (b: Booking) =>
  demo.state().attendance.find((a) => a.bookingId === b.id && a.eventId === b.bookedEntity.slot?.eventId)
    ?.status ?? 'NOT_SET'
const entries = (db: Awaited<ReturnType<typeof freshDesk>>['db']) => db.outbox.toArray()
const calls = (pathPart: string) => demo.requestLog().filter((r) => r.path.includes(pathPart))

describe('replaying the outbox against the demo site', () => {
  it('sends a check-in, marks it done and records the outcome in the activity log', async () => {
    const { db, engine } = await freshDesk()
    // Someone not checked in yet on the site, so the check-in is a change Wix must receive.
    const booking = windowBooking((b) => b.status === 'CONFIRMED' && attendanceOf(b) === 'NOT_SET')
    const eventId = booking.bookedEntity.slot?.eventId ?? ''
    await engine.actions.checkIn([{ bookingId: booking.id, eventId }])
    expect((await db.attendance.get([booking.id, eventId]))?.status).toBe('ATTENDED')
    expect(engine.getState().pendingCount).toBe(1)
    const report = await engine.pushNow()
    expect(report.push?.done).toBe(1)
    expect(
      demo.state().attendance.find((a) => a.bookingId === booking.id && a.eventId === eventId)?.status,
    ).toBe('ATTENDED')
    expect(engine.getState().pendingCount).toBe(0)
    expect((await db.activity.toArray()).map((a) => [a.summary.startsWith('Checked in'), a.outcome])).toEqual(
      [[true, 'synced']],
    )
  })

  it('rebases a pending confirm over a concurrent server change, then sends it on the fresh revision', async () => {
    const { db, engine } = await freshDesk()
    const pending = windowBooking((b) => b.status === 'PENDING')
    engine.setOnline(false)
    await engine.actions.confirm(pending.id)
    demo.advanceClock(30_000)
    const paid = demo.world.customerPays(pending.id)
    await incrementalPull({
      db,
      gateway: harness.gateway,
      timeZone: harness.timeZone,
      now: nowMs,
      span: DEFAULT_WINDOW,
    })
    const rebased = await db.bookings.get(pending.id)
    expect(rebased).toMatchObject({
      revision: paid.revision,
      paymentStatus: 'PAID',
      serverStatus: 'PENDING',
      status: 'CONFIRMED',
      pendingIntents: 1,
    })
    engine.setOnline(true)
    expect((await engine.pushNow()).push?.done).toBe(1)
    expect(serverBooking(pending.id)?.status).toBe('CONFIRMED')
    expect(await db.bookings.get(pending.id)).toMatchObject({
      status: 'CONFIRMED',
      serverStatus: 'CONFIRMED',
      pendingIntents: 0,
    })
  })

  it('on a stale revision (409) re-reads the booking and retries when the intent still holds', async () => {
    const { db, engine } = await freshDesk()
    const pending = windowBooking((b) => b.status === 'PENDING')
    await engine.actions.confirm(pending.id)
    demo.world.customerPays(pending.id)
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ done: 1, conflicts: 0 })
    expect(calls('/confirm').map((c) => c.outcome)).toEqual([409, 200])
    expect(serverBooking(pending.id)?.status).toBe('CONFIRMED')
    expect((await entries(db))[0]?.state).toBe('done')
  })

  it('shows a confirm that arrived after the customer canceled as a conflict, reverted to the server truth', async () => {
    const { db, engine } = await freshDesk()
    const pending = windowBooking((b) => b.status === 'PENDING' && Boolean(b.contactDetails?.firstName))
    engine.setOnline(false)
    await engine.actions.confirm(pending.id)
    expect((await db.bookings.get(pending.id))?.status).toBe('CONFIRMED')
    demo.setNow('2026-03-10T15:42:00.000Z') // 10:42 in Chicago (CDT)
    demo.world.customerCancels(pending.id)
    engine.setOnline(true)
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ conflicts: 1, done: 0 })
    expect(calls('/confirm')).toHaveLength(1)
    const [entry] = await entries(db)
    const name = `${pending.contactDetails?.firstName} ${pending.contactDetails?.lastName}`
    expect(entry?.state).toBe('conflict')
    expect(entry?.attention?.reason).toBe(`${name} canceled at 10:42 AM before your confirm arrived`)
    // Wix takes no change to a canceled booking: no Retry.
    expect(entry?.attention?.choices).toEqual(['discard', 'openBooking'])
    expect(await db.bookings.get(pending.id)).toMatchObject({ status: 'CANCELED', pendingIntents: 0 })
    expect(engine.getState()).toMatchObject({ attentionCount: 1, pendingCount: 0 })
    expect((await db.activity.toArray())[0]).toMatchObject({ outcome: 'conflict' })
  })

  it('refuses a waitlist promotion into a full class until the desk overrides the capacity', async () => {
    const { db, engine } = await freshDesk()
    const state = demo.state()
    const waitlisted = windowBooking((b) => {
      const event = state.events.find((e) => e.id === b.bookedEntity.slot?.eventId)
      return (
        b.status === 'WAITING_LIST' &&
        !!event &&
        occupancyOf(state, event.id) + bookingParticipantCount(b) > event.totalCapacity
      )
    })
    await engine.actions.promoteFromWaitlist(waitlisted.id, { override: false })
    expect((await engine.pushNow()).push?.conflicts).toBe(1)
    const [entry] = await entries(db)
    expect(entry?.attention).toMatchObject({
      code: 'NO_OPEN_SPOTS',
      choices: ['retryWithOverride', 'discard', 'openBooking'],
    })
    expect(entry?.attention?.reason).toMatch(/is full, so .+ could not be moved from the waitlist/)
    expect((await db.bookings.get(waitlisted.id))?.status).toBe('WAITING_LIST')
    expect(serverBooking(waitlisted.id)?.status).toBe('WAITING_LIST')

    await engine.actions.retry(entry?.mutationId ?? '', { override: true })
    expect((await engine.pushNow()).push?.done).toBe(1)
    expect(serverBooking(waitlisted.id)?.status).toBe('CONFIRMED')
  })

  it('pauses on a 401 mid-replay, keeps the queue, and finishes after reconnecting', async () => {
    const { db, engine } = await freshDesk()
    // People not checked in yet (the demo site seeds attendance on earlier sessions and partly arrived
    // parties), so each check-in is a change Wix has to take.
    const confirmed = serverWindowBookings(demo.state(), nowMs())
      .filter((b) => b.status === 'CONFIRMED' && attendanceOf(b) === 'NOT_SET')
      .slice(0, 3)
    const pending = windowBooking((b) => b.status === 'PENDING')
    await engine.actions.checkIn(
      confirmed.slice(0, 2).map((b) => ({ bookingId: b.id, eventId: b.bookedEntity.slot?.eventId ?? '' })),
    )
    await engine.actions.confirm(pending.id)
    // The key itself fails: its writes and its reads. (A 401 on the write alone is that change's missing
    // permission, not the key: test/integration/sync/permissions.test.ts.)
    demo.injectFault({ kind: 'status', status: 401, pathIncludes: '/confirm', count: 5 })
    demo.injectFault({ kind: 'status', status: 401, pathIncludes: '/extended-bookings/query', count: 5 })
    const paused = await engine.pushNow()
    expect(paused.push?.pausedForAuth).toBe(true)
    expect(engine.getState().phase).toBe('paused-auth')
    expect((await entries(db)).filter((e) => e.state === 'queued').map((e) => e.intent)).toEqual(['confirm'])
    // While paused, the timer does not hammer Wix.
    await engine.actions.checkIn([
      { bookingId: confirmed[2]?.id ?? '', eventId: confirmed[2]?.bookedEntity.slot?.eventId ?? '' },
    ])
    demo.clearFaults()
    engine.resume()
    expect((await engine.syncNow()).push?.done).toBe(2)
    expect(engine.getState()).toMatchObject({ phase: 'idle', pendingCount: 0 })
    expect(serverBooking(pending.id)?.status).toBe('CONFIRMED')
    expect(confirmed.map(attendanceOf)).toEqual(['ATTENDED', 'ATTENDED', 'ATTENDED'])
  })

  it('does not let a poisoned item block the others', async () => {
    const { db, engine } = await freshDesk()
    const bookings = serverWindowBookings(demo.state(), nowMs())
      .filter((b) => b.status === 'CONFIRMED')
      .slice(0, 6)
    const [poisoned, ...good] = bookings
    const otherEvent =
      windowBooking((b) => b.bookedEntity.slot?.eventId !== poisoned?.bookedEntity.slot?.eventId).bookedEntity
        .slot?.eventId ?? ''
    await engine.actions.checkIn([
      { bookingId: poisoned?.id ?? '', eventId: otherEvent },
      ...good.map((b) => ({ bookingId: b.id, eventId: b.bookedEntity.slot?.eventId ?? '' })),
    ])
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ done: 5 })
    const states = (await entries(db)).map((e) => e.state)
    expect(states.filter((s) => s === 'done')).toHaveLength(5)
    expect(states.filter((s) => s === 'failed' || s === 'conflict')).toHaveLength(1)
    for (const b of good)
      expect(demo.state().attendance.find((a) => a.bookingId === b.id)?.status).toBe('ATTENDED')
  })

  it('collapses and batches: 100 check-ins (with changes of mind) go out in at most 13 attendance calls', async () => {
    const { db, engine } = await freshDesk()
    const people = serverWindowBookings(demo.state(), nowMs())
      .filter((b) => b.status === 'CONFIRMED')
      .slice(0, 100)
    expect(people).toHaveLength(100)
    const targets = people.map((b) => ({ bookingId: b.id, eventId: b.bookedEntity.slot?.eventId ?? '' }))
    await engine.actions.checkIn(targets)
    await engine.actions.undoCheckIn(targets.slice(0, 10))
    await engine.actions.markNoShow(targets.slice(0, 5))
    expect(engine.getState().pendingCount).toBe(115)
    demo.requestLog()
    const before = calls('bulk').length
    await engine.pushNow()
    const bulkCalls = calls('bulk').length - before
    expect(bulkCalls).toBeLessThanOrEqual(13)
    expect(engine.getState().pendingCount).toBe(0)
    expect((await entries(db)).every((e) => e.state === 'done')).toBe(true)
    const status = (b: Booking) => demo.state().attendance.find((a) => a.bookingId === b.id)?.status
    expect(people.slice(0, 5).map(status)).toEqual(Array(5).fill('NOT_ATTENDED'))
    expect(people.slice(5, 10).map(status)).toEqual(Array(5).fill('NOT_SET'))
    expect(people.slice(10).every((b) => status(b) === 'ATTENDED')).toBe(true)
    expect(await differencesFromServer(db, demo.state(), nowMs())).toEqual([])
  })
})

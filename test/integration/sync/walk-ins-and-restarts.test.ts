import { describe, expect, it } from 'vitest'
import type { DemoEvent } from '../../../electron/demo-site'
import { occupancyOf } from '../../demo-site/seed-lookups'
import { openSyncHarness } from './sync-harness'
import { differencesFromServer } from './store-comparison'

const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())

const freshDesk = () => harness.freshDesk()

/** A class session of today that has room. */
function todaysOpenClass(): DemoEvent {
  const state = demo.state()
  const found = state.events.find(
    (e) =>
      e.kind === 'CLASS' &&
      e.startMs > nowMs() &&
      e.startMs < nowMs() + 8 * 3_600_000 &&
      e.totalCapacity - occupancyOf(state, e.id) >= 2,
  )
  if (!found) throw new Error('no open class today')
  return found
}

const contact = { firstName: 'Walker', lastName: 'Inn', email: 'walker.inn@example.com' }
const walkInsOnServer = () => demo.state().bookings.filter((b) => b.externalUserId?.startsWith('rollcall:'))

describe('walk-ins', () => {
  it('are shown at once, created on Wix once, checked in behind the create, and re-keyed to the real id', async () => {
    const { db, engine } = await freshDesk()
    const event = todaysOpenClass()
    const {
      recorded: [create],
    } = await engine.actions.addWalkIn({
      eventId: event.id,
      contact,
      totalParticipants: 1,
      checkIn: true,
    })
    const local = await db.bookings.get(create?.bookingId ?? '')
    expect(local).toMatchObject({
      status: 'CONFIRMED',
      eventId: event.id,
      serverStatus: null,
      pendingIntents: 2,
    })
    expect((await db.attendance.get([create?.bookingId ?? '', event.id]))?.status).toBe('ATTENDED')

    expect((await engine.pushNow()).push).toMatchObject({ done: 2, conflicts: 0 })
    const [created] = walkInsOnServer()
    expect(walkInsOnServer()).toHaveLength(1)
    expect(demo.state().attendance.find((a) => a.bookingId === created?.id)?.status).toBe('ATTENDED')
    expect(await db.bookings.get(create?.bookingId ?? '')).toBeUndefined()
    expect(await db.bookings.get(created?.id ?? '')).toMatchObject({ status: 'CONFIRMED', pendingIntents: 0 })
    expect(await differencesFromServer(db, demo.state(), nowMs())).toEqual([])
  })

  it('are never booked twice when Wix commits the create but the answer is lost', async () => {
    const { db, engine } = await freshDesk()
    const event = todaysOpenClass()
    await engine.actions.addWalkIn({ eventId: event.id, contact, totalParticipants: 2, checkIn: true })
    demo.injectFault({
      kind: 'commit-then-drop',
      method: 'POST',
      pathIncludes: 'bookings-service/v2/bookings',
      count: 3,
    })
    const first = await engine.pushNow()
    expect(first.push?.retrying).toBeGreaterThan(0)
    expect(walkInsOnServer()).toHaveLength(1)
    expect((await db.outbox.toArray()).find((e) => e.intent === 'createWalkIn')).toMatchObject({
      state: 'queued',
      uncertain: true,
    })

    demo.clearFaults()
    expect((await engine.syncNow()).push?.done).toBe(2)
    expect(walkInsOnServer()).toHaveLength(1)
    expect(await differencesFromServer(db, demo.state(), nowMs())).toEqual([])
  })

  it('that Wix refuses (session full) disappear from the roster and wait under Needs attention with their check-in', async () => {
    const { db, engine } = await freshDesk()
    const state = demo.state()
    const full = state.events.find(
      (e) => e.kind === 'CLASS' && e.startMs > nowMs() && occupancyOf(state, e.id) >= e.totalCapacity,
    )
    if (!full) throw new Error('no full class')
    const {
      recorded: [create],
    } = await engine.actions.addWalkIn({
      eventId: full.id,
      contact,
      totalParticipants: 1,
      checkIn: true,
    })
    expect((await engine.pushNow()).push?.conflicts).toBe(1)
    expect(await db.bookings.get(create?.bookingId ?? '')).toBeUndefined()
    const entries = await db.outbox.toArray()
    expect(entries.map((e) => e.state)).toEqual(['conflict', 'conflict'])
    expect(entries[1]?.attention?.code).toBe('WAITS_FOR_WALK_IN')
    expect(entries[0]?.attention?.reason).toMatch(/was full, so walk-in Walker Inn was not booked/)
    expect(entries[0]?.attention?.choices).toEqual(['retryWithOverride', 'discard'])
    expect(engine.getState()).toMatchObject({ attentionCount: 1 })

    await engine.actions.retry(create?.mutationId ?? '', { override: true })
    expect(await db.bookings.get(create?.bookingId ?? '')).toMatchObject({ status: 'CONFIRMED' })
    expect((await engine.pushNow()).push?.done).toBe(2)
    expect(walkInsOnServer()).toHaveLength(1)
  })

  it('discarded before they were sent take their check-in with them and never reach Wix', async () => {
    const { db, engine } = await freshDesk()
    engine.setOnline(false)
    const {
      recorded: [create],
    } = await engine.actions.addWalkIn({
      eventId: todaysOpenClass().id,
      contact,
      totalParticipants: 1,
      checkIn: true,
    })
    expect(await engine.actions.discard(create?.mutationId ?? '')).toBe(true)
    expect((await db.outbox.toArray()).map((e) => e.state)).toEqual(['discarded', 'discarded'])
    expect(await db.bookings.get(create?.bookingId ?? '')).toBeUndefined()
    engine.setOnline(true)
    await engine.pushNow()
    expect(walkInsOnServer()).toHaveLength(0)
  })
})

describe('restarts', () => {
  it('resolve an entry a crash left `sending`: looked up first, sent once', async () => {
    const { db, engine } = await freshDesk()
    const event = todaysOpenClass()
    await engine.actions.addWalkIn({ eventId: event.id, contact, totalParticipants: 1, checkIn: false })
    // The crash: the create reached Wix, the app died before recording the answer.
    demo.injectFault({
      kind: 'commit-then-drop',
      method: 'POST',
      pathIncludes: 'bookings-service/v2/bookings',
      count: 1,
    })
    const create = (await db.outbox.toArray())[0]
    await db.outbox.update(create?.seq ?? 0, { state: 'sending' })
    await harness.gateway.bookings.createWalkIn(
      create?.intent === 'createWalkIn'
        ? (({ localId: _, ...walkIn }) => walkIn)(create.args)
        : (undefined as never),
    )
    expect(walkInsOnServer()).toHaveLength(1)
    await engine.stop()

    const restarted = harness.newEngine(db, { concurrency: 1 })
    expect((await restarted.pushNow()).push?.done).toBe(1)
    expect(walkInsOnServer()).toHaveLength(1)
    expect(await db.outbox.where('state').equals('sending').count()).toBe(0)
  })

  it('let only one replayer run at a time across windows sharing the store', async () => {
    const { db } = await freshDesk()
    const windowA = harness.newEngine(db)
    const windowB = harness.newEngine(db)
    const people = demo
      .state()
      .bookings.filter((b) => b.status === 'CONFIRMED' && b.bookedEntity.slot)
      .slice(0, 20)
    const local = new Set(await db.bookings.toCollection().primaryKeys())
    const targets = people
      .filter((b) => local.has(b.id))
      .map((b) => ({ bookingId: b.id, eventId: b.bookedEntity.slot?.eventId ?? '' }))
    await windowA.actions.checkIn(targets)
    const before = demo.requestLog().filter((r) => r.path.includes('bulk')).length
    await Promise.all([windowA.pushNow(), windowB.pushNow(), windowA.pushNow()])
    const bulk = demo.requestLog().filter((r) => r.path.includes('bulk')).length - before
    expect(bulk).toBe(Math.ceil(targets.length / 8))
    expect(await db.outbox.where('state').equals('done').count()).toBe(targets.length)
  })
})

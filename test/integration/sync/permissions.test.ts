import { describe, expect, it } from 'vitest'
import { allPermissionScopes, type PermissionScope } from '@shared/wix/permissions'
import type { Booking } from '@shared/wix/booking'
import { occupancyOf } from '../../demo-site/seed-lookups'
import { openSyncHarness } from './sync-harness'
import { serverWindowBookings } from './store-comparison'

/**
 * A write Wix refuses for want of a permission (403, or a 401 only that call gets) while the same key still
 * reads is that change's problem: it goes to Needs attention saying which permission to give the key, and
 * the rest of the queue goes through. Only a key Wix no longer takes at all pauses the sync.
 */
const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())

function windowBookings(predicate: (b: Booking) => boolean, count: number): Booking[] {
  const found = serverWindowBookings(demo.state(), nowMs()).filter(predicate).slice(0, count)
  if (found.length < count) throw new Error('not enough bookings in the window match')
  return found
}

const keyWithout = (...missing: PermissionScope[]) =>
  demo.setKeyScopes(allPermissionScopes.filter((scope) => !missing.includes(scope)))

const serverStatus = (id: string) => demo.state().bookings.find((b) => b.id === id)?.status
const serverAttendance = (bookingId: string, eventId: string) =>
  demo.state().attendance.find((a) => a.bookingId === bookingId && a.eventId === eventId)?.status
const nameOf = (b: Booking) => `${b.contactDetails?.firstName} ${b.contactDetails?.lastName}`
const named = (b: Booking) => Boolean(b.contactDetails?.firstName && b.contactDetails.lastName)

async function offlineConfirmAndCheckIns() {
  const { db, engine } = await harness.freshDesk()
  const [pending] = windowBookings((b) => b.status === 'PENDING' && named(b), 1)
  const confirmed = windowBookings(
    (b) => b.status === 'CONFIRMED' && Boolean(b.bookedEntity.slot?.eventId),
    3,
  )
  if (!pending) throw new Error('no pending booking')
  const targets = confirmed.map((b) => ({ bookingId: b.id, eventId: b.bookedEntity.slot?.eventId ?? '' }))
  engine.setOnline(false)
  await engine.actions.confirm(pending.id)
  await engine.actions.checkIn(targets)
  return { db, engine, pending, targets }
}

describe('a key without Manage Bookings', () => {
  it('sends the check-ins, puts the confirm in Needs attention naming the permission, and does not pause', async () => {
    const { db, engine, pending, targets } = await offlineConfirmAndCheckIns()
    // The owner gave the key attendance (Manage Bookings Services and Settings) but not Manage Bookings.
    keyWithout('manageBookings')
    engine.setOnline(true)
    const report = await engine.syncNow()
    expect(report.push).toMatchObject({ pausedForAuth: false, conflicts: 1, done: targets.length })
    expect(report.pull).toBeDefined()
    expect(engine.getState()).toMatchObject({ attentionCount: 1, pendingCount: 0 })
    expect(engine.getState().phase).not.toBe('paused-auth')
    for (const { bookingId, eventId } of targets)
      expect(serverAttendance(bookingId, eventId)).toBe('ATTENDED')
    expect(serverStatus(pending.id)).toBe('PENDING')
    const confirm = (await db.outbox.toArray()).find((e) => e.intent === 'confirm')
    expect(confirm).toMatchObject({ state: 'conflict' })
    expect(confirm?.attention?.reason).toBe(
      'This API key may not confirm bookings: give it the Manage Bookings permission in Wix, then Retry. ' +
        `(${nameOf(pending)}'s confirm was not sent.)`,
    )
    expect(confirm?.attention?.choices).toContain('retry')
    expect(await db.bookings.get(pending.id)).toMatchObject({ status: 'PENDING', pendingIntents: 0 })

    // Once the owner gives the permission, Retry sends it.
    keyWithout()
    await engine.actions.retry(confirm?.mutationId ?? '', { override: false })
    expect((await engine.pushNow()).push).toMatchObject({ done: 1, pausedForAuth: false })
    expect(serverStatus(pending.id)).toBe('CONFIRMED')
  })

  it('treats a 401 that only the write gets, while reads still work, as that write’s problem too', async () => {
    const { db, engine, pending, targets } = await offlineConfirmAndCheckIns()
    demo.injectFault({ kind: 'status', status: 401, pathIncludes: '/confirm' })
    engine.setOnline(true)
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ pausedForAuth: false, conflicts: 1, done: targets.length })
    expect(engine.getState().phase).not.toBe('paused-auth')
    const confirm = (await db.outbox.toArray()).find((e) => e.intent === 'confirm')
    expect(confirm?.attention?.reason).toContain('give it the Manage Bookings permission in Wix')
    expect(serverStatus(pending.id)).toBe('PENDING')
  })

  it('puts a check-in in Needs attention when the key may not record attendance', async () => {
    const { db, engine, targets } = await offlineConfirmAndCheckIns()
    keyWithout('manageBookings', 'manageBookingsSettings')
    engine.setOnline(true)
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ pausedForAuth: false, conflicts: 1 + targets.length })
    const checkIns = (await db.outbox.toArray()).filter((e) => e.intent === 'setAttendance')
    expect(checkIns.map((e) => e.attention?.reason.split(':')[0])).toEqual(
      targets.map(() => 'This API key may not record attendance'),
    )
  })

  it('puts a walk-in over capacity in Needs attention naming BOOKINGS.OVERRIDE_AVAILABILITY', async () => {
    const { db, engine } = await harness.freshDesk()
    const state = demo.state()
    const event = state.events.find(
      (e) =>
        e.kind === 'CLASS' &&
        e.startMs > nowMs() &&
        e.startMs < nowMs() + 8 * 3_600_000 &&
        e.totalCapacity - occupancyOf(state, e.id) >= 2,
    )
    if (!event) throw new Error('no open class today')
    keyWithout('overrideAvailability')
    await engine.actions.addWalkIn({
      eventId: event.id,
      contact: { firstName: 'Walker', lastName: 'Inn', email: 'walker.inn@example.com' },
      totalParticipants: 1,
      overrideCapacity: true,
      checkIn: true,
    })
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ pausedForAuth: false, conflicts: 1 })
    const create = (await db.outbox.toArray()).find((e) => e.intent === 'createWalkIn')
    expect(create?.attention?.reason).toBe(
      'This API key may not book walk-ins over capacity: give it the BOOKINGS.OVERRIDE_AVAILABILITY permission ' +
        "(with Manage Bookings) in Wix, then Retry. (Walker Inn's walk-in was not sent.)",
    )
  })
})

describe('a key Wix no longer takes', () => {
  it('pauses the whole sync and keeps every change queued', async () => {
    const { db, engine } = await offlineConfirmAndCheckIns()
    demo.rotateApiKey()
    engine.setOnline(true)
    const report = await engine.syncNow()
    expect(report.push?.pausedForAuth).toBe(true)
    expect(engine.getState().phase).toBe('paused-auth')
    const queue = await db.outbox.toArray()
    expect(queue.every((e) => e.state === 'queued' && e.attention === null)).toBe(true)
    expect(engine.getState().attentionCount).toBe(0)
  })
})

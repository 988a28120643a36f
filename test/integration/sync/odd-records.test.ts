import { describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { formatLocalDateTime } from '@shared/domain/wall-clock'
import { openSyncHarness } from './sync-harness'
import { differencesFromServer, serverWindowBookings } from './store-comparison'

/**
 * One odd record never stops a pull (issue 17), end to end: the demo site serves records out of shape through
 * its control surface, main sets aside what Rollcall cannot use and counts it on the page, the engine stores
 * everything else (placed on the right business day) and reports the count.
 */
const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())

async function serveOddly(spec: Record<string, unknown>) {
  const response = await fetch(`${demo.url}/__control/odd-records`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  })
  expect(response.status).toBe(200)
}

describe('a pull that meets records Rollcall cannot use', () => {
  it('stores the rest, places odd-but-readable ones on their day, and reports how many were set aside', async () => {
    demo.reset()
    const inWindow = serverWindowBookings(demo.state(), nowMs())
    const [unusable, reshaped, newStatus] = inWindow
    if (!unusable || !reshaped || !newStatus) throw new Error('too few bookings in the window')
    const zone = harness.timeZone
    await serveOddly({ bookingId: unusable.id, remove: ['revision'] })
    // No startDate and no zone on the slot: only the slot's own `…:SSS±hh:mm` start places it.
    const local = formatLocalDateTime(Date.parse(reshaped.startDate), zone)
    const offset = reshaped.bookedEntity.slot?.startDate?.slice(19) ?? ''
    await serveOddly({
      bookingId: reshaped.id,
      remove: ['startDate', 'bookedEntity.slot.timezone'],
      set: { 'bookedEntity.slot.startDate': `${local}:000${offset}` },
    })
    await serveOddly({ bookingId: newStatus.id, set: { status: 'RESCHEDULE_REQUESTED' } })

    const db = harness.newDb()
    const engine = harness.newEngine(db, { concurrency: 1 })
    const run = await engine.syncNow()
    expect(run.problem).toBeUndefined()
    expect(engine.getState().setAside).toEqual({ bookings: 1, sessions: 0, attendance: 0, services: 0 })

    expect(await db.bookings.get(unusable.id)).toBeUndefined()
    const differences = await differencesFromServer(db, demo.state(), nowMs())
    expect(differences.sort()).toEqual(
      [`missing ${unusable.id}`, `${newStatus.id} status RESCHEDULE_REQUESTED ≠ ${newStatus.status}`].sort(),
    )
    const placed = await db.bookings.get(reshaped.id)
    expect(placed?.startUtc).toBe(new Date(reshaped.startDate).toISOString())
    expect(placed?.day).toBe(businessDayOf(new Date(reshaped.startDate), zone))
    expect(placed?.server?.booking.bookedEntity.slot?.startDate).toBe(`${local}:000${offset}`)

    // Once Wix sends the record whole again, the next full pull reads it and the count goes.
    await serveOddly({ bookingId: unusable.id })
    await engine.syncNow({ full: true })
    expect(engine.getState().setAside).toEqual({ bookings: 0, sessions: 0, attendance: 0, services: 0 })
    expect((await db.bookings.get(unusable.id))?.revision).toBe(unusable.revision)
    await engine.stop()
  })

  it('keeps syncing when a session cannot be placed: the others and their bookings are stored', async () => {
    demo.reset()
    const today = demo.now().slice(0, 10)
    const sessions = demo
      .state()
      .events.filter((e) => businessDayOf(new Date(e.startMs), harness.timeZone) === today)
    const lost = sessions[0]
    if (!lost) throw new Error('no session today')
    await serveOddly({ eventId: lost.id, remove: ['start.localDate', 'start.utcDate', 'adjustedStart'] })
    const db = harness.newDb()
    const engine = harness.newEngine(db, { concurrency: 1 })
    expect((await engine.syncNow()).problem).toBeUndefined()
    expect(engine.getState().setAside.sessions).toBe(1)
    expect(await db.events.get(lost.id)).toBeUndefined()
    expect(await db.events.where('day').equals(today).count()).toBeGreaterThan(0)
    expect(await differencesFromServer(db, demo.state(), nowMs())).toEqual([])
    await engine.stop()
  })
})

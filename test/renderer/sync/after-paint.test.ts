import { afterEach, describe, expect, it, vi } from 'vitest'
import { serverBookingRow } from '../../../renderer/src/db/booking-rows'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { afterNextPaint } from '../../../renderer/src/sync/after-paint'
import { createSyncEngine } from '../../../renderer/src/sync/engine'
import type { BookingsGateway } from '../../../renderer/src/sync/gateway'
import { inProcessLocks } from '../../../renderer/src/sync/sync-lock'
import { flowBooking, runningClockFromFlowNow, TIME_ZONE } from './flow-bookings'

/**
 * A press paints before the store's work starts (renderer/src/sync/after-paint.ts). jsdom paints nothing, so
 * the tests hold the frame: a stand-in requestAnimationFrame keeps its callbacks until the test runs them.
 * The engine's clock runs from the bookings' morning (FLOW_NOW), whatever the machine's date.
 */
function heldFrames() {
  const callbacks: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => callbacks.push(callback))
  return {
    paint: () => callbacks.splice(0).forEach((callback) => callback(performance.now())),
    waiting: () => callbacks.length,
  }
}

const settled = async (promise: Promise<unknown>) => {
  let done = false
  void promise.then(() => (done = true))
  // A message posted from the frame is handled a task later: give it a few.
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  return done
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('after the next paint', () => {
  it('resolves at once where nothing paints', async () => {
    vi.stubGlobal('requestAnimationFrame', undefined)
    expect(await settled(afterNextPaint())).toBe(true)
  })

  it('waits for the frame, and for the task after it', async () => {
    const frames = heldFrames()
    const painted = afterNextPaint(10_000)
    expect(await settled(painted)).toBe(false)
    expect(frames.waiting()).toBe(1)
    frames.paint()
    expect(await settled(painted)).toBe(true)
  })

  it('does not wait for a frame a hidden window will never paint', async () => {
    heldFrames()
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    expect(await settled(afterNextPaint(10_000))).toBe(true)
    vi.restoreAllMocks()
  })

  it('gives up on a frame that does not come', async () => {
    heldFrames()
    const painted = afterNextPaint(20)
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(await settled(painted)).toBe(true)
  })
})

describe('a check-in press', () => {
  it('shows at once, and records once its frame is painted', async () => {
    const db = new RollcallDb(`after-paint-${process.pid}`)
    await db.bookings.put(serverBookingRow(flowBooking('bkg-dana', 'Dana'), TIME_ZONE))
    const engine = createSyncEngine({
      db,
      // Never started: nothing is sent, so nothing of the gateway is called.
      gateway: {} as BookingsGateway,
      timeZone: () => TIME_ZONE,
      now: runningClockFromFlowNow(),
      staff: () => 'Front desk',
      locks: inProcessLocks(),
      poll: { active: 60_000, idle: 60_000, activeForMs: 60_000 },
    })
    const frames = heldFrames()
    const recorded = engine.actions.checkIn([{ bookingId: 'bkg-dana', eventId: 'evt-flow' }])
    expect(engine.pendingAttendance.store.getState().byEvent['evt-flow']?.['bkg-dana']?.status).toBe(
      'ATTENDED',
    )
    expect(await settled(recorded)).toBe(false)
    expect(await db.outbox.count()).toBe(0)

    frames.paint()
    await recorded
    expect((await db.outbox.toArray()).map((entry) => [entry.intent, entry.bookingId])).toEqual([
      ['setAttendance', 'bkg-dana'],
    ])
    await engine.stop()
    await db.delete()
  })
})

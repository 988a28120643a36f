import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IpcResult } from '@shared/ipc/envelope'
import { serverBookingRow } from '../../../renderer/src/db/booking-rows'
import { flowBooking, runningClockFromFlowNow, TIME_ZONE } from './flow-bookings'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { createSyncEngine, type SyncEngine } from '../../../renderer/src/sync/engine'
import type { BookingsGateway } from '../../../renderer/src/sync/gateway'
import { inProcessLocks } from '../../../renderer/src/sync/sync-lock'

/**
 * engine.pauseForRestart — what "Restart to update" relies on: nothing is cut short mid-send, nothing queued is
 * dropped. A fake gateway whose bulk check-in waits for the test to let it through; real timers, and the engine's
 * clock running from the bookings' morning (FLOW_NOW), whatever the machine's date.
 */

function gatedGateway() {
  let gate: Promise<void> = Promise.resolve()
  let open = () => {}
  const bulkSets: unknown[] = []
  const ok = <T>(data: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, data })
  const emptyPage = { items: [], nextCursor: null, setAside: 0 }
  const onWix = {
    items: [flowBooking('bkg-dana', 'Dana'), flowBooking('bkg-sam', 'Sam')],
    nextCursor: null,
    setAside: 0,
  }
  const refuse = (): Promise<IpcResult<never>> =>
    Promise.resolve({
      ok: false,
      error: {
        kind: 'internal',
        code: 'NOT_FAKED',
        message: 'x',
        retryable: false,
        mayHaveReachedServer: true,
      },
    })
  const gateway: BookingsGateway = {
    bookings: {
      // The store's two bookings are on Wix too: a full pull lists them (it drops what Wix no longer lists).
      query: (input) => ok('select' in input ? onWix : emptyPage),
      count: () => ok({ count: 0 }),
      confirm: refuse,
      decline: refuse,
      cancel: refuse,
      createWalkIn: refuse,
      reschedule: refuse,
      confirmVisit: refuse,
      declineVisit: refuse,
      cancelVisit: refuse,
    },
    attendance: {
      set: refuse,
      bulkSet: async (input) => {
        bulkSets.push(input)
        await gate
        return {
          ok: true,
          data: {
            outcomes: input.changes.map((_, index) => ({ index, ok: true as const, attendanceId: null })),
          },
        }
      },
      query: () => ok(emptyPage),
    },
    sessions: { query: () => ok(emptyPage), byIds: () => ok({ items: [] }) },
    services: { walkInTerms: () => ok({ items: [], setAside: 0 }) },
  }
  return {
    gateway,
    bulkSets,
    close() {
      gate = new Promise((resolve) => (open = resolve))
    },
    open: () => open(),
  }
}

let counter = 0
let db: RollcallDb
let fake: ReturnType<typeof gatedGateway>
let engine: SyncEngine

const states = async () =>
  (await db.outbox.toArray()).map((entry) => `${entry.bookingId}:${entry.state}`).sort()
const checkIn = (bookingId: string) => engine.actions.checkIn([{ bookingId, eventId: 'evt-flow' }])

beforeEach(async () => {
  db = new RollcallDb(`engine-restart-${process.pid}-${++counter}`)
  await db.bookings.bulkPut([
    serverBookingRow(flowBooking('bkg-dana', 'Dana'), TIME_ZONE),
    serverBookingRow(flowBooking('bkg-sam', 'Sam'), TIME_ZONE),
  ])
  fake = gatedGateway()
  engine = createSyncEngine({
    db,
    gateway: fake.gateway,
    timeZone: () => TIME_ZONE,
    now: runningClockFromFlowNow(),
    staff: () => 'Front desk',
    locks: inProcessLocks(),
    poll: { active: 60_000, idle: 60_000, activeForMs: 60_000 },
    pushDelayMs: 5,
  })
})

afterEach(async () => {
  fake.open()
  await engine.stop()
  db.close()
})

describe('sync engine: holding for a restart', () => {
  it('waits for the send in progress, restarts with nothing sending, and keeps what is queued', async () => {
    await engine.start()
    await vi.waitFor(() => expect(engine.getState().hasData).toBe(true))
    fake.close()
    await checkIn('bkg-dana')
    await vi.waitFor(async () => expect(await states()).toEqual(['bkg-dana:sending']))
    expect(engine.getState().phase).toBe('pushing')

    const atRestart: string[][] = []
    const restart = vi.fn(async () => {
      atRestart.push(await states())
      return true
    })
    const held = engine.pauseForRestart(restart)
    // The send cannot finish while the line is held shut, so nothing but the pause's own order can keep the
    // restart back: one turn of the event loop gives it every chance to go ahead wrongly.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(restart).not.toHaveBeenCalled()
    expect(engine.getState().phase).toBe('pushing')

    fake.open()
    expect(await held).toBe(true)
    expect(restart).toHaveBeenCalledTimes(1)
    expect(atRestart).toEqual([['bkg-dana:done']])
    // Held until the app quits: a check-in now is recorded and stays queued for after the restart.
    await checkIn('bkg-sam')
    // No run is armed (an action arms its push before it resolves): nothing will send it before the restart.
    expect(engine.scheduledRunAt()).toBeNull()
    expect(fake.bulkSets).toHaveLength(1)
    expect(await states()).toEqual(['bkg-dana:done', 'bkg-sam:queued'])
  })

  it('queues again what a crash left `sending` (to be looked up first), so nothing is sending at the restart', async () => {
    engine.setOnline(false)
    await checkIn('bkg-dana')
    await db.outbox.toCollection().modify({ state: 'sending' }) // as a crash mid-send leaves it
    let atRestart: unknown
    await engine.pauseForRestart(async () => {
      atRestart = (await db.outbox.toArray()).map(({ state, uncertain }) => ({ state, uncertain }))
      return true
    })
    expect(atRestart).toEqual([{ state: 'queued', uncertain: true }])
  })

  it('carries on at once when main does not restart', async () => {
    await engine.start()
    await vi.waitFor(() => expect(engine.getState().hasData).toBe(true))
    expect(await engine.pauseForRestart(() => Promise.resolve(false))).toBe(false)
    await checkIn('bkg-dana')
    await vi.waitFor(async () => expect(await states()).toEqual(['bkg-dana:done']))
  })

  it('carries on when the restart throws', async () => {
    await engine.start()
    await vi.waitFor(() => expect(engine.getState().hasData).toBe(true))
    await expect(engine.pauseForRestart(() => Promise.reject(new Error('bridge gone')))).rejects.toThrow(
      'bridge gone',
    )
    await checkIn('bkg-dana')
    await vi.waitFor(async () => expect(await states()).toEqual(['bkg-dana:done']))
  })

  it('carries on after a while when main said it restarts but the page is still here', async () => {
    await engine.start()
    await vi.waitFor(() => expect(engine.getState().hasData).toBe(true))
    await engine.pauseForRestart(() => Promise.resolve(true), 200)
    await checkIn('bkg-dana')
    expect(engine.scheduledRunAt()).toBeNull()
    expect(await states()).toEqual(['bkg-dana:queued'])
    await vi.waitFor(async () => expect(await states()).toEqual(['bkg-dana:done']), { timeout: 2_000 })
  })
})

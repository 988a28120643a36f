import { describe, expect, it } from 'vitest'
import type { Booking } from '@shared/wix/booking'
import { openSyncHarness } from './sync-harness'
import { serverWindowBookings } from './store-comparison'

/**
 * A confirm, decline or cancel that Wix refuses is decided on a fresh copy of the booking, whatever status
 * the refusal came with (which HTTP status Wix gives a business error is open: electron/main/wix/README.md,
 * "Still open"): if the booking is already as the desk wanted, the change is done, not a conflict, and the
 * activity log says it was already so. The demo site checks the revision before the status, so a refusal that
 * names the status (as a real site may send) is injected as a fault on the write while another desk changes
 * the booking for real.
 */
const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())

function windowBooking(predicate: (b: Booking) => boolean): Booking {
  const found = serverWindowBookings(demo.state(), nowMs()).find(predicate)
  if (!found) throw new Error('no booking in the window matches')
  return found
}

/** The next write to `path` is refused with this status and Wix application error code. */
function refuseNext(path: string, status: number, code: string) {
  demo.injectFault({
    kind: 'status',
    status,
    pathIncludes: path,
    body: {
      message: code,
      details: { applicationError: { code, description: `Refused: ${code}`, data: {} } },
    },
  })
}

const serverStatus = (id: string) => demo.state().bookings.find((b) => b.id === id)?.status
const readsAfter = (path: string) => {
  const log = demo.requestLog()
  const refused = log.findIndex((r) => r.path.includes(path))
  return log.slice(refused + 1).filter((r) => r.path.includes('extended-bookings/query')).length
}

describe('a refused status change whose fresh copy shows it already true', () => {
  it('ends a confirm refused with a 400 done when another desk had already confirmed it', async () => {
    const { db, engine } = await harness.freshDesk()
    const pending = windowBooking((b) => b.status === 'PENDING')
    await engine.actions.confirm(pending.id)
    demo.world.deskConfirms(pending.id)
    refuseNext('/confirm', 400, 'FAILED_CONFIRMING_NON_PENDING_BOOKING')
    demo.clearRequestLog()
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ done: 1, conflicts: 0, failed: 0 })
    expect(readsAfter('/confirm')).toBeGreaterThanOrEqual(1)
    expect((await db.outbox.toArray()).map((e) => [e.state, e.attention])).toEqual([['done', null]])
    expect((await db.activity.toArray()).map((a) => [a.outcome, a.detail])).toEqual([
      ['synced', 'Already confirmed on Wix'],
    ])
    expect(await db.bookings.get(pending.id)).toMatchObject({ status: 'CONFIRMED', pendingIntents: 0 })
    expect(engine.getState().attentionCount).toBe(0)
  })

  it('ends a decline refused with a 428 done when the booking was already declined', async () => {
    const { db, engine } = await harness.freshDesk()
    const pending = windowBooking((b) => b.status === 'PENDING')
    await engine.actions.decline(pending.id)
    demo.world.deskDeclines(pending.id)
    refuseNext('/decline', 428, 'FAILED_DECLINE_NON_PENDING_BOOKING')
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ done: 1, conflicts: 0 })
    expect((await db.activity.toArray()).map((a) => [a.outcome, a.detail])).toEqual([
      ['synced', 'Already declined on Wix'],
    ])
    expect(serverStatus(pending.id)).toBe('DECLINED')
  })

  it.each([400, 409, 428])(
    'ends a cancel refused with a %i done when the customer had already canceled',
    async (status) => {
      const { db, engine } = await harness.freshDesk()
      const confirmed = windowBooking((b) => b.status === 'CONFIRMED')
      await engine.actions.cancel(confirmed.id)
      demo.world.customerCancels(confirmed.id)
      refuseNext('/cancel', status, 'INVALID_BOOKING_STATUS')
      const report = await engine.pushNow()
      expect(report.push).toMatchObject({ done: 1, conflicts: 0, failed: 0 })
      expect((await db.activity.toArray()).map((a) => [a.outcome, a.detail])).toEqual([
        ['synced', 'Already canceled on Wix'],
      ])
      expect(await db.bookings.get(confirmed.id)).toMatchObject({ status: 'CANCELED', pendingIntents: 0 })
    },
  )
})

describe('a refused status change that still stands on the fresh copy', () => {
  it('is a conflict with Wix’s code when a 409 names one and the booking had not moved', async () => {
    const { db, engine } = await harness.freshDesk()
    const pending = windowBooking((b) => b.status === 'PENDING')
    await engine.actions.confirm(pending.id)
    demo.injectFault({
      kind: 'status',
      status: 409,
      pathIncludes: '/confirm',
      count: 5,
      body: {
        message: 'busy',
        details: { applicationError: { code: 'BOOKING_LOCKED', description: 'The booking is locked' } },
      },
    })
    demo.clearRequestLog()
    const report = await engine.pushNow()
    expect(report.push).toMatchObject({ done: 0, conflicts: 1 })
    // Refused once, re-read once, decided: not sent again on the same revision.
    expect(demo.requestLog().filter((r) => r.path.includes('/confirm'))).toHaveLength(1)
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ state: 'conflict', attention: { code: 'BOOKING_LOCKED' } })
    expect(entry?.attention?.reason).toMatch(/^Wix refused your confirm for .+: The booking is locked$/)
    expect(serverStatus(pending.id)).toBe('PENDING')
    expect((await db.bookings.get(pending.id))?.status).toBe('PENDING')
  })
})

import { describe, expect, it } from 'vitest'
import { fullPull, incrementalPull, type PullProgress } from '../../../renderer/src/sync/pull'
import { storeServerBookings } from '../../../renderer/src/sync/server-copies'
import { DEFAULT_WINDOW } from '../../../renderer/src/sync/sync-window'
import { openSyncHarness } from './sync-harness'
import { differencesFromServer, serverWindowBookings } from './store-comparison'

const harness = await openSyncHarness()
const { demo } = harness
const nowMs = () => Date.parse(demo.now())

function pullContext(db = harness.newDb(), onProgress?: (p: PullProgress) => void) {
  return {
    db,
    gateway: harness.gateway,
    timeZone: harness.timeZone,
    now: nowMs,
    span: DEFAULT_WINDOW,
    ...(onProgress ? { onProgress } : {}),
  }
}

describe('pulling the window', () => {
  it('loads today −1 … +7: every session and every booking of the window, with progress', async () => {
    demo.reset()
    const progress: PullProgress[] = []
    const ctx = pullContext(undefined, (p) => progress.push(p))
    const report = await fullPull(ctx)
    const expected = serverWindowBookings(demo.state(), nowMs())
    expect(expected.length).toBeGreaterThan(100)
    expect(report.bookingsWritten).toBeGreaterThanOrEqual(expected.length)
    expect(await differencesFromServer(ctx.db, demo.state(), nowMs())).toEqual([])
    const days = new Set((await ctx.db.events.toArray()).map((e) => e.day))
    expect([...days].sort().at(0)).toBe('2026-03-09')
    expect([...days].sort().at(-1)).toBe('2026-03-17')
    const bookingProgress = progress.filter((p) => p.stage === 'bookings')
    expect(bookingProgress.length).toBeGreaterThan(1)
    expect(bookingProgress.at(-1)?.total).toBeGreaterThan(0)
  })

  it('then reads only what changed, de-duplicated by revision, and sees changes made elsewhere', async () => {
    demo.reset()
    const ctx = pullContext()
    await fullPull(ctx)
    const quiet = await incrementalPull(ctx)
    expect(quiet.kind).toBe('incremental')
    expect(quiet.bookingsWritten).toBe(0)

    const [first, second] = serverWindowBookings(demo.state(), nowMs()).filter(
      (b) => b.status === 'CONFIRMED',
    )
    demo.advanceClock(60_000)
    demo.world.customerCancels(first?.id ?? '')
    demo.world.customerPays(second?.id ?? '')
    const eventId = second?.bookedEntity.slot?.eventId ?? ''
    const today = (await ctx.db.events.where('day').equals('2026-03-10').first())?.id
    const todays = serverWindowBookings(demo.state(), nowMs()).find(
      (b) => b.bookedEntity.slot?.eventId === today && b.status === 'CONFIRMED',
    )
    if (todays)
      demo.world.deskSetsAttendance({ bookingId: todays.id, eventId: today ?? '', status: 'ATTENDED' })

    const changed = await incrementalPull(ctx)
    expect(changed.bookingsWritten).toBe(2)
    expect((await ctx.db.bookings.get(first?.id ?? ''))?.status).toBe('CANCELED')
    expect((await ctx.db.bookings.get(second?.id ?? ''))?.paymentStatus).toBe('PAID')
    expect(eventId).not.toBe('')
    if (todays) expect((await ctx.db.attendance.get([todays.id, today ?? '']))?.status).toBe('ATTENDED')
    expect(await differencesFromServer(ctx.db, demo.state(), nowMs())).toEqual([])
  })

  it('never replaces a booking by an older revision', async () => {
    demo.reset()
    const ctx = pullContext()
    await fullPull(ctx)
    const booking = serverWindowBookings(demo.state(), nowMs()).find((b) => b.status === 'CONFIRMED')
    if (!booking) throw new Error('no confirmed booking')
    const stale = {
      booking: { ...booking, status: 'PENDING' as const, revision: String(Number(booking.revision) - 1) },
    }
    const result = await storeServerBookings(
      ctx.db,
      [{ extended: stale, withAttendance: false }],
      harness.timeZone,
    )
    expect(result).toEqual({ written: 0, skipped: 1 })
    expect((await ctx.db.bookings.get(booking.id))?.status).toBe('CONFIRMED')
  })

  it('does a full pull again when the day changes, and drops what fell out of the window', async () => {
    demo.reset()
    const ctx = pullContext()
    await fullPull(ctx)
    expect(await ctx.db.events.where('day').equals('2026-03-09').count()).toBeGreaterThan(0)
    demo.advanceClock(24 * 3_600_000)
    const next = await incrementalPull(ctx)
    expect(next.kind).toBe('full')
    expect(await ctx.db.events.where('day').equals('2026-03-09').count()).toBe(0)
    expect(await ctx.db.bookings.where('day').equals('2026-03-09').count()).toBe(0)
    expect(await differencesFromServer(ctx.db, demo.state(), nowMs())).toEqual([])
  })
})

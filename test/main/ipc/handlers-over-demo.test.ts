// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attendancePageSchema } from '@shared/ipc/attendance'
import { bookingResultSchema, bookingsPageSchema, visitResultSchema } from '@shared/ipc/bookings'
import { ipcResultSchema } from '@shared/ipc/envelope'
import { startDemoSite, type DemoSite } from '../../../electron/demo-site'
import type { Dispatch } from '../../../electron/main/ipc/dispatch'
import { createSiteConnection, type SiteConnection } from '../../../electron/main/site/site-connection'
import { createWixClient } from '../../../electron/main/wix/client'
import { occupancyOf } from '../../demo-site/seed-lookups'
import { trustedSender } from './fixtures'
import { dispatcherOver } from './site-dispatcher'

let demo: DemoSite | undefined
let site: SiteConnection
let call: (channel: string, input?: unknown) => ReturnType<Dispatch>

beforeAll(async () => {
  site = createSiteConnection({
    credentials: {
      load: () => Promise.resolve(null),
      save: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    },
    startDemoSite: async () =>
      (demo = await startDemoSite({ rateLimitPerMinute: Infinity, now: '2026-03-10T16:20:00.000Z' })),
    createClient: ({ baseUrl, credentials }) => createWixClient({ baseUrl, credentials }),
    fallbackTimeZone: 'UTC',
  })
  await site.start()
  const dispatch = dispatcherOver(site)
  call = (channel, input) => dispatch(channel, trustedSender, input)
})
afterAll(() => site.stop())

describe('the main-process channels on the demo site', () => {
  it('answers the site status, without the API key', async () => {
    const result = await call('site.status')
    expect(result).toMatchObject({ ok: true, data: { mode: 'demo', businessName: 'Juniper Street Studio' } })
    expect(JSON.stringify(result)).not.toContain(demo?.apiKey)
  })

  it('pages bookings of a window with the cursor the renderer hands back', async () => {
    const first = ipcResultSchema(bookingsPageSchema).parse(
      await call('bookings.query', {
        select: { by: 'startDate', from: '2026-03-09T05:00:00Z', to: '2026-03-12T05:00:00Z' },
        limit: 20,
      }),
    )
    if (!first.ok) throw new Error(first.error.message)
    expect(first.data.items).toHaveLength(20)
    const starts = first.data.items.map((i) => i.booking.startDate ?? '')
    expect([...starts].sort()).toEqual(starts)
    const second = await call('bookings.query', { cursor: first.data.nextCursor })
    expect(second).toMatchObject({ ok: true })
  })

  it('refuses malformed arguments before calling Wix', async () => {
    const before = demo?.requestLog().length
    expect(await call('bookings.query', { select: { by: 'startDate', from: 'yesterday' } })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input' },
    })
    expect(await call('bookings.confirm', { bookingId: 'b1', revision: 'three' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input' },
    })
    expect(await call('attendance.bulkSet', { changes: [] })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input' },
    })
    expect(demo?.requestLog().length).toBe(before)
  })

  it('answers a refused change with the Wix code, ready for "Needs attention"', async () => {
    const booking = demo?.state().bookings.find((b) => b.status === 'CONFIRMED')
    const result = await call('bookings.confirm', { bookingId: booking?.id, revision: booking?.revision })
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: 'rejected',
        code: 'FAILED_CONFIRMING_NON_PENDING_BOOKING',
        retryable: false,
      }),
    })
  })

  it('reads sessions in the business time zone and sets attendance in bulk', async () => {
    const sessions = await call('sessions.query', {
      fromLocalDate: '2026-03-10T00:00:00',
      toLocalDate: '2026-03-11T00:00:00',
    })
    expect(sessions).toMatchObject({ ok: true })
    const booking = demo
      ?.state()
      .bookings.find((b) => b.status === 'CONFIRMED' && b.bookedEntity.slot?.eventId)
    const change = {
      bookingId: booking?.id,
      eventId: booking?.bookedEntity.slot?.eventId,
      status: 'ATTENDED',
      numberOfAttendees: 1,
    }
    expect(await call('attendance.bulkSet', { changes: [change] })).toMatchObject({
      ok: true,
      data: { outcomes: [{ index: 0, ok: true }] },
    })
  })

  it('re-reads the attendance of sessions page by page, refusing malformed ids', async () => {
    const records = demo?.state().attendance ?? []
    const eventIds = [...new Set(records.map((a) => a.eventId ?? ''))].filter(Boolean)
    const seen: string[] = []
    let input: unknown = { eventIds }
    for (;;) {
      const page = ipcResultSchema(attendancePageSchema).parse(await call('attendance.query', input))
      if (!page.ok) throw new Error(page.error.message)
      seen.push(...page.data.items.map((a) => a.id))
      if (page.data.nextCursor === null) break
      input = { cursor: page.data.nextCursor }
    }
    expect(records.length).toBeGreaterThan(100)
    expect(seen.sort()).toEqual(records.map((a) => a.id).sort())
    for (const bad of [{ eventIds: [] }, { eventIds: [''] }, { eventIds: ['e'], cursor: 'c' }, {}]) {
      expect(await call('attendance.query', bad)).toMatchObject({
        ok: false,
        error: { kind: 'invalid_input' },
      })
    }
  })
})

describe('reschedules and multi-service visits through the main-process channels (issue 19)', () => {
  const nowMs = Date.parse('2026-03-10T16:20:00.000Z') // pinned: the demo site's clock above
  const state = () => {
    if (!demo) throw new Error('the demo site did not start')
    return demo.state()
  }
  /** A confirmed class booking of one person, not part of a visit, on a session more than a day away. */
  const movableBooking = () => {
    const events = new Map(state().events.map((e) => [e.id, e]))
    const booking = state().bookings.find((b) => {
      const event = events.get(b.bookedEntity.slot?.eventId ?? '')
      return (
        b.status === 'CONFIRMED' &&
        !b.multiServiceBookingInfo &&
        (b.totalParticipants ?? 1) === 1 &&
        event?.kind === 'CLASS' &&
        event.startMs > nowMs + 2 * 86_400_000
      )
    })
    if (!booking) throw new Error('no movable booking in the seed')
    return { booking, from: events.get(booking.bookedEntity.slot?.eventId ?? '')! }
  }
  const otherSession = (from: { id: string; serviceId: string }, open: boolean) =>
    state().events.find(
      (e) =>
        e.kind === 'CLASS' &&
        e.serviceId === from.serviceId &&
        e.id !== from.id &&
        e.startMs > nowMs + 2 * 86_400_000 &&
        e.totalCapacity - occupancyOf(state(), e.id) > 0 === open,
    )

  it('moves a class booking to another session of its service, on its revision', async () => {
    const { booking, from } = movableBooking()
    const to = otherSession(from, true)
    if (!to) throw new Error('no open session to move to')
    const result = ipcResultSchema(bookingResultSchema).parse(
      await call('bookings.reschedule', {
        bookingId: booking.id,
        revision: booking.revision,
        toEventId: to.id,
        serviceId: to.serviceId,
        scheduleId: to.scheduleId,
      }),
    )
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data).toMatchObject({
      id: booking.id,
      status: 'CONFIRMED',
      revision: String(Number(booking.revision) + 1),
      bookedEntity: { slot: { eventId: to.id } },
    })
    expect(state().bookings.find((b) => b.id === booking.id)?.bookedEntity.slot?.eventId).toBe(to.id)
  })

  it('refuses a move into a session that filled up meanwhile, with Wix’s code, changing nothing', async () => {
    const { booking, from } = movableBooking()
    const full = otherSession(from, true)
    if (!full || !demo) throw new Error('no session to move to')
    // Customers take the last places before the desk's move reaches Wix.
    demo.world.customerBooks({
      eventId: full.id,
      participants: full.totalCapacity - occupancyOf(state(), full.id),
      status: 'CONFIRMED',
    })
    const result = await call('bookings.reschedule', {
      bookingId: booking.id,
      revision: booking.revision,
      toEventId: full.id,
      serviceId: full.serviceId,
      scheduleId: full.scheduleId,
    })
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'rejected', code: 'SESSION_CAPACITY_EXCEEDED' }),
    })
    expect(state().bookings.find((b) => b.id === booking.id)?.revision).toBe(booking.revision)
  })

  /** The parts of a seeded visit whose bookings all have `status`. */
  const visitWith = (status: string) => {
    const byVisit = new Map<string, typeof parts>()
    const parts = state().bookings.filter((b) => b.multiServiceBookingInfo?.id)
    for (const b of parts) {
      const id = b.multiServiceBookingInfo!.id!
      byVisit.set(id, [...(byVisit.get(id) ?? []), b])
    }
    const found = [...byVisit].find(([, all]) => all.length > 1 && all.every((b) => b.status === status))
    if (!found) throw new Error(`no visit with every part ${status} in the seed`)
    const [visitId, all] = found
    return { visitId, parts: all.map((b) => ({ bookingId: b.id, revision: b.revision })) }
  }

  it('confirms a whole visit, every part on its revision, answering every part', async () => {
    const { visitId, parts } = visitWith('PENDING')
    const result = ipcResultSchema(visitResultSchema).parse(
      await call('bookings.confirmVisit', { visitId, parts }),
    )
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.visitId).toBe(visitId)
    expect(result.data.bookings.map((b) => [b.id, b.status])).toEqual(
      parts.map((p) => [p.bookingId, 'CONFIRMED']),
    )
  })

  it('cancels a whole visit only on the revisions the desk saw', async () => {
    const { visitId, parts } = visitWith('CONFIRMED')
    const stale = parts.map((p, i) => (i === 0 ? { ...p, revision: String(Number(p.revision) - 1) } : p))
    const before = demo?.requestLog().length ?? 0
    expect(await call('bookings.cancelVisit', { visitId, parts: stale })).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'conflict', code: 'REVISION_MISMATCH' }),
    })
    expect(
      demo
        ?.requestLog()
        .slice(before)
        .map((r) => r.path),
    ).not.toContainEqual(expect.stringContaining('/cancel'))
    // Over the cancellation policy (the desk's "Cancel anyway", issue 21): the visit may start inside its window.
    const result = ipcResultSchema(visitResultSchema).parse(
      await call('bookings.cancelVisit', { visitId, parts, anyway: true }),
    )
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.bookings.map((b) => b.status)).toEqual(parts.map(() => 'CANCELED'))
  })

  it('refuses a visit action without parts before calling Wix', async () => {
    expect(await call('bookings.declineVisit', { visitId: 'v', parts: [] })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input' },
    })
  })

  it('reads what is still due on a booking’s order', async () => {
    const window = { by: 'startDate', from: '2026-03-09T05:00:00Z', to: '2026-03-17T05:00:00Z' }
    let input: unknown = { select: window, limit: 100 }
    const orders: unknown[] = []
    for (;;) {
      const page = ipcResultSchema(bookingsPageSchema).parse(await call('bookings.query', input))
      if (!page.ok) throw new Error(page.error.message)
      orders.push(...page.data.items.flatMap((i) => (i.order ? [i.order] : [])))
      if (page.data.nextCursor === null) break
      input = { cursor: page.data.nextCursor }
    }
    expect(orders).toContainEqual(
      expect.objectContaining({ balance: expect.objectContaining({ amount: expect.any(String) }) }),
    )
  })
})

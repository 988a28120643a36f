// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bookingResponseSchema } from '@shared/wix/booking'
import { countExtendedBookingsResponseSchema } from '@shared/wix/extended-booking'
import type { DemoSite } from '../../electron/demo-site'
import { expectOk, expectWixError, NOW, paths, post, startTestSite } from './demo-site-client'

const sites: DemoSite[] = []
async function site(options: Parameters<typeof startTestSite>[0] = {}): Promise<DemoSite> {
  const started = await startTestSite({ bookings: 150, ...options })
  sites.push(started)
  return started
}
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.stop()))
})

const count = (s: DemoSite) => post(s, paths.count, {})

/** A fresh PENDING booking: a customer asks for a spot in an upcoming manual-approval class. */
function pendingBooking(s: DemoSite) {
  const state = s.state()
  const manual = new Set(
    state.services.filter((x) => x.requireManualApproval && x.kind === 'CLASS').map((x) => x.id),
  )
  const event = state.events.find((e) => manual.has(e.serviceId) && e.startMs > Date.parse(NOW) + 86_400_000)
  if (!event) throw new Error('no upcoming manual-approval class')
  return s.world.customerBooks({ eventId: event.id, status: 'PENDING' })
}

describe('rate limit (token bucket on the demo clock)', () => {
  it('answers 429 past the budget and serves again once tokens refill', async () => {
    const s = await site({ rateLimitPerMinute: 3 })
    for (let i = 0; i < 3; i++) expectOk(await count(s), countExtendedBookingsResponseSchema)
    expectWixError(await count(s), 429, 'RESOURCE_EXHAUSTED')
    s.advanceClock(19_000)
    expectWixError(await count(s), 429)
    s.advanceClock(1_000) // 20 s at 3/min = one token
    expectOk(await count(s), countExtendedBookingsResponseSchema)
    expectWixError(await count(s), 429)
    s.advanceClock(60_000)
    for (let i = 0; i < 3; i++) expectOk(await count(s), countExtendedBookingsResponseSchema)
  })

  it('defaults to 200 requests a minute', async () => {
    const s = await site()
    const statuses: number[] = []
    for (let batch = 0; batch < 4; batch++) {
      const results = await Promise.all(Array.from({ length: 50 }, () => count(s)))
      statuses.push(...results.map((r) => r.status))
    }
    expect(statuses.every((status) => status === 200)).toBe(true)
    expectWixError(await count(s), 429)
  })

  it('can be reconfigured at run time', async () => {
    const s = await site({ rateLimitPerMinute: 1 })
    await count(s)
    expect((await count(s)).status).toBe(429)
    s.setRateLimit(Number.POSITIVE_INFINITY)
    for (let i = 0; i < 5; i++) expect((await count(s)).status).toBe(200)
  })
})

describe('fault injection', () => {
  it('fails the next N matching requests with a status (5xx: empty body), then recovers', async () => {
    const s = await site()
    s.injectFault({ kind: 'status', status: 503, count: 2, pathIncludes: '/extended-bookings/count' })
    const first = await count(s)
    expect(first.status).toBe(503)
    expect(first.text).toBe('')
    expect((await post(s, paths.query, {})).status).toBe(200) // another path is not faulted
    expect((await count(s)).status).toBe(503)
    expect((await count(s)).status).toBe(200)
    expect(s.faults()).toHaveLength(0)
  })

  it('fails with a Wix-shaped 4xx body', async () => {
    const s = await site()
    s.injectFault({ kind: 'status', status: 429 })
    expectWixError(await count(s), 429)
  })

  it('adds latency', async () => {
    const s = await site()
    s.injectFault({ kind: 'latency', ms: 150 })
    const started = performance.now()
    expect((await count(s)).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('drops the connection before doing anything', async () => {
    const s = await site()
    const booking = pendingBooking(s)
    s.injectFault({ kind: 'drop', pathIncludes: '/confirm' })
    await expect(post(s, paths.confirm(booking.id), { revision: booking.revision })).rejects.toThrow()
    expect(s.state().bookings.find((b) => b.id === booking.id)?.status).toBe('PENDING')
    expect(s.requestLog().at(-1)).toMatchObject({ outcome: 'dropped', fault: 'drop' })
  })

  it('commits the change and then drops the response', async () => {
    const s = await site()
    const booking = pendingBooking(s)
    s.injectFault({ kind: 'commit-then-drop', pathIncludes: booking.id })
    await expect(post(s, paths.confirm(booking.id), { revision: booking.revision })).rejects.toThrow()
    const saved = s.state().bookings.find((b) => b.id === booking.id)
    expect(saved?.status).toBe('CONFIRMED')
    expect(saved?.revision).toBe(String(Number(booking.revision) + 1))
    // Replaying with the old revision now meets a 409: the outcome a client must handle.
    expectWixError(await post(s, paths.confirm(booking.id), { revision: booking.revision }), 409)
  })

  it('hangs until the client gives up, and stop() still closes promptly', async () => {
    const s = await site()
    s.injectFault({ kind: 'hang' })
    await expect(post(s, paths.query, {}, { signal: AbortSignal.timeout(200) })).rejects.toThrow()
    s.injectFault({ kind: 'hang', pathIncludes: '/count' })
    const hung = post(s, paths.count, {}).catch((error: unknown) => error)
    // The second request is hanging on the site (logged as it starts to hang) before the site stops.
    await vi.waitFor(() => expect(s.requestLog().filter((r) => r.outcome === 'hung')).toHaveLength(2))
    const started = performance.now()
    await s.stop()
    expect(performance.now() - started).toBeLessThan(1000)
    expect(await hung).toBeInstanceOf(Error)
    expect(s.requestLog().filter((r) => r.outcome === 'hung')).toHaveLength(2)
  })

  it('faults only the Wix API, not the control surface, and can be cleared', async () => {
    const s = await site({ control: true })
    s.injectFault({ kind: 'status', status: 500, count: 5 })
    const control = await fetch(`${s.url}/__control/clock`)
    expect(control.status).toBe(200)
    s.clearFaults()
    expect((await count(s)).status).toBe(200)
  })
})

describe('fixed clock', () => {
  it('stamps writes with the demo clock', async () => {
    const s = await site()
    const booking = pendingBooking(s)
    s.setNow('2026-03-10T18:00:00.000Z')
    const { booking: confirmed } = expectOk(
      await post(s, paths.confirm(booking.id), { revision: booking.revision }),
      bookingResponseSchema,
    )
    expect(confirmed.updatedDate).toBe('2026-03-10T18:00:00.000Z')
    expect(s.now()).toBe('2026-03-10T18:00:00.000Z')
    expect(NOW).not.toBe(s.now())
  })
})

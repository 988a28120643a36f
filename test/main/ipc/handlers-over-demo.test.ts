// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attendancePageSchema } from '@shared/ipc/attendance'
import { bookingsPageSchema } from '@shared/ipc/bookings'
import { ipcResultSchema } from '@shared/ipc/envelope'
import { startDemoSite, type DemoSite } from '../../../electron/demo-site'
import type { Dispatch } from '../../../electron/main/ipc/dispatch'
import { createSiteConnection, type SiteConnection } from '../../../electron/main/site/site-connection'
import { createWixClient } from '../../../electron/main/wix/client'
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

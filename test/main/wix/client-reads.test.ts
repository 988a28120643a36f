import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExtendedBooking } from '@shared/wix/extended-booking'
import { iteratePages } from '../../../electron/main/wix/paging'
import { startClientAndSite } from './wix-test-site'

let ctx: Awaited<ReturnType<typeof startClientAndSite>>
beforeAll(async () => (ctx = await startClientAndSite()))
afterAll(() => ctx.site.stop())

async function all(query: Parameters<typeof ctx.client.bookings.page>[0] & { query: object }) {
  const items: ExtendedBooking[] = []
  let pages = 0
  for await (const page of iteratePages((cursor) => ctx.client.bookings.page(cursor ? { cursor } : query))) {
    items.push(...page.items)
    pages++
  }
  return { items, pages }
}

describe('the Wix client reads bookings through the SDK', () => {
  it('pages through more than 100 bookings, each exactly once, matching Count', async () => {
    const { items, pages } = await all({ query: { filter: {}, limit: 100 } })
    const total = ctx.site.state().bookings.length
    expect(total).toBeGreaterThan(100)
    expect(pages).toBe(Math.ceil(total / 100))
    expect(new Set(items.map((i) => i.booking.id)).size).toBe(total)
    expect(await ctx.client.bookings.count()).toBe(total)
  })

  it('filters by the window, by event and by ids, in REST field names', async () => {
    const state = ctx.site.state()
    const sample = state.bookings.find((b) => b.bookedEntity.slot?.eventId)
    const eventId = sample?.bookedEntity.slot?.eventId ?? ''
    const byEvent = await all({ query: { filter: { 'bookedEntity.item.slot.eventId': eventId } } })
    expect(byEvent.items.length).toBe(
      state.bookings.filter((b) => b.bookedEntity.slot?.eventId === eventId).length,
    )
    expect(byEvent.items.every((i) => i.booking.bookedEntity.slot?.eventId === eventId)).toBe(true)

    const ids = state.bookings.slice(0, 3).map((b) => b.id)
    const byIds = await all({ query: { filter: { id: { $in: ids } } } })
    expect(byIds.items.map((i) => i.booking.id).sort()).toEqual([...ids].sort())
    // REST names, as stored: `id`, not the SDK's `_id`.
    expect(byIds.items[0]?.booking).toHaveProperty('id')
    expect(byIds.items[0]?.booking).not.toHaveProperty('_id')
  })

  it('reads changes since a watermark, oldest first, with attendance and allowed actions', async () => {
    const since = ctx.site.now()
    const [first, second] = ctx.site.state().bookings.filter((b) => b.status === 'CONFIRMED')
    ctx.site.advanceClock(1000)
    ctx.site.world.customerCancels(first?.id ?? '')
    ctx.site.advanceClock(1000)
    ctx.site.world.customerCancels(second?.id ?? '')
    const { items } = await all({
      query: { filter: { updatedDate: { $gte: since } }, sort: [{ fieldName: 'updatedDate', order: 'ASC' }] },
    })
    expect(items.map((i) => i.booking.id)).toEqual([first?.id, second?.id])
    expect(items[0]?.booking.status).toBe('CANCELED')
    expect(items[0]?.attendance?.status).toBeDefined()
    expect(items[0]?.allowedActions).toBeDefined()
  })

  it('refuses a page size over 100 before Wix would', async () => {
    const page = await ctx.client.bookings.page({ query: { limit: 500 } })
    expect(page.items).toHaveLength(100)
  })
})

describe('the Wix client reads sessions from Calendar Events V3', () => {
  it('pages through a week of sessions in the business time zone', async () => {
    const timeZone = ctx.site.state().timeZone
    const window = {
      fromLocalDate: '2026-03-09T00:00:00',
      toLocalDate: '2026-03-16T00:00:00',
      timeZone,
      limit: 40,
    }
    const seen: string[] = []
    for await (const page of iteratePages((cursor) =>
      ctx.client.calendar.page(cursor ? { cursor } : { window }),
    )) {
      seen.push(...page.items.map((e) => e.id))
    }
    const expected = ctx.site
      .state()
      .events.filter(
        (e) =>
          e.startMs >= Date.parse('2026-03-09T05:00:00Z') && e.startMs < Date.parse('2026-03-16T05:00:00Z'),
      )
      // A canceled appointment's event leaves the calendar (Cancel Booking, SDK doc).
      .filter((e) => e.status !== 'CANCELLED')
    expect(seen.length).toBeGreaterThan(40)
    expect(new Set(seen)).toEqual(new Set(expected.map((e) => e.id)))
  })

  it('gets sessions by id, leaving out unknown ones', async () => {
    const [a, b] = ctx.site.state().events
    const events = await ctx.client.calendar.byIds([a?.id ?? '', 'no-such-event', b?.id ?? ''])
    expect(events.map((e) => e.id).sort()).toEqual([a?.id, b?.id].sort())
    expect(events[0]?.start.timeZone).toBe(ctx.site.state().timeZone)
  })
})

describe('the Wix client reads the business profile', () => {
  it('from Site Properties, for the header and for "today"', async () => {
    expect(await ctx.client.site.profile('UTC')).toEqual({
      businessName: 'Juniper Street Studio',
      timeZone: 'America/Chicago',
    })
  })
})

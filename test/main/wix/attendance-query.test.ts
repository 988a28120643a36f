import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Attendance } from '@shared/wix/attendance'
import { iteratePages } from '../../../electron/main/wix/paging'
import { findBooking } from '../../demo-site/seed-lookups'
import { startClientAndSite } from './wix-test-site'

/** The bodies the client sent to Query Attendance, to check what later pages carry. */
const queryBodies: unknown[] = []
const recordingFetch: typeof fetch = (input, init) => {
  const url = input instanceof Request ? input.url : input.toString()
  if (url.endsWith('/query') && url.includes('attendance') && typeof init?.body === 'string') {
    queryBodies.push(JSON.parse(init.body))
  }
  return fetch(input, init)
}

let ctx: Awaited<ReturnType<typeof startClientAndSite>>
beforeAll(async () => (ctx = await startClientAndSite({ client: { fetch: recordingFetch } })))
afterAll(() => ctx.site.stop())
beforeEach(() => {
  ctx.site.reset()
  queryBodies.length = 0
})

async function allOf(eventIds: string[]) {
  const items: Attendance[] = []
  let pages = 0
  for await (const page of iteratePages((cursor) =>
    ctx.client.attendance.page(cursor ? { cursor } : { eventIds }),
  )) {
    items.push(...page.items)
    pages++
  }
  return { items, pages }
}

describe('the Wix client re-reads the attendance of sessions', () => {
  it('pages through many sessions, each record once; later pages send only the cursor', async () => {
    const records = ctx.site.state().attendance
    const eventIds = [...new Set(records.map((a) => a.eventId ?? ''))].filter(Boolean)
    expect(eventIds.length).toBeLessThanOrEqual(100)
    expect(records.length).toBeGreaterThan(200)

    const { items, pages } = await allOf(eventIds)
    expect(pages).toBe(Math.ceil(records.length / 100))
    expect(items.map((a) => a.id).sort()).toEqual(records.map((a) => a.id).sort())
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length)

    expect(queryBodies[0]).toEqual({
      query: { filter: { eventId: { $in: eventIds } }, cursorPaging: { limit: 100 } },
    })
    for (const later of queryBodies.slice(1)) {
      expect(later).toEqual({ query: { cursorPaging: { cursor: expect.any(String) } } })
    }
  })

  it('reads only the sessions asked for', async () => {
    const [first, second] = [...new Set(ctx.site.state().attendance.map((a) => a.eventId ?? ''))]
    const { items } = await allOf([first ?? '', second ?? ''])
    const expected = ctx.site.state().attendance.filter((a) => a.eventId === first || a.eventId === second)
    expect(items.length).toBeGreaterThan(0)
    expect(items.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort())
  })

  it('answers an empty last page for sessions it does not know', async () => {
    expect(await ctx.client.attendance.page({ eventIds: ['no-such-event', 'nor-this-one'] })).toEqual({
      items: [],
      nextCursor: null,
      setAside: 0,
    })
  })

  it('finds a record set through Set Attendance', async () => {
    const state = ctx.site.state()
    // A booking with no record yet, so the one found can only be the one just created.
    const booking = findBooking(
      state,
      (b) =>
        b.status === 'CONFIRMED' &&
        !!b.bookedEntity.slot?.eventId &&
        !state.attendance.some((a) => a.bookingId === b.id),
    )
    const eventId = booking.bookedEntity.slot?.eventId ?? ''
    const set = await ctx.client.attendance.set({
      bookingId: booking.id,
      eventId,
      status: 'NOT_ATTENDED',
      numberOfAttendees: 1,
    })
    const { items } = await allOf([eventId])
    expect(items).toContainEqual(
      expect.objectContaining({ id: set.id, bookingId: booking.id, eventId, status: 'NOT_ATTENDED' }),
    )
  })
})

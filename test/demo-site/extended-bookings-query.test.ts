// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Booking } from '@shared/wix/booking'
import {
  countExtendedBookingsResponseSchema,
  queryExtendedBookingsResponseSchema,
} from '@shared/wix/extended-booking'
import type { DemoSite } from '../../electron/demo-site'
import { expectOk, expectValidationError, NOW, paths, post, startTestSite } from './demo-site-client'

let site: DemoSite
let bookings: Booking[]
beforeAll(async () => {
  site = await startTestSite()
  bookings = site.state().bookings
})
afterAll(() => site.stop())

async function queryPage(body: unknown) {
  return expectOk(await post(site, paths.query, body), queryExtendedBookingsResponseSchema)
}

/** Follows `cursors.next` to the end; returns every booking and the number of pages. */
async function queryAll(
  query: Record<string, unknown>,
  limit = 100,
): Promise<{ items: Booking[]; pages: number }> {
  const items: Booking[] = []
  let page = await queryPage({ query: { ...query, cursorPaging: { limit } } })
  let pages = 1
  items.push(...page.extendedBookings.map((e) => e.booking))
  while (page.pagingMetadata?.cursors?.next) {
    expect(page.extendedBookings.length).toBe(limit)
    page = await queryPage({ query: { cursorPaging: { cursor: page.pagingMetadata.cursors.next } } })
    items.push(...page.extendedBookings.map((e) => e.booking))
    pages++
  }
  return { items, pages }
}

async function countOf(filter: unknown): Promise<number> {
  return expectOk(await post(site, paths.count, { filter }), countExtendedBookingsResponseSchema).count
}

const ids = (list: readonly Booking[]) => list.map((b) => b.id).sort()

describe('cursor paging', () => {
  it('pages over all bookings with the cursor, each id exactly once', async () => {
    const { items, pages } = await queryAll({})
    expect(bookings.length).toBe(600)
    expect(pages).toBe(6)
    expect(new Set(items.map((b) => b.id)).size).toBe(items.length)
    expect(ids(items)).toEqual(ids(bookings))
  })

  it('defaults to 50 per page, sorted by id, and reports count (PagingMetadataV2 has no hasNext)', async () => {
    const page = await queryPage({})
    expect(page.extendedBookings).toHaveLength(50)
    expect(page.pagingMetadata?.count).toBe(50)
    expect(page.pagingMetadata).not.toHaveProperty('hasNext')
    expect(page.pagingMetadata?.cursors?.next).toBeTruthy()
    expect(page.pagingMetadata?.cursors?.prev ?? null).toBeNull()
    const pageIds = page.extendedBookings.map((e) => e.booking.id)
    expect(pageIds).toEqual(ids(bookings).slice(0, 50))
  })

  it('rejects a limit above 100 and below 1', async () => {
    expectValidationError(
      await post(site, paths.query, { query: { cursorPaging: { limit: 101 } } }),
      'query.cursorPaging.limit',
    )
    expectValidationError(
      await post(site, paths.query, { query: { cursorPaging: { limit: 0 } } }),
      'query.cursorPaging.limit',
    )
    expectValidationError(
      await post(site, paths.query, { query: { paging: { limit: 500 } } }),
      'query.paging.limit',
    )
  })

  it('rejects a filter or a sort sent beside a cursor, and a forged cursor', async () => {
    const first = await queryPage({ query: { filter: { status: 'CONFIRMED' }, cursorPaging: { limit: 10 } } })
    const cursor = first.pagingMetadata?.cursors?.next
    expect(cursor).toBeTruthy()
    expectValidationError(
      await post(site, paths.query, { query: { filter: { status: 'CONFIRMED' }, cursorPaging: { cursor } } }),
      'query.filter',
    )
    expectValidationError(
      await post(site, paths.query, {
        query: { sort: [{ fieldName: 'startDate' }], cursorPaging: { cursor } },
      }),
      'query.sort',
    )
    expectValidationError(
      await post(site, paths.query, { query: { cursorPaging: { cursor: 'not-a-cursor' } } }),
      'query.cursorPaging.cursor',
    )
    expectValidationError(
      await post(site, paths.query, { query: { paging: { limit: 5 }, cursorPaging: { limit: 5 } } }),
      'query.paging',
    )
  })

  it('keeps filter and sort in the cursor and accepts a new limit on later pages', async () => {
    const filter = { status: { $in: ['CONFIRMED', 'PENDING'] } }
    const sort = [{ fieldName: 'startDate', order: 'DESC' }]
    const first = await queryPage({ query: { filter, sort, cursorPaging: { limit: 30 } } })
    const second = await queryPage({
      query: { cursorPaging: { cursor: first.pagingMetadata?.cursors?.next, limit: 70 } },
    })
    expect(second.extendedBookings).toHaveLength(70)
    const all = [...first.extendedBookings, ...second.extendedBookings].map((e) => e.booking)
    expect(all.every((b) => b.status === 'CONFIRMED' || b.status === 'PENDING')).toBe(true)
    for (let i = 1; i < all.length; i++) {
      expect(Date.parse(all[i - 1]?.startDate ?? '')).toBeGreaterThanOrEqual(
        Date.parse(all[i]?.startDate ?? ''),
      )
    }
  })

  it('goes back with the prev cursor', async () => {
    const first = await queryPage({ query: { cursorPaging: { limit: 20 } } })
    const second = await queryPage({
      query: { cursorPaging: { cursor: first.pagingMetadata?.cursors?.next } },
    })
    const back = await queryPage({
      query: { cursorPaging: { cursor: second.pagingMetadata?.cursors?.prev } },
    })
    expect(back.extendedBookings.map((e) => e.booking.id)).toEqual(
      first.extendedBookings.map((e) => e.booking.id),
    )
  })

  it('is robust to records changing between pages', async () => {
    const other = await startTestSite({ seed: 5, bookings: 250 })
    try {
      const before = other.state().bookings
      const pageOne = expectOk(
        await post(other, paths.query, { query: { cursorPaging: { limit: 100 } } }),
        queryExtendedBookingsResponseSchema,
      )
      const seen = pageOne.extendedBookings.map((e) => e.booking.id)
      // Changes between pages: one booking on page 1 canceled, one later booking confirmed, a new booking added.
      const onPageOne = before.find((b) => b.id === seen[3])
      const later = before.find((b) => !seen.includes(b.id) && b.status === 'PENDING')
      if (onPageOne && ['CONFIRMED', 'PENDING', 'WAITING_LIST', 'CREATED'].includes(onPageOne.status))
        other.world.deskCancels(onPageOne.id)
      if (later) other.world.deskConfirms(later.id)
      const event = other.state().events.find((e) => e.kind === 'CLASS' && e.startMs > Date.parse(NOW))
      const added = event ? other.world.customerJoinsWaitlist({ eventId: event.id }) : undefined
      let cursor = pageOne.pagingMetadata?.cursors?.next
      while (cursor) {
        const page = expectOk(
          await post(other, paths.query, { query: { cursorPaging: { cursor } } }),
          queryExtendedBookingsResponseSchema,
        )
        seen.push(...page.extendedBookings.map((e) => e.booking.id))
        cursor = page.pagingMetadata?.cursors?.next
      }
      expect(new Set(seen).size).toBe(seen.length)
      for (const booking of before) expect(seen).toContain(booking.id)
      if (added && added.id > (seen[99] ?? '')) expect(seen).toContain(added.id)
    } finally {
      await other.stop()
    }
  })

  it('supports offset paging as the alternative', async () => {
    const page = await queryPage({ query: { paging: { limit: 10, offset: 20 } } })
    expect(page.extendedBookings.map((e) => e.booking.id)).toEqual(ids(bookings).slice(20, 30))
    expect(page.pagingMetadata?.total).toBe(600)
  })
})

describe('filters', () => {
  const startMs = (b: Booking) => Date.parse(b.startDate)
  /** A real session start, so $eq matches something and $gt/$gte (and $lt/$lte) differ. */
  const pivotOf = () => {
    const pivot = bookings.find((b) => Math.abs(startMs(b) - Date.parse(NOW)) < 86_400_000)?.startDate ?? NOW
    expect(bookings.filter((b) => b.startDate === pivot).length).toBeGreaterThan(0)
    return pivot
  }

  it.each([
    ['$eq', (ms: number, pivot: number) => ms === pivot],
    ['$ne', (ms: number, pivot: number) => ms !== pivot],
    ['$gt', (ms: number, pivot: number) => ms > pivot],
    ['$gte', (ms: number, pivot: number) => ms >= pivot],
    ['$lt', (ms: number, pivot: number) => ms < pivot],
    ['$lte', (ms: number, pivot: number) => ms <= pivot],
  ] as const)('startDate %s', async (op, predicate) => {
    const pivot = pivotOf()
    const expected = bookings.filter((b) => predicate(startMs(b), Date.parse(pivot)))
    const { items } = await queryAll({ filter: { startDate: { [op]: pivot } } })
    expect(ids(items)).toEqual(ids(expected))
    expect(await countOf({ startDate: { [op]: pivot } })).toBe(expected.length)
  })

  it('startDate $eq on an exact session start, $in and $nin', async () => {
    const starts = [...new Set(bookings.map((b) => b.startDate))].slice(0, 3)
    const exact = bookings.filter((b) => b.startDate === starts[0])
    expect(exact.length).toBeGreaterThan(0)
    expect(await countOf({ startDate: starts[0] })).toBe(exact.length)
    const inSet = bookings.filter((b) => starts.includes(b.startDate))
    expect(await countOf({ startDate: { $in: starts } })).toBe(inSet.length)
    expect(await countOf({ startDate: { $nin: starts } })).toBe(bookings.length - inSet.length)
  })

  it('date ranges on updatedDate, createdDate and endDate', async () => {
    const from = '2026-03-05T00:00:00.000Z'
    expect(await countOf({ updatedDate: { $gte: from } })).toBe(
      bookings.filter((b) => b.updatedDate >= from).length,
    )
    expect(await countOf({ createdDate: { $lt: from } })).toBe(
      bookings.filter((b) => b.createdDate < from).length,
    )
    expect(await countOf({ endDate: { $gt: from, $lte: NOW } })).toBe(
      bookings.filter(
        (b) =>
          Date.parse(b.endDate ?? '') > Date.parse(from) && Date.parse(b.endDate ?? '') <= Date.parse(NOW),
      ).length,
    )
  })

  it('status $eq (implicit and explicit), $ne, $in', async () => {
    const pending = bookings.filter((b) => b.status === 'PENDING')
    expect(pending.length).toBeGreaterThan(0)
    expect(ids((await queryAll({ filter: { status: 'PENDING' } })).items)).toEqual(ids(pending))
    expect(await countOf({ status: { $eq: 'PENDING' } })).toBe(pending.length)
    expect(await countOf({ status: { $ne: 'PENDING' } })).toBe(bookings.length - pending.length)
    expect(await countOf({ status: { $in: ['PENDING', 'WAITING_LIST'] } })).toBe(
      bookings.filter((b) => b.status === 'PENDING' || b.status === 'WAITING_LIST').length,
    )
  })

  it('id, contactDetails.email, slot eventId/serviceId and schedule scheduleId', async () => {
    const sample = bookings.slice(0, 3)
    expect(ids((await queryAll({ filter: { id: { $in: sample.map((b) => b.id) } } })).items)).toEqual(
      ids(sample),
    )
    const email = bookings[0]?.contactDetails?.email ?? ''
    expect(await countOf({ 'contactDetails.email': email })).toBe(
      bookings.filter((b) => b.contactDetails?.email === email).length,
    )
    const classBooking = bookings.find((b) => b.bookedEntity.slot?.eventId)
    const eventId = classBooking?.bookedEntity.slot?.eventId ?? ''
    const serviceId = classBooking?.bookedEntity.slot?.serviceId ?? ''
    const roster = (await queryAll({ filter: { 'bookedEntity.item.slot.eventId': eventId } })).items
    expect(ids(roster)).toEqual(ids(bookings.filter((b) => b.bookedEntity.slot?.eventId === eventId)))
    expect(await countOf({ 'bookedEntity.item.slot.serviceId': serviceId })).toBe(
      bookings.filter((b) => b.bookedEntity.slot?.serviceId === serviceId).length,
    )
    const course = bookings.find((b) => b.bookedEntity.schedule)
    const scheduleId = course?.bookedEntity.schedule?.scheduleId ?? ''
    const enrolled = bookings.filter((b) => b.bookedEntity.schedule?.scheduleId === scheduleId)
    expect(enrolled.length).toBeGreaterThan(0)
    expect(await countOf({ 'bookedEntity.item.schedule.scheduleId': scheduleId })).toBe(enrolled.length)
    expect(await countOf({ 'bookedEntity.item.slot.eventId': { $ne: eventId } })).toBe(
      bookings.filter((b) => b.bookedEntity.slot?.eventId !== eventId).length,
    )
  })

  it('combines fields, and the $and / $or the SDK query builder sends', async () => {
    const expected = bookings.filter(
      (b) => b.status === 'CONFIRMED' && Date.parse(b.startDate) >= Date.parse(NOW),
    )
    expect(await countOf({ status: 'CONFIRMED', startDate: { $gte: NOW } })).toBe(expected.length)
    expect(await countOf({ $and: [{ status: 'CONFIRMED' }, { startDate: { $gte: NOW } }] })).toBe(
      expected.length,
    )
    expect(await countOf({ $or: [{ status: 'PENDING' }, { status: 'WAITING_LIST' }] })).toBe(
      bookings.filter((b) => b.status === 'PENDING' || b.status === 'WAITING_LIST').length,
    )
  })

  it('rejects operators a field does not support, unknown fields and wrong value types', async () => {
    expectValidationError(
      await post(site, paths.count, { filter: { status: { $nin: ['CANCELED'] } } }),
      'filter.status.$nin',
    )
    expectValidationError(await post(site, paths.count, { filter: { id: { $gt: 'a' } } }), 'filter.id.$gt')
    expectValidationError(
      await post(site, paths.count, { filter: { 'booking.status': 'PENDING' } }),
      'filter.booking.status',
    )
    expectValidationError(
      await post(site, paths.count, { filter: { 'bookedEntity.slot.eventId': 'x' } }),
      'filter.bookedEntity.slot.eventId',
    )
    expectValidationError(
      await post(site, paths.count, { filter: { startDate: { $gte: 'yesterday' } } }),
      'filter.startDate.$gte',
    )
    expectValidationError(
      await post(site, paths.count, { filter: { status: { $regex: 'P.*' } } }),
      'filter.status.$regex',
    )
    expectValidationError(
      await post(site, paths.count, { filter: { status: { $in: 'PENDING' } } }),
      'filter.status.$in',
    )
    expectValidationError(
      await post(site, paths.query, { query: { filter: { $where: 'x' } } }),
      'query.filter.$where',
    )
  })
})

describe('sort and extended info', () => {
  it('sorts by startDate ascending and descending, ties by id', async () => {
    const asc = (await queryAll({ sort: [{ fieldName: 'startDate', order: 'ASC' }] })).items
    const expected = [...bookings].sort(
      (a, b) => Date.parse(a.startDate) - Date.parse(b.startDate) || (a.id < b.id ? -1 : 1),
    )
    expect(asc.map((b) => b.id)).toEqual(expected.map((b) => b.id))
    const desc = await queryPage({
      query: { sort: [{ fieldName: 'updatedDate', order: 'DESC' }], cursorPaging: { limit: 100 } },
    })
    const updated = desc.extendedBookings.map((e) => Date.parse(e.booking.updatedDate))
    expect(updated).toEqual([...updated].sort((a, b) => b - a))
    expectValidationError(
      await post(site, paths.query, { query: { sort: [{ fieldName: 'contactDetails.firstName' }] } }),
      'query.sort',
    )
    expectValidationError(
      await post(site, paths.query, { query: { sort: [{ fieldName: 'startDate', order: 'UP' }] } }),
      'query.sort',
    )
  })

  it('adds allowedActions and attendance only when asked', async () => {
    const attended = site.state().attendance[0]
    if (!attended) throw new Error('seed has no attendance')
    const filter = { id: attended.bookingId }
    const plain = await queryPage({ query: { filter } })
    expect(plain.extendedBookings[0]?.allowedActions).toBeUndefined()
    expect(plain.extendedBookings[0]?.attendance).toBeUndefined()
    const rich = await queryPage({
      query: { filter },
      withBookingAllowedActions: true,
      withBookingAttendanceInfo: true,
    })
    expect(rich.extendedBookings[0]?.attendance).toEqual({
      id: attended.id,
      status: attended.status,
      numberOfAttendees: attended.numberOfAttendees,
    })
    // The session has started: the customer's policy no longer allows a cancel.
    expect(rich.extendedBookings[0]?.allowedActions).toEqual({ cancel: false, reschedule: false })
    const future = bookings.find(
      (b) => b.status === 'CONFIRMED' && Date.parse(b.startDate) > Date.parse(NOW) + 4 * 86_400_000,
    )
    const later = await queryPage({ query: { filter: { id: future?.id } }, withBookingAllowedActions: true })
    expect(later.extendedBookings[0]?.allowedActions?.cancel).toBe(true)
  })
})

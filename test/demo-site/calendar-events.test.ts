// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { describe, expect, it } from 'vitest'
import {
  eventResponseSchema,
  listEventsByIdResponseSchema,
  queryEventsResponseSchema,
} from '@shared/wix/event'
import {
  expectOk,
  expectValidationError,
  expectWixError,
  get,
  paths,
  post,
  openTestSite,
} from './demo-site-client'

const site = await openTestSite()

// 2026-03-10 in Chicago (CDT since Mar 8): 05:00Z – next day 05:00Z.
const DAY = { fromLocalDate: '2026-03-10T00:00:00', toLocalDate: '2026-03-11T00:00:00' }
const dayStart = Date.parse('2026-03-10T05:00:00Z')
const dayEnd = Date.parse('2026-03-11T05:00:00Z')

function onCalendar(kind: string, status: string): boolean {
  return !(kind === 'APPOINTMENT' && status === 'CANCELLED')
}

describe('query events', () => {
  it("returns the day's sessions in the business's zone, sorted by start", async () => {
    const result = expectOk(
      await post(site, paths.queryEvents, { ...DAY, query: { cursorPaging: { limit: 100 } } }),
      queryEventsResponseSchema,
    )
    const expected = site
      .state()
      .events.filter((e) => e.endMs > dayStart && e.startMs < dayEnd && onCalendar(e.kind, e.status))
    expect(result.events.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort())
    const starts = result.events.map((e) => Date.parse(e.start.utcDate ?? ''))
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    const first = result.events[0]
    expect(first?.start.timeZone).toBe('America/Chicago')
    expect(first?.start.localDate?.startsWith('2026-03-10T')).toBe(true)
    expect(result.events.some((e) => e.type === 'CLASS')).toBe(true)
  })

  it('reads the range in the requested time zone', async () => {
    const result = expectOk(
      await post(site, paths.queryEvents, {
        fromLocalDate: '2026-03-10T12:00:00',
        toLocalDate: '2026-03-10T18:00:00',
        timeZone: 'UTC',
      }),
      queryEventsResponseSchema,
    )
    for (const event of result.events) {
      expect(Date.parse(event.end?.utcDate ?? '')).toBeGreaterThan(Date.parse('2026-03-10T12:00:00Z'))
      expect(Date.parse(event.start.utcDate ?? '')).toBeLessThan(Date.parse('2026-03-10T18:00:00Z'))
      expect(event.adjustedStart?.timeZone).toBe('UTC')
    }
    expect(result.events.length).toBeGreaterThan(0)
  })

  it('pages with a cursor that keeps the range and filter', async () => {
    const week = { fromLocalDate: '2026-03-07T00:00:00', toLocalDate: '2026-03-14T00:00:00' }
    const first = expectOk(
      await post(site, paths.queryEvents, {
        ...week,
        query: { filter: { type: 'CLASS' }, cursorPaging: { limit: 10 } },
      }),
      queryEventsResponseSchema,
    )
    const seen = first.events.map((e) => e.id)
    let cursor = first.pagingMetadata?.cursors?.next
    while (cursor) {
      const page = expectOk(
        await post(site, paths.queryEvents, { query: { cursorPaging: { cursor } } }),
        queryEventsResponseSchema,
      )
      expect(page.events.every((e) => e.type === 'CLASS')).toBe(true)
      seen.push(...page.events.map((e) => e.id))
      cursor = page.pagingMetadata?.cursors?.next
    }
    const from = Date.parse('2026-03-07T06:00:00Z')
    const to = Date.parse('2026-03-14T05:00:00Z')
    const expected = site.state().events.filter((e) => e.kind === 'CLASS' && e.endMs > from && e.startMs < to)
    expect(seen.sort()).toEqual(expected.map((e) => e.id).sort())
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('filters on scheduleId and type $in', async () => {
    const course = site.state().services.find((s) => s.kind === 'COURSE')
    const month = { fromLocalDate: '2026-02-01T00:00:00', toLocalDate: '2026-04-30T00:00:00' }
    const result = expectOk(
      await post(site, paths.queryEvents, {
        ...month,
        query: {
          filter: { scheduleId: course?.scheduleId, type: { $in: ['COURSE'] } },
          cursorPaging: { limit: 100 },
        },
      }),
      queryEventsResponseSchema,
    )
    expect(result.events).toHaveLength(12)
    expect(
      result.events.every((e) => e.scheduleId === course?.scheduleId && e.externalScheduleId === course?.id),
    ).toBe(true)
  })

  it('rejects bad requests: missing or offset dates, inverted range, dates in the filter, filter beside a cursor, limit > 100', async () => {
    expectValidationError(
      await post(site, paths.queryEvents, { toLocalDate: DAY.toLocalDate }),
      'fromLocalDate',
    )
    expectValidationError(
      await post(site, paths.queryEvents, { ...DAY, fromLocalDate: '2026-03-10T00:00:00Z' }),
      'fromLocalDate',
    )
    expectValidationError(
      await post(site, paths.queryEvents, { fromLocalDate: DAY.toLocalDate, toLocalDate: DAY.fromLocalDate }),
      'toLocalDate',
    )
    expectValidationError(
      await post(site, paths.queryEvents, { ...DAY, timeZone: 'Mars/Olympus' }),
      'timeZone',
    )
    expectValidationError(
      await post(site, paths.queryEvents, { ...DAY, query: { filter: { start: { $gte: 'x' } } } }),
      'query.filter.start',
    )
    expectValidationError(
      await post(site, paths.queryEvents, { ...DAY, query: { cursorPaging: { limit: 101 } } }),
      'query.cursorPaging.limit',
    )
    const first = expectOk(
      await post(site, paths.queryEvents, { ...DAY, query: { cursorPaging: { limit: 2 } } }),
      queryEventsResponseSchema,
    )
    const cursor = first.pagingMetadata?.cursors?.next
    expectValidationError(
      await post(site, paths.queryEvents, { query: { filter: { type: 'CLASS' }, cursorPaging: { cursor } } }),
      'query.filter',
    )
    expectValidationError(
      await post(site, paths.queryEvents, { ...DAY, query: { cursorPaging: { cursor } } }),
      'fromLocalDate',
    )
  })
})

describe('get events', () => {
  it('lists events by ids (unknown ids left out) and gets one', async () => {
    const [a, b] = site.state().events.filter((e) => e.kind === 'CLASS')
    const list = expectOk(
      await get(site, `${paths.events}?eventIds=${a?.id}&eventIds=unknown&eventIds=${b?.id}`),
      listEventsByIdResponseSchema,
    )
    expect(list.events.map((e) => e.id)).toEqual([a?.id, b?.id])
    const one = expectOk(await get(site, `${paths.events}/${a?.id}`), eventResponseSchema)
    expect(one.event).toMatchObject({ id: a?.id, totalCapacity: a?.totalCapacity, title: a?.title })
    expectWixError(await get(site, `${paths.events}/unknown`), 404, 'EVENT_NOT_FOUND')
    expectValidationError(await get(site, paths.events), 'eventIds')
  })
})

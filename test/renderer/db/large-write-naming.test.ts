import { Dexie, liveQuery, RangeSet, type DBCore, type IntervalTree, type ObservabilitySet } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  DEXIE_NAMES_ROWS_BELOW,
  NAMED_BY_SPAN,
  nameLargeWrites,
} from '../../../renderer/src/db/large-write-naming'
import type { BookingRow } from '../../../renderer/src/db/rows'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { person } from '../search/index/small-store'

let counter = 0
const opened: Dexie[] = []
const notices: ObservabilitySet[] = []
const record = (parts: ObservabilitySet) => void notices.push(parts)

afterEach(() => {
  Dexie.on.storagemutated.unsubscribe(record)
  for (const db of opened.splice(0)) db.close()
  notices.length = 0
})

async function store(): Promise<RollcallDb> {
  const db = new RollcallDb(`large-write-naming-${String(++counter)}`)
  opened.push(db)
  await db.open()
  return db
}

/** `count` bookings on `day`, in two sessions, with a few search words each (pinned days, no clock). */
function bookingsOn(day: string, count: number, from = 0): BookingRow[] {
  return Array.from({ length: count }, (_, i) => ({
    ...person(`bkg-${day}-${String(from + i).padStart(3, '0')}`, `Ann${String(i)}`, `Ames${String(i % 7)}`),
    day,
    eventId: `evt-${day}-${String(i % 2)}`,
  }))
}

/** What one write announced for `db`'s tables, part by part, as [from, to] pairs in key order. */
async function announced(db: RollcallDb, write: () => Promise<unknown>) {
  notices.length = 0
  Dexie.on('storagemutated', record)
  await write()
  Dexie.on.storagemutated.unsubscribe(record)
  const parts: Record<string, unknown[][]> = {}
  for (const notice of notices)
    for (const [part, tree] of Object.entries(notice)) {
      if (!part.startsWith(`idb://${db.name}/`)) continue
      const name = part.slice(`idb://${db.name}/`.length)
      parts[name] = [...(parts[name] ?? []), ...[...RangeSet(tree)].map((r) => [r.from, r.to])]
    }
  return parts
}

describe('a put of 50 rows or more', () => {
  it('names what it wrote as Dexie names a put of fewer rows: each key, and the span of :dels and of the indexes read only by range', async () => {
    const rows = [...bookingsOn('2026-11-24', 70), ...bookingsOn('2026-11-25', 50)]
    expect(rows.length).toBeGreaterThanOrEqual(DEXIE_NAMES_ROWS_BELOW)
    const many = await store()
    const asOne = await announced(many, () => many.bookings.bulkPut(rows))

    // The same rows, 49 at a time in one transaction: what Dexie itself names.
    const few = await store()
    const inParts = await announced(few, () =>
      few.transaction('rw', few.bookings, async () => {
        for (let at = 0; at < rows.length; at += DEXIE_NAMES_ROWS_BELOW - 1)
          await few.bookings.bulkPut(rows.slice(at, at + DEXIE_NAMES_ROWS_BELOW - 1))
      }),
    )
    expect(Object.keys(asOne).sort()).toEqual(Object.keys(inParts).sort())
    const bySpan = [...(NAMED_BY_SPAN['bookings'] ?? []), ':dels']
    for (const [part, ranges] of Object.entries(inParts)) {
      const index = part.slice('bookings/'.length)
      if (bySpan.includes(index) && ranges.length) {
        // One range from the lowest value Dexie named to the highest: it holds every one of them.
        expect(asOne[part], part).toEqual([[ranges[0]![0], ranges.at(-1)![1]]])
      } else expect(asOne[part], part).toEqual(ranges)
    }
    // The fixture's rows have search words and a creation date: the spans are not all empty ones.
    expect(asOne['bookings/searchTokens']).toHaveLength(1)
    expect(asOne['bookings/[status+createdDate]']).toHaveLength(1)
    expect(asOne['bookings/']).toHaveLength(rows.length)
    expect(asOne['bookings/:dels']).toEqual([[rows[0]!.id, rows.at(-1)!.id]])
    expect(asOne['bookings/day']).toEqual([
      ['2026-11-24', '2026-11-24'],
      ['2026-11-25', '2026-11-25'],
    ])
    expect(await many.bookings.count()).toBe(rows.length)
  })

  it('wakes a live query for its day only when a write is about that day or the rows it shows', async () => {
    const db = await store()
    await db.bookings.bulkPut(bookingsOn('2026-11-24', 3))
    const answers: string[][] = []
    const subscription = liveQuery(() =>
      db.bookings.where('day').equals('2026-11-24').primaryKeys(),
    ).subscribe((keys) => answers.push(keys.map(String)))
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
    try {
      await vi.waitFor(() => expect(answers).toHaveLength(1))

      // A batch for the next day: the query is not read again.
      await db.bookings.bulkPut(bookingsOn('2026-11-25', 200))
      await settle()
      expect(answers).toHaveLength(1)

      // A batch for the next day with one booking of the day in it: read again, and it is there.
      await db.bookings.bulkPut([...bookingsOn('2026-11-25', 150, 200), ...bookingsOn('2026-11-24', 1, 50)])
      await vi.waitFor(() => expect(answers).toHaveLength(2))
      expect(answers[1]).toContain('bkg-2026-11-24-050')

      // A batch that moves a booking the query shows to another day: read again, and it is gone.
      const moved = { ...(await db.bookings.get('bkg-2026-11-24-000'))!, day: '2026-11-26' }
      await db.bookings.bulkPut([...bookingsOn('2026-11-25', 99, 400), moved])
      await vi.waitFor(() => expect(answers).toHaveLength(3))
      expect(answers[2]).not.toContain('bkg-2026-11-24-000')
    } finally {
      subscription.unsubscribe()
    }
  })

  it('leaves the whole-table naming where the write does not carry its keys (an auto-increment table)', async () => {
    const db = await store()
    const lines = Array.from({ length: 60 }, (_, i) => ({
      at: Date.parse('2026-11-23T15:00:00Z') + i,
      mutationId: `m-${String(i)}`,
      text: 'Checked in',
    }))
    const parts = await announced(db, () => db.activity.bulkAdd(lines as never[]))
    expect(parts['activity/']).toHaveLength(1)
    expect(parts['activity/']?.[0]?.[0]).toBe(-Infinity)
  })

  it('stores rows whose compound index has a part missing, and names the rest', async () => {
    const db = await store()
    const rows = bookingsOn('2026-11-24', 60).map((row, i) =>
      i % 2 ? row : ({ ...row, createdDate: undefined } as unknown as BookingRow),
    )
    const parts = await announced(db, () => db.bookings.bulkPut(rows))
    expect(await db.bookings.count()).toBe(60)
    expect(parts['bookings/']).toHaveLength(60)
  })
})

describe('nameLargeWrites', () => {
  const MIN_KEY = -Infinity
  const MAX_KEY = [[]]
  function coreWith(mutate: () => Promise<unknown>) {
    const schema = {
      name: 'bookings',
      primaryKey: { name: '', keyPath: 'id', extractKey: (v: { id: string }) => v.id },
      indexes: [{ name: 'day', keyPath: 'day', extractKey: (v: { day: string }) => v.day }],
      getIndexByKeyPath: () => null,
    }
    const down = {
      stack: 'dbcore',
      schema: { name: 'db', tables: [schema] },
      MIN_KEY,
      MAX_KEY,
      table: () => ({ name: 'bookings', schema, mutate }),
    } as unknown as DBCore
    return nameLargeWrites.create(down) as DBCore
  }
  const values = Array.from({ length: 60 }, (_, i) => ({ id: `b${String(i)}`, day: '2026-11-24' }))
  const whole = (): IntervalTree => new RangeSet(MIN_KEY, MAX_KEY)

  it("replaces only Dexie's whole-table parts, and passes the request on", async () => {
    const mutate = vi.fn(() => Promise.resolve({}))
    const parts: ObservabilitySet = {
      'idb://db/bookings/': whole(),
      'idb://db/bookings/:dels': whole(),
      'idb://db/bookings/day': whole(),
    }
    const req = { type: 'put', trans: {}, values, mutatedParts: parts } as never
    await coreWith(mutate).table('bookings').mutate(req)
    expect(mutate).toHaveBeenCalledWith(req)
    expect([...RangeSet(parts['idb://db/bookings/day']!)]).toMatchObject([
      { from: '2026-11-24', to: '2026-11-24' },
    ])
    expect([...RangeSet(parts['idb://db/bookings/']!)]).toHaveLength(60)
  })

  it('leaves parts that already name keys, or a write of fewer rows, as they are', async () => {
    const mutate = vi.fn(() => Promise.resolve({}))
    const named = new RangeSet('b1', 'b1')
    const parts: ObservabilitySet = {
      'idb://db/bookings/': named,
      'idb://db/bookings/:dels': whole(),
      'idb://db/bookings/day': whole(),
    }
    await coreWith(mutate)
      .table('bookings')
      .mutate({ type: 'put', trans: {}, values, mutatedParts: parts } as never)
    expect(parts['idb://db/bookings/']).toBe(named)
    expect(parts['idb://db/bookings/day']).toEqual(whole())

    const small: ObservabilitySet = { 'idb://db/bookings/': whole() }
    await coreWith(mutate)
      .table('bookings')
      .mutate({ type: 'put', trans: {}, values: values.slice(0, 10), mutatedParts: small } as never)
    expect(small['idb://db/bookings/']).toEqual(whole())
  })
})

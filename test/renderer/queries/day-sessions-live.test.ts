import { liveQuery } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { dayAppointmentRequests } from '../../../renderer/src/queries/appointment-requests'
import { daySessions } from '../../../renderer/src/queries/roster-view'
import { dayLoadedOf, withComplete, type DayLoaded } from '../../../renderer/src/sync/loaded-days'
import { readSyncMemory, writeSyncMemory } from '../../../renderer/src/sync/sync-memory'
import { dana, person, vinyasa } from '../search/index/small-store'
import { rowOf, visitParts } from '../db/lifecycle-fixtures'

// The clock is pinned to the fixtures' day (Vinyasa Flow on 2026-11-23, Chicago), with a window around it:
// the queries read no clock, and the pin keeps it so whatever the day or zone the test runs in.
const DAY = '2026-11-23'
const TIME_ZONE = 'America/Chicago'
const loading = { first: '2026-11-22', last: '2026-11-30', days: [] as string[], courseDays: [] as string[] }

let db: RollcallDb
let counter = 0
beforeEach(() => {
  // Only Date: Dexie's live queries still need real timers.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T15:00:00Z') })
})
afterEach(() => {
  db.close()
  vi.useRealTimers()
})

describe("a day's sessions, read live with the day's state read apart", () => {
  it('is not read again when the pull writes down another day, and is when its own day completes', async () => {
    db = new RollcallDb(`day-sessions-live-${String(++counter)}`)
    await db.open()
    await db.events.put(vinyasa())
    await db.bookings.put(dana())
    await writeSyncMemory(db, { loaded: loading })

    const states: DayLoaded[] = []
    const reads: number[] = []
    const stateOf = liveQuery(async () => dayLoadedOf(await readSyncMemory(db), DAY)).subscribe((state) =>
      states.push(state),
    )
    const listing: { current: { unsubscribe(): void } | null } = { current: null }
    const list = (state: DayLoaded) => {
      listing.current?.unsubscribe()
      listing.current = liveQuery(async () => {
        const [sessions, requests] = await Promise.all([
          daySessions(db, DAY, TIME_ZONE, state),
          dayAppointmentRequests(db, DAY, TIME_ZONE, state),
        ])
        return sessions.map((s) => s.counts.booked).concat(requests.length)
      }).subscribe((booked) => reads.push(booked[0] ?? -1))
    }
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
    try {
      await vi.waitFor(() => expect(states).toEqual(['none']))
      list('none')
      await vi.waitFor(() => expect(reads).toEqual([0]))

      // The next day is complete: the day's state is read again and is the same; its list is not read again.
      await writeSyncMemory(db, { loaded: withComplete(loading, ['2026-11-24']) })
      await settle()
      expect(reads).toHaveLength(1)
      expect(new Set(states)).toEqual(new Set(['none']))

      // Its own day: a new state, and the list read with it has the numbers.
      await writeSyncMemory(db, { loaded: withComplete(loading, ['2026-11-24', DAY], [DAY]) })
      await vi.waitFor(() => expect(states.at(-1)).toBe('all'))
      list('all')
      await vi.waitFor(() => expect(reads.at(-1)).toBeGreaterThan(0))
    } finally {
      stateOf.unsubscribe()
      listing.current?.unsubscribe()
    }
  })

  it("is not read again for a large batch of another day's bookings, whose keys fall between its own", async () => {
    // Kim's visit (pinned: 2026-03-10 in Chicago) is read with its parts, as Today lists it; the batch's ids
    // sort on either side of Kim's, as random booking ids do.
    const VISIT_DAY = '2026-03-10'
    db = new RollcallDb(`day-sessions-live-${String(++counter)}`)
    await db.open()
    const kim = visitParts().map((part) => rowOf(part, TIME_ZONE))
    await db.bookings.bulkPut(kim)
    const reads: number[] = []
    const listing = liveQuery(() => dayAppointmentRequests(db, VISIT_DAY, TIME_ZONE, 'all')).subscribe(
      (requests) => reads.push(requests.filter((r) => r.entry.visit?.total === 2).length),
    )
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
    try {
      await vi.waitFor(() => expect(reads).toEqual([2]))
      const other = Array.from({ length: 200 }, (_, i) => ({
        ...person(`bkg-${i % 2 ? 'a' : 'z'}-${String(i).padStart(3, '0')}`, `Ann${String(i)}`, 'Ames'),
        day: '2026-03-11',
        eventId: `evt-2026-03-11-${String(i % 5)}`,
      }))
      await db.bookings.bulkPut(other)
      await settle()
      expect(reads).toHaveLength(1)

      // A change to one of its own rows is read.
      await db.bookings.put({ ...kim[0]!, status: 'CONFIRMED' })
      await vi.waitFor(() => expect(reads).toHaveLength(2))
    } finally {
      listing.unsubscribe()
    }
  })
})

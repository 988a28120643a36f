import { renderHook, waitFor } from '@testing-library/react'
import { liveQuery } from 'dexie'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { sessionRoster } from '../../../renderer/src/queries/roster-view'
import { withComplete, type DayState } from '../../../renderer/src/sync/loaded-days'
import { writeSyncMemory } from '../../../renderer/src/sync/sync-memory'
import { useDayLoaded, useSessionDayState } from '../../../renderer/src/sync/useDayLoaded'
import { dana, vinyasa } from '../search/index/small-store'

// The clock is pinned to the fixtures' day (Vinyasa Flow on 2026-11-23, Chicago), with a window around it:
// nothing here reads a clock, and the pin keeps it so whatever the day or zone the test runs in.
const DAY = '2026-11-23'
const TIME_ZONE = 'America/Chicago'
const loading = { first: '2026-11-22', last: '2026-11-30', days: [] as string[], courseDays: [] as string[] }
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

let db: RollcallDb
let counter = 0
beforeEach(async () => {
  // Only Date: Dexie's live queries still need real timers.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T15:00:00Z') })
  db = new RollcallDb(`use-day-loaded-${String(++counter)}`)
  await db.open()
  await db.events.put(vinyasa())
  await db.bookings.put(dana())
  await writeSyncMemory(db, { loaded: loading })
})
afterEach(() => {
  db.close()
  vi.useRealTimers()
})

describe("a day's state, read apart", () => {
  it('keeps its answer when another day completes, and moves on when its own day does', async () => {
    const day = renderHook(() => useDayLoaded(db, DAY), { wrapper: StrictMode })
    const session = renderHook(() => useSessionDayState(db, vinyasa().id), { wrapper: StrictMode })
    await waitFor(() => expect(day.result.current).toBe('none'))
    await waitFor(() => expect(session.result.current).toEqual({ day: DAY, loaded: 'none' }))
    const first = session.result.current

    await writeSyncMemory(db, { loaded: withComplete(loading, ['2026-11-24']) })
    await settle()
    expect(day.result.current).toBe('none')
    expect(session.result.current).toBe(first)

    await writeSyncMemory(db, { loaded: withComplete(loading, ['2026-11-24', DAY], [DAY]) })
    await waitFor(() => expect(day.result.current).toBe('all'))
    await waitFor(() => expect(session.result.current).toEqual({ day: DAY, loaded: 'all' }))
  })

  it('says null for a session the store does not hold', async () => {
    const session = renderHook(() => useSessionDayState(db, 'evt-not-here'), { wrapper: StrictMode })
    await waitFor(() => expect(session.result.current).toBeNull())
  })

  it("lets a roster be read without the sync memory, so that another day's completion does not read it again", async () => {
    const reads: boolean[] = []
    const known: DayState = { day: DAY, loaded: 'none' }
    const roster = liveQuery(() => sessionRoster(db, vinyasa().id, TIME_ZONE, known)).subscribe((answer) =>
      reads.push(answer?.session.bookingsLoaded ?? false),
    )
    try {
      await vi.waitFor(() => expect(reads).toEqual([false]))
      await writeSyncMemory(db, { loaded: withComplete(loading, ['2026-11-24', DAY], [DAY]) })
      await settle()
      expect(reads).toHaveLength(1)
    } finally {
      roster.unsubscribe()
    }
    // Read without it, the roster reads the memory itself.
    expect((await sessionRoster(db, vinyasa().id, TIME_ZONE))?.session.bookingsLoaded).toBe(true)
    // A state about another day is not taken for the session's.
    const other = await sessionRoster(db, vinyasa().id, TIME_ZONE, { day: '2026-11-24', loaded: 'none' })
    expect(other?.session.bookingsLoaded).toBe(true)
  })
})

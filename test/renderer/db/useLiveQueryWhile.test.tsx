import { renderHook, waitFor } from '@testing-library/react'
import { Dexie } from 'dexie'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { useLiveQueryWhile } from '../../../renderer/src/db/useLiveQueryWhile'
import { dana } from '../search/index/small-store'

let counter = 0
const opened: Dexie[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

async function store(): Promise<RollcallDb> {
  const db = new RollcallDb(`live-query-while-${String(++counter)}`)
  opened.push(db)
  await db.open()
  return db
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('a live read that listens only while active', () => {
  it('reads nothing while idle, reads live once active, and stops reading when idle again', async () => {
    const db = await store()
    let reads = 0
    const count = () => {
      reads++
      return db.bookings.count()
    }
    const view = renderHook(({ active }) => useLiveQueryWhile(active, count, [db]), {
      initialProps: { active: false },
      wrapper: StrictMode,
    })
    await db.bookings.put(dana())
    await settle()
    expect(view.result.current).toBeUndefined()
    expect(reads).toBe(0)

    view.rerender({ active: true })
    await waitFor(() => expect(view.result.current).toBe(1))
    await db.bookings.put({ ...dana(), id: 'bkg-other' })
    await waitFor(() => expect(view.result.current).toBe(2))

    view.rerender({ active: false })
    await waitFor(() => expect(view.result.current).toBeUndefined())
    const before = reads
    await db.bookings.put({ ...dana(), id: 'bkg-third' })
    await settle()
    expect(reads).toBe(before)
    expect(view.result.current).toBeUndefined()
  })

  it("adds no listener to the store's writes while idle", async () => {
    const db = await store()
    const listeners = () =>
      (Dexie.on.storagemutated as unknown as { subscribers: unknown[] }).subscribers.length
    const before = listeners()
    const view = renderHook(() => useLiveQueryWhile(false, () => db.bookings.count(), [db]), {
      wrapper: StrictMode,
    })
    await settle()
    expect(listeners()).toBe(before)
    view.unmount()
  })
})

import { renderHook, waitFor } from '@testing-library/react'
import { Dexie } from 'dexie'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RollcallDb, SCHEMA_V1, SCHEMA_V2 } from '../../../renderer/src/db/schema'
import { useDatabaseStatus } from '../../../renderer/src/db/useDatabaseStatus'

let counter = 0
const opened: Dexie[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

function track<T extends Dexie>(db: T): T {
  opened.push(db)
  return db
}

/** main.tsx renders in StrictMode, so the effect subscribes, unsubscribes and subscribes again. */
function statusOf(db: RollcallDb) {
  return renderHook(() => useDatabaseStatus(db), { wrapper: StrictMode }).result
}

describe('the database status', () => {
  it('goes from opening to ready', async () => {
    const status = statusOf(track(new RollcallDb(`status-${++counter}`)))
    expect(status.current).toEqual({ state: 'opening' })
    await waitFor(() => expect(status.current).toEqual({ state: 'ready' }))
  })

  it('asks to close other windows while one holds an older version open, then becomes ready', async () => {
    const name = `status-${++counter}`
    const older = track(new Dexie(name))
    older.version(1).stores(SCHEMA_V1)
    older.on('versionchange', () => false) // It does not let go by itself.
    await older.open()

    const status = statusOf(track(new RollcallDb(name)))
    await waitFor(() => expect(status.current.state).toBe('blocked'))
    expect(status.current).toMatchObject({
      problem: { title: 'Close other Rollcall windows to continue', detail: /Nothing has been deleted/ },
    })

    older.close()
    await waitFor(() => expect(status.current).toEqual({ state: 'ready' }))
  })

  it('says Rollcall was updated in another window once a newer one upgrades the store', async () => {
    const name = `status-${++counter}`
    const db = track(new RollcallDb(name))
    const status = statusOf(db)
    await waitFor(() => expect(status.current.state).toBe('ready'))

    const newer = track(new Dexie(name))
    newer.version(3).stores({ ...SCHEMA_V2, notes: 'id' })
    await newer.open()

    await waitFor(() => expect(status.current.state).toBe('failed'))
    expect(status.current).toMatchObject({
      problem: { title: 'Rollcall was updated in another window', detail: /reload.*Nothing has been lost/i },
    })
    expect(db.isOpen()).toBe(false)
  })

  it('asks to close an older window that reopened the store after the upgrade', async () => {
    const name = `status-${++counter}`
    const older = track(new Dexie(name))
    older.version(1).stores(SCHEMA_V1)
    const spies = (['warn', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    )
    await older.open()
    const status = statusOf(track(new RollcallDb(name)))
    await waitFor(() => expect(status.current.state).toBe('ready'))

    await older.table('outbox').count() // Dexie reopens it, and patches the store back to its own indexes.
    await waitFor(() => expect(status.current.state).toBe('failed'))
    spies.forEach((spy) => spy.mockRestore())
    expect(status.current).toMatchObject({
      problem: { title: 'An older Rollcall window is still open', detail: /Close the older window/ },
    })
  })

  it('describes a store written by a newer Rollcall without opening it', async () => {
    const name = `status-${++counter}`
    const newer = track(new Dexie(name))
    newer.version(3).stores({ ...SCHEMA_V2, notes: 'id' })
    await newer.open()
    newer.close()

    const status = statusOf(track(new RollcallDb(name)))
    await waitFor(() => expect(status.current.state).toBe('failed'))
    expect(status.current).toMatchObject({ problem: { title: /newer version of Rollcall/ } })
  })
})

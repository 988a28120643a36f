import { Dexie } from 'dexie'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { STORE_PREFIX } from '../../../renderer/src/db/store-names'
import { bookingsInStore } from '../../../renderer/src/sync/loaded-days'
import { readSyncMemory } from '../../../renderer/src/sync/sync-memory'

/**
 * The benchmark's hands inside the page (bundled in memory and evaluated there, never part of the app):
 * find the app's store, copy its rows into a fresh store with plain `bulkPut` (the write floor of the initial
 * sync), and read rows back to check that a sync really landed.
 */
const RAW_STORE = `${STORE_PREFIX}bench-raw`

async function appStoreName(): Promise<string> {
  const names = (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : []))
  const found = names.filter((name) => name.startsWith(STORE_PREFIX) && name !== RAW_STORE)
  if (found.length !== 1) throw new Error(`expected one Rollcall store, found: ${found.join(', ') || 'none'}`)
  return found[0]!
}

async function withAppStore<T>(work: (db: RollcallDb) => Promise<T>): Promise<T> {
  const db = new RollcallDb(await appStoreName())
  try {
    await db.open()
    return await work(db)
  } finally {
    db.close()
  }
}

export interface StoreCounts {
  events: number
  bookings: number
  attendance: number
  outbox: number
}

export interface RawWrite {
  rows: number
  chunks: number
  ms: number
}

const api = {
  appStoreName,

  counts: (): Promise<StoreCounts> =>
    withAppStore(async (db) => ({
      events: await db.events.count(),
      bookings: await db.bookings.count(),
      attendance: await db.attendance.count(),
      outbox: await db.outbox.count(),
    })),

  /** The outbox by kind and state ("setAttendance queued": 1000): what a count that does not add up is made of. */
  outboxKinds: (): Promise<Record<string, number>> =>
    withAppStore(async (db) => {
      const kinds: Record<string, number> = {}
      for (const row of await db.outbox.toArray()) {
        const key = `${row.intent} ${row.state}`
        kinds[key] = (kinds[key] ?? 0) + 1
      }
      return kinds
    }),

  /**
   * Writes every session, booking and attendance row the app stored into a new store of the same schema,
   * `chunk` rows per `bulkPut`, one transaction per chunk (as a sync writes page by page). Only the writes
   * are timed; the store is deleted afterwards.
   */
  async rawWrite(chunk: number): Promise<RawWrite> {
    const rows = await withAppStore(async (db) => ({
      events: await db.events.toArray(),
      bookings: await db.bookings.toArray(),
      attendance: await db.attendance.toArray(),
    }))
    await Dexie.delete(RAW_STORE)
    const raw = new RollcallDb(RAW_STORE)
    await raw.open()
    try {
      let chunks = 0
      const started = performance.now()
      const tables = [
        [raw.events, rows.events],
        [raw.bookings, rows.bookings],
        [raw.attendance, rows.attendance],
      ] as const
      for (const [table, all] of tables)
        for (let at = 0; at < all.length; at += chunk) {
          const slice = all.slice(at, at + chunk)
          await raw.transaction('rw', table, () => (table as Dexie.Table).bulkPut(slice))
          chunks++
        }
      const ms = performance.now() - started
      return { rows: rows.events.length + rows.bookings.length + rows.attendance.length, chunks, ms }
    } finally {
      raw.close()
      await Dexie.delete(RAW_STORE)
    }
  },

  /**
   * Waits for a store holding all of `day`'s bookings, as the app itself decides it (its sync memory through
   * `bookingsInStore`, for each kind of session that day has): polls every `everyMs` from the moment the
   * app's store exists, and returns the page's time (performance.now()) of the first poll that saw it.
   */
  async dayStored(day: string, kinds: string[], timeoutMs: number, everyMs = 20): Promise<number> {
    const deadline = performance.now() + timeoutMs
    const pause = () => new Promise((resolve) => setTimeout(resolve, everyMs))
    let name: string | null = null
    while (name === null) {
      name = await appStoreName().catch(() => null)
      if (name === null) {
        if (performance.now() > deadline) throw new Error('the app never made its store')
        await pause()
      }
    }
    const db = new RollcallDb(name)
    try {
      await db.open()
      for (;;) {
        const memory = await readSyncMemory(db)
        const at = performance.now()
        if (kinds.every((kind) => bookingsInStore(memory, day, kind))) return at
        if (at > deadline)
          throw new Error(`${day}'s bookings were not all in the store within ${String(timeoutMs)} ms`)
        await pause()
      }
    } finally {
      db.close()
    }
  },

  /** The stored status of each booking (null: not in the store). */
  bookingStatuses: (ids: string[]): Promise<Array<string | null>> =>
    withAppStore(async (db) => (await db.bookings.bulkGet(ids)).map((row) => row?.serverStatus ?? null)),

  /** The stored attendance of each (booking, session). */
  attendanceStatuses: (keys: Array<[string, string]>): Promise<Array<string | null>> =>
    withAppStore(async (db) => (await db.attendance.bulkGet(keys)).map((row) => row?.serverStatus ?? null)),
}

export type BenchStore = typeof api
;(globalThis as unknown as { __benchStore: BenchStore }).__benchStore = api

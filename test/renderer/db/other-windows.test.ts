import { Dexie } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  openDatabase,
  watchOtherWindows,
  type OtherWindowEvent,
} from '../../../renderer/src/db/open-database'
import { RollcallDb, SCHEMA_V1, SCHEMA_V2 } from '../../../renderer/src/db/schema'
import { bookingRow, classBooking } from './fixtures'

/**
 * Two windows on one store, played by two Dexie instances on the same name: fake-indexeddb dispatches
 * `versionchange` to the open connection and then `blocked` to the opening request, as browsers do.
 */
let counter = 0
const opened: Dexie[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

function track<T extends Dexie>(db: T): T {
  opened.push(db)
  return db
}

/** A window of Rollcall 0.1 that does not let go when asked (busy, or an older Dexie that ignores it). */
async function stubbornV1Window(name: string): Promise<Dexie> {
  const db = track(new Dexie(name))
  db.version(1).stores(SCHEMA_V1)
  db.on('versionchange', () => false)
  await db.open()
  return db
}

/** A later Rollcall with a version 3. */
class NewerRollcallDb extends RollcallDb {
  constructor(name: string) {
    super(name)
    this.version(3).stores({ ...SCHEMA_V2, notes: 'id' })
  }
}

function watched(db: Dexie): OtherWindowEvent[] {
  const events: OtherWindowEvent[] = []
  watchOtherWindows(db, (event) => events.push(event))
  return events
}

describe('another window on the same store', () => {
  it('holding an older version open blocks the upgrade: said at once, and it goes on once that closes', async () => {
    const name = `windows-${++counter}`
    const older = await stubbornV1Window(name)
    const db = track(new RollcallDb(name))
    const events = watched(db)

    let done = false
    const opening = openDatabase(db).then(() => (done = true))
    await vi.waitFor(() => expect(events).toEqual(['blocked']))
    // A round trip through the older window, asked after the block: it still has the store, and the upgrade
    // still waits for it (IndexedDB waits, without a time limit, for the other window).
    expect(await older.table('bookings').count()).toBe(0)
    expect(done).toBe(false)

    older.close()
    await opening
    expect(db.isOpen()).toBe(true)
    expect(db.backendDB().version).toBe(20)
    expect(events).toEqual(['blocked'])
  })

  it('upgrading the store makes this window close for good, and nothing is lost', async () => {
    const name = `windows-${++counter}`
    const db = track(new RollcallDb(name))
    await openDatabase(db)
    await db.bookings.put(bookingRow(classBooking()))
    const events = watched(db)

    // This window gives way at once, so the newer one is never blocked.
    const newer = track(new NewerRollcallDb(name))
    await openDatabase(newer)
    expect(events).toEqual(['updated'])
    expect(db.isOpen()).toBe(false)

    // Dexie's own handler would let this query reopen the store at version 3 under version 2's schema.
    await expect(db.bookings.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' })
    expect(newer.backendDB().version).toBe(30)
    expect(await newer.bookings.get('bkg-dana-flow')).toMatchObject({ contact: { firstName: 'Dana' } })
  })

  it('left to Dexie, an older window quietly reopens the newer store and writes into it', async () => {
    const name = `windows-${++counter}`
    const db = track(new RollcallDb(name))
    await openDatabase(db)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await track(new NewerRollcallDb(name)).open()
    await db.bookings.put(bookingRow(classBooking()))
    warn.mockRestore()
    expect(db.isOpen()).toBe(true)
    expect(db.backendDB().version).toBeGreaterThanOrEqual(30)
  })

  it('names an older window that reopens the upgraded store; its patched 21 still opens', async () => {
    const name = `windows-${++counter}`
    // Dexie narrates all of this on the console.
    const quiet = ['warn', 'debug'] as const
    const spies = quiet.map((method) => vi.spyOn(console, method).mockImplementation(() => undefined))
    const older = track(new Dexie(name))
    older.version(1).stores(SCHEMA_V1)
    await older.table('bookings').count()

    const db = track(new RollcallDb(name))
    const events = watched(db)
    await openDatabase(db) // The older window gives way, as Dexie does by default.
    await db.bookings.put(bookingRow(classBooking()))

    // Its next query reopens the store and re-creates the outbox index version 2 dropped, as version 21.
    expect(await older.table('bookings').count()).toBe(1)
    expect(older.backendDB().version).toBe(21)
    expect(events).toEqual(['reopenedByOlder'])
    expect(db.isOpen()).toBe(false)
    spies.forEach((spy) => spy.mockRestore())

    older.close()
    const reloaded = track(new RollcallDb(name))
    await openDatabase(reloaded)
    expect(await reloaded.bookings.get('bkg-dana-flow')).toMatchObject({ participants: 2 })
  })

  it('deleting the store is told apart from upgrading it', async () => {
    const name = `windows-${++counter}`
    const db = track(new RollcallDb(name))
    await openDatabase(db)
    const events = watched(db)
    await Dexie.delete(name)
    expect(events).toEqual(['deleted'])
    expect(db.isOpen()).toBe(false)
  })

  it('stops reporting once unsubscribed', async () => {
    const name = `windows-${++counter}`
    const db = track(new RollcallDb(name))
    await openDatabase(db)
    const events: OtherWindowEvent[] = []
    const stop = watchOtherWindows(db, (event) => events.push(event))
    stop()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined) // Dexie's default speaks up.
    await track(new NewerRollcallDb(name)).open()
    warn.mockRestore()
    expect(events).toEqual([])
  })
})

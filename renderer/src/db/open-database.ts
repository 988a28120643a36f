import type { RollcallDb } from './schema'

/** Raised when the local store was last written by a newer Rollcall than this one. */
export class NewerDatabaseError extends Error {
  override name = 'VersionError'
  constructor(found: number, supported: number) {
    super(`The local database has version ${found}; this Rollcall understands up to ${supported}.`)
  }
}

/**
 * Opens the store, refusing — before touching it — one that a newer Rollcall has written. Dexie 4 would
 * otherwise open such a database and add this version's tables to it, and an older app must not write into
 * a schema it does not know.
 */
export async function openDatabase(db: RollcallDb, factory: IDBFactory = indexedDB): Promise<void> {
  const supported = Math.round(db.verno * 10) // Dexie stores version n as IndexedDB version 10n.
  const existing = (await factory.databases()).find((info) => info.name === db.name)
  if (existing?.version && existing.version > supported) {
    throw new NewerDatabaseError(existing.version / 10, db.verno)
  }
  await db.open()
}

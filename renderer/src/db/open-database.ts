import { Dexie } from 'dexie'
import type { RollcallDb } from './schema'

/** Raised when the local store was last written by a newer Rollcall than this one. */
export class NewerDatabaseError extends Error {
  override name = 'VersionError'
  constructor(found: number, supported: number) {
    super(`The local database has version ${found}; this Rollcall understands up to ${supported}.`)
  }
}

/**
 * Dexie stores schema version n as IndexedDB version 10n, and adds 1 whenever it patches a store whose
 * indexes are not the ones the opening code declares — which an older Rollcall window reopening an upgraded
 * store does (see `watchOtherWindows`). So 21 to 29 are still schema version 2.
 */
function schemaVersionOf(idbVersion: number): number {
  return Math.floor(idbVersion / 10)
}

/**
 * Opens the store, refusing — before touching it — one that a newer Rollcall has written. Dexie 4 would
 * otherwise open such a database and add this version's tables to it, and an older app must not write into
 * a schema it does not know.
 */
export async function openDatabase(db: RollcallDb, factory: IDBFactory = indexedDB): Promise<void> {
  const supported = Math.round(db.verno * 10)
  const existing = (await factory.databases()).find((info) => info.name === db.name)
  if (existing?.version && schemaVersionOf(existing.version) > db.verno) {
    throw new NewerDatabaseError(schemaVersionOf(existing.version), db.verno)
  }
  const upgrading = Boolean(existing?.version && existing.version < supported)
  try {
    await db.open()
  } catch (error) {
    // Dexie rejects with whatever the upgrade function threw (a TypeError, say), which says nothing about
    // where it happened. IndexedDB rolled the upgrade back, so the store is still the old version, intact.
    if (!upgrading || (error as { name?: unknown } | null)?.name === 'UpgradeError') throw error
    throw new Dexie.UpgradeError(
      `Upgrading the local database to version ${db.verno} failed`,
      error as object,
    )
  }
}

/** How another window got in this one's way: see `watchOtherWindows`. */
export type OtherWindowEvent = 'blocked' | 'updated' | 'reopenedByOlder' | 'deleted'

/**
 * Follows the ways another window on the same store interrupts this one, and returns the unsubscribe.
 *
 * `blocked`: this window's upgrade waits until every window holding an older version closes it; IndexedDB
 * waits without a time limit, so the desk must be told. The open goes on by itself once they close.
 *
 * `updated` / `deleted`: another window upgraded (or deleted) the store. This window closes its connection
 * for good — Dexie's own handler closes too, but lets the next query reopen the store at the newer version
 * under this window's older schema — so every later query fails instead, and the desk reloads.
 *
 * `reopenedByOlder`: that is what an older window still on Dexie's default does after this one upgraded the
 * store. Dexie then finds indexes this version dropped missing, re-creates them under a bumped version
 * (20 → 21), and that bump reaches this window like an upgrade. Only closing the older window helps.
 */
export function watchOtherWindows(db: Dexie, onEvent: (event: OtherWindowEvent) => void): () => void {
  const onBlocked = () => {
    onEvent('blocked')
    return false // Dexie's default only warns in the console.
  }
  const onVersionChange = ({ newVersion }: IDBVersionChangeEvent) => {
    db.close()
    if (!newVersion) onEvent('deleted')
    else onEvent(schemaVersionOf(newVersion) > db.verno ? 'updated' : 'reopenedByOlder')
    return false // Skips Dexie's default, which would re-enable opening on the next query.
  }
  db.on.blocked.subscribe(onBlocked)
  db.on.versionchange.subscribe(onVersionChange)
  return () => {
    db.on.blocked.unsubscribe(onBlocked)
    db.on.versionchange.unsubscribe(onVersionChange)
  }
}

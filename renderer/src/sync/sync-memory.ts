import type { RollcallDb } from '../db/schema'
import { loadedOf, type BookingsLoaded } from './loaded-days'
import type { SetAsideCounts } from './set-aside'

/**
 * What the engine remembers between runs, in the `syncState` table:
 * - `watermark`: the newest `updatedDate` seen (server clock), where the next incremental pull starts
 *   (minus an overlap);
 * - `window`: the days the last full pull covered; a different window (a new day) means a full pull;
 * - `lastFullPullAt`, `lastSyncedAt`: local times (ms) of the last full pull and the last clean sync;
 * - `loaded`: which days of the window the full pull under way (or the last one) has stored whole;
 * - `setAside`: the records from Wix main set aside, as the desk shows them (see engine-state.ts).
 */
export interface SyncMemory {
  watermark: string | null
  window: { first: string; last: string } | null
  lastFullPullAt: number | null
  lastSyncedAt: number | null
  loaded: BookingsLoaded | null
  setAside: SetAsideCounts | null
}

const KEYS = ['watermark', 'window', 'lastFullPullAt', 'lastSyncedAt', 'loaded', 'setAside'] as const

export async function readSyncMemory(db: RollcallDb): Promise<SyncMemory> {
  const rows = await db.syncState.bulkGet([...KEYS])
  const value = (index: number) => rows[index]?.value ?? null
  return {
    watermark: value(0) as SyncMemory['watermark'],
    window: value(1) as SyncMemory['window'],
    lastFullPullAt: value(2) as SyncMemory['lastFullPullAt'],
    lastSyncedAt: value(3) as SyncMemory['lastSyncedAt'],
    // An older Rollcall stored it as the last day complete (`through`): read as it meant.
    loaded: loadedOf(value(4)),
    setAside: value(5) as SyncMemory['setAside'],
  }
}

export async function writeSyncMemory(db: RollcallDb, changes: Partial<SyncMemory>): Promise<void> {
  await db.syncState.bulkPut(Object.entries(changes).map(([key, value]) => ({ key, value })))
}

import type { DBCore, DBCoreTransaction, Middleware } from 'dexie'

/**
 * Which transactions commit with IndexedDB durability `'strict'` (renderer/src/sync/README.md, "Recording a
 * change"): the write path's, whose rows exist nowhere but here — every outbox transition, which writes the
 * activity log too (`transitionTables`: a desk action, an undo, a Retry or Discard, a replay outcome), and the
 * outbox's own changes over the outbox alone (claimed `sending`, back to the queue, recovered after a crash).
 * A pull's transactions (`rebaseTables` reads the outbox but never writes it, plus events, attendance and
 * syncState) keep the browser's default: relaxed in Chrome, and Wix still has what a power cut would lose.
 */
export function isWritePathScope(stores: readonly string[]): boolean {
  return stores.includes('activity') || (stores.length === 1 && stores[0] === 'outbox')
}

/**
 * Dexie 4 has no per-transaction durability (`db.transaction(mode, tables, scope)` takes none; its
 * `chromeTransactionDurability` option is one value for every transaction of the database). Every Dexie
 * transaction, explicit or implicit, is opened through the DBCore `transaction(stores, mode, options)`, whose
 * `options` go to `IDBDatabase.transaction` as they are: this middleware asks for `'strict'` there.
 */
export const durableWritePath: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'durable-write-path',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options): DBCoreTransaction =>
      down.transaction(
        stores,
        mode,
        mode === 'readwrite' && isWritePathScope(stores) ? { ...options, durability: 'strict' } : options,
      ),
  }),
}

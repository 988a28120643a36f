import { cmp, RangeSet, type IndexableType, type ObservabilitySet } from 'dexie'

/** What changed in one table: these primary keys, or — for a range no list of keys stands for — anything. */
export type TableChange = { anyRow: true } | { anyRow: false; keys: IndexableType[] }

/**
 * Reads Dexie's `storagemutated` notice for one database: per table of `tables` that changed, the primary
 * keys written or deleted (the part `idb://<db>/<table>/`). A deleteRange, a clear, and a bulkAdd of 50 rows
 * or more to a table whose keys the store makes itself (`../../db/large-write-naming.ts`) come as a range,
 * not keys: then any row may have changed.
 */
export function tableChanges<T extends string>(
  parts: ObservabilitySet,
  dbName: string,
  tables: readonly T[],
): Map<T, TableChange> {
  const changes = new Map<T, TableChange>()
  for (const table of tables) {
    const tree = parts[`idb://${dbName}/${table}/`]
    if (!tree) continue
    const keys: IndexableType[] = []
    let anyRow = false
    // RangeSet(tree) also revives a tree that came from another window (a structured clone, no prototype).
    for (const range of RangeSet(tree)) {
      if (cmp(range.from, range.to) !== 0) {
        anyRow = true
        break
      }
      keys.push(range.from)
    }
    if (anyRow) changes.set(table, { anyRow: true })
    else if (keys.length) changes.set(table, { anyRow: false, keys })
  }
  return changes
}

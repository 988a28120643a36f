import type { Table } from 'dexie'
import type { RollcallDb } from './schema'

/**
 * The rows of `table` whose `index` equals any of `keys`: one key range per key, read together in one
 * transaction, rather than `anyOf`. Two reasons. Speed: each range is one `getAll`, where anyOf walks a
 * cursor through the index. Precision: a live query remembers the ranges it read, and anyOf's is the whole
 * span between the lowest and the highest key — with random session ids, nearly every booking — so during a
 * pull every batch written for another day woke Today's and every roster's queries to read their day again.
 * With one range per session, a screen wakes only for writes to its own sessions. And anyOf's cursor names
 * each row it passes under `:dels`, which a large write names by its keys' span (large-write-naming.ts
 * `delsOf`): nearly any batch a first sync stores would wake the screen, where a `getAll` names the rows'
 * keys in the primary key's part, which a write names key by key.
 */
export async function rowsWithAnyOf<T, K, I>(
  db: RollcallDb,
  table: Table<T, K, I>,
  index: string,
  keys: readonly string[],
): Promise<T[]> {
  if (!keys.length) return []
  if (keys.length === 1) return table.where(index).equals(keys[0]!).toArray()
  const lists = await db.transaction('r', table, () =>
    Promise.all([...new Set(keys)].map((key) => table.where(index).equals(key).toArray())),
  )
  return lists.flat()
}

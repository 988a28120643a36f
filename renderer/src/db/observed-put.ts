import type { Table } from 'dexie'

/**
 * Dexie's observability (what wakes live queries) names the rows a `bulkPut` wrote — their keys and the
 * values of every index — only for fewer than 50 rows. From 50 on it marks the whole table, every index, as
 * changed (dexie.mjs, observabilityMiddleware: `req.values.length < 50 ? [keys, values] : []`), and every
 * live query over that table reads again. During a first sync that meant every batch of a thousand bookings
 * for next Tuesday woke Today, which read all of today's bookings again and held the next write behind it.
 */
export const ROWS_NAMED_PER_PUT = 49

/**
 * `table.bulkPut(rows)`, in parts small enough for Dexie to name what changed. Call it inside the caller's
 * transaction, as a bulkPut: the parts are requests of that one transaction, so IndexedDB does the same work.
 */
export async function bulkPutNamingRows<T, K, I>(table: Table<T, K, I>, rows: readonly I[]): Promise<void> {
  const parts: Promise<unknown>[] = []
  for (let at = 0; at < rows.length; at += ROWS_NAMED_PER_PUT)
    parts.push(table.bulkPut(rows.slice(at, at + ROWS_NAMED_PER_PUT)))
  await Promise.all(parts)
}

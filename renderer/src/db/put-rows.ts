import type { Table } from 'dexie'

/**
 * `table.bulkPut(rows)`, or nothing at all for no rows: Dexie announces even an empty put to every live query
 * over the table (its parts are named, if empty), and a pull that found nothing new must wake no screen.
 * However many rows, the put names what it wrote, key by key (large-write-naming.ts).
 */
export async function putRows<T, K, I>(table: Table<T, K, I>, rows: readonly I[]): Promise<void> {
  if (rows.length) await table.bulkPut(rows)
}

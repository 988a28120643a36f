import type { IndexableType, Table } from 'dexie'

/**
 * Every row of `table`, `pageSize` rows at a time in primary-key order, each page its own short read: a big
 * table is read without one long transaction holding up the sync engine's writes, nor one long task
 * deserializing it all. Not a snapshot: what changes meanwhile comes as a `storagemutated` notice.
 */
export async function* pagesOf<Row, Key extends IndexableType, Insert>(
  table: Table<Row, Key, Insert>,
  pageSize: number,
  keyOf: (row: Row) => Key,
): AsyncGenerator<Row[]> {
  let after: Key | undefined
  for (;;) {
    const rows = await (after === undefined ? table.toCollection() : table.where(':id').above(after))
      .limit(pageSize)
      .toArray()
    if (rows.length) yield rows
    const last = rows[rows.length - 1]
    if (rows.length < pageSize || last === undefined) return
    after = keyOf(last)
  }
}

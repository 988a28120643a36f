import type { IndexableType, Table } from 'dexie'
import type { RollcallDb } from '../../db/schema'
import { attendanceKey, type AttendeeIndex } from './attendee-index'
import { pagesOf } from './table-pages'

/** The store's tables the search index holds a part of. */
export type IndexedTableName = 'events' | 'attendance' | 'bookings'

/** Sessions and attendance first: small, and every booking found needs them. */
export const INDEXED_TABLES: readonly IndexedTableName[] = ['events', 'attendance', 'bookings']

/** How the index reads one table of the store, and takes in or forgets its rows. */
export interface IndexedTable {
  /** The index's own key for a row of the table (attendance: both ids in one string). */
  keyText(key: IndexableType): string
  /**
   * Reads the whole table (in pages) into the index and forgets rows no longer in it. Stops early once
   * `wanted()` says false. True when the index changed.
   */
  reload(db: RollcallDb, index: AttendeeIndex, wanted: () => boolean): Promise<boolean>
  /** Reads these rows again: takes in those there, forgets those gone. True when the index changed. */
  reread(db: RollcallDb, index: AttendeeIndex, keys: readonly IndexableType[]): Promise<boolean>
}

interface TableSpec<Row, Key extends IndexableType, Insert> {
  table: (db: RollcallDb) => Table<Row, Key, Insert>
  /** Rows per read: big rows (a booking holds the server's whole object) in smaller pages. */
  pageSize: number
  primaryKey: (row: Row) => Key
  keyText: (key: IndexableType) => string
  put: (index: AttendeeIndex, row: Row) => boolean
  remove: (index: AttendeeIndex, keyText: string) => boolean
  held: (index: AttendeeIndex) => Iterable<string>
}

function indexedTable<Row, Key extends IndexableType, Insert>(
  spec: TableSpec<Row, Key, Insert>,
): IndexedTable {
  return {
    keyText: spec.keyText,
    async reload(db, index, wanted) {
      const seen = new Set<string>()
      let changed = false
      for await (const rows of pagesOf(spec.table(db), spec.pageSize, spec.primaryKey)) {
        if (!wanted()) return changed
        for (const row of rows) {
          seen.add(spec.keyText(spec.primaryKey(row)))
          if (spec.put(index, row)) changed = true
        }
        index.settleIfMany()
      }
      for (const key of [...spec.held(index)]) if (!seen.has(key) && spec.remove(index, key)) changed = true
      return changed
    },
    async reread(db, index, keys) {
      const rows = await spec.table(db).bulkGet(keys as Key[])
      let changed = false
      for (const [i, row] of rows.entries()) {
        const done = row ? spec.put(index, row) : spec.remove(index, spec.keyText(keys[i] as IndexableType))
        if (done) changed = true
      }
      return changed
    },
  }
}

const attendanceKeyText = (key: IndexableType) => {
  const [bookingId, eventId] = key as [string, string]
  return attendanceKey(bookingId, eventId)
}

export const indexedTables: Record<IndexedTableName, IndexedTable> = {
  events: indexedTable({
    table: (db: RollcallDb) => db.events,
    pageSize: 500,
    primaryKey: (row) => row.id,
    keyText: (key) => key as string,
    put: (index, row) => index.putSession(row),
    remove: (index, id) => index.removeSession(id),
    held: (index) => index.sessionIds(),
  }),
  attendance: indexedTable({
    table: (db: RollcallDb) => db.attendance,
    pageSize: 2000,
    primaryKey: (row): [string, string] => [row.bookingId, row.eventId],
    keyText: attendanceKeyText,
    put: (index, row) => index.putAttendance(row),
    remove: (index, key) => index.removeAttendance(key),
    held: (index) => index.attendanceKeys(),
  }),
  bookings: indexedTable({
    table: (db: RollcallDb) => db.bookings,
    pageSize: 400,
    primaryKey: (row) => row.id,
    keyText: (key) => key as string,
    put: (index, row) => index.putBooking(row),
    remove: (index, id) => index.removeBooking(id),
    held: (index) => index.bookingIds(),
  }),
}

import { Dexie, type EntityTable } from 'dexie'
import type { ActivityRow, AttendanceRow, BookingRow, EventRow, OutboxRow, SyncStateRow } from './rows'

export const DEFAULT_DB_NAME = 'rollcall'

/**
 * The offline store. Every schema change is a new `this.version(n)` below the existing ones, with an upgrade
 * function where data must move, and a test that opens a database written by the previous version.
 */
export class RollcallDb extends Dexie {
  events!: EntityTable<EventRow, 'id'>
  bookings!: EntityTable<BookingRow, 'id'>
  attendance!: Dexie.Table<AttendanceRow, [string, string]>
  outbox!: EntityTable<OutboxRow, 'seq'>
  syncState!: EntityTable<SyncStateRow, 'key'>
  activity!: EntityTable<ActivityRow, 'id'>

  constructor(name: string = DEFAULT_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores({
      events: 'id, day, startUtc',
      bookings: 'id, eventId, day, status, updatedDate, externalUserId, *searchTokens',
      attendance: '[bookingId+eventId], bookingId, eventId',
      outbox: '++seq, &mutationId, state, bookingId, nextAttemptAt',
      syncState: 'key',
      activity: '++id, at, mutationId',
    })
  }
}

/** The app's database; opening happens lazily on first use, or explicitly through `useDatabaseStatus`. */
export function openRollcallDb(name: string = DEFAULT_DB_NAME): RollcallDb {
  return new RollcallDb(name)
}

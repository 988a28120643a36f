import { Dexie, type EntityTable } from 'dexie'
import { durableWritePath } from './durability'
import { nameLargeWrites } from './large-write-naming'
import type { ActivityRow, AttendanceRow, BookingRow, EventRow, OutboxRow, SyncStateRow } from './rows'
import { upgradeToVersion2 } from './upgrades/version-2'

export const DEFAULT_DB_NAME = 'rollcall'

/** Version 1, as Rollcall 0.1 shipped it. Kept so the upgrade path stays declared and tested. */
export const SCHEMA_V1 = {
  events: 'id, day, startUtc',
  bookings: 'id, eventId, day, status, updatedDate, externalUserId, *searchTokens',
  attendance: '[bookingId+eventId], bookingId, eventId',
  outbox: '++seq, &mutationId, state, bookingId, nextAttemptAt',
  syncState: 'key',
  activity: '++id, at, mutationId',
} as const

/**
 * Version 2, for the sync engine: sessions by schedule (course rosters), bookings by schedule and pending
 * requests oldest first ([status+createdDate]), the outbox in replay order per state ([state+seq]).
 */
export const SCHEMA_V2 = {
  events: 'id, day, startUtc, scheduleId',
  bookings:
    'id, eventId, scheduleId, day, status, [status+createdDate], updatedDate, externalUserId, *searchTokens',
  attendance: '[bookingId+eventId], bookingId, eventId',
  outbox: '++seq, &mutationId, state, bookingId, [state+seq]',
  syncState: 'key',
  activity: '++id, at, mutationId',
} as const

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
    this.version(1).stores(SCHEMA_V1)
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToVersion2)
    // The write path's transactions commit with durability 'strict', a pull's keep the default (durability.ts).
    this.use(durableWritePath)
    // A put of 50 rows or more wakes only the live queries that read what it wrote (large-write-naming.ts).
    this.use(nameLargeWrites)
  }
}

/** The app's database; opening happens lazily on first use, or explicitly through `useDatabaseStatus`. */
export function openRollcallDb(name: string = DEFAULT_DB_NAME): RollcallDb {
  return new RollcallDb(name)
}

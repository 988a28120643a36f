import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { extendedBookingSchema } from '@shared/wix/extended-booking'
import { calendarEventSchema } from '@shared/wix/event'
import { openDatabase } from '../../../renderer/src/db/open-database'
import { RollcallDb, SCHEMA_V1 } from '../../../renderer/src/db/schema'
import { describeStorageError } from '../../../renderer/src/db/storage-problem'
import { upgradeToVersion2 } from '../../../renderer/src/db/upgrades/version-2'
import { classBooking, classEvent } from './fixtures'

/** The rows as Rollcall 0.1 wrote them (its rows.ts), kept here so this test does not move with the app. */
const v1 = {
  events: [
    {
      id: 'evt-vinyasa-1123',
      day: '2026-11-23',
      startUtc: '2026-11-23T15:00:00.000Z',
      endUtc: '2026-11-23T16:00:00.000Z',
      server: classEvent(),
    },
  ],
  bookings: [
    {
      id: 'bkg-dana-flow',
      eventId: 'evt-vinyasa-1123',
      day: '2026-11-23',
      status: 'CONFIRMED',
      revision: '3',
      updatedDate: '2026-11-20T10:00:00.000Z',
      externalUserId: null,
      searchTokens: ['dana', 'lee', 'dana.lee@example.com', 'dana.lee', '15551234567', '5551234567'],
      server: classBooking(),
    },
    {
      // A server copy that no longer parses (0.1 stored whatever it was given).
      id: 'bkg-garbled',
      eventId: 'evt-vinyasa-1123',
      day: '2026-11-23',
      status: 'PENDING',
      revision: '7',
      updatedDate: '2026-11-21T08:30:00.000Z',
      externalUserId: 'rollcall:2f0c6a52-3f7e-4d1a-9d8e-0b5b7f6a1c11',
      searchTokens: ['jo', 'park'],
      server: { booking: { id: 'bkg-garbled', status: 'SOMETHING_NEW' } },
    },
  ],
  attendance: [
    { bookingId: 'bkg-dana-flow', eventId: 'evt-vinyasa-1123', status: 'ATTENDED', numberOfAttendees: 2 },
    { bookingId: 'bkg-garbled', eventId: 'evt-vinyasa-1123', status: 'NOT_SET', numberOfAttendees: 0 },
  ],
  outbox: [
    {
      mutationId: 'm-checkin',
      bookingId: 'bkg-dana-flow',
      intent: 'setAttendance',
      args: {
        bookingId: 'bkg-dana-flow',
        eventId: 'evt-vinyasa-1123',
        status: 'ATTENDED',
        numberOfAttendees: 2,
      },
      baseRevision: '3',
      staff: 'Front desk',
      state: 'queued',
      attempts: 1,
      lastError: 'Network error',
      nextAttemptAt: 1795000000000,
      createdAt: '2026-11-23T15:02:00.000Z',
    },
    {
      mutationId: 'm-confirm',
      bookingId: 'bkg-garbled',
      intent: 'confirm',
      args: { bookingId: 'bkg-garbled', fromWaitlist: false, overrideCapacity: false },
      baseRevision: '6',
      staff: 'Front desk',
      state: 'done',
      attempts: 1,
      lastError: null,
      nextAttemptAt: 0,
      createdAt: '2026-11-21T08:29:00.000Z',
    },
  ],
  syncState: [{ key: 'bookings.watermark', value: '2026-11-21T08:30:00.000Z' }],
  activity: [
    {
      at: '2026-11-23T15:02:00.000Z',
      staff: 'Front desk',
      mutationId: 'm-checkin',
      summary: 'Checked in Dana Lee',
      outcome: 'recorded',
    },
  ],
} as const

type TableName = keyof typeof v1
const tableNames = Object.keys(v1) as TableName[]

let counter = 0
const opened: Dexie[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

/** A Dexie as Rollcall 0.1 declared it: one version, no upgrade. */
function v1Dexie(name: string): Dexie {
  const db = new Dexie(name)
  db.version(1).stores(SCHEMA_V1)
  opened.push(db)
  return db
}

/** Writes the 0.1 rows and closes, as quitting 0.1 did. */
async function writtenBy01(): Promise<string> {
  const name = `upgrade-v2-${++counter}`
  const old = v1Dexie(name)
  await old.transaction('rw', tableNames, async () => {
    for (const table of tableNames) await old.table(table).bulkAdd(structuredClone([...v1[table]]))
  })
  old.close()
  return name
}

describe('upgrading a 0.1 store to version 2', () => {
  it('starts from fixtures 0.1 could have written: a valid extended booking and a Calendar V3 event', () => {
    expect(extendedBookingSchema.safeParse(v1.bookings[0].server).success).toBe(true)
    expect(extendedBookingSchema.safeParse(v1.bookings[1].server).success).toBe(false)
    expect(calendarEventSchema.safeParse(v1.events[0].server).success).toBe(true)
  })

  it('keeps every row and derives the new fields', async () => {
    const db = new RollcallDb(await writtenBy01())
    opened.push(db)
    await openDatabase(db)

    for (const table of tableNames) expect(await db.table(table).count(), table).toBe(v1[table].length)

    expect(await db.bookings.get('bkg-dana-flow')).toEqual({
      ...v1.bookings[0],
      scheduleId: 'sch-vinyasa',
      startUtc: '2026-11-23T15:00:00.000Z',
      createdDate: '2026-11-18T16:42:10.000Z',
      serverStatus: 'CONFIRMED',
      contact: {
        firstName: 'Dana',
        lastName: 'Lee',
        email: 'dana.lee@example.com',
        phone: '+1 555 123 4567',
      },
      participants: 2,
      paymentStatus: 'NOT_PAID',
      pendingIntents: 1,
    })
    expect(await db.events.get('evt-vinyasa-1123')).toEqual({
      ...v1.events[0],
      scheduleId: 'sch-vinyasa',
      kind: 'CLASS',
    })
    expect(await db.attendance.toArray()).toEqual(
      v1.attendance.map((row) => ({
        ...row,
        serverStatus: row.status,
        serverNumberOfAttendees: row.numberOfAttendees,
        pending: false,
      })),
    )
    const outbox = await db.outbox.orderBy('seq').toArray()
    expect(outbox).toEqual(
      v1.outbox.map((entry, index) => ({
        ...entry,
        seq: index + 1,
        uncertain: false,
        attention: null,
        finishedAt: null,
      })),
    )
    expect(await db.syncState.toArray()).toEqual(v1.syncState)
    expect(await db.activity.toArray()).toEqual([{ ...v1.activity[0], id: 1 }])
  })

  it('keeps a booking whose server copy no longer parses, with neutral values a pull replaces', async () => {
    const db = new RollcallDb(await writtenBy01())
    opened.push(db)
    const row = await db.bookings.get('bkg-garbled')
    expect(row).toMatchObject({
      id: 'bkg-garbled',
      status: 'PENDING',
      serverStatus: 'PENDING',
      revision: '7',
      searchTokens: ['jo', 'park'],
      server: v1.bookings[1].server,
      scheduleId: null,
      startUtc: '2026-11-23T00:00:00.000Z',
      createdDate: '2026-11-21T08:30:00.000Z',
      contact: { firstName: '', lastName: '', email: null, phone: null },
      participants: 1,
      paymentStatus: null,
      // Its only outbox entry is done: nothing pending.
      pendingIntents: 0,
    })
    expect(await db.bookings.where('searchTokens').startsWith('par').primaryKeys()).toEqual(['bkg-garbled'])
  })

  it('answers the new indexes', async () => {
    const db = new RollcallDb(await writtenBy01())
    opened.push(db)
    const pending = await db.bookings
      .where('[status+createdDate]')
      .between(['PENDING', Dexie.minKey], ['PENDING', Dexie.maxKey])
      .primaryKeys()
    expect(pending).toEqual(['bkg-garbled'])
    expect(await db.bookings.where('scheduleId').equals('sch-vinyasa').primaryKeys()).toEqual([
      'bkg-dana-flow',
    ])
    expect(await db.events.where('scheduleId').equals('sch-vinyasa').primaryKeys()).toEqual([
      'evt-vinyasa-1123',
    ])
    const queued = await db.outbox
      .where('[state+seq]')
      .between(['queued', Dexie.minKey], ['queued', Dexie.maxKey])
      .toArray()
    expect(queued.map((entry) => entry.mutationId)).toEqual(['m-checkin'])
  })
})

/** Rollcall with a version-2 upgrade that does its work, then fails (a crash, a bug, a full disk). */
class FailingUpgradeDb extends RollcallDb {
  constructor(name: string) {
    super(name)
    this.version(2).upgrade(async (tx) => {
      await upgradeToVersion2(tx)
      throw new TypeError("Cannot read properties of undefined (reading 'slot')")
    })
  }
}

describe('a failed upgrade', () => {
  it('rejects with the upgrade function’s own error when opened directly: Dexie does not wrap it', async () => {
    const db = new FailingUpgradeDb(await writtenBy01())
    opened.push(db)
    await expect(db.open()).rejects.toMatchObject({ name: 'TypeError' })
  })

  it('is reported as an upgrade problem, and leaves the 0.1 data exactly as it was', async () => {
    const name = await writtenBy01()
    const db = new FailingUpgradeDb(name)
    opened.push(db)
    const error = await openDatabase(db).catch((e: unknown) => e)

    expect(error).toMatchObject({ name: 'UpgradeError', inner: { name: 'TypeError' } })
    const problem = describeStorageError(error)
    expect(problem.title).toBe('Rollcall could not update its local data')
    expect(problem.detail).toMatch(/data is unchanged/)

    // IndexedDB rolled the whole upgrade back: still version 1, every row as 0.1 wrote it.
    expect((await indexedDB.databases()).find((info) => info.name === name)?.version).toBe(10)
    const old = v1Dexie(name)
    for (const table of tableNames) {
      const rows = await old.table(table).toArray()
      expect(rows, table).toHaveLength(v1[table].length)
      expect(rows, table).toMatchObject(v1[table])
    }
    expect(await old.table('bookings').get('bkg-dana-flow')).toEqual(v1.bookings[0])
  })

  it('can be retried by a build whose upgrade works', async () => {
    const name = await writtenBy01()
    const broken = new FailingUpgradeDb(name)
    opened.push(broken)
    await openDatabase(broken).catch(() => undefined)

    const fixed = new RollcallDb(name)
    opened.push(fixed)
    await openDatabase(fixed)
    expect(await fixed.bookings.get('bkg-dana-flow')).toMatchObject({ pendingIntents: 1, participants: 2 })
  })
})

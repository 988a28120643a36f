import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { eventRow } from '../../../renderer/src/db/event-rows'
import { bookingRow, checkInEntry, classBooking, classEvent, courseBooking } from './fixtures'

let counter = 0
let db: RollcallDb

function freshDb(): RollcallDb {
  db = new RollcallDb(`schema-test-${++counter}`)
  return db
}

afterEach(() => db.close())

describe('the local store, schema version 2', () => {
  it('opens with every table the offline contract needs', async () => {
    await freshDb().open()
    expect(db.verno).toBe(2)
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['activity', 'attendance', 'bookings', 'events', 'outbox', 'syncState'].sort(),
    )
  })

  it('indexes bookings by the search tokens, one entry per token', async () => {
    await freshDb().bookings.bulkPut([
      bookingRow(classBooking()),
      bookingRow(
        classBooking({
          id: 'bkg-danny',
          status: 'PENDING',
          contactDetails: { firstName: 'Danny', lastName: 'Ortiz', email: 'd.ortiz@example.com' },
        }),
      ),
    ])
    const byPrefix = await db.bookings.where('searchTokens').startsWith('dan').distinct().primaryKeys()
    expect(byPrefix.sort()).toEqual(['bkg-dana-flow', 'bkg-danny'])
    expect(await db.bookings.where('searchTokens').startsWith('555').primaryKeys()).toEqual(['bkg-dana-flow'])
  })

  it('lists pending requests oldest first through [status+createdDate]', async () => {
    const request = (id: string, createdDate: string, status: 'PENDING' | 'CONFIRMED' = 'PENDING') =>
      bookingRow(classBooking({ id, status, createdDate }))
    // Written out of order, with a confirmed booking older than all of them.
    await freshDb().bookings.bulkPut([
      request('bkg-late', '2026-11-22T09:00:00.000Z'),
      request('bkg-confirmed', '2026-11-01T09:00:00.000Z', 'CONFIRMED'),
      request('bkg-early', '2026-11-20T08:15:00.000Z'),
      request('bkg-middle', '2026-11-21T17:40:00.000Z'),
    ])
    const pending = await db.bookings
      .where('[status+createdDate]')
      .between(['PENDING', Dexie.minKey], ['PENDING', Dexie.maxKey])
      .primaryKeys()
    expect(pending).toEqual(['bkg-early', 'bkg-middle', 'bkg-late'])
  })

  it('finds a course roster through bookings.scheduleId, and its sessions through events', async () => {
    await freshDb().bookings.bulkPut([
      bookingRow(classBooking()),
      bookingRow(courseBooking()),
      bookingRow(courseBooking({ id: 'bkg-ines-pottery', contactDetails: { firstName: 'Inés' } })),
    ])
    const session = (id: string, localDate: string, utcDate: string) => ({
      ...classEvent(),
      id,
      scheduleId: 'sch-pottery',
      type: 'COURSE',
      start: { localDate, timeZone: 'America/Chicago', utcDate },
    })
    await db.events.bulkPut([
      eventRow(classEvent()),
      eventRow(session('evt-pottery-2', '2026-11-24T18:30:00', '2026-11-25T00:30:00.000Z')),
      eventRow(session('evt-pottery-1', '2026-11-17T18:30:00', '2026-11-18T00:30:00.000Z')),
    ])

    const roster = await db.bookings.where('scheduleId').equals('sch-pottery').primaryKeys()
    expect(roster.sort()).toEqual(['bkg-ines-pottery', 'bkg-sam-pottery'])
    const rosterRows = await db.bookings.bulkGet(roster)
    expect(rosterRows.map((row) => row?.eventId)).toEqual([null, null])
    // An evening session's day is its local date, not the UTC one.
    expect(await db.events.where('scheduleId').equals('sch-pottery').sortBy('startUtc')).toMatchObject([
      { id: 'evt-pottery-1', kind: 'COURSE', day: '2026-11-17' },
      { id: 'evt-pottery-2', kind: 'COURSE', day: '2026-11-24' },
    ])
  })

  it('keeps outbox order, per state through [state+seq], and refuses a duplicated mutation id', async () => {
    freshDb()
    const first = await db.outbox.add(checkInEntry('m-1'))
    const second = await db.outbox.add(checkInEntry('m-2', { state: 'done' }))
    const third = await db.outbox.add(checkInEntry('m-3'))
    expect(Number(second)).toBeGreaterThan(Number(first))
    expect(Number(third)).toBeGreaterThan(Number(second))

    const duplicate = await db.outbox.add(checkInEntry('m-1')).catch((error: unknown) => error)
    expect(duplicate).toMatchObject({ name: 'ConstraintError' })
    expect(await db.outbox.count()).toBe(3)

    const queued = await db.outbox
      .where('[state+seq]')
      .between(['queued', Dexie.minKey], ['queued', Dexie.maxKey])
      .toArray()
    expect(queued.map((entry) => entry.mutationId)).toEqual(['m-1', 'm-3'])
  })
})

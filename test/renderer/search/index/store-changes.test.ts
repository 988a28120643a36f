import { Dexie, type ObservabilitySet } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { tableChanges } from '../../../../renderer/src/search/index/store-changes'
import { attendance, dana, person, vinyasa } from './small-store'

const TABLES = ['bookings', 'events', 'attendance'] as const

let db: RollcallDb
let counter = 0
const seen: ObservabilitySet[] = []
const record = (parts: ObservabilitySet) => void seen.push(parts)

afterEach(() => {
  Dexie.on.storagemutated.unsubscribe(record)
  db.close()
})

/** The changes the store announces for `write`, as the index reads them. */
async function changesOf(write: () => Promise<unknown>) {
  seen.length = 0
  await write()
  return seen.map((parts) => Object.fromEntries(tableChanges(parts, db.name, TABLES)))
}

async function openStore() {
  db = new RollcallDb(`store-changes-${String(++counter)}`)
  await db.open()
  Dexie.on('storagemutated', record)
}

describe('tableChanges', () => {
  it('lists the keys a put, a small bulkPut or a delete touched', async () => {
    await openStore()
    expect(await changesOf(() => db.bookings.put(dana()))).toEqual([
      { bookings: { anyRow: false, keys: ['bkg-dana-flow'] } },
    ])
    const two = [person('bkg-a', 'Ann', 'Ames'), person('bkg-b', 'Bo', 'Berg')]
    expect(await changesOf(() => db.bookings.bulkPut(two))).toEqual([
      { bookings: { anyRow: false, keys: ['bkg-a', 'bkg-b'] } },
    ])
    expect(await changesOf(() => db.bookings.bulkDelete(['bkg-a', 'bkg-b']))).toEqual([
      { bookings: { anyRow: false, keys: ['bkg-a', 'bkg-b'] } },
    ])
    const checkIn = attendance('bkg-dana-flow', 'evt-vinyasa-1123', 'ATTENDED')
    expect(await changesOf(() => db.attendance.put(checkIn))).toEqual([
      { attendance: { anyRow: false, keys: [['bkg-dana-flow', 'evt-vinyasa-1123']] } },
    ])
    // Both tables in one transaction: one notice.
    const both = () =>
      db.transaction('rw', db.events, db.bookings, async () => {
        await db.events.put(vinyasa())
        await db.bookings.delete('bkg-dana-flow')
      })
    expect(await changesOf(both)).toEqual([
      {
        events: { anyRow: false, keys: ['evt-vinyasa-1123'] },
        bookings: { anyRow: false, keys: ['bkg-dana-flow'] },
      },
    ])
  })

  it('lists the keys of a bulkPut of 50 rows or more too (the store names them: large-write-naming.ts)', async () => {
    await openStore()
    const many = Array.from({ length: 120 }, (_, i) => person(`bkg-${String(i)}`, 'Ann', `Ames${String(i)}`))
    const keys = many.map((row) => row.id).sort()
    expect(await changesOf(() => db.bookings.bulkPut(many))).toEqual([{ bookings: { anyRow: false, keys } }])
  })

  it('says "any row" for a clear and a range delete', async () => {
    await openStore()
    await db.bookings.bulkPut([person('bkg-1', 'Ann', 'Ames'), person('bkg-2', 'Bo', 'Berg')])
    expect(await changesOf(() => db.bookings.where(':id').between('bkg-1', 'bkg-3').delete())).toEqual([
      { bookings: { anyRow: true } },
    ])
    expect(await changesOf(() => db.bookings.clear())).toEqual([{ bookings: { anyRow: true } }])
  })

  it('reads a notice that came from another window (a structured clone), and ignores other stores', async () => {
    await openStore()
    seen.length = 0
    await db.bookings.put(dana())
    const [notice] = seen
    if (!notice) throw new Error('No notice')
    expect(Object.fromEntries(tableChanges(structuredClone(notice), db.name, TABLES))).toEqual({
      bookings: { anyRow: false, keys: ['bkg-dana-flow'] },
    })
    expect(tableChanges(notice, 'another-store', TABLES).size).toBe(0)
    expect(await changesOf(() => db.outbox.clear())).toEqual([{}])
  })
})

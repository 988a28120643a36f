import { describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'

let counter = 0

describe('the local store, first schema', () => {
  it('opens with every table the offline contract needs', async () => {
    const db = new RollcallDb(`schema-test-${++counter}`)
    await db.open()
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['activity', 'attendance', 'bookings', 'events', 'outbox', 'syncState'].sort(),
    )
    db.close()
  })

  it('indexes bookings by the search tokens, one entry per token', async () => {
    const db = new RollcallDb(`schema-test-${++counter}`)
    await db.bookings.bulkPut([
      {
        id: 'b1',
        eventId: 'e1',
        day: '2026-11-23',
        status: 'CONFIRMED',
        revision: '1',
        updatedDate: '2026-11-20T10:00:00Z',
        externalUserId: null,
        searchTokens: ['dana', 'lee', 'dana@example.com', '5551234567'],
        server: {},
      },
      {
        id: 'b2',
        eventId: 'e1',
        day: '2026-11-23',
        status: 'PENDING',
        revision: '4',
        updatedDate: '2026-11-21T10:00:00Z',
        externalUserId: null,
        searchTokens: ['danny', 'ortiz'],
        server: {},
      },
    ])
    const byPrefix = await db.bookings.where('searchTokens').startsWith('dan').distinct().primaryKeys()
    expect(byPrefix.sort()).toEqual(['b1', 'b2'])
    expect(await db.bookings.where('searchTokens').startsWith('555').primaryKeys()).toEqual(['b1'])
    db.close()
  })

  it('keeps outbox order and refuses a duplicated mutation id', async () => {
    const db = new RollcallDb(`schema-test-${++counter}`)
    // A factory, not one object: Dexie writes the generated `seq` back into the object it is given.
    const entry = (mutationId: string) => ({
      mutationId,
      bookingId: 'b1',
      intent: 'setAttendance',
      args: { status: 'ATTENDED' },
      baseRevision: null,
      staff: 'Front desk',
      state: 'queued' as const,
      attempts: 0,
      lastError: null,
      nextAttemptAt: 0,
      createdAt: '2026-11-23T15:00:00Z',
    })
    const first = await db.outbox.add(entry('m-1'))
    const second = await db.outbox.add(entry('m-2'))
    expect(Number(second)).toBeGreaterThan(Number(first))
    const duplicate = await db.outbox.add(entry('m-1')).catch((error: unknown) => error)
    expect(duplicate).toMatchObject({ name: 'ConstraintError' })
    expect(await db.outbox.count()).toBe(2)
    db.close()
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { prunePastWindow } from '../../../renderer/src/sync/prune'
import { syncWindowAt } from '../../../renderer/src/sync/sync-window'
import { bookingRow, checkInEntry, classBooking } from '../db/fixtures'

/**
 * The sync window is counted in the business's days (America/Chicago here), whatever the PC's zone and on
 * the days that are not 24 hours long. Every "now" is pinned.
 */

const CHICAGO = 'America/Chicago'
const at = (iso: string) => new Date(iso)

describe('syncWindowAt', () => {
  it('counts today in the business’s zone, not UTC’s: 11:30 PM on New Year’s Eve is still 2026 in Chicago', () => {
    const window = syncWindowAt(at('2027-01-01T05:30:00Z'), CHICAGO)
    expect(window.today).toBe('2026-12-31')
    expect(window.first).toBe('2026-12-30')
    expect(window.last).toBe('2027-01-07')
    expect(window.days).toHaveLength(9)
    expect(window.startsAt).toBe('2026-12-30T06:00:00.000Z')
    expect(window.fromLocalDate).toBe('2026-12-30T00:00:00')
    expect(window.toLocalDate).toBe('2027-01-08T00:00:00')
  })

  it('is nine days on the morning clocks spring forward, starting at the first day’s midnight in CST', () => {
    const window = syncWindowAt(at('2027-03-14T13:30:00Z'), CHICAGO) // 8:30 AM CDT
    expect(window.today).toBe('2027-03-14')
    expect(window.first).toBe('2027-03-13')
    expect(window.startsAt).toBe('2027-03-13T06:00:00.000Z')
  })

  it('keeps the same day through both 1:30 AMs of the repeated hour', () => {
    for (const instant of ['2027-11-07T06:30:00Z', '2027-11-07T07:30:00Z']) {
      const window = syncWindowAt(at(instant), CHICAGO)
      expect(window.today).toBe('2027-11-07')
      expect(window.startsAt).toBe('2027-11-06T05:00:00.000Z') // Saturday midnight, still CDT
    }
  })

  it('walks over a leap day', () => {
    const window = syncWindowAt(at('2028-02-29T18:00:00Z'), CHICAGO, { daysBefore: 1, daysAfter: 1 })
    expect(window.days).toEqual(['2028-02-28', '2028-02-29', '2028-03-01'])
  })

  it('covers the window in UTC whatever the zone: the booking query bounds hold every instant of its days', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', CHICAGO, 'Asia/Kolkata']) {
      const window = syncWindowAt(at('2027-03-14T13:30:00Z'), zone)
      expect(Date.parse(window.fromInstant)).toBeLessThanOrEqual(Date.parse(window.startsAt))
      const lastInstant = Date.parse(window.startsAt) + window.days.length * 25 * 3_600_000
      expect(Date.parse(window.toInstant)).toBeGreaterThanOrEqual(lastInstant - 25 * 3_600_000)
    }
  })
})

describe('prunePastWindow: what is older than the window’s first day, in the business’s zone', () => {
  let db: RollcallDb
  let counter = 0
  afterEach(() => db.close())

  it('drops finished outbox entries from before the first day began in Chicago, keeps those after', async () => {
    db = new RollcallDb(`prune-${process.pid}-${++counter}`)
    const window = syncWindowAt(at('2026-11-24T15:00:00Z'), CHICAGO) // Tuesday; the window begins Monday
    expect(window.startsAt).toBe('2026-11-23T06:00:00.000Z')
    await db.outbox.bulkAdd([
      // Sunday 11:00 PM in Chicago, though already Monday in UTC: before the window.
      checkInEntry('m-sunday-night', { state: 'done', finishedAt: '2026-11-23T05:00:00.000Z' }),
      // Monday 1:00 AM in Chicago, though still Monday 07:00 in UTC: inside.
      checkInEntry('m-monday-early', { state: 'done', finishedAt: '2026-11-23T07:00:00.000Z' }),
      // Not finished: kept whatever its age.
      checkInEntry('m-old-queued', { state: 'queued', createdAt: '2026-11-20T07:00:00.000Z' }),
    ])
    await prunePastWindow(db, window, [])
    expect((await db.outbox.toArray()).map((e) => e.mutationId).sort()).toEqual([
      'm-monday-early',
      'm-old-queued',
    ])
  })

  it('drops bookings whose business day left the window, keeps today’s', async () => {
    db = new RollcallDb(`prune-${process.pid}-${++counter}`)
    await db.bookings.bulkPut([
      bookingRow(classBooking(), { id: 'bkg-monday', day: '2026-11-23' }),
      bookingRow(classBooking(), { id: 'bkg-sunday', day: '2026-11-22' }),
    ])
    await prunePastWindow(db, syncWindowAt(at('2026-11-24T15:00:00Z'), CHICAGO), [])
    expect(await db.bookings.toCollection().primaryKeys()).toEqual(['bkg-monday'])
  })
})

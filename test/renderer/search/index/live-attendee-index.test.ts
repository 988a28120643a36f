// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { describe, expect, it, vi } from 'vitest'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { LiveAttendeeIndex } from '../../../../renderer/src/search/index/live-attendee-index'
import { storeServerBookings } from '../../../../renderer/src/sync/server-copies'
import { checkInEntry, classBooking, TIME_ZONE } from '../../db/fixtures'
import {
  attendance,
  dana,
  expectSameAsStore,
  indexAnswer,
  liveIndex,
  person,
  pottery,
  potteryNextWeek,
  potteryToday,
  sam,
  session,
  storeWith,
  vinyasa,
} from './small-store'

const names = (answer: { matches: { name: string }[] }) => answer.matches.map((m) => m.name)

describe('the live search index', () => {
  it('answers as the store’s query does once built: matches, order, sessions, attendance', async () => {
    const db = await storeWith({
      bookings: [
        dana(),
        sam(),
        person('bkg-dan', 'Dan', 'Okafor', { status: 'CANCELED' }),
        person('bkg-zoe', 'Zoë', 'Lee'),
      ],
      events: [vinyasa(), potteryToday(), potteryNextWeek()],
      attendance: [attendance('bkg-dana-flow', 'evt-vinyasa-1123', 'ATTENDED')],
    })
    const { live } = liveIndex(db)
    const dan = await expectSameAsStore(live, db, 'dan')
    expect(dan.matches.map((m) => [m.bookingId, m.attendance])).toEqual([
      ['bkg-dana-flow', 'ATTENDED'],
      ['bkg-dan', 'NOT_SET'],
    ])
    const okafor = await expectSameAsStore(live, db, 'okafor')
    expect(okafor.matches[0]).toMatchObject({ bookingId: 'bkg-sam-pottery', eventId: 'evt-pottery-1123' })
    expect((await expectSameAsStore(live, db, 'zoe')).total).toBe(1)
    expect((await expectSameAsStore(live, db, 'LEE, d')).total).toBe(1)
    expect((await expectSameAsStore(live, db, '(555) 123')).total).toBe(1)
    expect((await expectSameAsStore(live, db, 'sam.okafor@ex')).total).toBe(1)
    expect((await expectSameAsStore(live, db, 'zzqx')).total).toBe(0)
    expect((await expectSameAsStore(live, db, '  ')).total).toBe(0)
    expect(live.getSnapshot().index?.counts).toMatchObject({ bookings: 4, sessions: 3, attendance: 1 })
  })

  it('takes in a booking put, changed or deleted, by the next search', async () => {
    const db = await storeWith({ bookings: [dana()], events: [vinyasa()] })
    const { live } = liveIndex(db)
    expect(names(await indexAnswer(live, 'mira'))).toEqual([])

    await db.bookings.put(person('bkg-mira', 'Mira', 'Patel'))
    expect(names(await expectSameAsStore(live, db, 'mira'))).toEqual(['Mira Patel'])

    // Renamed: found by the new name only; its old tokens are gone.
    await db.bookings.put(person('bkg-mira', 'Mira', 'Shah'))
    expect((await expectSameAsStore(live, db, 'patel')).total).toBe(0)
    expect(names(await expectSameAsStore(live, db, 'mira s'))).toEqual(['Mira Shah'])

    // Another Dana, canceled: found after the active one.
    await db.bookings.put(person('bkg-dana-shah', 'Dana', 'Shah', { status: 'CANCELED' }))
    expect((await expectSameAsStore(live, db, 'dana')).matches.map((m) => m.bookingId)).toEqual([
      'bkg-dana-flow',
      'bkg-dana-shah',
    ])

    await db.bookings.delete('bkg-mira')
    expect((await expectSameAsStore(live, db, 'mira')).total).toBe(0)
    await db.bookings.bulkDelete(['bkg-dana-flow', 'bkg-dana-shah'])
    expect((await expectSameAsStore(live, db, 'dana')).total).toBe(0)
    expect(live.getSnapshot().index?.counts.bookings).toBe(0)
  })

  it('takes in a page the sync engine stores (one bulkPut of 60 rows), and a cleared table', async () => {
    const db = await storeWith({ bookings: [dana()], events: [vinyasa()] })
    const { live } = liveIndex(db)
    const page = Array.from({ length: 60 }, (_, i) => ({
      extended: classBooking({
        id: `bkg-walker-${String(i)}`,
        contactDetails: { firstName: `Walker${String(i)}`, lastName: 'Nguyen' },
        revision: '1',
      }),
      withAttendance: true,
    }))
    // Dexie reports a bulkPut of 50 rows or more as "anything in the table may have changed".
    await storeServerBookings(db, page, TIME_ZONE)
    expect((await expectSameAsStore(live, db, 'nguyen')).total).toBe(60)
    expect(names(await expectSameAsStore(live, db, 'walker42'))).toEqual(['Walker42 Nguyen'])
    expect(live.getSnapshot().index?.counts.bookings).toBe(61)

    await db.bookings.clear()
    expect((await expectSameAsStore(live, db, 'nguyen')).total).toBe(0)
    expect((await expectSameAsStore(live, db, 'dana')).total).toBe(0)
    expect(live.getSnapshot().index?.counts).toMatchObject({ bookings: 0, tokens: 0 })

    await db.bookings.bulkPut([dana(), person('bkg-mira', 'Mira', 'Patel')])
    expect(names(await expectSameAsStore(live, db, 'mira'))).toEqual(['Mira Patel'])
  })

  it('reads a burst of big writes back by their keys, put off together: never the whole table, each row once at most', async () => {
    const db = await storeWith({ bookings: [dana()] })
    const { live } = liveIndex(db)
    await live.settled()
    const wholeReads = vi.spyOn(db.bookings, 'toCollection')
    const readBack = vi.spyOn(db.bookings, 'bulkGet')
    // Pages of more rows than the index reads back at once (REREAD_AT_MOST): read back put off, together.
    for (let page = 0; page < 6; page++) {
      const rows = Array.from({ length: 250 }, (_, i) =>
        person(`bkg-${String(page)}-${String(i)}`, `Page${String(page)}`, `Row${String(i)}`),
      )
      await db.bookings.bulkPut(rows)
    }
    await live.settled()
    expect(wholeReads).not.toHaveBeenCalled()
    const keysRead = readBack.mock.calls.map(([keys]) => keys.length)
    expect(keysRead.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(1500)
    expect(keysRead.length).toBeLessThan(6)
    readBack.mockRestore()
    expect((await expectSameAsStore(live, db, 'page')).total).toBe(1500)
    expect(names(await indexAnswer(live, 'page5 row249'))).toEqual(['Page5 Row249'])
  })

  it('takes in check-ins, renamed and moved sessions, and a course’s new session', async () => {
    const db = await storeWith({ bookings: [dana(), sam()], events: [vinyasa(), potteryNextWeek()] })
    const { live } = liveIndex(db)
    expect((await expectSameAsStore(live, db, 'dana')).matches[0]?.attendance).toBe('NOT_SET')

    await db.attendance.put(attendance('bkg-dana-flow', 'evt-vinyasa-1123', 'ATTENDED'))
    expect((await expectSameAsStore(live, db, 'dana')).matches[0]?.attendance).toBe('ATTENDED')
    await db.attendance.put(attendance('bkg-dana-flow', 'evt-vinyasa-1123', 'NOT_SET'))
    expect((await expectSameAsStore(live, db, 'dana')).matches[0]?.attendance).toBe('NOT_SET')
    await db.attendance.put(attendance('bkg-dana-flow', 'evt-vinyasa-1123', 'NOT_ATTENDED'))
    await db.attendance.where('bookingId').equals('bkg-dana-flow').delete()
    expect((await expectSameAsStore(live, db, 'dana')).matches[0]?.attendance).toBe('NOT_SET')

    const renamed = vinyasa()
    renamed.server = { ...renamed.server, title: 'Slow Flow' }
    await db.events.put(renamed)
    expect((await expectSameAsStore(live, db, 'dana')).matches[0]?.title).toBe('Slow Flow')

    // Sam's course: next week's session, until today's appears.
    expect((await expectSameAsStore(live, db, 'sam')).matches[0]).toMatchObject({
      eventId: 'evt-pottery-1130',
      isToday: false,
    })
    await db.events.put(potteryToday())
    expect((await expectSameAsStore(live, db, 'sam')).matches[0]).toMatchObject({
      eventId: 'evt-pottery-1123',
      isToday: true,
    })
    // Moved to tomorrow: next in time again.
    await db.events.put(pottery('evt-pottery-1123', '2026-11-24T18:30:00'))
    expect((await expectSameAsStore(live, db, 'sam')).matches[0]).toMatchObject({
      eventId: 'evt-pottery-1123',
      day: '2026-11-24',
    })

    // 60 sessions in one write (the sync engine stores a day's sessions so), then none at all.
    const many = Array.from({ length: 60 }, (_, i) =>
      session({ id: `evt-extra-${String(i)}`, local: '2026-11-25T07:00:00' }),
    )
    await db.events.bulkPut(many)
    await live.settled()
    expect(live.getSnapshot().index?.counts.sessions).toBe(63)
    await db.events.clear()
    expect((await expectSameAsStore(live, db, 'dana')).matches[0]).toMatchObject({
      eventId: null,
      title: 'Vinyasa Flow',
    })
    expect(live.getSnapshot().index?.counts.sessions).toBe(0)
  })

  it('holds what was written before its build began, and what another connection writes', async () => {
    const db = await storeWith({ bookings: [dana()] })
    const { live, startBuild } = liveIndex(db, { build: false })
    await db.bookings.put(person('bkg-mira', 'Mira', 'Patel'))
    expect(live.getSnapshot().index).toBeNull()
    startBuild()
    expect(names(await expectSameAsStore(live, db, 'mira'))).toEqual(['Mira Patel'])

    // The same store opened a second time (another window does so).
    const other = new RollcallDb(db.name)
    await other.bookings.put(person('bkg-ines', 'Inès', 'Moreau'))
    other.close()
    expect(names(await expectSameAsStore(live, db, 'ines'))).toEqual(['Inès Moreau'])
  })

  it('tells its subscribers of changes, and keeps still for writes that change nothing it holds', async () => {
    const db = await storeWith({ bookings: [dana()], events: [vinyasa()] })
    const { live } = liveIndex(db)
    await live.settled()
    const listener = vi.fn()
    live.subscribe(listener)
    const before = live.getSnapshot()

    await db.bookings.update('bkg-dana-flow', { pendingIntents: 1, revision: '4' })
    await db.outbox.add(checkInEntry('m-1'))
    await live.settled()
    expect(listener).not.toHaveBeenCalled()
    expect(live.getSnapshot()).toBe(before)

    await db.bookings.update('bkg-dana-flow', { participants: 3 })
    await live.settled()
    expect(listener).toHaveBeenCalledTimes(1)
    expect(live.getSnapshot().version).toBe(before.version + 1)
    expect((await indexAnswer(live, 'dana')).matches[0]?.participants).toBe(3)
  })

  it('lets go of the index when the last user does, and when the store closes', async () => {
    const db = await storeWith({ bookings: [dana()] })
    const live = new LiveAttendeeIndex(db, { scheduleBuild: (build) => (build(), () => {}) })
    const [first, second] = [live.retain(), live.retain()]
    await live.settled()
    first()
    expect(live.getSnapshot().index).not.toBeNull()
    second()
    expect(live.getSnapshot().index).toBeNull()

    const again = live.retain()
    await live.settled()
    expect((await indexAnswer(live, 'dana')).total).toBe(1)
    db.close()
    expect(live.getSnapshot().index).toBeNull()
    again()
  })

  it('starts afresh once let go: a read still running when it was let go puts off nothing of the next build', async () => {
    const db = await storeWith({ bookings: [dana()] })
    const live = new LiveAttendeeIndex(db, { scheduleBuild: (build) => (build(), () => {}) })
    // The clock stands still, so a read put off until later (RELOAD_GAP) would never come due.
    const now = vi.spyOn(performance, 'now').mockReturnValue(5000)
    try {
      live.retain()() // the build's first read is running as the last user lets go
      await new Promise((resolve) => setTimeout(resolve, 50)) // …and ends, unwanted
      const release = live.retain()
      const outcome = await Promise.race([
        live.settled().then(() => 'built'),
        new Promise((resolve) => setTimeout(resolve, 2000, 'still waiting')),
      ])
      expect(outcome).toBe('built')
      expect((await indexAnswer(live, 'dana')).total).toBe(1)
      release()
    } finally {
      now.mockRestore()
    }
  })
})

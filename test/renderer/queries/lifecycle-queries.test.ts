// Time is pinned: every date and instant below is fixed, and the code under test reads no clock (`over` and
// `now` are given as fixed values); days are computed in the fixtures' explicit zone, never the machine's.
import { describe, expect, it } from 'vitest'
import { CONFIRMABLE } from '@shared/domain/booking-intents'
import { DECIDED_AT_DESK } from '@shared/domain/booking-lifecycle'
import { eventRow } from '../../../renderer/src/db/event-rows'
import { RollcallDb } from '../../../renderer/src/db/schema'
import { dayAppointmentRequests } from '../../../renderer/src/queries/appointment-requests'
import { sessionRoster } from '../../../renderer/src/queries/roster-view'
import { pendingWords, waitlistWords } from '../../../renderer/src/queries/session-count-words'
import { visitParts as partsOf, visitsOf, visitWords } from '../../../renderer/src/queries/visits'
import { writeSyncMemory } from '../../../renderer/src/sync/sync-memory'
import { bookingRow, classBooking, classEvent, TIME_ZONE } from '../db/fixtures'
import { appointmentRequest, rowOf, visitParts } from '../db/lifecycle-fixtures'

let counter = 0
const freshDb = () => new RollcallDb(`lifecycle-queries-${process.pid}-${++counter}`)

describe('the booking lifecycle in the desk’s queries (issue 19)', () => {
  it('never offers a decision on CREATED at the desk, while replay may still send a confirm on it', () => {
    expect(DECIDED_AT_DESK.has('CREATED')).toBe(false)
    expect(DECIDED_AT_DESK.has('PENDING')).toBe(true)
    expect(DECIDED_AT_DESK.has('WAITING_LIST')).toBe(true)
    expect(CONFIRMABLE.has('CREATED')).toBe(true)
  })

  it('puts CREATED apart on the roster: not a request, not counted; parties count people', async () => {
    const db = freshDb()
    await db.events.put(eventRow(classEvent()))
    await db.bookings.bulkPut([
      bookingRow(classBooking({ id: 'bkg-created', status: 'CREATED', totalParticipants: 1 })),
      bookingRow(classBooking({ id: 'bkg-party-ask', status: 'PENDING', totalParticipants: 3 })),
      bookingRow(classBooking({ id: 'bkg-one-ask', status: 'PENDING', totalParticipants: 1 })),
      bookingRow(classBooking({ id: 'bkg-wait', status: 'WAITING_LIST', totalParticipants: 2 })),
    ])
    const roster = (await sessionRoster(db, 'evt-vinyasa-1123', TIME_ZONE))!
    expect(roster.pending.map((e) => e.booking.id).sort()).toEqual(['bkg-one-ask', 'bkg-party-ask'])
    expect(roster.checkoutUnfinished.map((e) => e.booking.id)).toEqual(['bkg-created'])
    expect(roster.session.counts).toMatchObject({
      pending: 2,
      pendingPeople: 4,
      waitlist: 1,
      waitlistPeople: 2,
    })
    expect(pendingWords(roster.session.counts)).toBe('4 pending (2 requests)')
    expect(waitlistWords(roster.session.counts)).toBe('2 on the waitlist (1 booking)')
    expect(pendingWords({ pending: 2, pendingPeople: 2 })).toBe('2 pending')
    expect(pendingWords({ pending: 0, pendingPeople: 0 })).toBeNull()
    db.close()
  })

  it('lists the day’s appointment requests without a session, in time order, by the day index', async () => {
    const db = freshDb()
    await db.bookings.bulkPut([
      rowOf(appointmentRequest(), TIME_ZONE),
      rowOf(appointmentRequest({ id: 'bkg-early', startDate: '2026-03-10T14:00:00.000Z' }), TIME_ZONE),
      // Already on the calendar (confirmed, eventId known): on its session, not here.
      rowOf(appointmentRequest({ id: 'bkg-placed', status: 'CONFIRMED' }), TIME_ZONE, { eventId: 'evt-x' }),
      rowOf(appointmentRequest({ id: 'bkg-created', status: 'CREATED' }), TIME_ZONE),
      rowOf(appointmentRequest({ id: 'bkg-other-day', startDate: '2026-03-11T19:00:00.000Z' }), TIME_ZONE),
    ])
    // Until the day's bookings are all in (a first sync under way), the day lists none: it says it is loading.
    expect(await dayAppointmentRequests(db, '2026-03-10', TIME_ZONE)).toEqual([])
    await writeSyncMemory(db, { window: { first: '2026-03-10', last: '2026-03-10' } })
    const requests = await dayAppointmentRequests(db, '2026-03-10', TIME_ZONE)
    expect(requests.map((r) => r.bookingId)).toEqual(['bkg-early', 'bkg-jo-massage'])
    expect(requests[1]).toMatchObject({
      title: 'Sports Massage',
      staff: 'Ana Ruiz',
      startLabel: '2:00 PM',
      timeLabel: '2:00 PM – 3:00 PM',
      confirmed: false,
    })
    db.close()
  })

  it('reads a multi-service visit’s parts by start: "Massage then Facial, 2 of 2"', async () => {
    const db = freshDb()
    await db.bookings.bulkPut([
      ...visitParts().map((p) => rowOf(p, TIME_ZONE)),
      rowOf(appointmentRequest(), TIME_ZONE),
    ])
    expect((await partsOf(db, 'msb-kim')).map((r) => r.id)).toEqual(['bkg-kim-massage', 'bkg-kim-facial'])
    expect((await partsOf(db, 'msb-kim', ['2026-03-10'])).map((r) => r.id)).toEqual([
      'bkg-kim-massage',
      'bkg-kim-facial',
    ])
    const rows = await db.bookings.toArray()
    const visits = await visitsOf(db, rows)
    expect(visits.has('bkg-jo-massage')).toBe(false)
    expect(visitWords(visits.get('bkg-kim-facial')!)).toBe('Massage then Facial, 2 of 2')
    expect(visitWords(visits.get('bkg-kim-massage')!)).toBe('Massage then Facial, 1 of 2')
    db.close()
  })
})

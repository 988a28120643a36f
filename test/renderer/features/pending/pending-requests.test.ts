import { describe, expect, it } from 'vitest'
import type { CalendarEvent } from '@shared/wix/event'
import { eventRow } from '../../../../renderer/src/db/event-rows'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { pendingRequests } from '../../../../renderer/src/features/pending/pending-requests'
import { bookingRow, classBooking, classEvent, courseBooking, TIME_ZONE } from '../../db/fixtures'

let counter = 0
const freshDb = () => new RollcallDb(`pending-requests-${process.pid}-${++counter}`)

/** Two sessions of the Wheel Throwing course, a week apart (Tuesdays 18:30–20:30 in Chicago). */
function potterySession(id: string, localDay: string, utcStart: string, utcEnd: string): CalendarEvent {
  const zoned = (localDate: string, utcDate: string) => ({ localDate, timeZone: TIME_ZONE, utcDate })
  return {
    ...classEvent(),
    id,
    scheduleId: 'sch-pottery',
    externalScheduleId: 'svc-pottery',
    scheduleName: 'Wheel Throwing (6 weeks)',
    title: 'Wheel Throwing',
    type: 'COURSE',
    recurringEventId: 'evt-pottery-weekly',
    start: zoned(`${localDay}T18:30:00`, utcStart),
    end: zoned(`${localDay}T20:30:00`, utcEnd),
  }
}

describe('pendingRequests', () => {
  it('reads PENDING bookings oldest first, each with its session; a course request with its next session', async () => {
    const db = freshDb()
    await db.events.bulkPut([
      eventRow(classEvent()),
      eventRow(potterySession('evt-pottery-1', '2026-11-17', '2026-11-18T00:30:00Z', '2026-11-18T02:30:00Z')),
      eventRow(potterySession('evt-pottery-2', '2026-11-24', '2026-11-25T00:30:00Z', '2026-11-25T02:30:00Z')),
    ])
    const created = (day: string) => `2026-11-${day}T09:00:00.000Z`
    await db.bookings.bulkPut([
      bookingRow(classBooking({ id: 'bkg-newer', status: 'PENDING', createdDate: created('20') })),
      bookingRow(courseBooking({ id: 'bkg-course', status: 'PENDING', createdDate: created('01') })),
      bookingRow(classBooking({ id: 'bkg-older', status: 'PENDING', createdDate: created('10') })),
      bookingRow(classBooking({ id: 'bkg-booked', status: 'CONFIRMED', createdDate: created('02') })),
      bookingRow(classBooking({ id: 'bkg-waiting', status: 'WAITING_LIST', createdDate: created('03') })),
    ])
    // Between the course's two sessions: the request is shown with the second one.
    const now = Date.parse('2026-11-20T12:00:00.000Z')
    const requests = await pendingRequests(db, TIME_ZONE, now)
    expect(requests.map((r) => r.entry.booking.id)).toEqual(['bkg-course', 'bkg-older', 'bkg-newer'])
    expect(requests.map((r) => r.session?.id)).toEqual([
      'evt-pottery-2',
      'evt-vinyasa-1123',
      'evt-vinyasa-1123',
    ])
    expect(requests[0]).toMatchObject({
      entry: { name: 'Sam Okafor' },
      session: { kind: 'COURSE', title: 'Wheel Throwing' },
    })
    expect(requests[1]?.session).toMatchObject({ title: 'Vinyasa Flow', startLabel: '9:00 AM' })
    db.close()
  })

  it('keeps a request whose session is not in the store, with the booking’s own title', async () => {
    const db = freshDb()
    await db.bookings.put(bookingRow(classBooking({ id: 'bkg-lost', status: 'PENDING' })))
    const [request] = await pendingRequests(db, TIME_ZONE, Date.parse('2026-11-20T12:00:00.000Z'))
    expect(request).toMatchObject({ session: null, title: 'Vinyasa Flow', entry: { name: 'Dana Lee' } })
    db.close()
  })
})

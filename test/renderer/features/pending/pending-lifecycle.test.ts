import { describe, expect, it } from 'vitest'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { pendingRequests } from '../../../../renderer/src/features/pending/pending-requests'
import { appointmentRequest, rowOf, visitParts } from '../../db/lifecycle-fixtures'
import { TIME_ZONE } from '../../db/fixtures'

let counter = 0
const freshDb = () => new RollcallDb(`pending-lifecycle-${process.pid}-${++counter}`)
// Pinned: the morning of the demo day.
const NOW = Date.parse('2026-03-10T15:00:00.000Z')

describe('pendingRequests: the lifecycle (issue 19)', () => {
  it('shows an appointment request without a session at its time with its staff member', async () => {
    const db = freshDb()
    await db.bookings.put(rowOf(appointmentRequest(), TIME_ZONE))
    const [request] = await pendingRequests(db, TIME_ZONE, NOW)
    expect(request).toMatchObject({
      session: null,
      title: 'Sports Massage',
      appointment: { staff: 'Ana Ruiz', startLabel: '2:00 PM', day: '2026-03-10' },
      parts: [],
    })
    db.close()
  })

  it('lists one item per visit with its parts in order, and never a CREATED booking', async () => {
    const db = freshDb()
    await db.bookings.bulkPut([
      ...visitParts().map((p) => rowOf(p, TIME_ZONE)),
      rowOf(appointmentRequest({ id: 'bkg-unfinished', status: 'CREATED' }), TIME_ZONE),
    ])
    const requests = await pendingRequests(db, TIME_ZONE, NOW)
    expect(requests).toHaveLength(1)
    expect(requests[0]!.entry.booking.id).toBe('bkg-kim-massage')
    expect(requests[0]!.parts.map((p) => p.title)).toEqual(['Massage', 'Facial'])
    db.close()
  })
})

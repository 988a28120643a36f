import { describe, expect, it } from 'vitest'
import { bookingsQueryFor } from '../../../electron/main/wix/booking-selections'

describe('booking selections as Wix queries', () => {
  it('reads a window of days by start date, in order', () => {
    expect(
      bookingsQueryFor({ by: 'startDate', from: '2026-11-22T06:00:00Z', to: '2026-12-01T06:00:00Z' }),
    ).toEqual({
      filter: { startDate: { $gte: '2026-11-22T06:00:00Z', $lt: '2026-12-01T06:00:00Z' } },
      sort: [{ fieldName: 'startDate', order: 'ASC' }],
    })
  })

  it('reads changes oldest first from a watermark', () => {
    expect(bookingsQueryFor({ by: 'updatedSince', since: '2026-11-23T10:00:00Z' })).toEqual({
      filter: { updatedDate: { $gte: '2026-11-23T10:00:00Z' } },
      sort: [{ fieldName: 'updatedDate', order: 'ASC' }],
    })
  })

  it('uses the reader’s filter paths for events and courses', () => {
    expect(bookingsQueryFor({ by: 'event', eventId: 'e1' }).filter).toEqual({
      'bookedEntity.item.slot.eventId': 'e1',
    })
    expect(bookingsQueryFor({ by: 'schedule', scheduleId: 's1' }).filter).toEqual({
      'bookedEntity.item.schedule.scheduleId': 's1',
    })
    expect(bookingsQueryFor({ by: 'ids', ids: ['a', 'b'] }).filter).toEqual({ id: { $in: ['a', 'b'] } })
    expect(bookingsQueryFor({ by: 'externalUserId', externalUserId: 'rollcall:x' }).filter).toEqual({
      externalUserId: 'rollcall:x',
    })
  })
})

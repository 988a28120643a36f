// Time is pinned: every date and instant below is fixed, and the code under test reads no clock (`over` and
// `now` are given as fixed values); days are computed in the fixtures' explicit zone, never the machine's.
import { describe, expect, it } from 'vitest'
import {
  byNewest,
  spotState,
  type Cancellation,
  type FreedSession,
} from '../../../../renderer/src/features/cancellations/recent-cancellations'
import type { SessionSummary } from '../../../../renderer/src/queries/roster-view'

const summary = (waitlist: number, bookingsLoaded = true) =>
  ({
    id: 'evt-1',
    bookingsLoaded,
    counts: { booked: 5, checkedIn: 0, waitlist, waitlistPeople: waitlist, pending: 0, pendingPeople: 0 },
    room: { capacity: 10, leftOnWix: 5, left: 5 },
  }) as unknown as SessionSummary

const freed = (overrides: Partial<FreedSession> = {}): FreedSession => ({
  eventId: 'evt-1',
  title: 'Vinyasa Flow',
  day: '2026-03-10',
  startUtc: '2026-03-10T20:00:00.000Z',
  timeLabel: '2:00 – 3:00 PM',
  staff: null,
  over: false,
  canceled: false,
  summary: summary(0),
  ...overrides,
})

describe('recent cancellations: the words', () => {
  it('offers the waitlist only for a session still to come, kept whole, with someone waiting', () => {
    expect(spotState(freed({ summary: summary(2) })).kind).toBe('waitlist')
    expect(spotState(freed()).kind).toBe('open')
    expect(spotState(freed({ over: true, summary: summary(2) })).kind).toBe('over')
    expect(spotState(freed({ canceled: true, summary: summary(2) })).kind).toBe('session-canceled')
    expect(spotState(freed({ summary: summary(2, false) })).kind).toBe('unknown')
    expect(spotState(freed({ eventId: null, summary: null })).kind).toBe('unknown')
  })

  it('puts the newest first, the same instant in booking order', () => {
    const at = (bookingId: string, canceledAt: string) => ({ bookingId, canceledAt }) as Cancellation
    const sorted = [
      at('b', '2026-03-09T10:00:00Z'),
      at('c', '2026-03-10T10:00:00Z'),
      at('a', '2026-03-10T10:00:00Z'),
    ]
      .sort(byNewest)
      .map((c) => c.bookingId)
    expect(sorted).toEqual(['a', 'c', 'b'])
  })
})

import { describe, expect, it } from 'vitest'
import type { SessionSummary } from '../../../renderer/src/queries/roster-view'
import { noRoomWords, whyFullWords } from '../../../renderer/src/queries/session-count-words'
import type { SessionCounts, SessionRoom } from '../../../renderer/src/queries/session-counts'

const NONE: SessionCounts = {
  booked: 0,
  checkedIn: 0,
  waitlist: 0,
  waitlistPeople: 0,
  pending: 0,
  pendingPeople: 0,
}

function session(counts: Partial<SessionCounts>, room: SessionRoom): SessionSummary {
  return {
    id: 'evt-1',
    day: '2026-03-16',
    scheduleId: 'sch-1',
    serviceId: null,
    title: 'Reformer Pilates',
    kind: 'CLASS',
    // pinned: a fixed session, nothing here reads the clock
    startUtc: '2026-03-16T09:00:00.000Z',
    endUtc: '2026-03-16T10:00:00.000Z',
    startLabel: '9:00 AM',
    timeLabel: '9:00 – 10:00 AM',
    staff: null,
    location: null,
    capacity: room.capacity,
    canceled: false,
    counts: { ...NONE, ...counts },
    room,
    bookingsLoaded: true,
  }
}

describe('the over-capacity words', () => {
  it('calls a session full only when no spot is left', () => {
    const full = session({ booked: 8 }, { capacity: 8, leftOnWix: 0, left: 0 })
    expect(noRoomWords(full)).toEqual({
      headline: 'Reformer Pilates is full',
      title: 'This session is full',
      why: '8 of 8 spots are taken',
    })
  })

  it('says how many spots are left when a party is larger than them (not "full. 2 of 8 spots are taken")', () => {
    const roomy = session({ booked: 2 }, { capacity: 8, leftOnWix: 6, left: 6 })
    expect(noRoomWords(roomy)).toEqual({
      headline: 'Reformer Pilates has only 6 spots left',
      title: 'Only 6 spots left',
      why: '2 of 8 spots are taken',
    })
  })

  it("says it is Wix's figure that leaves too little room when pending requests hold spots there", () => {
    const held = session({ booked: 2, pending: 5, pendingPeople: 5 }, { capacity: 8, leftOnWix: 1, left: 1 })
    expect(noRoomWords(held)).toEqual({
      headline: 'Reformer Pilates has only 1 spot left',
      title: 'Only 1 spot left',
      why: 'Wix has 1 spot left (2 of 8 booked, 5 pending)',
    })
  })

  it('says Wix has no spots left when Wix is full before the count is', () => {
    const held = session({ booked: 2, pending: 6, pendingPeople: 6 }, { capacity: 8, leftOnWix: 0, left: 0 })
    expect(whyFullWords(held)).toBe('Wix has no spots left (2 of 8 booked, 6 pending)')
    expect(noRoomWords(held).headline).toBe('Reformer Pilates is full')
  })
})

import { businessDayOf } from '@shared/domain/business-day'
import { describe, expect, it } from 'vitest'
import { findAttendees, type AttendeeMatch, type SearchContext } from '../../../../renderer/src/search/search'
import { LiveAttendeeIndex } from '../../../../renderer/src/search/index/live-attendee-index'
import { openDeskHarness } from '../../desk/desk-harness'
import { fullName, type StoreView, viewStore } from '../people'

const harness = await openDeskHarness()
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** What a desk types: letters, name starts, whole names, e-mail and phone fragments, a name and an initial. */
function deskQueries(view: StoreView): string[] {
  const people = view.bookings.filter((b, i) => i % 7 === 0)
  const queries = new Set<string>(['zzqx', 'a', 'e', 'm', 's', 'st', 'ma', 'jo', 'an'])
  for (const b of people) {
    const { firstName, lastName, email, phone } = b.contact
    queries.add(lastName.slice(0, 3))
    queries.add(fullName(b))
    queries.add(`${firstName} ${lastName.charAt(0)}`)
    if (email) queries.add(email.slice(0, email.indexOf('@') + 2))
    const digits = phone?.replace(/\D/g, '') ?? ''
    if (digits.length >= 10) queries.add(`(${digits.slice(-10, -7)}) ${digits.slice(-7, -4)}`)
  }
  return [...queries].filter((q) => q.trim())
}

describe('the search index over a synced store', () => {
  it('gives the store query’s answers — matches, order, sessions, attendance, totals — at any time of day and on other days', async () => {
    const desk = await harness.freshDesk()
    const view = await viewStore(harness, desk)
    const live = new LiveAttendeeIndex(desk.db, { scheduleBuild: (build) => (build(), () => {}) })
    const release = live.retain()
    await live.settled()
    const index = live.getSnapshot().index
    if (!index) throw new Error('The index is not built')
    expect(index.counts).toMatchObject({
      bookings: view.bookings.length,
      sessions: await desk.db.events.count(),
      attendance: [...view.attendance.values()].filter((a) => a.status !== 'NOT_SET').length,
    })

    // Mid-morning, late afternoon (other bookings due, missed or checked in: the order weighs attendance),
    // and two days on.
    const contexts = [0, 7 * HOUR, 2 * DAY].map((later): SearchContext => {
      const now = harness.now() + later
      return { now, today: businessDayOf(new Date(now), harness.timeZone), timeZone: harness.timeZone }
    })
    const seen: AttendeeMatch[] = []
    for (const ctx of contexts) {
      for (const query of deskQueries(view)) {
        const wide = { ...ctx, limit: 1000 }
        const fromIndex = index.find(query, wide)
        expect(fromIndex, `“${query}” on ${ctx.today}`).toEqual(await findAttendees(desk.db, query, wide))
        seen.push(...fromIndex.matches)
      }
      for (const query of ['a', 'e', 'ma']) {
        expect(index.find(query, ctx), `“${query}”, best 20`).toEqual(
          await findAttendees(desk.db, query, ctx),
        )
      }
    }
    // The store has every case the ranking and the rows weigh, so the comparison above covers them.
    const courseBookings = new Set(view.bookings.filter((b) => b.eventId === null).map((b) => b.id))
    expect(seen.some((m) => courseBookings.has(m.bookingId) && m.eventId !== null)).toBe(true)
    expect(seen.some((m) => m.attendance === 'ATTENDED')).toBe(true)
    expect(seen.some((m) => m.status === 'CANCELED')).toBe(true)
    expect(seen.some((m) => m.due !== null)).toBe(true)
    expect(seen.some((m) => m.isToday) && seen.some((m) => !m.isToday)).toBe(true)
    release()
  })
})

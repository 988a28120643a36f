import { describe, expect, it } from 'vitest'
import { findAttendees, type AttendeeMatch } from '../../../../renderer/src/queries/search'
import { openDeskHarness } from '../../desk/desk-harness'
import { matching, viewStore } from './people'

const harness = await openDeskHarness()

const inactive = (m: AttendeeMatch) => m.status === 'CANCELED' || m.status === 'DECLINED'

describe('findAttendees', () => {
  it('ranks today first, then active bookings before canceled ones, then the closest in time', async () => {
    const desk = await harness.freshDesk()
    const view = await viewStore(harness, desk)
    const ctx = { today: view.today, now: harness.now(), timeZone: harness.timeZone, limit: 200 }
    // The first letter of a canceled booking's first name: canceled and active, today and other days.
    const canceled = view.bookings.find((b) => b.status === 'CANCELED' && b.contact.firstName)
    const letter = canceled?.contact.firstName.charAt(0).toLowerCase() ?? '?'
    const { matches, total } = await findAttendees(desk.db, letter, ctx)
    expect(total).toBe(matching(view, [letter]).length)
    expect(matches).toHaveLength(total)
    expect(matches.some((m) => m.isToday)).toBe(true)
    expect(matches.some((m) => !m.isToday)).toBe(true)
    expect(matches.some(inactive)).toBe(true)
    const key = (m: AttendeeMatch) => [
      m.isToday ? 0 : 1,
      inactive(m) ? 1 : 0,
      Math.abs(Date.parse(m.startUtc) - ctx.now),
    ]
    for (let i = 1; i < matches.length; i++) {
      const [a, b] = [key(matches[i - 1] as AttendeeMatch), key(matches[i] as AttendeeMatch)]
      const order = a.findIndex((value, j) => value !== b[j])
      if (order >= 0) expect(a[order]).toBeLessThan(b[order] ?? 0)
    }
    for (const m of matches) expect(m.isToday).toBe(m.day === view.today)
  })

  it('keeps the best 20 and counts the rest', async () => {
    const desk = await harness.freshDesk()
    const view = await viewStore(harness, desk)
    const ctx = { today: view.today, now: harness.now(), timeZone: harness.timeZone }
    const all = await findAttendees(desk.db, 'a', { ...ctx, limit: 500 })
    const top = await findAttendees(desk.db, 'a', ctx)
    expect(all.total).toBeGreaterThan(20)
    expect(top.total).toBe(all.total)
    expect(top.matches.map((m) => m.bookingId)).toEqual(all.matches.slice(0, 20).map((m) => m.bookingId))
  })

  it('matches every word against the same booking, by prefix, accents and case aside', async () => {
    const desk = await harness.freshDesk()
    const view = await viewStore(harness, desk)
    const ctx = { today: view.today, now: harness.now(), timeZone: harness.timeZone, limit: 500 }
    const someone = view.bookings.find((b) => b.contact.lastName.length > 3 && b.contact.firstName.length > 2)
    if (!someone) throw new Error('No one to look for')
    const first = someone.contact.firstName.slice(0, 2).toUpperCase()
    const last = someone.contact.lastName.slice(0, 3)
    const expected = matching(view, [first.toLowerCase(), last.toLowerCase()]).map((b) => b.id)
    const found = await findAttendees(desk.db, `  ${last}, ${first} `, ctx)
    expect(found.matches.map((m) => m.bookingId).sort()).toEqual([...expected].sort())
    expect(found.matches.map((m) => m.bookingId)).toContain(someone.id)
    expect((await findAttendees(desk.db, '   ', ctx)).matches).toEqual([])
  })

  it('gives a course booking today’s session of its course, with its attendance there', async () => {
    const desk = await harness.freshDesk()
    const view = await viewStore(harness, desk)
    const ctx = { today: view.today, now: harness.now(), timeZone: harness.timeZone }
    const todays = await desk.db.events.where('day').equals(view.today).toArray()
    const course = todays.find((e) => e.kind === 'COURSE')
    const booking = view.bookings.find((b) => b.eventId === null && b.scheduleId === course?.scheduleId)
    if (!course || !booking) throw new Error('No course booking for today')
    const email = booking.contact.email ?? ''
    const { matches } = await findAttendees(desk.db, email, ctx)
    const match = matches.find((m) => m.bookingId === booking.id)
    expect(match).toMatchObject({ eventId: course.id, isToday: true, day: view.today })
  })
})

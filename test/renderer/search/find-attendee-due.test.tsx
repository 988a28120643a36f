import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { queryWords } from '@shared/domain/search-tokens'
import type { BookingRow, EventRow } from '../../../renderer/src/db/rows'
import { sessionFacts, timeOfDay } from '../../../renderer/src/queries/session-facts'
import { NOW } from '../../demo-site/demo-site-client'
import { openDeskHarness, type Desk } from '../desk/desk-harness'
import { sessionSaidIn } from '../features/roster/roster-helpers'
import { attendanceOf, matching, optionName, pulledAttendance, re, viewStore, type StoreView } from './people'

const harness = await openDeskHarness()
// The tests move the demo clock (what the screens read): the next test starts from the harness's "now".
afterEach(() => void harness.demo.setNow(NOW))

const MINUTE = 60 * 1000
const searchBox = () => screen.getByRole('combobox', { name: 'Find attendee' })
const options = () => within(screen.getByRole('listbox', { name: 'Matches' })).getAllByRole('option')

interface TodayBooking {
  booking: BookingRow
  event: EventRow
  attendance: string
}

const startOf = (b: Pick<TodayBooking, 'event'>) => Date.parse(b.event.startUtc)
const endOf = (b: Pick<TodayBooking, 'event'>) => Date.parse(b.event.endUtc)

type Arrival = 'NOT_SET' | 'ATTENDED'

/**
 * Someone whose name finds only their own bookings (`count` of them), booked (confirmed) into two of today's
 * sessions, `first` starting before `second` and their times such that `pick` holds; any other of their
 * sessions today they are checked in to already (none of those is due). The seed rarely has one person twice
 * today with the attendance a test needs, so the store is given it as a pull would: `arrived` at the two.
 * When no one in the seed is booked twice today at such times, the desk books a person with one class today
 * into a later class (a walk-in, not checked in).
 */
async function personBookedTwiceToday(
  desk: Desk,
  view: StoreView,
  arrived: [Arrival, Arrival],
  pick: (first: TodayBooking, second: Pick<TodayBooking, 'event'>) => boolean,
): Promise<{ name: string; first: TodayBooking; second: TodayBooking; count: number }> {
  const events = new Map((await desk.db.events.toArray()).map((e) => [e.id, e]))
  for (const [name, bookings] of view.byName) {
    if (matching(view, queryWords(name)).length !== bookings.length) continue
    const today = bookings
      .filter((b) => b.day === view.today && b.status === 'CONFIRMED')
      .flatMap((booking) => {
        const event = events.get(booking.eventId ?? '')
        return event ? [{ booking, event, attendance: attendanceOf(view, booking) }] : []
      })
      .sort((a, b) => startOf(a) - startOf(b))
    for (const [i, first] of today.entries())
      for (const second of today.slice(i + 1)) {
        const rest = today.filter((b) => b !== first && b !== second)
        if (
          startOf(first) < startOf(second) &&
          pick(first, second) &&
          rest.every((b) => b.attendance === 'ATTENDED')
        ) {
          const [atFirst, atSecond] = arrived
          await pulledAttendance(desk, first.booking, first.event.id, atFirst)
          await pulledAttendance(desk, second.booking, second.event.id, atSecond)
          return {
            name,
            first: { ...first, attendance: atFirst },
            second: { ...second, attendance: atSecond },
            count: bookings.length,
          }
        }
      }
  }
  const classes = [...events.values()].filter((e) => e.day === view.today && e.kind === 'CLASS')
  for (const [name, bookings] of view.byName) {
    if (matching(view, queryWords(name)).length !== bookings.length) continue
    const today = bookings.filter((b) => b.day === view.today)
    const booking = today[0]
    const event = events.get(booking?.eventId ?? '')
    if (today.length !== 1 || !booking || booking.status !== 'CONFIRMED' || event?.kind !== 'CLASS') continue
    const first = { booking, event, attendance: arrived[0] }
    const later = classes.find(
      (e) => e.id !== event.id && e.startUtc > event.startUtc && pick(first, { event: e }),
    )
    if (!later || arrived[1] !== 'NOT_SET') continue
    await pulledAttendance(desk, booking, event.id, arrived[0])
    const { firstName, lastName, email, phone } = booking.contact
    await desk.engine.actions.addWalkIn({
      eventId: later.id,
      contact: { firstName, lastName, ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
      totalParticipants: 1,
      checkIn: false,
    })
    const walkIn = (await desk.db.bookings.where('eventId').equals(later.id).toArray()).find(
      (b) => b.contact.lastName === lastName && b.contact.firstName === firstName,
    )
    if (!walkIn) throw new Error('The walk-in is not in the store')
    const second = { booking: walkIn, event: later, attendance: arrived[1] }
    return { name, first, second, count: bookings.length + 1 }
  }
  throw new Error('The demo store has no such person')
}

/** The option for this booking, as its accessible name reads (FindAttendee's matchLabel). */
function optionFor(name: string, { event }: TodayBooking, attendance: 'not checked in' | 'checked in') {
  const title = sessionFacts(event, harness.timeZone).title
  const time = timeOfDay(event.startUtc, harness.timeZone)
  // Name, then the contact hint where one is shown, then what the option shows in order; what is due (if
  // anything) after the attendance badge, and "not checked in" (which has no badge) last.
  const due = '(, [A-Za-z :$.0-9]+)?'
  const end = attendance === 'checked in' ? `, Checked in${due}` : `${due}, not checked in`
  return screen.getByRole('option', {
    name: optionName(name, `( [^,]+,)? ${re(title)}, Today ${re(time)}, Booked${end}$`),
  })
}

async function attendanceAt(desk: Desk, { booking, event }: TodayBooking) {
  return (await desk.db.attendance.get([booking.id, event.id]))?.status ?? 'NOT_SET'
}

describe('Find attendee: Enter acts on the booking due', () => {
  it('checks in the next class, not an earlier one the person is already checked in to', async () => {
    const desk = await harness.freshDesk()
    const view = await viewStore(harness, desk)
    // Checked in at an early class and booked into a later one: the desk's "Bonnie" at 7:30 and 12:15.
    const { name, first, second, count } = await personBookedTwiceToday(
      desk,
      view,
      ['ATTENDED', 'NOT_SET'],
      (a, b) => startOf(b) - endOf(a) > 0,
    )
    // Five minutes into the first class: closer in time than the second, where they are still to come.
    harness.demo.setNow(startOf(first) + 5 * MINUTE)
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await user.keyboard('/')
    await user.keyboard(name)
    await waitFor(() => expect(options()).toHaveLength(count))

    // The highlighted row, first in the list, is the booking still to check in; the earlier one is listed too.
    const due = optionFor(name, second, 'not checked in')
    expect(options()[0]).toBe(due)
    expect(due.getAttribute('aria-selected')).toBe('true')
    expect(searchBox().getAttribute('aria-activedescendant')).toBe(due.id)
    expect(optionFor(name, first, 'checked in').getAttribute('aria-selected')).toBe('false')

    await user.keyboard('{Enter}')
    await screen.findByText(
      `Checked in ${name} to ${await sessionSaidIn(desk.db, second.event.id, harness.timeZone)}`,
    )
    expect(screen.queryByText(`${name} is already checked in`)).toBeNull()
    await waitFor(async () => expect(await attendanceAt(desk, second)).toBe('ATTENDED'))
    expect(await attendanceAt(desk, first)).toBe('ATTENDED')
  })

  it('puts the next class before one missed earlier today, even when the missed one is closer in time', async () => {
    const desk = await harness.freshDesk()
    const view = await viewStore(harness, desk)
    const { name, first, second, count } = await personBookedTwiceToday(
      desk,
      view,
      ['NOT_SET', 'NOT_SET'],
      (a, b) =>
        // Five minutes after the first ends, it is still the closer of the two.
        endOf(a) + 5 * MINUTE - startOf(a) < startOf(b) - (endOf(a) + 5 * MINUTE),
    )
    harness.demo.setNow(endOf(first) + 5 * MINUTE)
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await user.type(searchBox(), name)
    await waitFor(() => expect(options()).toHaveLength(count))

    const next = optionFor(name, second, 'not checked in')
    const missed = optionFor(name, first, 'not checked in')
    expect(options()[0]).toBe(next)
    expect(next.getAttribute('aria-selected')).toBe('true')
    expect(options().indexOf(missed)).toBeGreaterThan(0)

    await user.keyboard('{Enter}')
    await screen.findByText(
      `Checked in ${name} to ${await sessionSaidIn(desk.db, second.event.id, harness.timeZone)}`,
    )
    await waitFor(async () => expect(await attendanceAt(desk, second)).toBe('ATTENDED'))
    expect(await attendanceAt(desk, first)).toBe('NOT_SET')
  })

  it('does not type / in the box: / brings the focus there and, pressed again, selects the query to replace it', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk)
    const user = userEvent.setup()
    await user.keyboard('/')
    const box = searchBox() as HTMLInputElement
    expect(document.activeElement).toBe(box)
    expect(box.value).toBe('')
    await user.keyboard('dana')
    await user.keyboard('/')
    expect(box.value).toBe('dana')
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 4])
    await user.keyboard('sam')
    expect(box.value).toBe('sam')
  })
})

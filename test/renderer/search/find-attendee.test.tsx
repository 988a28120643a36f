import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { queryWords } from '@shared/domain/search-tokens'
import { paths } from '../../../renderer/src/frame/routes'
import type { BookingRow } from '../../../renderer/src/db/rows'
import { findAttendees } from '../../../renderer/src/search/search'
import { paymentWords } from '../../../renderer/src/queries/payment-words'
import { sessionFacts, timeOfDay } from '../../../renderer/src/queries/session-facts'
import { openDeskHarness, type Desk } from '../desk/desk-harness'
import { sessionSaidIn } from '../features/roster/roster-helpers'
import {
  bookedToday,
  fullName,
  matching,
  onlyBooking,
  onlyTodayBooking,
  optionName,
  re,
  viewStore,
} from './people'

const harness = await openDeskHarness()

const searchBox = () => screen.getByRole('combobox', { name: 'Find attendee' })
const matchList = () => screen.getByRole('listbox', { name: 'Matches' })
const optionNames = () =>
  within(matchList())
    .getAllByRole('option')
    .map((o) => o.getAttribute('aria-label') ?? '')

async function deskWithView() {
  const desk = await harness.freshDesk()
  const view = await viewStore(harness, desk)
  harness.renderDesk(desk)
  return { desk, view }
}

/** What the demo site has for this booking at this session, after the engine sent what it recorded. */
function serverAttendance(bookingId: string, eventId: string) {
  const { attendance } = harness.demo.state()
  return attendance.find((a) => a.bookingId === bookingId && a.eventId === eventId)?.status
}

/** Attendance in the local store (what the roster shows at once). */
async function localAttendance(desk: Desk, bookingId: string, eventId: string) {
  return (await desk.db.attendance.get([bookingId, eventId]))?.status
}

async function outboxCount(desk: Desk) {
  return desk.db.outbox.count()
}

describe('Find attendee', { timeout: 20_000 }, () => {
  it('finds a person by a name fragment, an e-mail fragment or phone digits', async () => {
    const { view } = await deskWithView()
    const person = onlyBooking(view, (b) => b.contact.email !== null && (b.contact.phone?.length ?? 0) >= 11)
    const name = fullName(person)
    const user = userEvent.setup()
    const box = searchBox()

    // The last name's first letters, narrowed by the first name's first letters.
    const nameFragment = `${person.contact.lastName.slice(0, 4)} ${person.contact.firstName.slice(0, 2)}`
    await user.type(box, nameFragment)
    await screen.findByRole('option', { name: optionName(name) })
    expect(box.getAttribute('aria-expanded')).toBe('true')
    expect(box.getAttribute('aria-controls')).toBe(matchList().id)

    const email = person.contact.email ?? ''
    await user.clear(box)
    await user.type(box, email.slice(0, email.indexOf('@') + 3))
    await waitFor(() => expect(optionNames()).toEqual([expect.stringMatching(optionName(name))]))

    // The national number as a desk types it, with spaces and brackets, stopping short.
    const national = (person.contact.phone ?? '').replace(/\D/g, '').slice(-10)
    await user.clear(box)
    await user.type(box, `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6, 8)}`)
    await waitFor(() => expect(optionNames()).toContainEqual(expect.stringMatching(optionName(name))))
  })

  it('narrows with every word: each must match the same person', async () => {
    const { view } = await deskWithView()
    // A first name and a last-name fragment that each match other people, and together only one person.
    const names = (list: BookingRow[]) => new Set(list.map(fullName))
    let pick: { booking: BookingRow; first: string; last: string } | undefined
    for (const booking of view.bookings) {
      const first = booking.contact.firstName.toLowerCase()
      if (pick || !first || names(matching(view, [first])).size < 2) continue
      for (let k = 1; k < booking.contact.lastName.length && !pick; k++) {
        const last = booking.contact.lastName.slice(0, k).toLowerCase()
        if (names(matching(view, [first, last])).size === 1 && names(matching(view, [last])).size > 1)
          pick = { booking, first, last }
      }
    }
    if (!pick) throw new Error('The demo store has no such pair of words')
    const user = userEvent.setup()
    await user.type(searchBox(), pick.first)
    await waitFor(() => expect(new Set(optionNames().map((n) => n.split(',')[0])).size).toBeGreaterThan(1))

    await user.type(searchBox(), ` ${pick.last}`)
    const expected = matching(view, [pick.first, pick.last])
    await waitFor(() => expect(optionNames()).toHaveLength(Math.min(expected.length, 20)))
    for (const option of optionNames()) expect(option.startsWith(`${fullName(pick.booking)},`)).toBe(true)
  })

  it('names each option with the person, the session, the booking and the attendance', async () => {
    const { desk, view } = await deskWithView()
    const booking = onlyTodayBooking(view, bookedToday(view, 'NOT_SET'))
    const event = await desk.db.events.get(booking.eventId ?? '')
    if (!event) throw new Error('The session is not in the store')
    const title = sessionFacts(event, harness.timeZone).title
    const time = timeOfDay(event.startUtc, harness.timeZone)
    const payment = paymentWords(booking)
    const due = payment?.due ? `, ${payment.label}` : ''
    // The option shows the person's e-mail (or phone) beside the name, to tell namesakes apart.
    const hint = booking.contact.email ?? booking.contact.phone
    const user = userEvent.setup()
    await user.type(searchBox(), fullName(booking))
    const option = await screen.findByRole('option', {
      // What the option shows, in its order; "not checked in" has no badge, so it comes last.
      name: `${fullName(booking)}, ${hint}, ${title}, Today ${time}, Booked${due}, not checked in`,
    })
    expect(option.textContent).toContain(`${title} · Today ${time}`)
    expect(option.textContent).toContain('Booked')

    // A booking with money still due says what is due, in the roster's words, in the row and in its name.
    const owing = onlyBooking(view, (b) => b.paymentStatus === 'NOT_PAID')
    const owed = paymentWords(owing)?.label ?? ''
    expect(['Pays at the desk', 'Not paid']).toContain(owed)
    await user.clear(searchBox())
    await user.type(searchBox(), fullName(owing))
    const owingOption = await screen.findByRole('option', {
      name: optionName(fullName(owing), `.*, ${re(owed)}(, not checked in)?$`),
    })
    expect(owingOption.textContent).toContain(owed)
  })

  it('checks in with / then a name then Enter, and keeps the box ready for the next name', async () => {
    const { desk, view } = await deskWithView()
    const booking = onlyTodayBooking(view, bookedToday(view, 'NOT_SET'))
    const eventId = booking.eventId ?? ''
    const user = userEvent.setup()
    await user.keyboard('/')
    expect(document.activeElement).toBe(searchBox())
    await user.keyboard(booking.contact.lastName.slice(0, 5))
    await user.keyboard(` ${booking.contact.firstName}`)
    await screen.findByRole('option', { name: optionName(fullName(booking), ' .* Today .*, not checked in') })
    await user.keyboard('{Enter}')

    await screen.findByText(
      `Checked in ${fullName(booking)} to ${await sessionSaidIn(desk.db, booking.eventId, harness.timeZone)}`,
    )
    expect((searchBox() as HTMLInputElement).value).toBe('')
    expect(document.activeElement).toBe(searchBox())
    expect(searchBox().getAttribute('aria-expanded')).toBe('false')
    expect(window.location.hash).toBe('#/')
    await waitFor(async () => expect(await localAttendance(desk, booking.id, eventId)).toBe('ATTENDED'))

    expect(serverAttendance(booking.id, eventId)).not.toBe('ATTENDED')
    await desk.engine.pushNow()
    expect(serverAttendance(booking.id, eventId)).toBe('ATTENDED')
  })

  it('acts on what is in the box even when Enter comes before the list has caught up', async () => {
    const { desk, view } = await deskWithView()
    const booking = onlyTodayBooking(view, bookedToday(view, 'NOT_SET'))
    const user = userEvent.setup()
    await user.type(searchBox(), `${booking.contact.email ?? fullName(booking)}{Enter}`)
    await screen.findByText(
      `Checked in ${fullName(booking)} to ${await sessionSaidIn(desk.db, booking.eventId, harness.timeZone)}`,
    )
    const eventId = booking.eventId ?? ''
    await waitFor(async () => expect(await localAttendance(desk, booking.id, eventId)).toBe('ATTENDED'))
  })

  it('moves the highlight with ↓ and ↑, and Enter acts on the highlighted result', async () => {
    const { desk, view } = await deskWithView()
    // Someone whose name finds only their own bookings, two or more, none today: Enter opens a session.
    const person = [...view.byName.values()].find(
      (list) =>
        list.length >= 2 &&
        list.every((b) => b.day !== view.today && b.eventId !== null) &&
        matching(view, queryWords(fullName(list[0] as BookingRow))).length === list.length,
    )?.[0]
    if (!person) throw new Error('The demo store has no such person')
    const ctx = { today: view.today, now: harness.now(), timeZone: harness.timeZone }
    const ranked = (await findAttendees(desk.db, fullName(person), ctx)).matches
    expect(ranked[1]?.eventId).not.toBe(ranked[0]?.eventId)
    const user = userEvent.setup()
    await user.type(searchBox(), fullName(person))
    await waitFor(() => expect(optionNames()).toHaveLength(ranked.length))
    const [first, second] = within(matchList()).getAllByRole('option')
    if (!first || !second) throw new Error('Two options expected')
    expect(first.getAttribute('aria-selected')).toBe('true')
    expect(searchBox().getAttribute('aria-activedescendant')).toBe(first.id)

    await user.keyboard('{ArrowDown}')
    expect(second.getAttribute('aria-selected')).toBe('true')
    expect(first.getAttribute('aria-selected')).toBe('false')
    expect(searchBox().getAttribute('aria-activedescendant')).toBe(second.id)
    await user.keyboard('{ArrowUp}')
    expect(searchBox().getAttribute('aria-activedescendant')).toBe(first.id)
    await user.keyboard('{ArrowDown}')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(window.location.hash).toBe(`#${paths.session(ranked[1]?.eventId ?? '?')}`))
    expect((searchBox() as HTMLInputElement).value).toBe('')
    expect(await outboxCount(desk)).toBe(0)
  })

  it('opens the roster for a result on another day instead of checking in', async () => {
    const { desk, view } = await deskWithView()
    const booking = onlyBooking(
      view,
      (b) => b.day > view.today && b.eventId !== null && b.status === 'CONFIRMED',
    )
    const user = userEvent.setup()
    await user.type(searchBox(), fullName(booking))
    await screen.findByRole('option', { name: optionName(fullName(booking)) })
    await user.keyboard('{Enter}')
    await waitFor(() => expect(window.location.hash).toBe(`#${paths.session(booking.eventId ?? '?')}`))
    expect(await outboxCount(desk)).toBe(0)
  })

  it('opens the roster when an option is clicked, even for a person who could be checked in', async () => {
    const { desk, view } = await deskWithView()
    const booking = onlyTodayBooking(view, bookedToday(view, 'NOT_SET'))
    const user = userEvent.setup()
    await user.type(searchBox(), fullName(booking))
    await user.click(await screen.findByRole('option', { name: optionName(fullName(booking), ' .* Today ') }))
    await waitFor(() => expect(window.location.hash).toBe(`#${paths.session(booking.eventId ?? '?')}`))
    expect(await outboxCount(desk)).toBe(0)
  })

  it('says so when the person is already checked in, and records nothing', async () => {
    const { desk, view } = await deskWithView()
    const booking = onlyBooking(view, bookedToday(view, 'ATTENDED'))
    const user = userEvent.setup()
    await user.type(searchBox(), fullName(booking))
    await screen.findByRole('option', { name: optionName(fullName(booking), '.*, Checked in') })
    await user.keyboard('{Enter}')
    await screen.findByText(`${fullName(booking)} is already checked in`)
    expect(await outboxCount(desk)).toBe(0)
    expect(window.location.hash).toBe('#/')
  })

  it('checks a course booking in to today’s session of the course', async () => {
    const { desk, view } = await deskWithView()
    const todays = await desk.db.events.where('day').equals(view.today).toArray()
    const courseToday = new Map(todays.filter((e) => e.kind === 'COURSE').map((e) => [e.scheduleId, e]))
    const booking = onlyBooking(
      view,
      (b) => b.eventId === null && b.status === 'CONFIRMED' && courseToday.has(b.scheduleId ?? ''),
    )
    const session = courseToday.get(booking.scheduleId ?? '')
    if (!session) throw new Error('No course session today')
    const user = userEvent.setup()
    await user.type(searchBox(), fullName(booking))
    await screen.findByRole('option', { name: optionName(fullName(booking), '.* Today .*, not checked in') })
    await user.keyboard('{Enter}')
    await waitFor(async () => expect(await localAttendance(desk, booking.id, session.id)).toBe('ATTENDED'))
    await desk.engine.pushNow()
    expect(serverAttendance(booking.id, session.id)).toBe('ATTENDED')
  })

  it('clears and closes with Esc', async () => {
    const { view } = await deskWithView()
    const booking = onlyBooking(view, () => true)
    const user = userEvent.setup()
    await user.type(searchBox(), fullName(booking))
    await screen.findByRole('option', { name: optionName(fullName(booking)) })
    await user.keyboard('{Escape}')
    expect((searchBox() as HTMLInputElement).value).toBe('')
    expect(searchBox().getAttribute('aria-expanded')).toBe('false')
    expect(searchBox().getAttribute('aria-activedescendant')).toBeNull()
    expect(screen.queryByRole('listbox', { name: 'Matches' })).toBeNull()
  })

  it('says when no one matches', async () => {
    await deskWithView()
    await userEvent.type(searchBox(), 'zzqx')
    await screen.findByText('No one matches “zzqx”')
    expect(within(matchList()).queryAllByRole('option')).toHaveLength(0)
  })
})

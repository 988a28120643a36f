import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { businessDayOf } from '@shared/domain/business-day'
import { findAttendees, type AttendeeSearch } from '../../../renderer/src/search/search'
import { liveAttendeeIndexOf } from '../../../renderer/src/search/index/live-attendee-index'
import { openDeskHarness, type Desk } from '../desk/desk-harness'
import { sessionSaidIn } from '../features/roster/roster-helpers'
import { bookedToday, fullName, onlyBooking, onlyTodayBooking, optionName, viewStore } from './people'

const harness = await openDeskHarness()

const searchBox = () => screen.getByRole('combobox', { name: 'Find attendee' })
const statusText = () => screen.getByRole('status', { name: 'Search results' }).textContent
const shownNames = () =>
  within(screen.getByRole('listbox', { name: 'Matches', hidden: true }))
    .queryAllByRole('option', { hidden: true })
    .map((o) => o.querySelector('.find__name')?.textContent)

const optionLabels = () =>
  within(screen.getByRole('listbox', { name: 'Matches' }))
    .queryAllByRole('option')
    .map((o) => o.getAttribute('aria-label'))

/** What the status region says for these results (FindAttendee's wording), naming the text searched. */
function summaryOf({ query, matches, total }: AttendeeSearch): string {
  const about = ` for “${query.trim()}”`
  if (!total) return `No matches${about}`
  if (total > matches.length)
    return `${String(total)} matches, showing the first ${String(matches.length)}${about}`
  return `${total === 1 ? '1 match' : `${String(total)} matches`}${about}`
}

/** The desk rendered with its search index built (the build starts in the background after first paint). */
async function deskWithIndex() {
  const desk = await harness.freshDesk()
  const view = await viewStore(harness, desk)
  const live = liveAttendeeIndexOf(desk.db)
  harness.renderDesk(desk)
  await live.settled()
  expect(live.getSnapshot().index).not.toBeNull()
  return { desk, view }
}

const contextOf = (desk: Desk) => ({
  today: businessDayOf(new Date(harness.now()), harness.timeZone),
  now: harness.now(),
  timeZone: harness.timeZone,
  db: desk.db,
})

describe('Find attendee over the in-memory index', () => {
  it('shows the results for each keystroke in the update of that keystroke, without waiting on the store', async () => {
    const { desk, view } = await deskWithIndex()
    const person = onlyBooking(view, (b) => b.contact.firstName.length > 2)
    const { db, ...ctx } = contextOf(desk)
    expect(ctx.today).toBe(view.today)
    const typed = [...fullName(person)].map((_, end, all) => all.slice(0, end + 1).join(''))
    typed.push(person.contact.lastName.slice(0, 2), 'zzqx', fullName(person))
    searchBox().focus()
    for (const text of typed) {
      // The store's answer, read before the keystroke; after it, nothing is awaited.
      const expected = await findAttendees(db, text, ctx)
      fireEvent.change(searchBox(), { target: { value: text } })
      expect(shownNames(), `“${text}”`).toEqual(expected.matches.map((m) => m.name))
      expect(statusText(), `“${text}”`).toBe(summaryOf(expected))
    }
    expect(shownNames()).toEqual([fullName(person)])
  })

  it('answers from the store until the index is built, then from the index', async () => {
    const desk = await harness.freshDesk()
    const view = await viewStore(harness, desk)
    let build = () => {}
    const live = liveAttendeeIndexOf(desk.db, {
      scheduleBuild: (run) => {
        build = run
        return () => {}
      },
    })
    harness.renderDesk(desk)
    const first = onlyTodayBooking(view, bookedToday(view, 'NOT_SET'))
    const user = userEvent.setup()
    await user.type(searchBox(), fullName(first))
    await screen.findByRole('option', { name: optionName(fullName(first), ' .* Today ') })
    expect(live.getSnapshot().index).toBeNull()

    build()
    await live.settled()
    expect(live.getSnapshot().index).not.toBeNull()
    const second = onlyBooking(view, (b) => b.id !== first.id && b.contact.firstName !== '')
    fireEvent.change(searchBox(), { target: { value: fullName(second) } })
    expect(shownNames()).toEqual([fullName(second)])
    expect(statusText()).toBe(`1 match for “${fullName(second)}”`)
  })

  it('updates the open list when the store changes: a check-in made elsewhere, a booking synced', async () => {
    const { desk, view } = await deskWithIndex()
    const booking = onlyTodayBooking(view, bookedToday(view, 'NOT_SET'))
    const eventId = booking.eventId ?? ''
    const theirs = view.byName.get(fullName(booking))?.length ?? 0
    fireEvent.change(searchBox(), { target: { value: fullName(booking) } })
    screen.getByRole('option', { name: optionName(fullName(booking), ' .* Today .*, not checked in') })

    const row = await desk.db.attendance.get([booking.id, eventId])
    await desk.db.attendance.put({
      bookingId: booking.id,
      eventId,
      numberOfAttendees: 1,
      serverNumberOfAttendees: 1,
      pending: false,
      ...row,
      status: 'ATTENDED',
      serverStatus: 'ATTENDED',
    })
    await screen.findByRole('option', { name: optionName(fullName(booking), ' .* Today .*, Checked in') })

    // A canceled twin of today's booking: after it (canceled), before the person's other days.
    await desk.db.bookings.put({ ...booking, id: 'bkg-twin', status: 'CANCELED' })
    await waitFor(() => expect(optionLabels()).toHaveLength(theirs + 1))
    expect(optionLabels().slice(0, 2)).toEqual([
      expect.stringMatching(optionName(fullName(booking), ' .* Today .*, Checked in')),
      expect.stringMatching(optionName(fullName(booking), ' .* Today .*, Canceled')),
    ])
  })

  it('checks in on Enter typed straight after the name, from the index', async () => {
    const { desk, view } = await deskWithIndex()
    const booking = onlyTodayBooking(view, bookedToday(view, 'NOT_SET'))
    fireEvent.change(searchBox(), { target: { value: fullName(booking) } })
    fireEvent.keyDown(searchBox(), { key: 'Enter' })
    await screen.findByText(
      `Checked in ${fullName(booking)} to ${await sessionSaidIn(desk.db, booking.eventId, harness.timeZone)}`,
    )
    expect((await desk.db.attendance.get([booking.id, booking.eventId ?? '']))?.status).toBe('ATTENDED')
  })
})

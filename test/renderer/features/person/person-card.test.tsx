import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { personName } from '../../../../renderer/src/db/booking-rows'
import { sessionLine } from '../../../../renderer/src/features/decisions/session-line'
import type { BookingRow } from '../../../../renderer/src/db/rows'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'
import { bookedRow, findRoster, rosterPath, serverAttendance, todayOf } from '../roster/roster-helpers'

/**
 * A person's card (issue 21), by role and name, over the demo site's store. The demo clock is pinned
 * (Tuesday 2026-03-10, 10:20 in Chicago: desk-harness.tsx), so "today" and every session are fixed.
 */
const harness = await openDeskHarness()
const { demo } = harness

afterEach(() => {
  vi.unstubAllGlobals()
})

/** The contact id Wix files a booking under (the demo site's copy, not the desk's reading of it). */
const contactOf = (bookingId: string) =>
  demo.state().bookings.find((b) => b.id === bookingId)?.contactDetails?.contactId

/**
 * A person booked (not marked) on one of today's classes who has at least one other booking in the store,
 * named uniquely on that roster: their roster, their row, and the ids of all their bookings in the store.
 */
async function regular(desk: Desk) {
  const stored = await desk.db.bookings.toArray()
  const idsOf = (contactId: string | null | undefined) =>
    stored.filter((b) => contactId && contactOf(b.id) === contactId).map((b) => b.id)
  let person: BookingRow | undefined
  const roster = await findRoster(desk.db, harness.timeZone, (r) => {
    if (r.session.day !== todayOf(harness) || r.session.kind !== 'CLASS') return false
    const entry = r.attendees.find(
      (e) =>
        e.attendance === 'NOT_SET' &&
        e.booking.participants === 1 &&
        e.booking.contact.email &&
        e.booking.contact.phone &&
        idsOf(contactOf(e.booking.id)).length > 1 &&
        r.attendees.filter((o) => o.name === e.name).length === 1,
    )
    person = entry?.booking
    return entry !== undefined
  })
  const booking = person!
  return { roster, booking, name: personName(booking.contact), ids: idsOf(contactOf(booking.id)) }
}

const cardOf = (name: string) => screen.findByRole('dialog', { name })

describe("a person's card", { timeout: 30_000 }, () => {
  it('opens from a roster row by mouse: contact links, every booking of theirs, and Esc gives focus back', async () => {
    const desk = await harness.freshDesk()
    const { roster, booking, name, ids } = await regular(desk)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await screen.findByRole('list', { name: 'Booked' })
    const opener = within(bookedRow(name)).getByRole('button', { name: `${name}, open card` })
    await userEvent.click(opener)

    const card = await cardOf(name)
    expect(within(card).getByRole('link', { name: booking.contact.email! }).getAttribute('href')).toMatch(
      /^mailto:/,
    )
    expect(within(card).getByRole('link', { name: booking.contact.phone! }).getAttribute('href')).toMatch(
      /^tel:\+?\d+$/,
    )
    const list = within(card).getByRole('list', { name: `Bookings in the synced days (${ids.length})` })
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(ids.length))
    // Past no-shows, counted from the demo site's own attendance of these bookings.
    const noShows = demo
      .state()
      .attendance.filter((a) => ids.includes(a.bookingId) && a.status === 'NOT_ATTENDED').length
    within(card).getByText(
      noShows === 0
        ? 'No no-shows in the synced days.'
        : `${noShows} no-show${noShows === 1 ? '' : 's'} in the synced days.`,
    )
    // This booking's actions are the roster's: check in and no-show, named with the session.
    within(card).getByRole('button', { name: `Check in ${name}, ${sessionLine(roster.session)}` })

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name })).toBeNull())
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(bookedRow(name)).getByRole('button', { name: `${name}, open card` }),
      ),
    )
  })

  it('opens from a roster row by keyboard (P), and a check-in from the card shows on the roster', async () => {
    const desk = await harness.freshDesk()
    const { roster, name } = await regular(desk)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    const checkIn = await screen.findByRole('button', { name: `Check in ${name}` })
    act(() => checkIn.focus())
    await userEvent.keyboard('p')
    const card = await cardOf(name)
    const line = sessionLine(roster.session)
    await userEvent.click(within(card).getByRole('button', { name: `Check in ${name}, ${line}` }))
    await within(card).findByRole('button', { name: `Undo check-in for ${name}, ${line}` })
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name })).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(checkIn))
    await within(bookedRow(name)).findByText('Checked in')
  })

  it('clears a no-show from the card, long after the undo window, and Wix hears NOT_SET', async () => {
    const desk = await harness.freshDesk()
    const { roster, booking, name } = await regular(desk)
    await desk.engine.actions.markNoShow([{ bookingId: booking.id, eventId: roster.session.id }])
    await desk.engine.pushNow()
    demo.advanceClock(60 * 60_000) // an hour on from the pinned clock: no Undo any more
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `${name}, open card` }))
    const card = await cardOf(name)
    const line = sessionLine(roster.session)
    await userEvent.click(
      await within(card).findByRole('button', { name: `Clear no-show for ${name}, ${line}` }),
    )
    await within(card).findByRole('button', { name: `Mark ${name} as no-show, ${line}` })
    await desk.engine.pushNow()
    expect(serverAttendance(demo, booking.id, roster.session.id)?.status).toBe('NOT_SET')
  })

  it('copies the e-mail, and says what to do when the clipboard is not there', async () => {
    const desk = await harness.freshDesk()
    const { roster, booking, name } = await regular(desk)
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `${name}, open card` }))
    const card = await cardOf(name)
    await userEvent.click(within(card).getByRole('button', { name: `Copy ${name}'s e-mail` }))
    expect(writeText).toHaveBeenCalledWith(booking.contact.email)
    await within(card).findByText('Copied')

    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined })
    await userEvent.click(within(card).getByRole('button', { name: `Copy ${name}'s phone` }))
    await within(card).findByText('Could not copy: select the number and copy it by hand')
  })

  it('opens from a search result with Shift+Enter, and by the button under the matches', async () => {
    const desk = await harness.freshDesk()
    const { booking, name } = await regular(desk)
    harness.renderDesk(desk)
    const box = await screen.findByRole('combobox', { name: 'Find attendee' })
    await userEvent.click(box)
    await userEvent.keyboard(booking.contact.email!)
    await screen.findAllByRole('option', { name: new RegExp(`^${name}`) })
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}')
    await cardOf(name)
    // Shift+Enter opened the card: nobody was checked in.
    expect(serverAttendance(demo, booking.id, booking.eventId!)?.status ?? 'NOT_SET').toBe('NOT_SET')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name })).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(box))

    await userEvent.keyboard('{ArrowDown}')
    await userEvent.click(await screen.findByRole('button', { name: `Open ${name}'s card (Shift+Enter)` }))
    await cardOf(name)
  })

  it('opens from an Activity line, by its button and by P', async () => {
    const desk = await harness.freshDesk()
    const { roster, booking, name } = await regular(desk)
    await desk.engine.actions.checkIn([{ bookingId: booking.id, eventId: roster.session.id }])
    harness.renderDesk(desk, { path: '/activity' })
    // The line's own words are the button (named by what it shows).
    const open = await screen.findByRole('button', { name: new RegExp(`^Checked in ${name}`) })
    await userEvent.click(open)
    await cardOf(name)
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name })).toBeNull())
    const line = open.closest<HTMLElement>('[data-row-primary]')!
    act(() => line.focus())
    await userEvent.keyboard('p')
    await cardOf(name)
  })

  it('opens from Needs attention', async () => {
    const desk = await harness.freshDesk()
    const rows = await desk.db.bookings.where('status').equals('PENDING').toArray()
    const pending = rows.find((b) => b.eventId && b.contact.firstName && b.contact.lastName)!
    const name = personName(pending.contact)
    await desk.engine.actions.confirm(pending.id)
    demo.world.customerCancels(pending.id)
    demo.advanceClock(10_000)
    await desk.engine.pushNow()
    harness.renderDesk(desk, { path: '/attention' })
    await userEvent.click(
      await screen.findByRole('button', { name: new RegExp(`^Person's card: Confirmed ${name}`) }),
    )
    const card = await cardOf(name)
    await within(card).findByRole('list', { name: /^Bookings in the synced days/ })
  })
})

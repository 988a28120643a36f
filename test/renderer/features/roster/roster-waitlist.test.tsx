import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { isFull } from '../../../../renderer/src/queries/roster-view'
import { whyFullWords } from '../../../../renderer/src/queries/session-count-words'
import { openDeskHarness } from '../../desk/desk-harness'
import { bookedRow, findRoster, rosterPath, serverBooking, sessionSaid } from './roster-helpers'

const harness = await openDeskHarness()
const upcoming = () => ({ from: new Date(harness.now()).toISOString() })

function waitlist(): HTMLElement {
  const heading = screen.getByRole('heading', { name: /^Waitlist/ })
  const section = heading.closest('section')
  if (!section) throw new Error('no waitlist section')
  return within(section).getByRole('list')
}

describe('the roster: the waitlist', { timeout: 20_000 }, () => {
  it('lists the waitlist first come, first served, with positions', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.waitlist.length >= 3)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await screen.findByRole('heading', { name: `Waitlist (${roster.waitlist.length})` })
    const items = within(waitlist()).getAllByRole('listitem')
    const byCreated = [...roster.waitlist].sort((a, b) =>
      a.booking.createdDate.localeCompare(b.booking.createdDate),
    )
    expect(items.map((item) => item.querySelector('.roster-item__name')?.textContent)).toEqual(
      byCreated.map((e) => e.name),
    )
    expect(items.map((item) => item.querySelector('.roster-item__position')?.textContent)).toEqual(
      byCreated.map((_, i) => String(i + 1)),
    )
  })

  it('moves someone to booked at once while there is room, and Wix confirms it', async () => {
    const desk = await harness.freshDesk()
    const open = await findRoster(
      desk.db,
      harness.timeZone,
      (r) => r.session.kind === 'CLASS' && r.session.capacity !== null && !isFull(r.session, 2),
      upcoming(),
    )
    const joined = harness.demo.world.customerJoinsWaitlist({
      eventId: open.session.id,
      contact: { firstName: 'Wendy', lastName: 'Waite', email: 'wendy.waite@example.com' },
    })
    await desk.engine.syncNow()
    harness.renderDesk(desk, { path: rosterPath(open.session.id) })
    const move = await screen.findByRole('button', { name: 'Move Wendy Waite from waitlist to booked' })
    within(waitlist()).getByText('1')
    await userEvent.click(move)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await screen.findByText(
      `Moved Wendy Waite from the waitlist to booked for ${sessionSaid(open.session, harness.timeZone)}`,
    )
    await waitFor(() => within(bookedRow('Wendy Waite')).getByText('Waiting to sync'))
    expect(screen.queryByRole('heading', { name: /^Waitlist/ })).toBeNull()

    // Held for the undo window, then sent.
    await desk.engine.pushNow()
    expect(serverBooking(harness.demo, joined.id).status).toBe('WAITING_LIST')
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(serverBooking(harness.demo, joined.id).status).toBe('CONFIRMED')
    await waitFor(() => expect(within(bookedRow('Wendy Waite')).queryByText('Waiting to sync')).toBeNull())
  })

  it('asks before overfilling a full session: keep on the waitlist, or book over capacity', async () => {
    const desk = await harness.freshDesk()
    const full = await findRoster(
      desk.db,
      harness.timeZone,
      (r) => r.waitlist.length > 0 && isFull(r.session, r.waitlist[0]!.booking.participants),
      upcoming(),
    )
    const first = full.waitlist[0]!
    harness.renderDesk(desk, { path: rosterPath(full.session.id) })
    const move = await screen.findByRole('button', { name: `Move ${first.name} from waitlist to booked` })

    await userEvent.click(move)
    let dialog = await screen.findByRole('alertdialog', { name: 'This session is full' })
    const { booked } = full.session.counts
    const { capacity } = full.session
    const party = first.booking.participants > 1 ? ` (party of ${first.booking.participants})` : ''
    expect(dialog.textContent).toContain(
      `${whyFullWords(full.session)}. Booking ${first.name}${party} puts the session over capacity.`,
    )
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep on waitlist' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep on waitlist' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(await desk.db.outbox.count()).toBe(0)

    await userEvent.click(screen.getByRole('button', { name: `Move ${first.name} from waitlist to booked` }))
    dialog = await screen.findByRole('alertdialog', { name: 'This session is full' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Book over capacity' }))
    await screen.findByText(
      `Moved ${first.name} from the waitlist to booked (over capacity) for ${sessionSaid(full.session, harness.timeZone)}`,
    )
    await waitFor(() => within(bookedRow(first.name)).getByText('Waiting to sync'))
    const after = booked + first.booking.participants
    await screen.findByText(`${after} of ${capacity} booked`)

    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(serverBooking(harness.demo, first.booking.id).status).toBe('CONFIRMED')
  })

  it('declines a waitlist booking through the decision dialog', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.waitlist.length > 0, upcoming())
    const last = roster.waitlist.at(-1)!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(
      await screen.findByRole('button', { name: `Decline waitlist booking for ${last.name}` }),
    )
    const dialog = await screen.findByRole('dialog', { name: `Decline ${last.name}'s booking` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline booking' }))
    await screen.findByText(`Declined ${last.name} for ${sessionSaid(roster.session, harness.timeZone)}`)
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: `Decline waitlist booking for ${last.name}` })).toBeNull(),
    )
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(serverBooking(harness.demo, last.booking.id).status).toBe('DECLINED')
  })
})

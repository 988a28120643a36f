import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { personName } from '../../../../renderer/src/db/booking-rows'
import { isFull } from '../../../../renderer/src/queries/roster-view'
import { RECENT_DAYS } from '../../../../renderer/src/features/cancellations/recent-cancellations'
import { openDeskHarness } from '../../desk/desk-harness'
import { findRoster } from '../roster/roster-helpers'

// The demo clock is pinned (Tuesday 2026-03-10, 10:20 in Chicago); what the site changes is stamped with it.
const harness = await openDeskHarness()
const upcoming = () => ({ from: new Date(harness.now()).toISOString() })

const list = () => screen.getByRole('list', { name: 'Cancellations' })
/** A cancellation's card by the person's name (its heading). */
const card = (name: string) => {
  const heading = within(list()).getByRole('heading', { level: 3, name })
  const item = heading.closest('li')
  if (!item) throw new Error(`no card for ${name}`)
  return item
}

/** An upcoming class with room: Carla books it and cancels, Wendy waits (when asked) on its waitlist. */
async function canceledInto(withWaitlist: boolean) {
  const desk = await harness.freshDesk()
  const open = await findRoster(
    desk.db,
    harness.timeZone,
    (r) =>
      r.session.kind === 'CLASS' &&
      r.session.capacity !== null &&
      !isFull(r.session, 2) &&
      r.waitlist.length === 0 &&
      !r.session.canceled,
    upcoming(),
  )
  const { world } = harness.demo
  const carla = world.customerBooks({
    eventId: open.session.id,
    status: 'CONFIRMED',
    contact: {
      firstName: 'Carla',
      lastName: 'Cancel',
      email: 'carla@example.com',
      phone: '+1 (555) 010-2030',
    },
  })
  if (withWaitlist)
    world.customerJoinsWaitlist({
      eventId: open.session.id,
      contact: { firstName: 'Wendy', lastName: 'Waite', email: 'wendy.waite@example.com' },
    })
  world.customerCancels(carla.id)
  await desk.engine.syncNow()
  return { desk, session: open.session }
}

describe('recent cancellations', { timeout: 30_000 }, () => {
  it('is a screen of its own in the navigation, newest first, with how to reach each person', async () => {
    const { desk, session } = await canceledInto(false)
    harness.renderDesk(desk)
    const nav = screen.getByRole('navigation', { name: 'Screens' })
    await userEvent.click(within(nav).getByRole('link', { name: 'Cancellations' }))
    expect(window.location.hash).toBe('#/cancellations')
    await screen.findByRole('heading', { level: 2, name: 'Recent cancellations' })
    expect(within(nav).getByRole('link', { name: 'Cancellations' }).getAttribute('aria-current')).toBe('page')

    // Carla canceled just now (the pinned clock): first.
    await waitFor(() =>
      expect(within(list()).getAllByRole('heading', { level: 3 })[0]?.textContent).toBe('Carla Cancel'),
    )
    const carla = card('Carla Cancel')
    within(carla).getByText(/^Canceled \d{1,2}:\d{2}\sAM$/)
    expect(within(carla).getByRole('link', { name: 'carla@example.com' }).getAttribute('href')).toBe(
      'mailto:carla@example.com',
    )
    expect(within(carla).getByRole('link', { name: '+1 (555) 010-2030' }).getAttribute('href')).toBe(
      'tel:+15550102030',
    )
    // The session it freed, a link to its roster; nobody waits for it.
    const freed = within(carla).getByRole('link', { name: new RegExp(`^${session.title}, `) })
    expect(freed.getAttribute('href')).toBe(`#/session/${encodeURIComponent(session.id)}`)
    within(carla).getByText(/^Nobody on the waitlist, \d+ spots? left$/)

    // Newest first, and only the last days' cancellations, as the store has them.
    const since = new Date(harness.now() - RECENT_DAYS * 86_400_000).toISOString()
    const stored = await desk.db.bookings.where('status').equals('CANCELED').toArray()
    const recent = stored.filter((b) => b.updatedDate >= since)
    expect(recent.length).toBeLessThan(stored.length)
    const newestFirst = recent
      .sort((a, b) => b.updatedDate.localeCompare(a.updatedDate) || a.id.localeCompare(b.id))
      .map((b) => personName(b.contact))
    expect(
      within(list())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(newestFirst)
  })

  it('lists a cancel made at this desk at once, dated when it was made, waiting to sync', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(
      desk.db,
      harness.timeZone,
      (r) =>
        r.attendees.some(
          (e) => e.booking.updatedDate < new Date(harness.now() - RECENT_DAYS * 86_400_000).toISOString(),
        ),
      upcoming(),
    )
    const old = roster.attendees.find(
      (e) => e.booking.updatedDate < new Date(harness.now() - RECENT_DAYS * 86_400_000).toISOString(),
    )!
    harness.renderDesk(desk, { path: '/cancellations' })
    await screen.findByRole('list', { name: 'Cancellations' })
    await desk.engine.actions.cancel(old.booking.id)
    await waitFor(() =>
      expect(within(list()).getAllByRole('heading', { level: 3 })[0]?.textContent).toBe(old.name),
    )
    const item = within(list()).getAllByRole('heading', { level: 3 })[0]!.closest('li')!
    within(item).getByText('Waiting to sync')
    within(item).getByText(/^Canceled \d{1,2}:\d{2}\sAM$/)
  })

  it('does not list a declined request: it was never booked', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.pending.length > 0, upcoming())
    const request = roster.pending[0]!
    harness.demo.world.deskDeclines(request.booking.id)
    await desk.engine.syncNow()
    harness.renderDesk(desk, { path: '/cancellations' })
    await screen.findByRole('list', { name: 'Cancellations' })
    const cards = within(list()).getAllByRole('heading', { level: 3 })
    expect(cards.length).toBeGreaterThan(0)
    expect(
      (await desk.db.bookings.get(request.booking.id))?.status,
      'the store still has the declined booking',
    ).toBe('DECLINED')
    // Not by name (another booking may share it): the newest card is not the one just declined.
    expect(cards[0]!.textContent).not.toBe(request.name)
  })

  it('offers the waitlist when someone waits for the freed spot, and opens the roster at it', async () => {
    const { desk, session } = await canceledInto(true)
    harness.renderDesk(desk, { path: '/cancellations' })
    await screen.findByRole('list', { name: 'Cancellations' })
    const carla = await waitFor(() => card('Carla Cancel'))
    const fill = within(carla).getByRole('link', {
      name: new RegExp(`^1 on the waitlist for ${session.title}, `),
    })
    expect(fill.getAttribute('href')).toBe(`#/session/${encodeURIComponent(session.id)}/waitlist`)

    fill.focus()
    await userEvent.keyboard('{Enter}')
    const heading = await screen.findByRole('heading', { level: 3, name: 'Waitlist (1)' })
    await waitFor(() => expect(document.activeElement).toBe(heading))
    screen.getByRole('button', { name: 'Move Wendy Waite from waitlist to booked' })
  })
})

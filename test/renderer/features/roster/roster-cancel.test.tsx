import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { cancelInputSchema } from '@shared/ipc/bookings'
import type { RosterEntry, SessionRoster } from '../../../../renderer/src/queries/roster-view'
import type { BookingsGateway } from '../../../../renderer/src/sync/gateway'
import { rememberKeyLacks } from '../../../../renderer/src/sync/key-permissions'
import { usePreferences } from '../../../../renderer/src/state/preferences'
import { gatewayOver } from '../../../integration/sync/demo-gateway'
import { serviceOf } from '../../../demo-site/seed-lookups'
import { openDeskHarness } from '../../desk/desk-harness'
import { findToastButton } from '../../desk/toast-buttons'
import { bookedRow, findRoster, rosterPath, serverBooking, sessionSaid } from './roster-helpers'

/**
 * Cancel at the desk (issue 21), from a roster row, by role and name: asks first in the Cancel dialog (whom,
 * which session, notify or not, a note), is shown at once, held for the undo window (the toast's Undo), then
 * sent with the business's cancellation policy respected — or, where the desk knows the cancel falls inside
 * the service's window, the dialog says so and offers "Cancel anyway" if the key may. The demo clock is
 * pinned (Tuesday 2026-03-10, 10:20 in Chicago: desk-harness.tsx).
 */
const harness = await openDeskHarness()
const { demo } = harness
const HOUR = 3_600_000

type CancelInput = z.infer<typeof cancelInputSchema>

afterEach(() => usePreferences.setState({ notifyCustomers: true }))

/** The demo site's gateway, recording the cancels main received. */
function recordingCancels() {
  const real = gatewayOver(demo)
  const cancels: CancelInput[] = []
  const gateway: BookingsGateway = {
    ...real,
    bookings: {
      ...real.bookings,
      cancel: (input) => {
        cancels.push(input)
        return real.bookings.cancel(input)
      },
    },
  }
  return { gateway, cancels }
}

/** Whether a cancel of this booked person now falls inside their service's cancellation window. */
function inside(entry: RosterEntry): boolean {
  const booking = entry.booking.server?.booking
  if (!booking) return false
  const window = serviceOf(demo.state(), booking).cancellationWindowHours * HOUR
  return harness.now() >= Date.parse(booking.startDate) - window
}

/** A class ahead with a booked person (alone, uniquely named) whose cancel falls inside or outside the window. */
async function personToCancel(
  db: Parameters<typeof findRoster>[0],
  insideWindow: boolean,
): Promise<{ roster: SessionRoster; entry: RosterEntry }> {
  let found: RosterEntry | undefined
  const roster = await findRoster(
    db,
    harness.timeZone,
    (r) => {
      if (r.session.kind !== 'CLASS') return false
      found = r.attendees.find(
        (e) =>
          e.attendance === 'NOT_SET' &&
          !e.booking.server?.booking.multiServiceBookingInfo &&
          inside(e) === insideWindow &&
          r.attendees.filter((o) => o.name === e.name).length === 1,
      )
      return found !== undefined
    },
    { from: new Date(harness.now()).toISOString() },
  )
  return { roster, entry: found! }
}

/** Presses "Cancel booking" on the person's Booked row and returns the dialog that asks first. */
async function openCancelDialog(entry: RosterEntry): Promise<HTMLElement> {
  await userEvent.click(
    within(bookedRow(entry.name)).getByRole('button', { name: `Cancel booking for ${entry.name}` }),
  )
  return screen.findByRole('dialog', { name: `Cancel ${entry.name}'s booking` })
}

describe('cancel from the roster', { timeout: 30_000 }, () => {
  it('asks first, shows it at once, holds it for the undo window, then sends it with the policy respected', async () => {
    const { gateway, cancels } = recordingCancels()
    const desk = await harness.freshDesk({ gateway })
    const { roster, entry } = await personToCancel(desk.db, false)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await screen.findByRole('list', { name: 'Booked' })
    const dialog = await openCancelDialog(entry)
    within(dialog).getByText(new RegExp(`^${roster.session.title} · `))
    expect(within(dialog).queryByRole('note')).toBeNull()
    // "Keep booking" does nothing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep booking' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await desk.db.outbox.count()).toBe(0)

    const again = await openCancelDialog(entry)
    await userEvent.type(
      within(again).getByRole('textbox', { name: 'Message to the customer' }),
      'The class is moved',
    )
    await userEvent.click(within(again).getByRole('button', { name: 'Cancel booking' }))

    const words = `Canceled ${entry.name}'s booking for ${sessionSaid(roster.session, harness.timeZone)}`
    // Said (the live region may say it a moment before the toast is drawn), and offered for undo.
    await screen.findByText(words)
    await screen.findByRole('button', { name: `Undo: ${words}` })
    // Applied at once, offline or not: the person has left the Booked list.
    await waitFor(() => expect(() => bookedRow(entry.name)).toThrow())
    await desk.engine.pushNow()
    expect(cancels).toEqual([])
    expect(serverBooking(demo, entry.booking.id).status).toBe('CONFIRMED')

    demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(serverBooking(demo, entry.booking.id).status).toBe('CANCELED')
    expect(cancels).toEqual([
      expect.objectContaining({
        bookingId: entry.booking.id,
        message: { notify: true, message: 'The class is moved' },
      }),
    ])
    expect(cancels[0]?.anyway).toBeUndefined()
    // The Activity line names the session, and ends synced.
    const lines = await desk.db.activity.toArray()
    expect(lines.filter((l) => l.bookingId === entry.booking.id)).toEqual([
      expect.objectContaining({ summary: words, outcome: 'synced', staff: expect.any(String) }),
    ])
  })

  it('opens from the keyboard with C, and the toast’s Undo takes it back before it is sent', async () => {
    const { gateway, cancels } = recordingCancels()
    const desk = await harness.freshDesk({ gateway })
    const { roster, entry } = await personToCancel(desk.db, false)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    const primary = await screen.findByRole('button', { name: `Check in ${entry.name}` })
    act(() => primary.focus())
    await userEvent.keyboard('c')
    const dialog = await screen.findByRole('dialog', { name: `Cancel ${entry.name}'s booking` })
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel booking' })),
    )
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const words = `Canceled ${entry.name}'s booking for ${sessionSaid(roster.session, harness.timeZone)}`
    await userEvent.click(await findToastButton(`Undo: ${words}`))
    await waitFor(() => bookedRow(entry.name))
    demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(cancels).toEqual([])
    expect(await desk.db.outbox.toArray()).toEqual([expect.objectContaining({ state: 'discarded' })])
  })

  it('says before sending when the cancel falls inside the window, and cancels anyway where the key may', async () => {
    const { gateway, cancels } = recordingCancels()
    const desk = await harness.freshDesk({ gateway })
    const { roster, entry } = await personToCancel(desk.db, true)
    const hours = serviceOf(demo.state(), entry.booking.server!.booking).cancellationWindowHours
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await screen.findByRole('list', { name: 'Booked' })
    const dialog = await openCancelDialog(entry)
    const note = await within(dialog).findByRole('note')
    expect(note.textContent).toContain(
      `allows no cancellation later than ${hours} hours before the start, and this booking is inside that window`,
    )
    expect(note.textContent).toContain('Cancel anyway cancels it over the policy.')
    expect(within(dialog).queryByRole('button', { name: 'Cancel booking' })).toBeNull()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel anyway' }))
    await screen.findByText(
      `Canceled anyway: ${entry.name}'s booking for ${sessionSaid(roster.session, harness.timeZone)}`,
    )
    demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(cancels).toEqual([expect.objectContaining({ bookingId: entry.booking.id, anyway: true })])
    expect(serverBooking(demo, entry.booking.id).status).toBe('CANCELED')
  })

  it('offers no "Cancel anyway" once the key is known to lack the permission, and says what to do', async () => {
    const desk = await harness.freshDesk()
    const { roster, entry } = await personToCancel(desk.db, true)
    await rememberKeyLacks(desk.db, harness.site.keyId, 'ignoreBookingPolicy')
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await screen.findByRole('list', { name: 'Booked' })
    const dialog = await openCancelDialog(entry)
    const note = await within(dialog).findByRole('note')
    expect(note.textContent).toContain('BOOKINGS.IGNORE_BOOKING_POLICY')
    expect(note.textContent).toContain("in Wix's dashboard")
    expect(within(dialog).queryByRole('button', { name: 'Cancel anyway' })).toBeNull()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel booking' }))
    demo.advanceClock(10_000)
    await desk.engine.pushNow()
    // Wix refuses it for the policy: Needs attention, the booking back as on Wix, no "Cancel anyway" there.
    expect(serverBooking(demo, entry.booking.id).status).toBe('CONFIRMED')
    await waitFor(() => bookedRow(entry.name))
    window.location.hash = '/attention'
    const card = await screen.findByRole('article', { name: new RegExp(`^Canceled ${entry.name}'s booking`) })
    within(card).getByText(/closed cancellations for/)
    within(card).getByText(/so Rollcall does not offer "Cancel anyway"/)
    expect(within(card).queryByRole('button', { name: /^Cancel anyway/ })).toBeNull()
  })
})

describe('Needs attention: a cancel the policy refused', { timeout: 30_000 }, () => {
  it('offers "Cancel anyway", which sends it over the policy', async () => {
    const desk = await harness.freshDesk()
    const { entry } = await personToCancel(desk.db, true)
    await desk.engine.actions.cancel(entry.booking.id)
    demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(serverBooking(demo, entry.booking.id).status).toBe('CONFIRMED')
    harness.renderDesk(desk, { path: '/attention' })
    const card = await screen.findByRole('article', { name: new RegExp(`^Canceled ${entry.name}'s booking`) })
    await userEvent.click(within(card).getByRole('button', { name: /^Cancel anyway: Canceled / }))
    await waitFor(async () =>
      expect((await desk.db.outbox.toArray())[0]).toMatchObject({ state: 'queued', args: { anyway: true } }),
    )
    await desk.engine.pushNow()
    expect(serverBooking(demo, entry.booking.id).status).toBe('CANCELED')
  })
})

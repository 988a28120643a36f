import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { usePreferences } from '../../../../renderer/src/state/preferences'
import { useShellStore } from '../../../../renderer/src/frame/shell-store'
import { openDeskHarness } from '../../desk/desk-harness'
import {
  bookedRow,
  classToday,
  findRoster,
  recordingGateway,
  rosterPath,
  serverAttendance,
  serverBooking,
  syncStatus,
  sessionSaid,
} from './roster-helpers'

const harness = await openDeskHarness()
const upcoming = () => ({ from: new Date(harness.now()).toISOString() })

afterEach(() => usePreferences.setState({ notifyCustomers: true }))

function pendingList(): HTMLElement {
  const section = screen.getByRole('heading', { name: /^Pending requests/ }).closest('section')
  if (!section) throw new Error('no pending section')
  return within(section).getByRole('list')
}

describe('the roster: pending requests', { timeout: 20_000 }, () => {
  it('lists the requests oldest first', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.pending.length >= 3)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await screen.findByRole('heading', { name: `Pending requests (${roster.pending.length})` })
    const names = within(pendingList())
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.roster-item__name')?.textContent)
    const oldestFirst = [...roster.pending].sort((a, b) =>
      a.booking.createdDate.localeCompare(b.booking.createdDate),
    )
    expect(names).toEqual(oldestFirst.map((e) => e.name))
  })

  it('confirms with a message and a notification: held for the undo window, then confirmed on Wix', async () => {
    const { gateway, calls } = recordingGateway(harness.demo)
    const desk = await harness.freshDesk({ gateway })
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.pending.length > 0, upcoming())
    const ada = roster.pending[0]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Confirm booking for ${ada.name}` }))

    const dialog = await screen.findByRole('dialog', { name: `Confirm ${ada.name}'s booking` })
    within(dialog).getByText(new RegExp(`^${roster.session.title} · `))
    const primary = within(dialog).getByRole('button', { name: 'Confirm booking' })
    await waitFor(() => expect(document.activeElement).toBe(primary))
    const notify = within(dialog).getByRole<HTMLInputElement>('switch', { name: 'Notify the customer' })
    expect(notify.checked).toBe(true)
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Message to the customer' }),
      'See you at the studio!',
    )
    await userEvent.click(primary)

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await screen.findByText(`Confirmed ${ada.name} for ${sessionSaid(roster.session, harness.timeZone)}`)
    await waitFor(() => within(bookedRow(ada.name)).getByText('Waiting to sync'))
    expect(screen.queryByRole('button', { name: `Confirm booking for ${ada.name}` })).toBeNull()

    await desk.engine.pushNow()
    expect(serverBooking(harness.demo, ada.booking.id).status).toBe('PENDING')
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(serverBooking(harness.demo, ada.booking.id).status).toBe('CONFIRMED')
    expect(calls.confirm).toEqual([
      expect.objectContaining({
        bookingId: ada.booking.id,
        message: { notify: true, message: 'See you at the studio!' },
      }),
    ])
  })

  it('declines without notifying when the desk prefers so; Cancel does nothing', async () => {
    usePreferences.setState({ notifyCustomers: false })
    const { gateway, calls } = recordingGateway(harness.demo)
    const desk = await harness.freshDesk({ gateway })
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.pending.length > 0, upcoming())
    const ben = roster.pending[0]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })

    await userEvent.click(await screen.findByRole('button', { name: `Decline booking for ${ben.name}` }))
    let dialog = await screen.findByRole('dialog', { name: `Decline ${ben.name}'s booking` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await desk.db.outbox.count()).toBe(0)

    await userEvent.click(screen.getByRole('button', { name: `Decline booking for ${ben.name}` }))
    dialog = await screen.findByRole('dialog', { name: `Decline ${ben.name}'s booking` })
    const notify = within(dialog).getByRole<HTMLInputElement>('switch', { name: 'Notify the customer' })
    expect(notify.checked).toBe(false)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline booking' }))
    await screen.findByText(`Declined ${ben.name} for ${sessionSaid(roster.session, harness.timeZone)}`)
    await userEvent.click(await screen.findByText(/^Canceled and declined/))
    const record = screen.getByRole('region', { name: 'Canceled and declined' })
    const item = within(record)
      .getAllByRole('listitem')
      .find((li) => within(li).queryByText(ben.name))
    expect(item, `${ben.name} in Canceled and declined`).toBeDefined()
    within(item!).getByText('Declined')
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(serverBooking(harness.demo, ben.booking.id).status).toBe('DECLINED')
    expect(calls.decline).toEqual([
      expect.objectContaining({ bookingId: ben.booking.id, message: { notify: false } }),
    ])
  })

  it('confirms from the keyboard with Enter, Enter', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.pending.length > 0, upcoming())
    const cy = roster.pending[0]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    const confirm = await screen.findByRole('button', { name: `Confirm booking for ${cy.name}` })
    act(() => confirm.focus())
    await userEvent.keyboard('{Enter}')
    const dialog = await screen.findByRole('dialog', { name: `Confirm ${cy.name}'s booking` })
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Confirm booking' })),
    )
    await userEvent.keyboard('{Enter}')
    await screen.findByText(`Confirmed ${cy.name} for ${sessionSaid(roster.session, harness.timeZone)}`)
    const [entry] = await desk.db.outbox.toArray()
    expect(entry).toMatchObject({ intent: 'confirm', bookingId: cy.booking.id, state: 'queued' })
  })
})

describe('the roster offline and in conflict', { timeout: 20_000 }, () => {
  it('records actions offline: shown as waiting, sent when the line is back', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db, 1)
    const pending = await findRoster(desk.db, harness.timeZone, (r) => r.pending.length > 0, upcoming())
    const dana = roster.attendees[0]!
    const eve = pending.pending[0]!
    desk.engine.setOnline(false)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    act(() => useShellStore.setState({ browserOnline: false }))

    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    await waitFor(() => within(bookedRow(dana.name)).getByText('Waiting to sync'))
    await waitFor(() => expect(syncStatus().textContent).toBe('Offline · 1 change waiting'))

    window.location.hash = rosterPath(pending.session.id)
    await userEvent.click(await screen.findByRole('button', { name: `Confirm booking for ${eve.name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Confirm ${eve.name}'s booking` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm booking' }))
    await waitFor(() => within(bookedRow(eve.name)).getByText('Waiting to sync'))
    await waitFor(() => expect(syncStatus().textContent).toBe('Offline · 2 changes waiting'))

    desk.engine.setOnline(true)
    act(() => useShellStore.setState({ browserOnline: true }))
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, dana.booking.id, roster.session.id)?.status).toBe('ATTENDED')
    expect(serverBooking(harness.demo, eve.booking.id).status).toBe('CONFIRMED')
    await waitFor(() => expect(syncStatus().textContent).toBe('All changes synced'))
  })

  it('shows a confirm the customer overtook by canceling: the row ends up Canceled, needing attention', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(desk.db, harness.timeZone, (r) => r.pending.length > 0, upcoming())
    const fay = roster.pending[0]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Confirm booking for ${fay.name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Confirm ${fay.name}'s booking` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm booking' }))
    await waitFor(() => within(bookedRow(fay.name)).getByText('Waiting to sync'))

    harness.demo.world.customerCancels(fay.booking.id)
    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()

    await waitFor(() => expect(syncStatus().textContent).toContain('1 needs attention'))
    await userEvent.click(await screen.findByText(/^Canceled and declined/))
    const canceled = screen.getByRole('region', { name: 'Canceled and declined' })
    const item = within(canceled)
      .getAllByRole('listitem')
      .find((li) => within(li).queryByText(fay.name))
    expect(item).toBeDefined()
    within(item!).getByText('Canceled')
    within(item!).getByRole('link', { name: 'Needs attention' })
    expect(screen.queryByRole('button', { name: `Check in ${fay.name}` })).toBeNull()
    expect(serverBooking(harness.demo, fay.booking.id).status).toBe('CANCELED')
  })
})

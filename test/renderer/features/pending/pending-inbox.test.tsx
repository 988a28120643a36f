import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { formatBusinessDay } from '@shared/domain/business-day'
import { personName } from '../../../../renderer/src/db/booking-rows'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { createSyncEngine } from '../../../../renderer/src/sync/engine'
import { inProcessLocks } from '../../../../renderer/src/sync/sync-lock'
import { gatewayOver } from '../../../integration/sync/demo-gateway'
import { openDeskHarness } from '../../desk/desk-harness'

const harness = await openDeskHarness()

function requests(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Pending requests' })).getAllByRole('listitem')
}

const nameOf = (row: HTMLElement) => row.querySelector('.request__name')?.textContent

/** The position (data-index) of the row holding the focus. */
const rowOfFocus = () => document.activeElement?.closest('[data-index]')?.getAttribute('data-index')

/** How many requests in the list are from `name` (a customer may have asked for more than one session). */
const requestsFrom = (name: string) => requests().filter((row) => nameOf(row) === name).length

describe('the pending inbox', { timeout: 20_000 }, () => {
  it('lists every pending request in the store, oldest first', async () => {
    const desk = await harness.freshDesk()
    const pending = await desk.db.bookings.where('status').equals('PENDING').toArray()
    expect(pending.length).toBeGreaterThan(3)
    const oldestFirst = pending.sort((a, b) => a.createdDate.localeCompare(b.createdDate))
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('heading', { level: 2, name: 'Pending requests' })
    await screen.findByRole('list', { name: 'Pending requests' })
    const rows = requests()
    expect(rows[0]?.getAttribute('aria-setsize')).toBe(String(pending.length))
    expect(rows.map(nameOf)).toEqual(oldestFirst.slice(0, rows.length).map((b) => personName(b.contact)))
    screen.getByText(`${pending.length} requests, oldest first`)
  })

  it('shows each request with its session, payment and waiting time, and links to the roster', async () => {
    const desk = await harness.freshDesk()
    const [oldest] = await desk.db.bookings.where('status').equals('PENDING').sortBy('createdDate')
    if (!oldest?.eventId) throw new Error('a class request needed')
    const event = (await desk.db.events.get(oldest.eventId))!
    const title = event.server.title ?? ''
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('list', { name: 'Pending requests' })
    const row = requests()[0]!
    expect(nameOf(row)).toBe(personName(oldest.contact))
    within(row).getByText(/^Requested (\d+ \w+ ago|yesterday|on \w+ \d+)$/)
    const link = within(row).getByRole('link', { name: new RegExp(`^${title}, `) })
    expect(link.textContent).toContain(formatBusinessDay(event.day))
    await userEvent.click(link)
    expect(window.location.hash).toBe('#/session/' + encodeURIComponent(event.id))
    await screen.findByRole('heading', { level: 2, name: title })
    await screen.findByRole('button', { name: `Confirm booking for ${personName(oldest.contact)}` })
  })

  it('confirms a request from the inbox: it leaves the list, and Wix confirms it after the undo window', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('list', { name: 'Pending requests' })
    const before = requests().length
    const [, second] = await desk.db.bookings.where('status').equals('PENDING').sortBy('createdDate')
    const row = requests()[1]!
    const name = nameOf(row)!
    expect(name).toBe(personName(second!.contact))
    const fromThem = requestsFrom(name)
    await userEvent.click(within(row).getByRole('button', { name: `Confirm booking for ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Confirm ${name}'s booking` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm booking' }))
    await screen.findByText(`Confirmed ${name}`)
    await waitFor(() => expect(requests()).toHaveLength(before - 1))
    expect(requestsFrom(name)).toBe(fromThem - 1)
    expect(await desk.db.bookings.get(second!.id)).toMatchObject({ status: 'CONFIRMED', pendingIntents: 1 })

    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(harness.demo.state().bookings.find((b) => b.id === second!.id)?.status).toBe('CONFIRMED')
  })

  it('declines a request from the inbox through the same dialog', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('list', { name: 'Pending requests' })
    const before = requests().length
    const name = nameOf(requests()[0]!)!
    const fromThem = requestsFrom(name)
    await userEvent.click(within(requests()[0]!).getByRole('button', { name: `Decline booking for ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Decline ${name}'s booking` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline booking' }))
    await screen.findByText(`Declined ${name}`)
    await waitFor(() => expect(requests()).toHaveLength(before - 1))
    expect(requestsFrom(name)).toBe(fromThem - 1)
    const entry = (await desk.db.outbox.toArray())[0]
    expect(entry).toMatchObject({ intent: 'decline', args: { message: { notify: true } } })
  })

  it('works through the queue from the keyboard: Enter, Enter, and the focus moves on to the next request', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('list', { name: 'Pending requests' })
    const [first, second] = requests().map(nameOf)
    const confirmFirst = within(requests()[0]!).getByRole('button', { name: `Confirm booking for ${first}` })
    act(() => confirmFirst.focus())
    await userEvent.keyboard('{Enter}')
    const dialog = await screen.findByRole('dialog', { name: `Confirm ${first}'s booking` })
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Confirm booking' })),
    )
    await userEvent.keyboard('{Enter}')
    await screen.findByText(`Confirmed ${first}`)
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(`Confirm booking for ${second}`),
    )
    expect(rowOfFocus()).toBe('0')
    await userEvent.keyboard('{ArrowDown}')
    await waitFor(() => expect(rowOfFocus()).toBe('1'))
  })

  it('says so when nothing is waiting', async () => {
    const db = new RollcallDb(`inbox-empty-${process.pid}`)
    const engine = createSyncEngine({
      db,
      gateway: gatewayOver(harness.demo),
      timeZone: () => harness.timeZone,
      staff: () => 'Front desk',
      now: harness.now,
      locks: inProcessLocks(),
    })
    harness.renderDesk({ db, engine }, { path: '/pending' })
    await screen.findByText('No pending requests')
    expect(screen.queryByRole('list', { name: 'Pending requests' })).toBeNull()
    db.close()
  })
})

import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { formatBusinessDay } from '@shared/domain/business-day'
import { personName } from '../../../../renderer/src/db/booking-rows'
import type { BookingRow } from '../../../../renderer/src/db/rows'
import { visitIdOf } from '../../../../renderer/src/queries/visits'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { createSyncEngine } from '../../../../renderer/src/sync/engine'
import { inProcessLocks } from '../../../../renderer/src/sync/sync-lock'
import { gatewayOver } from '../../../integration/sync/demo-gateway'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'
import { sessionSaidIn } from '../roster/roster-helpers'

/** " for Vinyasa Flow · Tue 9:00 AM" after a decision's words, when the request has a session (else ""). */
async function forSession(desk: Desk, eventId: string | null): Promise<string> {
  const session = await sessionSaidIn(desk.db, eventId, harness.timeZone)
  return session ? `for ${session}` : ''
}
const harness = await openDeskHarness()

function requests(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Pending requests' })).getAllByRole('listitem')
}

const nameOf = (row: HTMLElement) => row.querySelector('.request__name')?.textContent

/** The position (data-index) of the row holding the focus. */
const rowOfFocus = () => document.activeElement?.closest('[data-index]')?.getAttribute('data-index')

/** How many requests the whole list holds (a virtual list: only the rows in view are in the DOM). */
const listSize = () => Number(requests()[0]?.getAttribute('aria-setsize'))

/**
 * The inbox's items from the store's PENDING bookings, oldest first: a multi-service visit is one item, where
 * its oldest request stands (issue 19 case 4).
 */
function inboxItems(pending: BookingRow[]): BookingRow[] {
  const seen = new Set<string>()
  return pending
    .sort((a, b) => a.createdDate.localeCompare(b.createdDate))
    .filter((booking) => {
      const visit = visitIdOf(booking)
      if (!visit) return true
      if (seen.has(visit)) return false
      seen.add(visit)
      return true
    })
}

describe('the pending inbox', { timeout: 20_000 }, () => {
  it('lists every pending request in the store, oldest first, a visit once', async () => {
    const desk = await harness.freshDesk()
    const pending = await desk.db.bookings.where('status').equals('PENDING').toArray()
    const oldestFirst = inboxItems(pending)
    expect(oldestFirst.length).toBeGreaterThan(3)
    // The demo site seeds multi-service visits among the requests: each is one item, not one per part.
    expect(oldestFirst.length).toBeLessThan(pending.length)
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('heading', { level: 2, name: 'Pending requests' })
    await screen.findByRole('list', { name: 'Pending requests' })
    const rows = requests()
    expect(listSize()).toBe(oldestFirst.length)
    expect(rows.map(nameOf)).toEqual(oldestFirst.slice(0, rows.length).map((b) => personName(b.contact)))
    screen.getByText(`${oldestFirst.length} requests, oldest first`)
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
    const before = listSize()
    const inView = requests().map(nameOf)
    const [, second] = inboxItems(await desk.db.bookings.where('status').equals('PENDING').toArray())
    // A booking on its own (a visit is confirmed as a whole: visit-confirm.test.tsx).
    expect(visitIdOf(second!)).toBeNull()
    const row = requests()[1]!
    const name = nameOf(row)!
    expect(name).toBe(personName(second!.contact))
    await userEvent.click(within(row).getByRole('button', { name: `Confirm booking for ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Confirm ${name}'s booking` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm booking' }))
    await screen.findByText(`Confirmed ${name} ${await forSession(desk, second!.eventId)}`.trimEnd())
    await waitFor(() => expect(listSize()).toBe(before - 1))
    // That request left, the rest moved up one.
    expect(
      requests()
        .map(nameOf)
        .slice(0, inView.length - 1),
    ).toEqual(inView.toSpliced(1, 1))
    expect(await desk.db.bookings.get(second!.id)).toMatchObject({ status: 'CONFIRMED', pendingIntents: 1 })

    harness.demo.advanceClock(10_000)
    await desk.engine.pushNow()
    expect(harness.demo.state().bookings.find((b) => b.id === second!.id)?.status).toBe('CONFIRMED')
  })

  it('declines a request from the inbox through the same dialog', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('list', { name: 'Pending requests' })
    const before = listSize()
    const inView = requests().map(nameOf)
    const [oldest] = inboxItems(await desk.db.bookings.where('status').equals('PENDING').toArray())
    expect(visitIdOf(oldest!)).toBeNull()
    const name = nameOf(requests()[0]!)!
    await userEvent.click(within(requests()[0]!).getByRole('button', { name: `Decline booking for ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Decline ${name}'s booking` })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline booking' }))
    await screen.findByText(`Declined ${name} ${await forSession(desk, oldest!.eventId)}`.trimEnd())
    await waitFor(() => expect(listSize()).toBe(before - 1))
    expect(
      requests()
        .map(nameOf)
        .slice(0, inView.length - 1),
    ).toEqual(inView.slice(1))
    const entry = (await desk.db.outbox.toArray())[0]
    expect(entry).toMatchObject({ intent: 'decline', args: { message: { notify: true } } })
  })

  it('works through the queue from the keyboard: Enter, Enter, and the focus moves on to the next request', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/pending' })
    await screen.findByRole('list', { name: 'Pending requests' })
    const [first, second] = requests().map(nameOf)
    const firstBooking = (await desk.db.bookings.where('status').equals('PENDING').toArray()).find(
      (b) => personName(b.contact) === first,
    )
    const confirmFirst = within(requests()[0]!).getByRole('button', { name: `Confirm booking for ${first}` })
    act(() => confirmFirst.focus())
    await userEvent.keyboard('{Enter}')
    const dialog = await screen.findByRole('dialog', { name: `Confirm ${first}'s booking` })
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Confirm booking' })),
    )
    await userEvent.keyboard('{Enter}')
    await screen.findByText(
      `Confirmed ${first} ${await forSession(desk, firstBooking?.eventId ?? null)}`.trimEnd(),
    )
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

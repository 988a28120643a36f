// Time is pinned here: the dates below are fixed data or the demo site's pinned clock, never the machine's date
// or zone (npm run test:clocks runs this file under moved clocks and zones).
import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { personName } from '../../../../renderer/src/db/booking-rows'
import type { BookingRow } from '../../../../renderer/src/db/rows'
import { DEFAULT_STAFF_NAME, usePreferences } from '../../../../renderer/src/state/preferences'
import { DEFAULT_WINDOW } from '../../../../renderer/src/sync/sync-window'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'
import { sessionSaidIn } from '../roster/roster-helpers'

const harness = await openDeskHarness()
const { demo } = harness

const deskTime = (ms: number) =>
  new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: harness.timeZone }).format(
    ms,
  )

async function bookings(desk: Desk, status: string, count: number): Promise<BookingRow[]> {
  const rows = (await desk.db.bookings.where('status').equals(status).toArray()).filter(
    (b) => b.eventId && b.contact.firstName && b.contact.lastName,
  )
  if (rows.length < count) throw new Error(`not enough ${status} bookings in the window`)
  return rows.slice(0, count)
}

const target = (b: BookingRow) => ({ bookingId: b.id, eventId: b.eventId ?? '' })

function logRows(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Activity log' })).getAllByRole('listitem')
}

const texts = () => logRows().map((row) => row.textContent ?? '')

afterEach(() => {
  usePreferences.setState({ staffName: DEFAULT_STAFF_NAME, window: DEFAULT_WINDOW, notifyCustomers: true })
})

describe('the activity log', { timeout: 20_000 }, () => {
  it('shows who did what and when, newest first, and how it ends once pushed', async () => {
    usePreferences.getState().setStaffName('Maya')
    const desk = await harness.freshDesk()
    const [confirmed] = await bookings(desk, 'CONFIRMED', 1)
    const [pending] = await bookings(desk, 'PENDING', 1)
    if (!confirmed || !pending) throw new Error('missing bookings')
    const checkedInAt = harness.now()
    await desk.engine.actions.checkIn([target(confirmed)])
    demo.advanceClock(60_000)
    const confirmedAt = harness.now()
    await desk.engine.actions.confirm(pending.id)
    harness.renderDesk(desk, { path: '/activity' })

    await screen.findByRole('heading', { level: 2, name: 'Activity' })
    await waitFor(() => expect(logRows()).toHaveLength(2))
    // Each line names the session too (issue 21).
    const checkedInto = await sessionSaidIn(desk.db, confirmed.eventId, harness.timeZone)
    const confirmedFor = await sessionSaidIn(desk.db, pending.eventId, harness.timeZone)
    const checkIn = `Checked in ${personName(confirmed.contact)} to ${checkedInto}`
    const confirm = `Confirmed ${personName(pending.contact)} for ${confirmedFor}`
    expect(texts()).toEqual([
      `${deskTime(confirmedAt)}Maya${confirm}Waiting to sync`,
      `${deskTime(checkedInAt)}Maya${checkIn}Waiting to sync`,
    ])

    // The check-in goes out at once; the confirm is held for its undo window.
    await act(() => desk.engine.pushNow())
    await waitFor(() => expect(texts()[1]).toContain('Synced'))
    expect(texts()[0]).toContain('Waiting to sync')

    demo.advanceClock(10_000)
    await act(() => desk.engine.pushNow())
    await waitFor(() => expect(texts()[0]).toBe(`${deskTime(confirmedAt)}Maya${confirm}Synced`))
  })

  it('says why a change needs attention, and filters by outcome', async () => {
    const desk = await harness.freshDesk()
    const [confirmed] = await bookings(desk, 'CONFIRMED', 1)
    const [pending] = await bookings(desk, 'PENDING', 1)
    if (!confirmed || !pending) throw new Error('missing bookings')
    await desk.engine.actions.checkIn([target(confirmed)])
    await desk.engine.actions.confirm(pending.id)
    demo.world.customerCancels(pending.id)
    demo.advanceClock(10_000)
    await desk.engine.pushNow()
    harness.renderDesk(desk, { path: '/activity' })

    await waitFor(() => expect(logRows()).toHaveLength(2))
    const name = personName(pending.contact)
    const conflict = logRows()[0] as HTMLElement
    expect(conflict.textContent).toContain(`Confirmed ${name}`)
    within(conflict).getByText('Needs attention')
    within(conflict).getByText(`${name} canceled at ${deskTime(harness.now())} before your confirm arrived`)

    const outcome = screen.getByRole('radiogroup', { name: 'Outcome' })
    await userEvent.click(within(outcome).getByRole('radio', { name: 'Synced' }))
    await waitFor(() => expect(logRows()).toHaveLength(1))
    expect(texts()[0]).toContain(`Checked in ${personName(confirmed.contact)}`)

    await userEvent.click(within(outcome).getByRole('radio', { name: 'Needs attention' }))
    await waitFor(() => expect(texts()).toHaveLength(1))
    expect(texts()[0]).toContain(`Confirmed ${name}`)

    await userEvent.click(within(outcome).getByRole('radio', { name: 'Waiting' }))
    await screen.findByText('Nothing in the log matches these filters.')

    // Discarding it from Needs attention shows here as Discarded.
    const [entry] = await desk.db.outbox.where('state').equals('conflict').toArray()
    await act(() => desk.engine.actions.discard(entry?.mutationId ?? ''))
    await userEvent.click(within(outcome).getByRole('radio', { name: 'Discarded' }))
    await waitFor(() => expect(texts()).toHaveLength(1))
    expect(texts()[0]).toContain(`Confirmed ${name}`)
    within(logRows()[0] as HTMLElement).getByText('Discarded')

    await userEvent.click(within(outcome).getByRole('radio', { name: 'All' }))
    await waitFor(() => expect(logRows()).toHaveLength(2))
  })

  it('shows a change taken back with Undo before it was sent as Undone, not Discarded', async () => {
    const desk = await harness.freshDesk()
    const [pending] = await bookings(desk, 'PENDING', 1)
    if (!pending) throw new Error('missing bookings')
    // The confirm is held for its undo window (the demo clock is pinned): Undo drops it from the queue.
    const { recorded, words } = await desk.engine.actions.confirm(pending.id)
    await desk.engine.actions.undo(recorded, words)
    harness.renderDesk(desk, { path: '/activity' })

    await waitFor(() => expect(logRows()).toHaveLength(1))
    const row = logRows()[0] as HTMLElement
    expect(row.textContent).toContain(`Confirmed ${personName(pending.contact)}`)
    within(row).getByText('Undone')
    expect(within(row).queryByText('Discarded')).toBeNull()

    const outcome = screen.getByRole('radiogroup', { name: 'Outcome' })
    await userEvent.click(within(outcome).getByRole('radio', { name: 'Discarded' }))
    await screen.findByText('Nothing in the log matches these filters.')
    await userEvent.click(within(outcome).getByRole('radio', { name: 'Undone' }))
    await waitFor(() => expect(logRows()).toHaveLength(1))
  })

  it('filters by staff once more than one person has acted', async () => {
    usePreferences.getState().setStaffName('Maya')
    const desk = await harness.freshDesk()
    const people = await bookings(desk, 'CONFIRMED', 3)
    await desk.engine.actions.checkIn(people.slice(0, 1).map(target))
    harness.renderDesk(desk, { path: '/activity' })
    await waitFor(() => expect(logRows()).toHaveLength(1))
    expect(screen.queryByRole('combobox', { name: 'Staff' })).toBeNull()

    usePreferences.getState().setStaffName('Sam')
    await act(() => desk.engine.actions.checkIn(people.slice(1, 3).map(target)))
    const staff = await screen.findByRole('combobox', { name: 'Staff' })
    expect(
      within(staff)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Everyone', 'Maya', 'Sam'])
    expect(logRows()).toHaveLength(3)

    await userEvent.selectOptions(staff, 'Maya')
    await waitFor(() => expect(logRows()).toHaveLength(1))
    expect(texts()[0]).toContain(`Maya`)
    expect(texts()[0]).toContain(`Checked in ${people[0] ? personName(people[0].contact) : '?'}`)

    await userEvent.selectOptions(staff, 'Sam')
    await waitFor(() => expect(logRows()).toHaveLength(2))
    expect(texts().every((t) => t.includes('Sam'))).toBe(true)
  })

  it('names the day when it is not today, in the business’s time zone', async () => {
    const desk = await harness.freshDesk()
    // 4:10 PM in Chicago the day before the demo clock's today (2026-03-10), and a week before that.
    await desk.db.activity.bulkAdd([
      {
        at: '2026-03-02T22:10:00.000Z',
        staff: 'Sam',
        mutationId: null,
        summary: 'Checked in Old Friend',
        outcome: 'synced',
        detail: null,
      },
      {
        at: '2026-03-09T21:10:00.000Z',
        staff: 'Sam',
        mutationId: null,
        summary: 'Checked in Ada Park',
        outcome: 'synced',
        detail: null,
      },
    ])
    harness.renderDesk(desk, { path: '/activity' })
    await waitFor(() => expect(logRows()).toHaveLength(2))
    expect(texts()).toEqual([
      'yesterday 4:10 PMSamChecked in Ada ParkSynced',
      'Mon, Mar 2, 4:10 PMSamChecked in Old FriendSynced',
    ])
  })

  it('keeps a long log in a virtual list: every entry counted, only those in view rendered', async () => {
    const desk = await harness.freshDesk()
    await desk.db.activity.bulkAdd(
      Array.from({ length: 600 }, (_, i) => ({
        at: new Date(Date.parse('2026-03-10T14:00:00.000Z') + i * 1000).toISOString(),
        staff: 'Maya',
        mutationId: null,
        summary: `Checked in Person ${i}`,
        outcome: 'synced' as const,
        detail: null,
      })),
    )
    harness.renderDesk(desk, { path: '/activity' })
    await waitFor(() => expect(logRows().length).toBeGreaterThan(0))
    const rows = logRows()
    expect(rows.length).toBeLessThan(100)
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('600')
    expect(rows[0]?.textContent).toContain('Checked in Person 599')
  })

  it('says so when nothing has been done yet', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: '/activity' })
    await screen.findByText('Nothing has been done at this desk yet.')
  })
})

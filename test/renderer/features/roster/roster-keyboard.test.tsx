import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { eventRow } from '../../../../renderer/src/db/event-rows'
import { RollcallDb } from '../../../../renderer/src/db/schema'
import { createSyncEngine } from '../../../../renderer/src/sync/engine'
import { inProcessLocks } from '../../../../renderer/src/sync/sync-lock'
import { writeSyncMemory } from '../../../../renderer/src/sync/sync-memory'
import { gatewayOver } from '../../../integration/sync/demo-gateway'
import { bookingRow, classBooking, classEvent } from '../../db/fixtures'
import { openDeskHarness } from '../../desk/desk-harness'
import {
  bookedRow,
  classToday,
  rosterPath,
  serverAttendance,
  sessionSaid,
  sessionSaidIn,
} from './roster-helpers'

const harness = await openDeskHarness()

function focused(): string | null {
  const active = document.activeElement
  return active instanceof HTMLElement ? (active.getAttribute('aria-label') ?? active.textContent) : null
}

describe('the roster from the keyboard', { timeout: 30_000 }, () => {
  it('moves with ↓/↑, checks in with Enter and Space, selects with X and marks a no-show with N', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db, 2)
    const [a, b] = roster.attendees
    if (!a || !b) throw new Error('two people needed')
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    const first = await screen.findByRole('button', { name: `Check in ${a.name}` })
    act(() => first.focus())

    await userEvent.keyboard('{ArrowDown}')
    await waitFor(() => expect(focused()).toBe(`Check in ${b.name}`))
    await userEvent.keyboard('{Enter}')
    await screen.findByText(`Checked in ${b.name} to ${sessionSaid(roster.session, harness.timeZone)}`)
    // The same button, now the undo: the focus stays put for the next key.
    await waitFor(() => expect(focused()).toBe(`Undo check-in for ${b.name}`))

    await userEvent.keyboard('x')
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: `Select ${b.name}` }).checked).toBe(true)
    screen.getByRole('button', { name: 'Check in selected (1)' })
    await userEvent.keyboard('X')
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: `Select ${b.name}` }).checked).toBe(false)

    await userEvent.keyboard('n')
    await waitFor(() => within(bookedRow(b.name)).getByText('No-show', { selector: '.fact' }))
    expect(focused()).toBe(`Check in ${b.name}`)

    await userEvent.keyboard('{ArrowUp}')
    await waitFor(() => expect(focused()).toBe(`Check in ${a.name}`))
    await userEvent.keyboard(' ')
    await waitFor(() => within(bookedRow(a.name)).getByText('Checked in'))

    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, a.booking.id, roster.session.id)?.status).toBe('ATTENDED')
    expect(serverAttendance(harness.demo, b.booking.id, roster.session.id)?.status).toBe('NOT_ATTENDED')
  })

  it('checks in as Enter goes down, once however long it is held, and its release does not undo it', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db, 1)
    const [a] = roster.attendees
    if (!a) throw new Error('one person needed')
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    const button = await screen.findByRole('button', { name: `Check in ${a.name}` })
    act(() => button.focus())

    // Down, then held so that it repeats three times, and not released yet: the check-in is shown while the
    // key is down (react-aria's Button waits for key-up), and the repeats press nothing more (an undo, then
    // a check-in again, and so on).
    await userEvent.keyboard('{Enter>4}')
    await waitFor(() => expect(focused()).toBe(`Undo check-in for ${a.name}`))
    within(bookedRow(a.name)).getByText('Checked in')
    // Released: nothing either.
    await userEvent.keyboard('{/Enter}')
    expect(focused()).toBe(`Undo check-in for ${a.name}`)
    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, a.booking.id, roster.session.id)?.status).toBe('ATTENDED')
    const recorded = await desk.db.activity.toArray()
    expect(recorded.filter((line) => line.bookingId === a.booking.id)).toHaveLength(1)
  })

  // 500 rows through fake-indexeddb take seconds on a loaded machine: the limit is a hang detector only.
  it(
    'keeps a 500-person roster virtual: few rows in the DOM, all reachable, each one checkable',
    { timeout: 40_000 },
    async () => {
      const db = new RollcallDb(`roster-500-${process.pid}`)
      const event = eventRow({ ...classEvent(), totalCapacity: 600 })
      const name = (i: number) => `Guest ${String(i).padStart(3, '0')}`
      const rows = Array.from({ length: 500 }, (_, i) =>
        bookingRow(
          classBooking({
            id: `bkg-guest-${i + 1}`,
            totalParticipants: 1,
            contactDetails: { firstName: 'Guest', lastName: String(i + 1).padStart(3, '0') },
          }),
        ),
      )
      await db.events.put(event)
      await db.bookings.bulkPut(rows)
      // As a completed full pull leaves it: the day's bookings are all in the store.
      await writeSyncMemory(db, { window: { first: event.day, last: event.day } })
      const engine = createSyncEngine({
        db,
        gateway: gatewayOver(harness.demo),
        timeZone: () => harness.timeZone,
        staff: () => 'Front desk',
        now: harness.now,
        locks: inProcessLocks(),
      })
      harness.renderDesk({ db, engine }, { path: rosterPath(event.id) })
      // fake-indexeddb reads 500 rows far slower than Chromium's IndexedDB: give each live query time.
      const slow = { timeout: 10_000 }

      const list = await screen.findByRole('list', { name: 'Booked' }, slow)
      const shown = within(list).getAllByRole('listitem')
      expect(shown.length).toBeGreaterThan(5)
      expect(shown.length).toBeLessThan(40)
      expect(shown[0]?.getAttribute('aria-setsize')).toBe('500')
      screen.getByText('500 of 600 booked')
      expect(screen.queryByRole('button', { name: `Check in ${name(500)}` })).toBeNull()

      act(() => screen.getByRole('button', { name: `Check in ${name(1)}` }).focus())
      await userEvent.keyboard('{End}')
      await waitFor(() => expect(focused()).toBe(`Check in ${name(500)}`))
      expect(within(list).getAllByRole('listitem').length).toBeLessThan(40)
      expect(screen.queryByRole('button', { name: `Check in ${name(1)}` })).toBeNull()
      await userEvent.keyboard('{Enter}')
      await waitFor(
        async () =>
          expect(await db.attendance.get(['bkg-guest-500', event.id])).toMatchObject({
            status: 'ATTENDED',
            pending: true,
          }),
        slow,
      )
      await screen.findByText('1 checked in', {}, slow)
      await waitFor(() => expect(focused()).toBe(`Undo check-in for ${name(500)}`), slow)

      await userEvent.click(screen.getByRole('button', { name: 'Check in all' }))
      const session = await sessionSaidIn(db, event.id, harness.timeZone)
      await screen.findByText(`Checked in 499 people to ${session}`, {}, slow)
      const attended = await db.attendance.where('eventId').equals(event.id).toArray()
      expect(attended.filter((a) => a.status === 'ATTENDED')).toHaveLength(500)
      await screen.findByText('500 checked in', {}, slow)
      db.close()
    },
  )
})

import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'
import { bookedRow, classToday, rosterPath, serverAttendance } from './roster-helpers'

/**
 * A no-show can be cleared back to "not checked in" at any time (issue 21), not only with the toast's Undo:
 * from the row's button and with N, queued like every change and sent to Wix as NOT_SET. The demo clock is
 * pinned (desk-harness.tsx) and moved on past the undo window by the test itself.
 */
const harness = await openDeskHarness()
const { demo } = harness

/** One of today's classes with a person marked as a no-show that Wix already has, the undo window long gone. */
async function noShowOnWix(desk: Desk) {
  const roster = await classToday(harness, desk.db)
  const sam = roster.attendees[1]!
  await desk.engine.actions.markNoShow([{ bookingId: sam.booking.id, eventId: roster.session.id }])
  await desk.engine.pushNow()
  expect(serverAttendance(demo, sam.booking.id, roster.session.id)?.status).toBe('NOT_ATTENDED')
  // An hour on (pinned clock, moved by hand): no toast, no Ctrl+Z can take it back now.
  demo.advanceClock(60 * 60_000)
  return { roster, sam }
}

describe('clearing a no-show on the roster', { timeout: 30_000 }, () => {
  it('by its button: back to not checked in, waiting to sync, then NOT_SET on Wix', async () => {
    const desk = await harness.freshDesk()
    const { roster, sam } = await noShowOnWix(desk)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await screen.findByRole('list', { name: 'Booked' })
    const row = bookedRow(sam.name)
    within(row).getByText('No-show', { selector: '.fact' })
    expect(within(row).queryByRole('button', { name: `Mark ${sam.name} as no-show` })).toBeNull()

    await userEvent.click(within(row).getByRole('button', { name: `Clear no-show for ${sam.name}` }))
    await waitFor(() =>
      expect(within(bookedRow(sam.name)).queryByText('No-show', { selector: '.fact' })).toBeNull(),
    )
    within(bookedRow(sam.name)).getByRole('button', { name: `Mark ${sam.name} as no-show` })
    within(bookedRow(sam.name)).getByText('Waiting to sync')
    await screen.findByText(new RegExp(`^Cleared no-show for ${sam.name}`))
    await desk.engine.pushNow()
    expect(serverAttendance(demo, sam.booking.id, roster.session.id)?.status).toBe('NOT_SET')
  })

  it('with N on a no-show row (N marks, N again clears)', async () => {
    const desk = await harness.freshDesk()
    const { roster, sam } = await noShowOnWix(desk)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    const primary = await screen.findByRole('button', { name: `Check in ${sam.name}` })
    act(() => primary.focus())
    await userEvent.keyboard('n')
    await waitFor(() =>
      expect(within(bookedRow(sam.name)).queryByText('No-show', { selector: '.fact' })).toBeNull(),
    )
    await desk.engine.pushNow()
    expect(serverAttendance(demo, sam.booking.id, roster.session.id)?.status).toBe('NOT_SET')
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { paths } from '../../../renderer/src/frame/routes'
import { openDeskHarness, type Desk } from '../desk/desk-harness'
import { pressable } from '../desk/toast-buttons'
import { classToday, rosterPath, sessionSaid } from '../features/roster/roster-helpers'

const harness = await openDeskHarness()

async function stored(desk: Desk, bookingId: string, eventId: string) {
  return (await desk.db.attendance.get([bookingId, eventId]))?.status ?? 'NOT_SET'
}

/** What the toasts' live region reads out to a screen reader (Radix's announcer, one per new toast). */
function announced(text: string) {
  return screen
    .queryAllByRole('status')
    .some((region) => region.getAttribute('aria-live') === 'assertive' && region.textContent?.includes(text))
}

/** A class today on its roster, and its first person checked in by click (the toast up). */
async function checkedInOnRoster() {
  const desk = await harness.freshDesk()
  const roster = await classToday(harness, desk.db)
  const dana = roster.attendees[0]!
  const eventId = roster.session.id
  harness.renderDesk(desk, { path: rosterPath(eventId) })
  await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
  await waitFor(async () => expect(await stored(desk, dana.booking.id, eventId)).toBe('ATTENDED'))
  // The toast names the session too (issue 21).
  const label = `Checked in ${dana.name} to ${sessionSaid(roster.session, harness.timeZone)}`
  await screen.findByRole('button', { name: `Undo: ${label}` })
  return { desk, roster, dana, eventId, label }
}

describe('the toasts and undo', { timeout: 20_000 }, () => {
  it('keeps Ctrl+Z after the toast is closed, and says what it took back', async () => {
    const { desk, dana, eventId, label } = await checkedInOnRoster()
    await userEvent.click(await pressable(screen.getByRole('button', { name: `Dismiss: ${label}` })))
    await waitFor(() => expect(screen.queryByRole('button', { name: `Undo: ${label}` })).toBeNull())

    await userEvent.keyboard('{Control>}z{/Control}')
    await screen.findByRole('button', { name: `Check in ${dana.name}` })
    await waitFor(async () => expect(await stored(desk, dana.booking.id, eventId)).toBe('NOT_SET'))
    await screen.findByText(`Undid: ${label}`)
    await waitFor(() => expect(announced(`Undid: ${label}`)).toBe(true))
    expect(screen.queryByText('Nothing to undo')).toBeNull()
  })

  it('says what the toast’s Undo took back', async () => {
    const { desk, dana, eventId, label } = await checkedInOnRoster()
    await userEvent.click(await pressable(screen.getByRole('button', { name: `Undo: ${label}` })))
    await waitFor(async () => expect(await stored(desk, dana.booking.id, eventId)).toBe('NOT_SET'))
    await screen.findByText(`Undid: ${label}`)
    await waitFor(() => expect(announced(`Undid: ${label}`)).toBe(true))
  })

  it('says what Ctrl+Z took back on another screen than the one the action was on', async () => {
    const { desk, dana, eventId, label } = await checkedInOnRoster()
    await userEvent.click(within(screen.getByRole('navigation')).getByRole('link', { name: /Activity/ }))
    await waitFor(() => expect(window.location.hash).toBe(`#${paths.activity}`))

    await userEvent.keyboard('{Control>}z{/Control}')
    await waitFor(async () => expect(await stored(desk, dana.booking.id, eventId)).toBe('NOT_SET'))
    await screen.findByText(`Undid: ${label}`)
    await waitFor(() => expect(announced(`Undid: ${label}`)).toBe(true))
  })

  it('lets a closed toast’s action go when its 10 seconds are over', async () => {
    const { desk, dana, eventId, label } = await checkedInOnRoster()
    await userEvent.click(await pressable(screen.getByRole('button', { name: `Dismiss: ${label}` })))
    const start = harness.demo.now()
    harness.demo.advanceClock(10_000)
    try {
      await userEvent.keyboard('{Control>}z{/Control}')
      await screen.findByText('Nothing to undo')
      expect(await stored(desk, dana.booking.id, eventId)).toBe('ATTENDED')
    } finally {
      harness.demo.setNow(start)
    }
  })

  it('shows one toast at a time, the newest, outside the screen; Ctrl+Z still takes back the one before', async () => {
    const { desk, roster, dana, eventId, label } = await checkedInOnRoster()
    // Another person on the roster still to check in, whose row is in the list's view.
    const sam = roster.attendees.find(
      (e) => e !== dana && screen.queryByRole('button', { name: `Check in ${e.name}` }),
    )!
    await userEvent.click(screen.getByRole('button', { name: `Check in ${sam.name}` }))
    await waitFor(async () => expect(await stored(desk, sam.booking.id, eventId)).toBe('ATTENDED'))
    const samLabel = `Checked in ${sam.name} to ${sessionSaid(roster.session, harness.timeZone)}`
    const samUndo = await screen.findByRole('button', { name: `Undo: ${samLabel}` })

    // One toast: Sam's took the place of Dana's, in the status bar, not over the screen's rows.
    await waitFor(() => expect(screen.queryByRole('button', { name: `Undo: ${label}` })).toBeNull())
    expect(screen.getAllByRole('button', { name: /^Undo: / })).toHaveLength(1)
    expect(screen.getByRole('main').contains(samUndo)).toBe(false)
    expect(samUndo.closest('.statusbar')).not.toBeNull()

    // Ctrl+Z takes back Sam's, then Dana's (whose toast gave way within its window); one notice at a time.
    await userEvent.keyboard('{Control>}z{/Control}')
    await waitFor(async () => expect(await stored(desk, sam.booking.id, eventId)).toBe('NOT_SET'))
    await screen.findByText(`Undid: ${samLabel}`)
    await userEvent.keyboard('{Control>}z{/Control}')
    await waitFor(async () => expect(await stored(desk, dana.booking.id, eventId)).toBe('NOT_SET'))
    await screen.findByText(`Undid: ${label}`)
    expect(screen.queryByText(`Undid: ${samLabel}`)).toBeNull()
    expect(screen.queryAllByRole('button', { name: /^Undo: / })).toHaveLength(0)
  })
})

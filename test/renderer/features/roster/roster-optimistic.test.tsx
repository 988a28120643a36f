import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatBusinessDay } from '@shared/domain/business-day'
import type { RosterEntry } from '../../../../renderer/src/queries/roster-view'
import { ActionRefused, deskActions, type ActionOutcome } from '../../../../renderer/src/sync/actions'
import { openDeskHarness, type Desk } from '../../desk/desk-harness'
import { findToastButton } from '../../desk/toast-buttons'
import { bookedRow, classToday, findRoster, rosterPath, sessionSaid } from './roster-helpers'

const harness = await openDeskHarness()

type AttendanceAction = 'checkIn' | 'undoCheckIn' | 'markNoShow'

afterEach(() => vi.restoreAllMocks())

/**
 * Holds the attendance actions' recording until `release()`: the engine has taken the press (and shows it),
 * but nothing reaches the store (no transaction even starts) while the test looks at the roster. Held
 * actions start in the order they were called, as the engine's own transactions would.
 */
function hold(names: readonly AttendanceAction[], outcome?: () => Promise<ActionOutcome>) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  for (const name of names) {
    const real = deskActions[name].run
    vi.spyOn(deskActions[name], 'run').mockImplementation(async (ctx, targets) => {
      await released
      return outcome ? outcome() : real(ctx, targets)
    })
  }
  return release
}

async function stored(desk: Desk, entry: RosterEntry, eventId: string) {
  return (await desk.db.attendance.get([entry.booking.id, eventId]))?.status ?? 'NOT_SET'
}

const pendingOn = (desk: Desk, eventId: string) =>
  desk.engine.pendingAttendance.store.getState().byEvent[eventId]

const checkedInLabel = (people: readonly RosterEntry[]) =>
  `${people.reduce((sum, e) => sum + e.booking.participants, 0)} checked in`

describe('the roster shows a press before the store has it', { timeout: 20_000 }, () => {
  it('flips the row and the count with the click itself, while the check-in is still being recorded', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    const release = hold(['checkIn'])
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))

    // No waiting: the render of the press itself, and the store does not have it yet.
    const row = bookedRow(dana.name)
    within(row).getByRole('button', { name: `Undo check-in for ${dana.name}` })
    within(row).getByText('Checked in')
    within(row).getByText('Waiting to sync')
    screen.getByText(checkedInLabel([dana]))
    expect(await stored(desk, dana, roster.session.id)).toBe('NOT_SET')

    release()
    await waitFor(async () => expect(await stored(desk, dana, roster.session.id)).toBe('ATTENDED'))
    // The store agrees: the pending press goes, and the row stays checked in.
    await waitFor(() => expect(pendingOn(desk, roster.session.id)).toBeUndefined())
    within(bookedRow(dana.name)).getByRole('button', { name: `Undo check-in for ${dana.name}` })
    screen.getByText(checkedInLabel([dana]))
  })

  it('flips the row with Enter, before the check-in is recorded', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    const release = hold(['checkIn'])
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    const button = await screen.findByRole('button', { name: `Check in ${dana.name}` })
    act(() => button.focus())
    await userEvent.keyboard('{Enter}')
    expect(button.getAttribute('aria-label')).toBe(`Undo check-in for ${dana.name}`)
    expect(document.activeElement).toBe(button)
    release()
    await waitFor(async () => expect(await stored(desk, dana, roster.session.id)).toBe('ATTENDED'))
  })

  it('puts the row back at once when the check-in is refused, and the notice says why', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    const release = hold(['checkIn'], () =>
      Promise.reject(new ActionRefused(`${dana.name}'s booking is canceled.`)),
    )
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    screen.getByRole('button', { name: `Undo check-in for ${dana.name}` })

    release()
    await screen.findByRole('button', { name: `Check in ${dana.name}` })
    await screen.findByText('Not done')
    screen.getByText(`${dana.name}'s booking is canceled.`)
    const row = bookedRow(dana.name)
    expect(within(row).queryByText('Checked in')).toBeNull()
    expect(within(row).queryByText('Waiting to sync')).toBeNull()
    screen.getByText('0 checked in')
    expect(pendingOn(desk, roster.session.id)).toBeUndefined()
  })

  it('puts the row back when the store cannot take the check-in (out of space)', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    const release = hold(['checkIn'], () =>
      Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')),
    )
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    screen.getByRole('button', { name: `Undo check-in for ${dana.name}` })
    release()
    await screen.findByRole('button', { name: `Check in ${dana.name}` })
    await screen.findByText('This computer is out of storage space')
    expect(await stored(desk, dana, roster.session.id)).toBe('NOT_SET')
  })

  it('takes the check-in back with the row button before either is recorded, and ends not checked in', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    const release = hold(['checkIn', 'undoCheckIn'])
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    await userEvent.click(screen.getByRole('button', { name: `Undo check-in for ${dana.name}` }))
    screen.getByRole('button', { name: `Check in ${dana.name}` })
    expect(within(bookedRow(dana.name)).queryByText('Checked in')).toBeNull()
    screen.getByText('0 checked in')

    release()
    await screen.findByText(
      `Undid check-in for ${dana.name} at ${sessionSaid(roster.session, harness.timeZone)}`,
    )
    await waitFor(async () =>
      expect(await desk.db.outbox.where('bookingId').equals(dana.booking.id).count()).toBe(2),
    )
    expect(await stored(desk, dana, roster.session.id)).toBe('NOT_SET')
    await waitFor(() => expect(pendingOn(desk, roster.session.id)).toBeUndefined())
    screen.getByRole('button', { name: `Check in ${dana.name}` })
    expect(within(bookedRow(dana.name)).queryByText('Checked in')).toBeNull()
  })

  it('shows everyone in with "Check in all" at once, and "Check in selected" likewise', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db, 3)
    const [chosen, ...rest] = roster.attendees
    if (!chosen) throw new Error('people needed')
    const release = hold(['checkIn'])
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('checkbox', { name: `Select ${chosen.name}` }))
    await userEvent.click(screen.getByRole('button', { name: 'Check in selected (1)' }))
    screen.getByRole('button', { name: `Undo check-in for ${chosen.name}` })
    screen.getByText(checkedInLabel([chosen]))

    await userEvent.click(screen.getByRole('button', { name: 'Check in all' }))
    for (const entry of rest) screen.getByRole('button', { name: `Undo check-in for ${entry.name}` })
    expect(screen.getByRole('button', { name: 'Check in all' }).hasAttribute('disabled')).toBe(true)
    screen.getByText(checkedInLabel(roster.attendees))

    release()
    await waitFor(async () => {
      for (const entry of roster.attendees)
        expect(await stored(desk, entry, roster.session.id)).toBe('ATTENDED')
    })
    await waitFor(() => expect(pendingOn(desk, roster.session.id)).toBeUndefined())
    for (const entry of roster.attendees)
      screen.getByRole('button', { name: `Undo check-in for ${entry.name}` })
  })

  it('shows a no-show at once: its button goes, the focus stays in the row', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const sam = roster.attendees[1]!
    const release = hold(['markNoShow'])
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Mark ${sam.name} as no-show` }))
    expect(screen.queryByRole('button', { name: `Mark ${sam.name} as no-show` })).toBeNull()
    const row = bookedRow(sam.name)
    within(row).getByText('No-show', { selector: '.fact' })
    expect(document.activeElement).toBe(within(row).getByRole('button', { name: `Check in ${sam.name}` }))
    release()
    await waitFor(async () => expect(await stored(desk, sam, roster.session.id)).toBe('NOT_ATTENDED'))
  })

  it("lets the toast's Undo and Ctrl+Z through once the store has the check-in", async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    const id = roster.session.id
    harness.renderDesk(desk, { path: rosterPath(id) })
    // The store agrees: the pending press is gone, and hides nothing that comes next.
    const caughtUp = async (status: string) => {
      await waitFor(async () => expect(await stored(desk, dana, id)).toBe(status))
      await waitFor(() => expect(pendingOn(desk, id)).toBeUndefined())
    }
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    await caughtUp('ATTENDED')
    await userEvent.click(
      await findToastButton(
        `Undo: Checked in ${dana.name} to ${sessionSaid(roster.session, harness.timeZone)}`,
      ),
    )
    await screen.findByRole('button', { name: `Check in ${dana.name}` })
    await waitFor(async () => expect(await stored(desk, dana, id)).toBe('NOT_SET'))

    await userEvent.click(screen.getByRole('button', { name: `Check in ${dana.name}` }))
    await caughtUp('ATTENDED')
    await userEvent.keyboard('{Control>}z{/Control}')
    await screen.findByRole('button', { name: `Check in ${dana.name}` })
    await waitFor(async () => expect(await stored(desk, dana, id)).toBe('NOT_SET'))
  })

  it("does not hide the store past the engine's next run when the store never shows the press", async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    // Recorded, yet the store never says ATTENDED: as when an undo lands before the roster saw the check-in.
    vi.spyOn(deskActions.checkIn, 'run').mockResolvedValue({ recorded: [], words: `Checked in ${dana.name}` })
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    await screen.findByText(`Checked in ${dana.name}`)
    screen.getByRole('button', { name: `Undo check-in for ${dana.name}` })
    // No timer: the engine's next run ends it (by then the store has long had any recorded press).
    await act(() => desk.engine.pushNow())
    await screen.findByRole('button', { name: `Check in ${dana.name}` })
    expect(pendingOn(desk, roster.session.id)).toBeUndefined()
  })

  it("keeps a course booking's press to its own session", async () => {
    const desk = await harness.freshDesk()
    const from = { from: new Date(harness.now()).toISOString() }
    const course = (r: { session: { kind: string } }) => r.session.kind === 'COURSE'
    const here = await findRoster(
      desk.db,
      harness.timeZone,
      (r) => course(r) && r.attendees.some((e) => e.attendance === 'NOT_SET'),
      from,
    )
    const student = here.attendees.find((e) => e.attendance === 'NOT_SET')!
    const there = await findRoster(
      desk.db,
      harness.timeZone,
      (r) =>
        course(r) &&
        r.session.id !== here.session.id &&
        r.attendees.some((e) => e.booking.id === student.booking.id && e.attendance === 'NOT_SET'),
      from,
    )
    const release = hold(['checkIn'])
    harness.renderDesk(desk, { path: rosterPath(here.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${student.name}` }))
    screen.getByRole('button', { name: `Undo check-in for ${student.name}` })

    window.location.hash = rosterPath(there.session.id)
    const when = `${formatBusinessDay(there.session.day)}, ${there.session.timeLabel}`
    await waitFor(() => screen.getByText(when))
    await screen.findByRole('button', { name: `Check in ${student.name}` })
    expect(screen.queryByRole('button', { name: `Undo check-in for ${student.name}` })).toBeNull()

    release()
    await waitFor(async () => expect(await stored(desk, student, here.session.id)).toBe('ATTENDED'))
    expect(await stored(desk, student, there.session.id)).toBe('NOT_SET')
    window.location.hash = rosterPath(here.session.id)
    await screen.findByRole('button', { name: `Undo check-in for ${student.name}` })
  })
})

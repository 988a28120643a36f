import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { formatBusinessDay } from '@shared/domain/business-day'
import { openDeskHarness } from '../../desk/desk-harness'
import { findToastButton } from '../../desk/toast-buttons'
import { peopleWords } from '../../../../renderer/src/sync/action-words'
import {
  bookedRow,
  classToday,
  findRoster,
  rosterPath,
  serverAttendance,
  sessionSaid,
  syncStatus,
} from './roster-helpers'

const harness = await openDeskHarness()

describe('the roster: checking people in', { timeout: 20_000 }, () => {
  it('shows the session, its numbers and its booked people', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const { session } = roster
    harness.renderDesk(desk, { path: rosterPath(session.id) })
    await screen.findByRole('heading', { level: 2, name: session.title })
    screen.getByText(`${formatBusinessDay(session.day)}, ${session.timeLabel}`)
    screen.getByText(`${session.counts.booked} of ${session.capacity} booked`)
    screen.getByText('0 checked in')
    if (session.staff) screen.getByText(session.staff)
    const rows = within(screen.getByRole('list', { name: 'Booked' })).getAllByRole('listitem')
    expect(rows).toHaveLength(roster.attendees.length)
    for (const entry of roster.attendees) screen.getByRole('button', { name: `Check in ${entry.name}` })

    await userEvent.click(screen.getByRole('link', { name: `Back to ${formatBusinessDay(session.day)}` }))
    expect(window.location.hash).toBe('#/')
  })

  it('says what is not paid so it stands out, and the party size when more than one', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(
      desk.db,
      harness.timeZone,
      (r) =>
        r.attendees.some((e) => e.booking.paymentStatus === 'NOT_PAID') &&
        r.attendees.some((e) => e.booking.paymentStatus === 'PAID'),
    )
    const unpaid = roster.attendees.find((e) => e.booking.paymentStatus === 'NOT_PAID')!
    const paid = roster.attendees.find((e) => e.booking.paymentStatus === 'PAID')!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await screen.findByRole('list', { name: 'Booked' })
    // Wix's NOT_PAID reads by how the customer chose to pay (booking-words PAYMENT_WORDS).
    const dueWords = /^(Not paid|Pays at the desk)$/
    const due = within(bookedRow(unpaid.name)).getByText(dueWords)
    expect(due.className).toContain('fact--due')
    within(bookedRow(paid.name)).getByText('Paid')
    expect(within(bookedRow(paid.name)).queryByText(dueWords)).toBeNull()

    const party = await findRoster(desk.db, harness.timeZone, (r) =>
      r.attendees.some((e) => e.booking.participants > 1),
    )
    const group = party.attendees.find((e) => e.booking.participants > 1)!
    window.location.hash = rosterPath(party.session.id)
    await screen.findByRole('heading', { level: 2, name: party.session.title })
    await waitFor(() => within(bookedRow(group.name)).getByText(`Party of ${group.booking.participants}`))
  })

  it('checks a person in by click: shown at once, waiting to sync, then attended on Wix', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    const row = bookedRow(dana.name)
    await within(row).findByText('Checked in')
    within(row).getByText('Waiting to sync')
    within(row).getByRole('button', { name: `Undo check-in for ${dana.name}` })
    await screen.findByText('1 checked in')
    // The row shows the press before the engine has recorded it; the header counts what is recorded.
    await waitFor(() => expect(syncStatus().textContent).toContain('1 change waiting'))
    expect(serverAttendance(harness.demo, dana.booking.id, roster.session.id)?.status).not.toBe('ATTENDED')

    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, dana.booking.id, roster.session.id)?.status).toBe('ATTENDED')
    await waitFor(() => expect(within(bookedRow(dana.name)).queryByText('Waiting to sync')).toBeNull())
    expect(syncStatus().textContent).toContain('All changes synced')
  })

  it('undoes a check-in with the row button, and Wix hears it', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, dana.booking.id, roster.session.id)?.status).toBe('ATTENDED')

    await userEvent.click(screen.getByRole('button', { name: `Undo check-in for ${dana.name}` }))
    await screen.findByRole('button', { name: `Check in ${dana.name}` })
    expect(within(bookedRow(dana.name)).queryByText('Checked in')).toBeNull()
    within(bookedRow(dana.name)).getByText('Waiting to sync')
    await screen.findByText(
      `Undid check-in for ${dana.name} at ${sessionSaid(roster.session, harness.timeZone)}`,
    )
    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, dana.booking.id, roster.session.id)?.status).toBe('NOT_SET')
  })

  it('marks a no-show: the no-show button goes, the primary offers check-in, Wix hears NOT_ATTENDED', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const sam = roster.attendees[1]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Mark ${sam.name} as no-show` }))
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: `Mark ${sam.name} as no-show` })).toBeNull(),
    )
    const row = bookedRow(sam.name)
    within(row).getByText('No-show', { selector: '.fact' })
    within(row).getByRole('button', { name: `Check in ${sam.name}` })
    // The focus stays in the row when the pressed button goes away.
    expect(document.activeElement).toBe(within(row).getByRole('button', { name: `Check in ${sam.name}` }))
    await screen.findByText(
      `Marked ${sam.name} as no-show at ${sessionSaid(roster.session, harness.timeZone)}`,
    )
    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, sam.booking.id, roster.session.id)?.status).toBe('NOT_ATTENDED')
  })

  it("takes a check-in back with the toast's Undo before it was sent: Wix never hears of it", async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    await userEvent.click(
      await findToastButton(
        `Undo: Checked in ${dana.name} to ${sessionSaid(roster.session, harness.timeZone)}`,
      ),
    )
    await screen.findByRole('button', { name: `Check in ${dana.name}` })
    await waitFor(() => expect(within(bookedRow(dana.name)).queryByText('Waiting to sync')).toBeNull())
    expect(await desk.db.outbox.where('state').equals('queued').count()).toBe(0)
    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, dana.booking.id, roster.session.id)?.status ?? 'NOT_SET').toBe(
      'NOT_SET',
    )
  })

  it('takes a check-in that already reached Wix back with Ctrl+Z', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db)
    const dana = roster.attendees[0]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${dana.name}` }))
    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, dana.booking.id, roster.session.id)?.status).toBe('ATTENDED')

    await userEvent.keyboard('{Control>}z{/Control}')
    await screen.findByRole('button', { name: `Check in ${dana.name}` })
    within(bookedRow(dana.name)).getByText('Waiting to sync')
    await desk.engine.pushNow()
    expect(serverAttendance(harness.demo, dana.booking.id, roster.session.id)?.status).toBe('NOT_SET')
  })

  it('checks in the selected people in one action, then clears the selection', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db, 3)
    const [a, b, c] = roster.attendees.slice(0, 3).map((e) => e)
    if (!a || !b || !c) throw new Error('three people needed')
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    const none = await screen.findByRole('button', { name: 'Check in selected (0)' })
    expect(none.hasAttribute('disabled')).toBe(true)
    await userEvent.click(screen.getByRole('checkbox', { name: `Select ${a.name}` }))
    await userEvent.click(screen.getByRole('checkbox', { name: `Select ${c.name}` }))
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: `Select ${a.name}` }).checked).toBe(true)
    await userEvent.click(screen.getByRole('button', { name: 'Check in selected (2)' }))
    await screen.findByText(
      `Checked in ${a.name} and ${c.name} to ${sessionSaid(roster.session, harness.timeZone)}`,
    )
    await screen.findByRole('button', { name: 'Check in selected (0)' })
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: `Select ${a.name}` }).checked).toBe(false)
    await waitFor(() => within(bookedRow(a.name)).getByText('Checked in'))
    within(bookedRow(c.name)).getByText('Checked in')
    expect(within(bookedRow(b.name)).queryByText('Checked in')).toBeNull()

    await desk.engine.pushNow()
    const id = roster.session.id
    expect(serverAttendance(harness.demo, a.booking.id, id)?.status).toBe('ATTENDED')
    expect(serverAttendance(harness.demo, c.booking.id, id)?.status).toBe('ATTENDED')
    expect(serverAttendance(harness.demo, b.booking.id, id)?.status ?? 'NOT_SET').toBe('NOT_SET')
  })

  it('checks in everyone not yet in with "Check in all"; one Undo takes them all back', async () => {
    const desk = await harness.freshDesk()
    const roster = await classToday(harness, desk.db, 3)
    const first = roster.attendees[0]!
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${first.name}` }))
    await screen.findByRole('button', { name: `Undo check-in for ${first.name}` })
    await userEvent.click(screen.getByRole('button', { name: 'Check in all' }))
    const others = peopleWords(roster.attendees.slice(1).map((e) => e.name))
    const label = `Checked in ${others} to ${sessionSaid(roster.session, harness.timeZone)}`
    await screen.findByText(label)
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Check in all' }).hasAttribute('disabled')).toBe(true),
    )
    for (const entry of roster.attendees) within(bookedRow(entry.name)).getByText('Checked in')
    await desk.engine.pushNow()
    for (const entry of roster.attendees)
      expect(serverAttendance(harness.demo, entry.booking.id, roster.session.id)?.status).toBe('ATTENDED')

    await userEvent.click(screen.getByRole('button', { name: `Undo: ${label}` }))
    await desk.engine.pushNow()
    const statuses = roster.attendees.map(
      (e) => serverAttendance(harness.demo, e.booking.id, roster.session.id)?.status,
    )
    expect(statuses).toEqual(roster.attendees.map((e) => (e === first ? 'ATTENDED' : 'NOT_SET')))
  })

  it('keeps attendance per session for a course: checking in at one session leaves the others alone', async () => {
    const desk = await harness.freshDesk()
    const roster = await findRoster(
      desk.db,
      harness.timeZone,
      (r) => r.session.kind === 'COURSE' && r.attendees.some((e) => e.attendance === 'NOT_SET'),
      { from: new Date(harness.now()).toISOString() },
    )
    const student = roster.attendees.find((e) => e.attendance === 'NOT_SET')!
    expect(student.booking.eventId).toBeNull()
    const before = harness.demo.state().attendance.filter((a) => a.bookingId === student.booking.id)
    harness.renderDesk(desk, { path: rosterPath(roster.session.id) })
    await userEvent.click(await screen.findByRole('button', { name: `Check in ${student.name}` }))
    await desk.engine.pushNow()
    const after = harness.demo.state().attendance.filter((a) => a.bookingId === student.booking.id)
    expect(after.find((a) => a.eventId === roster.session.id)?.status).toBe('ATTENDED')
    expect(after.filter((a) => a.eventId !== roster.session.id)).toEqual(
      before.filter((a) => a.eventId !== roster.session.id),
    )
  })

  it('says so when the session is not on this computer, with the way back to Today', async () => {
    const desk = await harness.freshDesk()
    harness.renderDesk(desk, { path: rosterPath('evt-not-synced') })
    await screen.findByText('This session is not on this computer: it may be outside the synced days')
    await userEvent.click(screen.getByRole('link', { name: 'Back to Today' }))
    expect(window.location.hash).toBe('#/')
  })
})
